/**
 * Emits the syntax tree as an equivalent non-unicode JS RegExp source without flags, matched against
 * latin1 subjects (one char per byte): PCRE's `$`, atomic groups, possessive repeats, empty optional
 * iterations and auto-possessification quirks written in JS terms.
 */
import type { ByteSet } from './byteSet';
import { INF, PcreSyntaxError, Unsupported, type AssertKind, type Node } from './syntax';

export class Emitter {
  private jsGroups = 0;
  /** Inside a lookbehind JS matches right to left, where the atomic-group trick does not work. */
  private lookbehindDepth = 0;
  /** PCRE group number -> JS group number. */
  readonly groupMap = new Map<number, number>();

  /**
   * `caselessBackrefs`: 'exact' emits them as plain back references, for a pattern run by the
   * backtracking matcher (the emitter still checks what it would refuse); 'refuse' otherwise.
   */
  constructor(
    private readonly names: ReadonlyMap<string, number>,
    private readonly captureCount: number,
    private readonly caselessBackrefs: 'refuse' | 'exact' = 'refuse',
  ) {}

  emitPattern(node: Node): string {
    return this.emit(node);
  }

  /** `next`: what follows the node in the pattern, when known (PCRE2's auto-possessification looks at it). */
  private emit(node: Node, next?: Node): string {
    switch (node.t) {
      case 'seq':
        return node.items.map((item, i) => this.emit(item, i + 1 < node.items.length ? node.items[i + 1] : next)).join('');
      case 'alt':
        return node.branches.map((b) => this.emit(b, next)).join('|');
      case 'set':
        return emitSet(node.set);
      case 'fail':
        return '(?!)';
      case 'assert':
        return emitAssert(node.kind);
      case 'backref': {
        const pcre = typeof node.ref === 'number' ? node.ref : this.names.get(node.ref);
        if (pcre === undefined) throw new PcreSyntaxError('reference to non-existent subpattern');
        if (pcre > this.captureCount) throw new PcreSyntaxError('reference to non-existent subpattern');
        if (node.caseless && this.caselessBackrefs === 'refuse') throw new Unsupported('case-insensitive back references');
        const js = this.groupMap.get(pcre);
        if (js === undefined) throw new Unsupported('a back reference before its group ends');
        return `(?:\\${js})`;
      }
      case 'group':
        return this.emitGroup(node, next);
      case 'repeat':
        return this.emitRepeat(node, next);
    }
  }

  private emitGroup(node: Extract<Node, { t: 'group' }>, next: Node | undefined): string {
    switch (node.kind) {
      case 'capture': {
        const js = ++this.jsGroups;
        const body = this.emit(node.body, next);
        this.groupMap.set(node.number as number, js);
        return `(${body})`;
      }
      case 'plain':
        return `(?:${this.emit(node.body, next)})`;
      case 'atomic':
        return this.atomic(() => this.emit(node.body));
      case 'ahead':
        return `(?=${this.emit(node.body)})`;
      case 'nahead':
        return `(?!${this.emit(node.body)})`;
      case 'behind':
      case 'nbehind': {
        this.lookbehindDepth++;
        const body = this.emit(node.body);
        this.lookbehindDepth--;
        return `(?<${node.kind === 'behind' ? '=' : '!'}${body})`;
      }
    }
  }

  /** `(?>X)` as `(?=(X))\N`: a lookahead never backtracks into itself, the back reference consumes its text. */
  private atomic(body: () => string): string {
    // PCRE2 10.42 lookbehinds have a fixed length, so atomicity cannot change what they match
    if (this.lookbehindDepth > 0) return `(?:${body()})`;
    const js = ++this.jsGroups;
    return `(?=(${body()}))\\${js}`;
  }

