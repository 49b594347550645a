import type { CliIo } from '../main';
import type { ParsedArgs } from '../args';
import { UsageError } from '../args';
import { resolveInputs } from './inputs';
import { loadFastestParsers } from '../../core/parse/parserHost';
import { checkConfigs } from '../../core/workspace/loadConfigs';
import { fileSystemSource } from '../../node/fileSource';
import { toCrossplane } from '../../core/export/crossplane';
import type { Statement } from '../../core/model/types';
import { blockOf } from '../../core/model/walk';

export const PARSE_HELP = `Usage: switchyard parse FILE [--json | --format crossplane] [--comments] [--dialect nginx|caddy]

Shows how Switchyard reads a configuration and the files it includes.

  (default)            an indented outline: one statement per line with its line number
  --json               the dialect-neutral model: statements, arguments (kind, raw, value), ranges
  --format crossplane  crossplane-compatible JSON (nginx's interchange format): status, errors,
                       config[] of {file, status, errors, parsed[] of {directive, line, args, block, includes}}
  --comments           with crossplane: include comments as {"directive": "#", "comment": …}

Exit codes: 0 parsed without syntax errors, 1 syntax errors, 2 unusable input.`;

function outline(statements: readonly Statement[], depth: number, lines: string[]): void {
  for (const s of statements) {
    const at = String(s.span.start.line + 1).padStart(5);
    const pad = '  '.repeat(depth);
    let label: string;
    switch (s.kind) {
      case 'comment':
        label = s.text;
        break;
      case 'directive':
        label = [s.name, s.matcher?.raw, ...s.args.map((a) => a.raw)].filter(Boolean).join(' ') + (s.rawBody ? ' { …raw… }' : s.block ? ' {' : s.terminated ? ';' : '');
        break;
      case 'site':
        label = `site ${s.addresses.map((a) => a.raw).join(', ')}`;
        break;
      default:
        label = `${s.kind} ${s.name}`.trim();
    }
    lines.push(`${at}  ${pad}${label}`);
    const block = blockOf(s);
    if (block) outline(block.children, depth + 1, lines);
  }
}

export async function runParse(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError('parse takes exactly one FILE');
  const format = args.options.get('--format');
  if (format !== undefined && format !== 'crossplane' && format !== 'json') throw new UsageError('--format must be crossplane or json');
  const [{ file, pack }] = resolveInputs(args.positional, args.options.get('--dialect'));
  const parsers = await loadFastestParsers();
  const { graph, findings } = checkConfigs([file], pack, parsers, fileSystemSource);
  if (format === 'crossplane') {
    io.out(JSON.stringify(toCrossplane(file, graph, { comments: args.options.has('--comments') }), null, 2));
  } else if (args.options.has('--json') || format === 'json') {
    const files = [...graph.files.values()];
    const edges = graph.edges.map((e) => ({ from: e.from, line: e.directive.span.start.line + 1, pattern: e.pattern, targets: e.targets, snippet: e.snippet, enclosing: e.enclosing }));
    io.out(JSON.stringify({ root: file, files, includes: edges, findings }, null, 2));
  } else {
    for (const f of graph.files.values()) {
      const lines: string[] = [`# ${f.path} (${f.dialect})`];
      outline(f.statements, 0, lines);
      io.out(lines.join('\n'));
    }
    for (const f of findings) io.err(`${f.file}:${f.span.start.line + 1}:${f.span.start.column + 1}: ${f.severity} ${f.message} [${f.code}]`);
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
