import * as path from 'node:path';
import type { CliIo } from '../main';
import type { ParsedArgs } from '../args';
import { UsageError } from '../args';
import { resolveInputs } from './inputs';
import { loadFastestParsers } from '../../core/parse/parserHost';
import { checkConfigs } from '../../core/workspace/loadConfigs';
import { fileSystemSource } from '../../node/fileSource';
import type { Finding } from '../../core/model/types';
import type { DialectPack } from '../../core/dialects/pack';
import { formatJson, formatSarif, formatText } from '../findingsFormat';

export const CHECK_HELP = `Usage: switchyard check FILE… [--format text|json|sarif] [--dialect nginx|caddy]

Reports syntax errors, missing include/import targets, include cycles and, for nginx, what nginx -t
rejects: unknown directives, directives outside their context, wrong argument counts and values,
duplicates, location and listen conflicts, unknown variables. Files that include one another are
checked together: an included file is checked where it is included.

  --format text    file:line:column: severity message [code]   (default)
  --format json    [{file, line, column, endLine, endColumn, severity, code, message}] (1-based)
  --format sarif   SARIF 2.1.0
  --dialect        force the dialect (default: from the file name, else from the content)

Exit codes: 0 no errors, 1 at least one error, 2 unusable input.`;

function relative(finding: Finding): Finding {
  const rel = path.relative(process.cwd(), finding.file);
  return { ...finding, file: rel.startsWith('..') ? finding.file : rel };
}

export async function runCheck(args: ParsedArgs, io: CliIo): Promise<number> {
  const format = args.options.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be text, json or sarif`);
  const inputs = resolveInputs(args.positional, args.options.get('--dialect'));
  const parsers = await loadFastestParsers();
  const byPack = new Map<DialectPack, string[]>();
  for (const { file, pack } of inputs) byPack.set(pack, [...(byPack.get(pack) ?? []), file]);
  const findings: Finding[] = [];
  for (const [pack, files] of byPack) findings.push(...checkConfigs(files, pack, parsers, fileSystemSource).findings.map(relative));
  if (format === 'json') io.out(formatJson(findings));
  else if (format === 'sarif') io.out(formatSarif(findings, io.version));
  else {
    const errors = findings.filter((f) => f.severity === 'error').length;
    if (findings.length) io.out(formatText(findings));
    io.out(`${inputs.length} file(s) checked: ${errors} error(s), ${findings.length - errors} other finding(s)`);
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