  private emitRepeat(node: Extract<Node, { t: 'repeat' }>, next: Node | undefined): string {
    const quant =
      node.min === 0 && node.max === INF
        ? '*'
        : node.min === 1 && node.max === INF
          ? '+'
          : node.min === 0 && node.max === 1
            ? '?'
            : node.max === INF
              ? `{${node.min},}`
              : node.min === node.max
                ? `{${node.min}}`
                : `{${node.min},${node.max}}`;
    if (node.min === 0 && node.max === 1) {
      // An alternation, not `?`: JS refuses an optional iteration that matches empty, PCRE takes it
      // (and sets the groups inside to "").
      // PCRE2 auto-possessifies lazy repeats too, and they become greedy
      const possessive = node.mode === 'possessive' || pcreThinksDisjoint(node.body, next);
      const optional = (): string => {
        const body = this.emit(node.body);
        return node.mode === 'lazy' && !possessive ? `(?:|${body})` : `(?:${body}|)`;
      };
      return possessive ? this.atomic(optional) : optional();
    }
    if (node.mode === 'possessive' || pcreThinksDisjoint(node.body, next)) return this.atomic(() => `(?:${this.emit(node.body)})${quant}`);
    return `(?:${this.emit(node.body)})${quant}${node.mode === 'lazy' ? '?' : ''}`;
  }
}

/**
 * PCRE2 makes a repeat possessive when what follows cannot match what it repeats. For some escape
 * pairs its check is wrong for bytes: 0xa0 and 0x85 are both \S and \h/\v in the C locale, `.`
 * and \R share \r, \v and \f, \R and \s share \n..\r. So `\S*\h` never gives 0xa0 back,
 * `.*\R` never gives \r back, and so on. Only these wrongly-disjoint pairs change results (found
 * by trying every byte against libpcre2 10.42, .work/h3/autoposs-table.mjs), so only they are reproduced.
 */
const PCRE_WRONGLY_DISJOINT: Readonly<Record<string, readonly string[]>> = {
  S: ['h', 'v', 'R'],
  h: ['S'],
  v: ['S'],
  N: ['R'],
  R: ['s', 'N'],
};

export function pcreThinksDisjoint(body: Node, next: Node | undefined): boolean {
  const repeated = escapeOf(body);
  const following = next && leadingEscape(next);
  return !!repeated && !!following && (PCRE_WRONGLY_DISJOINT[repeated]?.includes(following) ?? false);
}

function escapeOf(node: Node): string | undefined {
  return (node.t === 'set' || node.t === 'group') && node.escape ? node.escape : undefined;
}

function leadingEscape(node: Node): string | undefined {
  const own = escapeOf(node);
  if (own) return own;
  if (node.t === 'seq') return node.items.length > 0 ? leadingEscape(node.items[0]) : undefined;
  if (node.t === 'group' && (node.kind === 'capture' || node.kind === 'plain')) return leadingEscape(node.body);
  if (node.t === 'repeat' && node.min > 0) return leadingEscape(node.body);
  return undefined;
}

function emitAssert(kind: AssertKind): string {
  switch (kind) {
    case 'start':
    case 'A':
      return '(?<![\\s\\S])';
    case 'end':
    case 'Z':
      // PCRE's `$` also matches before a newline that ends the subject
      return '(?=\\n?(?![\\s\\S]))';
    case 'z':
      return '(?![\\s\\S])';
    case 'mstart':
      // after an internal newline, never after one that ends the subject
      return '(?:(?<![\\s\\S])|(?<=\\n)(?=[\\s\\S]))';
    case 'mend':
      return '(?=\\n|(?![\\s\\S]))';
    case 'b':
      return '\\b';
    case 'B':
      return '\\B';
  }
}

function hex(c: number): string {
  return '\\x' + c.toString(16).padStart(2, '0');
}

function emitSet(s: ByteSet): string {
  const n = s.count();
  if (n === 256) return '[\\s\\S]';
  if (n === 0) return '[]';
  if (n === 1) {
    for (let c = 0; c < 256; c++) if (s.has(c)) return /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? String.fromCharCode(c) : hex(c);
  }
  // Sets with most bytes are written negated; subjects never hold chars above 0xff.
  const negate = n > 128;
  const members = negate ? s.complement() : s;
  let out = '';
  for (let c = 0; c < 256; c++) {
    if (!members.has(c)) continue;
    let end = c;
    while (end + 1 < 256 && members.has(end + 1)) end++;
    out += end === c ? hex(c) : end === c + 1 ? hex(c) + hex(end) : `${hex(c)}-${hex(end)}`;
    c = end;
  }
  return negate ? `[^${out}]` : `[${out}]`;
}
