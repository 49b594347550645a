import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliIo } from '../main';
import type { ParsedArgs } from '../args';
import { UsageError } from '../args';
import { resolveInputs } from './inputs';
import { loadWasmParsers } from '../../core/parse/parserHost';
import { readConfigText } from '../../node/fileSource';
import { formatText } from '../../core/format/formatter';

export const FMT_HELP = `Usage: switchyard fmt FILE… [--check | --write] [--dialect nginx|caddy]

Formats nginx and Caddyfile configurations: canonical indentation (nginx: four spaces; Caddy: a
tab, as \`caddy fmt\`), one statement per line, comments and blank lines kept (runs of blank lines
become one), Lua blocks, heredocs and quoted strings exactly as written, arguments split over
several lines kept on their lines. Every result is checked: when formatting would change a single
token, or the file has syntax errors, the file is left as it is and the reason is printed.

  (default)   print the formatted text on standard output
  --check     list the files that formatting would change; exit 1 if there are any
  --write     rewrite the files in place; list the files that changed
  --dialect   force the dialect (default: from the file name, else from the content)

Exit codes: 0 done (with --check: nothing to change), 1 a file would change (--check) or could
not be formatted, 2 unusable input (missing file, binary file, bad usage).`;

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

export async function runFmt(args: ParsedArgs, io: CliIo): Promise<number> {
  const check = args.options.has('--check');
  const write = args.options.has('--write');
  if (check && write) throw new UsageError('--check and --write cannot be used together');
  const inputs = resolveInputs(args.positional, args.options.get('--dialect'));
  // web-tree-sitter, not the native engine: the formatter needs every node of the tree.
  const parsers = await loadWasmParsers();
  let failed = false;
  let wouldChange = false;
  for (const { file, pack } of inputs) {
    const text = readConfigText(file);
    const outcome = formatText({ text, pack, parser: parsers.forDialect(pack.dialect) });
    if (outcome.kind === 'refused') {
      failed = true;
      io.err(`${display(file)}: not formatted: ${outcome.reason}`);
      if (!check && !write) printText(io, text);
      continue;
    }
    if (check) {
      if (outcome.changed) {
        wouldChange = true;
        io.out(display(file));
      }
    } else if (write) {
      if (outcome.changed) {
        // Keep a byte order mark the file had (reading it as text drops it).
        const bom = fs.readFileSync(file).subarray(0, 3).equals(UTF8_BOM) ? '\ufeff' : '';
        fs.writeFileSync(file, bom + outcome.text);
        io.out(display(file));
      }
    } else {
      printText(io, outcome.text);
    }
  }
  return failed || wouldChange ? 1 : 0;
}

/** `io.out` adds a line break; formatted text already ends with one. */
function printText(io: CliIo, text: string): void {
  if (text !== '') io.out(text.endsWith('\n') ? text.slice(0, -1) : text);
}
