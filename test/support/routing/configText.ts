/**
 * Writes nginx config text line by line and remembers which line each answering block starts on,
 * so an answer from nginx (its X-Block marker) and one from the explainer (a ConfigRef line) can be
 * compared as the same block.
 */

/** A block that can answer a request: a server, or a location (an `if` inside it counts as it). */
export interface BlockInfo {
  /** The marker nginx sends back in `X-Block` (`S2`, `L14`). */
  readonly id: string;
  readonly kind: 'server' | 'location';
  /** The file it is written in, relative to the case folder (`nginx.conf`, `sites/b-s1.conf`). */
  readonly file: string;
  /** 1-based line of the block's head in that file. */
  readonly line: number;
  /** Index of the server it belongs to. */
  readonly server: number;
  /** The head as written, for reports (`location ^~ /img/`). */
  readonly head: string;
}

export class ConfigText {
  private readonly lines: string[] = [];
  private depth = 0;
  readonly blocks: BlockInfo[] = [];
  /** Lines of `if` blocks (in nginx.conf), mapped to the block whose configuration they inherit. */
  readonly aliases = new Map<number, string>();

  /** Appends a line at the current depth and returns its 1-based number. */
  line(text: string): number {
    this.lines.push('    '.repeat(this.depth) + text);
    return this.lines.length;
  }

  open(head: string): number {
    const at = this.line(`${head} {`);
    this.depth++;
    return at;
  }

  close(): void {
    this.depth--;
    this.line('}');
  }

  get nextLine(): number {
    return this.lines.length + 1;
  }

  text(): string {
    return this.lines.join('\n') + '\n';
  }
}

/** Quotes an argument when nginx would otherwise split or misread it. */
export function arg(value: string): string {
  if (value === '') return '""';
  if (/[\s;{}"'#]/.test(value)) return `"${value.replace(/(["\\])/g, '\\$1')}"`;
  return value;
}

/**
 * The blocks of a config read back from its text (after lines were removed or a header added):
 * each `add_header X-Block <id>` names the block opened on the line above it, and an `if` inside
 * a block counts as that block.
 */
export function blocksFromText(text: string, file = 'nginx.conf'): { blocks: BlockInfo[]; aliases: Map<string, string> } {
  const lines = text.split('\n');
  const blocks: BlockInfo[] = [];
  const aliases = new Map<string, string>();
  const open: (string | undefined)[] = [];
  let server = -1;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const marker = /^add_header X-Block (\S+) always;$/.exec(line);
    if (marker && i > 0) {
      const head = lines[i - 1].trim().replace(/\s*\{$/, '');
      const kind = head.startsWith('server') ? 'server' : 'location';
      if (kind === 'server') server++;
      blocks.push({ id: marker[1], kind, file, line: i, server, head });
      open[open.length - 1] = marker[1];
      return;
    }
    if (line.endsWith('{')) {
      const enclosing = [...open].reverse().find((id) => id !== undefined);
      if (line.startsWith('if ') && enclosing) aliases.set(placeKey(file, i + 1), enclosing);
      open.push(undefined);
    } else if (line === '}') open.pop();
  });
  return { blocks, aliases };
}

/** A line in a file of the case, as one map key. */
export function placeKey(file: string, line: number): string {
  return `${file}:${line}`;
}
