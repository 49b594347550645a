import * as path from 'node:path';
import { parseArgs, UsageError } from './args';
import { runCheck, CHECK_HELP } from './commands/check';
import { runParse, PARSE_HELP } from './commands/parse';
import { runFmt, FMT_HELP } from './commands/fmt';
import { runExplain, EXPLAIN_HELP, EXPLAIN_OPTIONS } from './commands/explain';
import { UnreadableConfigError } from '../node/fileSource';

const VERSION = '0.1.0';

const MAIN_HELP = `switchyard ${VERSION} — nginx and Caddyfile configuration tools

Usage:
  switchyard parse FILE [--json | --format crossplane]   show how a configuration parses
  switchyard check FILE… [--format text|json|sarif]      report syntax and include problems
  switchyard fmt FILE… [--check | --write]               format (stdout, check or rewrite in place)
  switchyard explain CONFIG URL [--json] […]             which server and location handle a request, and why
  switchyard explain CONFIG --batch                      the same for JSON requests on stdin, one per line
  switchyard COMMAND --help                              help for one command

Exit codes: 0 no errors, 1 errors found, 2 unusable input (missing file, binary file, bad usage).`;

interface Command {
  readonly help: string;
  readonly valued: ReadonlySet<string>;
  readonly flags: ReadonlySet<string>;
  /** Options that may be repeated, each value kept (explain's -H). */
  readonly repeated?: ReadonlySet<string>;
  run(args: ReturnType<typeof parseArgs>, io: CliIo): Promise<number>;
}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  version: string;
  /** Standard input as text chunks, for commands that read it (explain --batch). */
  input?: AsyncIterable<string>;
}

const commands: Record<string, Command> = {
  parse: { help: PARSE_HELP, valued: new Set(['--format', '--dialect']), flags: new Set(['--json', '--comments']), run: runParse },
  check: { help: CHECK_HELP, valued: new Set(['--format', '--dialect']), flags: new Set(), run: runCheck },
  fmt: { help: FMT_HELP, valued: new Set(['--dialect']), flags: new Set(['--check', '--write']), run: runFmt },
  explain: { help: EXPLAIN_HELP, ...EXPLAIN_OPTIONS, run: runExplain },
};

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(MAIN_HELP);
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.out(VERSION);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`switchyard: unknown command '${name}' (try: switchyard --help)`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(parseArgs(rest, command.valued, command.flags, command.repeated), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`switchyard ${name}: ${error.message} (try: switchyard ${name} --help)`);
      return 2;
    }
    if (error instanceof UnreadableConfigError) {
      io.err(`switchyard ${name}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

/** Read only when a command iterates it: touching stdin otherwise could hold a terminal open. */
async function* standardInput(): AsyncGenerator<string> {
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) yield String(chunk);
}

if (require.main === module) {
  const io: CliIo = {
    out: (t) => process.stdout.write(t + '\n'),
    err: (t) => process.stderr.write(t + '\n'),
    version: VERSION,
    input: standardInput(),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // An internal failure: one line, no stack trace (set SWITCHYARD_DEBUG=1 for it).
      io.err(`switchyard: internal error: ${error instanceof Error ? error.message : String(error)} (${path.basename(__filename)})`);
      if (process.env.SWITCHYARD_DEBUG) console.error(error);
      process.exitCode = 2;
    },
  );
}
