/** A command-line usage mistake: printed as one line, exit code 2. */
export class UsageError extends Error {}

export interface ParsedArgs {
  readonly positional: string[];
  /** Valued options (last one wins) and flags (`true`). */
  readonly options: Map<string, string | true>;
  /** Options that may be given several times (`-H 'A: 1' -H 'B: 2'`), every value in order. */
  readonly lists: Map<string, string[]>;
}

/**
 * Splits argv into positionals and `--name value` / `--flag` options, per the command's option
 * lists; an option in `repeated` collects each of its values instead of keeping the last.
 */
export function parseArgs(argv: readonly string[], valued: ReadonlySet<string>, flags: ReadonlySet<string>, repeated: ReadonlySet<string> = new Set()): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
      if (flags.has(name)) options.set(name, true);
      else if (valued.has(name) || repeated.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new UsageError(`${name} needs a value`);
        if (repeated.has(name)) lists.set(name, [...(lists.get(name) ?? []), value]);
        else options.set(name, value);
      } else throw new UsageError(`unknown option ${name}`);
    } else positional.push(arg);
  }
  return { positional, options, lists };
}
