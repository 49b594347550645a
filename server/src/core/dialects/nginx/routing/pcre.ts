/**
 * nginx's regular expressions (locations, `rewrite`, `if`, `server_name ~`, `map`) are PCRE2 10.42
 * patterns matched against bytes: no UTF, no UCP, the default "C" character tables, newline = LF,
 * options 0 or CASELESS. JavaScript's RegExp differs in many small ways (`$`, `.`, `\s`, case folding
 * of bytes >= 0x80, inline flags, possessive/atomic groups), so patterns are parsed here and
 * re-emitted as an equivalent non-unicode JS RegExp without flags. Subjects are latin1 strings (one
 * char per byte). Patterns PCRE2 rejects return `{ error }` (nginx refuses such a config); patterns we
 * cannot reproduce exactly, or that could backtrack for ever, return `{ error }` too: the explainer
 * must never guess and never hang.
 */

export interface Captures {
  /** [0] is the whole match; undefined for a group that did not take part. */
  readonly numbered: readonly (string | undefined)[];
  /** Every named group; '' for one that did not take part (nginx sets such a variable to the empty string). */
  readonly named: Readonly<Record<string, string>>;
}

export interface CompiledRegex {
  readonly source: string;
  readonly caseless: boolean;
  /** The equivalent JavaScript RegExp source (for debugging). */
  readonly translated: string;
  /** Number of capturing groups (nginx's `captures`). */
  readonly captureCount: number;
  /** Group names with their numbers, in number order. */
  readonly names: readonly (readonly [string, number])[];
  exec(subject: string): Captures | undefined;
}

/**
 * Thrown by `exec` instead of running a match whose backtracking could take minutes (a pattern
 * with several overlapping unbounded repeats on a long subject). nginx's PCRE2 gives up on such a
 * match at its match limit and the request gets a 500, so the answer is "not known" either way.
 */
export class RegexNotEvaluated extends Error {}

/**
 * Below PCRE2's default match limit (10,000,000 match() calls): libpcre2 10.42 gives up on
 * `^/(.*)/(.*)/(.*)\.php$` from about 350 slashes and on `^/(.*)/(.*)\.php$` from about 3,500,
 * i.e. near C(slashes, degree) = 5e6. Refusing from C(length + degree, degree) > 4e6 keeps every
 * match we do run inside the limit (and fast in V8).
 */
const WORK_BUDGET = 4e6;

export type RegexCompileResult = CompiledRegex | { readonly error: string };

const cache = new Map<string, RegexCompileResult>();
const CACHE_LIMIT = 10_000;

export function compileNginxRegex(pattern: string, caseless: boolean): RegexCompileResult {
  const key = (caseless ? 'i:' : 's:') + pattern;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = compileUncached(pattern, caseless);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

/**
 * Config text as the bytes nginx reads (UTF-8), one char per byte like subjects.
 * (TextEncoder, not Buffer: the core must also run in a web worker.)
 */
export function utf8Bytes(text: string): string {
  // ASCII text is its own bytes
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  let out = '';
  for (const byte of utf8Encoder.encode(text)) out += String.fromCharCode(byte);
  return out;
}

const utf8Encoder = new TextEncoder();

export function isRegexError(r: RegexCompileResult): r is { readonly error: string } {
  return 'error' in r;
}

// ---------------------------------------------------------------------------------------------
// Byte sets (the subject is bytes, so every class is a subset of 0..255)

class ByteSet {
  readonly bits = new Uint32Array(8);
  add(c: number): this {
    this.bits[c >> 5] |= 1 << (c & 31);
    return this;
  }
  addRange(lo: number, hi: number): this {
    for (let c = lo; c <= hi; c++) this.add(c);
    return this;
  }
  addSet(other: ByteSet): this {
    for (let i = 0; i < 8; i++) this.bits[i] |= other.bits[i];
    return this;
  }
  has(c: number): boolean {
    return (this.bits[c >> 5] & (1 << (c & 31))) !== 0;
  }
  complement(): ByteSet {
    const out = new ByteSet();
    for (let i = 0; i < 8; i++) out.bits[i] = ~this.bits[i];
    return out;
  }
  intersects(other: ByteSet): boolean {
    for (let i = 0; i < 8; i++) if ((this.bits[i] & other.bits[i]) !== 0) return true;
    return false;
  }
  count(): number {
    let n = 0;
    for (let c = 0; c < 256; c++) if (this.has(c)) n++;
    return n;
  }
  /** Only ASCII letters fold: PCRE2's default tables are the "C" locale's. */
  foldCase(): ByteSet {
    const out = new ByteSet().addSet(this);
    for (let c = 0x41; c <= 0x5a; c++) {
      if (this.has(c)) out.add(c + 0x20);
      if (this.has(c + 0x20)) out.add(c);
    }
    return out;
  }
}

const set = (...ranges: [number, number][]): ByteSet => {
  const s = new ByteSet();
  for (const [lo, hi] of ranges) s.addRange(lo, hi);
  return s;
};
const DIGIT = set([0x30, 0x39]);
const WORD = set([0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0x5f, 0x5f]);
const SPACE = set([0x09, 0x0d], [0x20, 0x20]);
const HSPACE = set([0x09, 0x09], [0x20, 0x20], [0xa0, 0xa0]);
const VSPACE = set([0x0a, 0x0d], [0x85, 0x85]);
const NOT_NEWLINE = set([0x0a, 0x0a]).complement();
const ANY = new ByteSet().complement();

const POSIX_CLASSES: Record<string, ByteSet> = {
  alpha: set([0x41, 0x5a], [0x61, 0x7a]),
  digit: DIGIT,
  alnum: set([0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]),
  space: SPACE,
  blank: set([0x09, 0x09], [0x20, 0x20]),
  cntrl: set([0x00, 0x1f], [0x7f, 0x7f]),
  graph: set([0x21, 0x7e]),
  print: set([0x20, 0x7e]),
  punct: set([0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]),
  lower: set([0x61, 0x7a]),
  upper: set([0x41, 0x5a]),
  word: WORD,
  xdigit: set([0x30, 0x39], [0x41, 0x46], [0x61, 0x66]),
  ascii: set([0x00, 0x7f]),
};

// ---------------------------------------------------------------------------------------------
// Syntax tree

type Node =
  | { readonly t: 'seq'; readonly items: Node[] }
  | { readonly t: 'alt'; readonly branches: Node[] }
  /** `escape`: the \S, \h, \v escape it was written as (see `pcreThinksDisjoint`). */
  | { readonly t: 'set'; readonly set: ByteSet; readonly escape?: string }
  | { readonly t: 'assert'; readonly kind: AssertKind }
  | { readonly t: 'group'; readonly kind: GroupKind; readonly body: Node; readonly number?: number; readonly escape?: string }
  | { readonly t: 'repeat'; readonly body: Node; readonly min: number; readonly max: number; readonly mode: 'greedy' | 'lazy' | 'possessive' }
  | { readonly t: 'backref'; readonly ref: number | string; readonly caseless: boolean }
  | { readonly t: 'fail' };

type AssertKind = 'start' | 'end' | 'mstart' | 'mend' | 'A' | 'z' | 'Z' | 'b' | 'B';
type GroupKind = 'capture' | 'plain' | 'atomic' | 'ahead' | 'nahead' | 'behind' | 'nbehind';

const INF = Infinity;

class PcreSyntaxError extends Error {}
class Unsupported extends Error {}

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  x: boolean;
  xx: boolean;
  U: boolean;
  n: boolean;
}

class Parser {
  private pos = 0;
  captureCount = 0;
  readonly names = new Map<string, number>();
  readonly backrefs: { ref: number | string }[] = [];

  constructor(private readonly src: string, caseless: boolean) {
    this.topFlags = { i: caseless, m: false, s: false, x: false, xx: false, U: false, n: false };
  }
  private readonly topFlags: Flags;

  parse(): Node {
    this.skipLeadingVerbs();
    const flags = { ...this.topFlags };
    const node = this.parseAlt(flags);
    if (this.pos < this.src.length) throw new PcreSyntaxError('unmatched closing parenthesis');
    return node;
  }

  private skipLeadingVerbs(): void {
    const harmless = /^\(\*(LF|NO_JIT|NO_AUTO_POSSESS|NO_START_OPT|NO_DOTSTAR_ANCHOR|LIMIT_(MATCH|DEPTH|HEAP|RECURSION)=\d+)\)/;
    for (;;) {
      const rest = this.src.slice(this.pos);
      const m = harmless.exec(rest);
      if (m) {
        this.pos += m[0].length;
        continue;
      }
      if (/^\(\*[A-Z_]+(=\d+)?\)/.test(rest) && !/^\(\*(F|FAIL|ACCEPT|COMMIT|PRUNE|SKIP|THEN|MARK)\b/.test(rest)) {
        throw new Unsupported(`start-of-pattern option ${rest.slice(0, rest.indexOf(')') + 1)}`);
      }
      return;
    }
  }

  private peek(): string | undefined {
    return this.src[this.pos];
  }

  private parseAlt(flags: Flags): Node {
    const branches: Node[] = [this.parseSeq(flags)];
    while (this.peek() === '|') {
      this.pos++;
      branches.push(this.parseSeq(flags));
    }
    return branches.length === 1 ? branches[0] : { t: 'alt', branches };
  }

  /** A branch; inline option changes (`(?i)`) update `flags` for the rest of the enclosing group. */
  private parseSeq(flags: Flags): Node {
    const items: Node[] = [];
    for (;;) {
      this.skipExtended(flags);
      const c = this.peek();
      if (c === undefined || c === '|' || c === ')') break;
      const atom = this.parseAtom(flags);
      if (atom === null) continue;
      this.skipExtended(flags);
      items.push(this.parseQuantifier(atom, flags));
    }
    return items.length === 1 ? items[0] : { t: 'seq', items };
  }

  private skipExtended(flags: Flags): void {
    if (!flags.x) return;
    for (;;) {
      const c = this.peek();
      if (c !== undefined && ' \t\n\x0b\f\r'.includes(c)) {
        this.pos++;
      } else if (c === '#') {
        while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
      } else return;
    }
  }

  private parseQuantifier(atom: Node, flags: Flags): Node {
    let min: number;
    let max: number;
    const c = this.peek();
    if (c === '*') [min, max] = [0, INF];
    else if (c === '+') [min, max] = [1, INF];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) return atom; // not a quantifier: `{` is literal (handled by the caller next round)
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? INF : Number(m[3]);
      if (min > 65535 || (max !== INF && max > 65535)) throw new PcreSyntaxError('number too big in {} quantifier');
      if (max < min) throw new PcreSyntaxError('numbers out of order in {} quantifier');
      this.pos += m[0].length - 1;
    } else return atom;
    this.pos++;
    if (!isRepeatable(atom)) throw new PcreSyntaxError('quantifier does not follow a repeatable item');
    let mode: 'greedy' | 'lazy' | 'possessive' = flags.U ? 'lazy' : 'greedy';
    if (this.peek() === '?') {
      mode = flags.U ? 'greedy' : 'lazy';
      this.pos++;
    } else if (this.peek() === '+') {
      mode = 'possessive';
      this.pos++;
    }
    // A quantified quantifier (`a**`) is an error in PCRE2 except the modifiers handled above.
    this.skipExtended(flags);
    const next = this.peek();
    if (next === '*' || next === '+' || next === '?') throw new PcreSyntaxError('quantifier does not follow a repeatable item');
    if (next === '{' && /^\{\d+(,\d*)?\}/.test(this.src.slice(this.pos))) throw new PcreSyntaxError('quantifier does not follow a repeatable item');
    return { t: 'repeat', body: atom, min, max, mode };
  }

  private literal(code: number, flags: Flags): Node {
    const s = new ByteSet().add(code);
    return { t: 'set', set: flags.i ? s.foldCase() : s };
  }

  /** One atom, or null for something that matches nothing and takes no quantifier (an option setting, a comment). */
  private parseAtom(flags: Flags): Node | null {
    const c = this.src[this.pos++];
    switch (c) {
      case '(':
        return this.parseGroup(flags);
      case '[':
        return this.parseClass(flags);
      case '.':
        return flags.s ? { t: 'set', set: ANY } : { t: 'set', set: NOT_NEWLINE, escape: 'N' };
      case '^':
        return { t: 'assert', kind: flags.m ? 'mstart' : 'start' };
      case '$':
        return { t: 'assert', kind: flags.m ? 'mend' : 'end' };
      case '\\':
        return this.parseEscape(flags);
      case '*':
      case '+':
      case '?':
        throw new PcreSyntaxError('quantifier does not follow a repeatable item');
      default:
        return this.literal(c.charCodeAt(0) & 0xff, flags);
    }
  }

  private parseGroup(outer: Flags): Node | null {
    const rest = this.src.slice(this.pos);
    if (rest.startsWith('*')) {
      const m = /^\*(F|FAIL)\)/.exec(rest);
      if (m) {
        this.pos += m[0].length;
        return { t: 'fail' };
      }
      throw new Unsupported('backtracking control verbs');
    }
    if (!rest.startsWith('?')) {
      if (outer.n) return this.groupBody('plain', outer);
      return this.capture(undefined, outer);
    }
    // (?...
    const after = rest.slice(1);
    if (after.startsWith('#')) {
      const end = this.src.indexOf(')', this.pos);
      if (end < 0) throw new PcreSyntaxError('missing ) after (?# comment');
      this.pos = end + 1;
      return null;
    }
    const named = /^(?:<|P<|')([A-Za-z_][A-Za-z0-9_]*)([>'])/.exec(after);
    if (named && !after.startsWith('<=') && !after.startsWith('<!')) {
      const open = after[0] === "'" ? "'" : '<';
      if ((open === "'") !== (named[2] === "'")) throw new PcreSyntaxError('syntax error in subpattern name (missing terminator?)');
      if (named[1].length > 32) throw new PcreSyntaxError('subpattern name is too long (maximum 32 code units)');
      if (/^[0-9]/.test(named[1])) throw new PcreSyntaxError('subpattern name must start with a non-digit');
      this.pos += 1 + named[0].length;
      return this.capture(named[1], outer);
    }
    const simple: Record<string, GroupKind> = { ':': 'plain', '>': 'atomic', '=': 'ahead', '!': 'nahead', '<=': 'behind', '<!': 'nbehind' };
    for (const prefix of ['<=', '<!', ':', '>', '=', '!']) {
      if (after.startsWith(prefix)) {
        this.pos += 1 + prefix.length;
        return this.groupBody(simple[prefix], outer);
      }
    }
    const backrefByName = /^P=([A-Za-z_][A-Za-z0-9_]*)\)/.exec(after);
    if (backrefByName) {
      this.pos += 1 + backrefByName[0].length;
      return this.backref(backrefByName[1], outer);
    }
    const options = /^(\^)?([imnsxJU]*)(?:-([imnsxJU]*))?([:)])/.exec(after);
    if (options) {
      this.pos += 1 + options[0].length;
      const next = { ...outer };
      if (options[1]) Object.assign(next, { i: false, m: false, n: false, s: false, x: false, xx: false });
      applyOptions(next, options[2], true);
      if (options[3] !== undefined) {
        if (options[1]) throw new PcreSyntaxError('invalid hyphen in option setting');
        applyOptions(next, options[3], false);
      }
      if (options[4] === ')') {
        Object.assign(outer, next); // the rest of the enclosing group
        return null;
      }
      return this.groupBody('plain', next, true);
    }
    if (/^(\||R\)|[+-]?\d|&|P>|\(|C)/.test(after)) throw new Unsupported('branch reset, recursion, conditional groups and callouts');
    throw new PcreSyntaxError('unrecognized character after (? or (?-');
  }

  private capture(name: string | undefined, outer: Flags): Node {
    const number = ++this.captureCount;
    if (name !== undefined) {
      if (this.names.has(name)) throw new PcreSyntaxError('two named subpatterns have the same name (PCRE2_DUPNAMES not set)');
      this.names.set(name, number);
    }
    return this.groupBody('capture', outer, false, number);
  }

  private groupBody(kind: GroupKind, outer: Flags, ownFlags = false, number?: number): Node {
    const flags = ownFlags ? outer : { ...outer };
    const body = this.parseAlt({ ...flags });
    if (this.peek() !== ')') throw new PcreSyntaxError('missing closing parenthesis');
    this.pos++;
    return { t: 'group', kind, body, number };
  }

  private backref(ref: number | string, flags: Flags): Node {
    this.backrefs.push({ ref });
    return { t: 'backref', ref, caseless: flags.i };
  }

  private parseEscape(flags: Flags): Node | null {
    const c = this.src[this.pos];
    if (c === undefined) throw new PcreSyntaxError('\\ at end of pattern');
    const classEsc = classEscape(c);
    if (classEsc) {
      this.pos++;
      return { t: 'set', set: classEsc, escape: c };
    }
    switch (c) {
      case 'b':
      case 'B':
        this.pos++;
        return { t: 'assert', kind: c };
      case 'A':
      case 'G': // no start offset is ever given, so \G is the subject's start
        this.pos++;
        return { t: 'assert', kind: 'A' };
      case 'z':
      case 'Z':
        this.pos++;
        return { t: 'assert', kind: c };
      case 'N':
        if (this.src[this.pos + 1] === '{' && !/^\{\d+(,\d*)?\}/.test(this.src.slice(this.pos + 1))) {
          if (this.src.startsWith('{U+', this.pos + 1)) throw new PcreSyntaxError('\\N{U+dddd} is supported only in Unicode (UTF) mode');
          throw new PcreSyntaxError('PCRE2 does not support \\F, \\L, \\l, \\N{name}, \\U, or \\u');
        }
        this.pos++;
        return { t: 'set', set: NOT_NEWLINE, escape: 'N' };
      case 'C':
        this.pos++;
        return { t: 'set', set: ANY };
      case 'R':
        this.pos++;
        // (?>\r\n|[\n\x0b\f\r\x85])
        return {
          t: 'group',
          kind: 'atomic',
          escape: 'R',
          body: {
            t: 'alt',
            branches: [
              { t: 'seq', items: [{ t: 'set', set: new ByteSet().add(13) }, { t: 'set', set: new ByteSet().add(10) }] },
              { t: 'set', set: VSPACE },
            ],
          },
        };
      case 'Q': {
        this.pos++;
        const end = this.src.indexOf('\\E', this.pos);
        const text = end < 0 ? this.src.slice(this.pos) : this.src.slice(this.pos, end);
        this.pos = end < 0 ? this.src.length : end + 2;
        if (text === '') return null;
        const items = [...text].map((ch) => this.literal(ch.charCodeAt(0) & 0xff, flags));
        // A quantifier after \Q..\E applies to the last character only.
        if (items.length === 1) return items[0];
        const last = items.pop() as Node;
        const lastQuantified = this.parseQuantifier(last, flags);
        return { t: 'group', kind: 'plain', body: { t: 'seq', items: [...items, lastQuantified] } };
      }
      case 'E':
        this.pos++;
        return null;
      case 'g':
      case 'k':
        return this.parseNamedOrRelativeBackref(flags);
      case 'K':
        throw new Unsupported('\\K');
      case 'p':
      case 'P':
      case 'X':
        throw new Unsupported(`\\${c} (Unicode properties)`);
    }
    if (/[1-9]/.test(c)) {
      const digits = /^\d+/.exec(this.src.slice(this.pos))![0];
      const n = Number(digits);
      if (n < 10 || c === '8' || c === '9' || n <= this.captureCount) {
        this.pos += digits.length;
        return this.backref(n, flags);
      }
      // otherwise up to three octal digits
    }
    const code = this.parseCharEscape(false);
    return this.literal(code, flags);
  }

  private parseNamedOrRelativeBackref(flags: Flags): Node {
    const kind = this.src[this.pos++];
    const rest = this.src.slice(this.pos);
    let m: RegExpExecArray | null;
    if (kind === 'g') {
      if ((m = /^\{(-?\d+)\}|^(-?\d+)/.exec(rest))) {
        this.pos += m[0].length;
        let n = Number(m[1] ?? m[2]);
        if (n < 0) n = this.captureCount + n + 1;
        if (n <= 0) throw new PcreSyntaxError('a numbered reference must not be zero');
        return this.backref(n, flags);
      }
      if ((m = /^\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(rest))) {
        this.pos += m[0].length;
        return this.backref(m[1], flags);
      }
      if (/^[<']/.test(rest)) throw new Unsupported('subroutine calls (\\g<...>)');
      throw new PcreSyntaxError('\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number');
    }
    if ((m = /^<([A-Za-z_][A-Za-z0-9_]*)>|^'([A-Za-z_][A-Za-z0-9_]*)'|^\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(rest))) {
      this.pos += m[0].length;
      return this.backref(m[1] ?? m[2] ?? m[3], flags);
    }
    throw new PcreSyntaxError('\\k is not followed by a braced, angle-bracketed, or quoted name');
  }

  /** A single-character escape (after the backslash); `inClass` changes \b and digits. */
  private parseCharEscape(inClass: boolean): number {
    const c = this.src[this.pos++];
    const simple: Record<string, number> = { a: 7, e: 0x1b, f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09 };
    if (c in simple) return simple[c];
    if (inClass && c === 'b') return 0x08;
    if (c === 'x') {
      const rest = this.src.slice(this.pos);
      const braced = /^\{([0-9A-Fa-f]+)\}/.exec(rest);
      if (braced) {
        this.pos += braced[0].length;
        const v = parseInt(braced[1], 16);
        if (v > 0xff) throw new PcreSyntaxError('character code point value in \\x{} or \\o{} is too large');
        return v;
      }
      if (rest.startsWith('{')) throw new PcreSyntaxError('\\x{ is not followed by hex digits and }');
      const hex = /^[0-9A-Fa-f]{0,2}/.exec(rest)![0];
      this.pos += hex.length;
      return hex === '' ? 0 : parseInt(hex, 16);
    }
    if (c === 'o') {
      const m = /^\{([0-7]+)\}/.exec(this.src.slice(this.pos));
      if (!m) throw new PcreSyntaxError('missing opening brace after \\o');
      this.pos += m[0].length;
      const v = parseInt(m[1], 8);
      if (v > 0xff) throw new PcreSyntaxError('character code point value in \\x{} or \\o{} is too large');
      return v;
    }
    if (c === 'c') {
      const x = this.src[this.pos++];
      if (x === undefined) throw new PcreSyntaxError('\\c at end of pattern');
      const code = x.charCodeAt(0);
      if (code < 0x20 || code > 0x7e) throw new PcreSyntaxError('\\c must be followed by a printable ASCII character');
      return (x.toUpperCase().charCodeAt(0) ^ 0x40) & 0xff;
    }
    if (c >= '0' && c <= '7') {
      const oct = /^[0-7]{0,2}/.exec(this.src.slice(this.pos))![0];
      this.pos += oct.length;
      return parseInt(c + oct, 8) & 0xff;
    }
    if (c === '8' || c === '9') return c.charCodeAt(0); // inside a class: the digit itself
    if (/[A-Za-z0-9]/.test(c)) {
      if ('LlUu'.includes(c)) throw new PcreSyntaxError('PCRE2 does not support \\F, \\L, \\l, \\N{name}, \\U, or \\u');
      throw new PcreSyntaxError('unrecognized character follows \\');
    }
    return c.charCodeAt(0) & 0xff;
  }

  private parseClass(flags: Flags): Node {
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.pos++;
    }
    const members = new ByteSet();
    let first = true;
    for (;;) {
      if (this.pos >= this.src.length) throw new PcreSyntaxError('missing terminating ] for character class');
      let c = this.src[this.pos];
      if (c === ']' && !first) {
        this.pos++;
        break;
      }
      first = false;
      if (flags.xx && (c === ' ' || c === '\t')) {
        this.pos++;
        continue;
      }
      if (c === '[') {
        const posix = /^\[:(\^)?([a-z]+):\]/.exec(this.src.slice(this.pos));
        if (posix) {
          const cls = POSIX_CLASSES[posix[2]];
          if (!cls) throw new PcreSyntaxError('unknown POSIX class name');
          members.addSet(posix[1] ? cls.complement() : cls);
          this.pos += posix[0].length;
          continue;
        }
        if (/^\[[.=]/.test(this.src.slice(this.pos))) throw new PcreSyntaxError('POSIX collating elements are not supported');
      }
      // A single member (a byte, or a class escape which cannot start a range).
      let lo: number;
      if (c === '\\') {
        if (this.src.startsWith('\\Q', this.pos)) {
          this.pos += 2;
          const end = this.src.indexOf('\\E', this.pos);
          const text = end < 0 ? this.src.slice(this.pos) : this.src.slice(this.pos, end);
          this.pos = end < 0 ? this.src.length : end + 2;
          for (const ch of text) members.add(ch.charCodeAt(0) & 0xff);
          continue;
        }
        if (this.src.startsWith('\\E', this.pos)) {
          this.pos += 2;
          continue;
        }
        const esc = this.src[this.pos + 1];
        const cls = esc === undefined ? undefined : classEscape(esc);
        if (cls) {
          this.pos += 2;
          members.addSet(cls);
          if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']') throw new PcreSyntaxError('invalid range in character class');
          continue;
        }
        if (esc === 'N' || esc === 'R' || esc === 'X' || esc === 'B' || esc === 'p' || esc === 'P') {
          throw new PcreSyntaxError('escape sequence is invalid in character class');
        }
        this.pos++;
        lo = this.parseCharEscape(true);
      } else {
        lo = c.charCodeAt(0) & 0xff;
        this.pos++;
      }
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== undefined && this.src[this.pos + 1] !== ']') {
        this.pos++;
        c = this.src[this.pos];
        let hi: number;
        if (c === '\\') {
          const esc = this.src[this.pos + 1];
          if (esc !== undefined && classEscape(esc)) throw new PcreSyntaxError('invalid range in character class');
          this.pos++;
          hi = this.parseCharEscape(true);
        } else if (c === '[' && /^\[:\^?[a-z]+:\]/.test(this.src.slice(this.pos))) {
          throw new PcreSyntaxError('invalid range in character class');
        } else {
          hi = c.charCodeAt(0) & 0xff;
          this.pos++;
        }
        if (hi < lo) throw new PcreSyntaxError('range out of order in character class');
        members.addRange(lo, hi);
      } else {
        members.add(lo);
      }
    }
    const folded = flags.i ? members.foldCase() : members;
    return { t: 'set', set: negated ? folded.complement() : folded };
  }
}

function applyOptions(flags: Flags, letters: string, on: boolean): void {
  let x = 0;
  for (const l of letters) {
    if (l === 'x') x++;
    else if (l === 'J') throw new Unsupported('(?J) duplicate names');
    else (flags as unknown as Record<string, boolean>)[l] = on;
  }
  if (x > 0) {
    flags.x = on;
    flags.xx = on && x > 1;
  }
}

function classEscape(c: string): ByteSet | undefined {
  switch (c) {
    case 'd':
      return DIGIT;
    case 'D':
      return DIGIT.complement();
    case 'w':
      return WORD;
    case 'W':
      return WORD.complement();
    case 's':
      return SPACE;
    case 'S':
      return SPACE.complement();
    case 'h':
      return HSPACE;
    case 'H':
      return HSPACE.complement();
    case 'v':
      return VSPACE;
    case 'V':
      return VSPACE.complement();
  }
  return undefined;
}

function isRepeatable(node: Node): boolean {
  if (node.t === 'assert') return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Checks PCRE2 makes at compile time, and the limits of the translation

/** Length of every string `node` can match, or undefined when it varies (lookbehinds need a fixed one). */
function fixedLength(node: Node): number | undefined {
  switch (node.t) {
    case 'set':
      return 1;
    case 'assert':
    case 'fail':
      return 0;
    case 'seq': {
      let n = 0;
      for (const item of node.items) {
        const l = fixedLength(item);
        if (l === undefined) return undefined;
        n += l;
      }
      return n;
    }
    case 'alt': {
      const lengths = node.branches.map(fixedLength);
      return lengths.every((l) => l !== undefined && l === lengths[0]) ? lengths[0] : undefined;
    }
    case 'group':
      if (node.kind === 'ahead' || node.kind === 'nahead' || node.kind === 'behind' || node.kind === 'nbehind') return 0;
      return fixedLength(node.body);
    case 'repeat': {
      // PCRE2 10.42 accepts a quantified lookahead in a lookbehind, but no other varying repeat
      if (node.body.t === 'group' && (node.body.kind === 'ahead' || node.body.kind === 'nahead')) return 0;
      const l = fixedLength(node.body);
      if (node.min !== node.max) return undefined;
      return l === undefined ? undefined : l * node.min;
    }
    case 'backref':
      return undefined;
  }
}

/** PCRE2 10.42: each top-level branch of a lookbehind must have a fixed length (branches may differ). */
function checkLookbehinds(node: Node): void {
  walk(node, (n) => {
    if (n.t === 'group' && (n.kind === 'behind' || n.kind === 'nbehind')) {
      walk(n.body, (m) => {
        if (m.t === 'backref') throw new Unsupported('a back reference inside a lookbehind');
      });
      const branches = n.body.t === 'alt' ? n.body.branches : [n.body];
      for (const b of branches) {
        if (fixedLength(b) === undefined) throw new PcreSyntaxError('lookbehind assertion is not fixed length');
      }
    }
  });
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  switch (node.t) {
    case 'seq':
      node.items.forEach((i) => walk(i, visit));
      break;
    case 'alt':
      node.branches.forEach((b) => walk(b, visit));
      break;
    case 'group':
    case 'repeat':
      walk(node.body, visit);
      break;
  }
}

/**
 * JS resets a repeated group's captures at each iteration; PCRE keeps the value an earlier
 * iteration set. They only disagree when a capture inside a repetition may be skipped by a later
 * iteration, so such patterns are refused rather than answered wrongly.
 */
function checkCapturesInRepeats(node: Node): void {
  walk(node, (n) => {
    if (n.t === 'repeat' && n.max > 1 && optionalCaptures(n.body, false).length > 0) {
      throw new Unsupported('a capture group that a repeated group may skip');
    }
  });
}

function optionalCaptures(node: Node, optional: boolean): number[] {
  switch (node.t) {
    case 'seq':
      return node.items.flatMap((i) => optionalCaptures(i, optional));
    case 'alt':
      return node.branches.flatMap((b) => optionalCaptures(b, true));
    case 'group': {
      const inner = optionalCaptures(node.body, optional);
      return node.kind === 'capture' && optional ? [node.number as number, ...inner] : inner;
    }
    case 'repeat':
      return optionalCaptures(node.body, optional || node.min === 0);
    default:
      return [];
  }
}

/**
 * PCRE fails a back reference to an unset group where JS matches it as empty, and JS reads
 * lookbehinds backwards; both are refused rather than answered wrongly.
 */
function checkBackrefs(node: Node, names: ReadonlyMap<string, number>): void {
  const optional = new Set(optionalCaptures(node, false));
  const visit = (n: Node, inLookbehind: boolean): void => {
    if (n.t === 'backref') {
      const target = typeof n.ref === 'number' ? n.ref : names.get(n.ref);
      if (inLookbehind) throw new Unsupported('a back reference inside a lookbehind');
      if (target !== undefined && optional.has(target)) throw new Unsupported('a back reference to a group that may be unset');
    }
    const behind = inLookbehind || (n.t === 'group' && (n.kind === 'behind' || n.kind === 'nbehind'));
    if (n.t === 'seq') n.items.forEach((i) => visit(i, behind));
    else if (n.t === 'alt') n.branches.forEach((b) => visit(b, behind));
    else if (n.t === 'group' || n.t === 'repeat') visit(n.body, behind);
  };
  visit(node, false);
}

/**
 * A JS repeat rejects an iteration that matches the empty string; PCRE accepts it (once) and then
 * stops. That shows when the repeated body prefers an empty match to a longer one (`(a??)*`,
 * `(|a)+`), or when the empty iteration resets a capture (`(a|)*` leaves $1 empty in PCRE).
 */
function checkEmptyIterations(node: Node): void {
  walk(node, (n) => {
    if (n.t !== 'repeat' || n.min === n.max || n.max === 1 || !nullable(n.body)) return;
    let hasCapture = false;
    let prefersEmpty = false;
    walk(n.body, (m) => {
      if (m.t === 'group' && m.kind === 'capture') hasCapture = true;
      if (m.t === 'repeat' && m.mode === 'lazy' && m.min < m.max) prefersEmpty = true;
      if (m.t === 'alt' && m.branches.slice(0, -1).some(nullable)) prefersEmpty = true;
    });
    if (prefersEmpty || (hasCapture && n.max > 1)) throw new Unsupported('a repeated group that can match the empty string');
  });
}

function nullable(node: Node): boolean {
  switch (node.t) {
    case 'set':
      return false;
    case 'assert':
    case 'fail':
    case 'backref':
      return true;
    case 'seq':
      return node.items.every(nullable);
    case 'alt':
      return node.branches.some(nullable);
    case 'group':
      return node.kind === 'capture' || node.kind === 'plain' || node.kind === 'atomic' ? nullable(node.body) : true;
    case 'repeat':
      return node.min === 0 || nullable(node.body);
  }
}

/** Characters a node can start with, and whether it can match empty. */
function firstSet(node: Node): { set: ByteSet; empty: boolean } {
  switch (node.t) {
    case 'set':
      return { set: node.set, empty: false };
    case 'assert':
    case 'fail':
      return { set: new ByteSet(), empty: true };
    case 'backref':
      return { set: ANY, empty: true };
    case 'seq': {
      const out = new ByteSet();
      for (const item of node.items) {
        const f = firstSet(item);
        out.addSet(f.set);
        if (!f.empty) return { set: out, empty: false };
      }
      return { set: out, empty: true };
    }
    case 'alt': {
      const out = new ByteSet();
      let empty = false;
      for (const b of node.branches) {
        const f = firstSet(b);
        out.addSet(f.set);
        empty ||= f.empty;
      }
      return { set: out, empty };
    }
    case 'group':
      if (node.kind !== 'capture' && node.kind !== 'plain' && node.kind !== 'atomic') return { set: new ByteSet(), empty: true };
      return firstSet(node.body);
    case 'repeat': {
      const f = firstSet(node.body);
      return { set: f.set, empty: f.empty || node.min === 0 };
    }
  }
}

/** Every byte a node can consume anywhere. */
function allChars(node: Node): ByteSet {
  const out = new ByteSet();
  walk(node, (n) => {
    if (n.t === 'set') out.addSet(n.set);
    if (n.t === 'backref') out.addSet(ANY);
  });
  return out;
}

/**
 * Exponential backtracking needs a repeated body that can match the same text in more than one way
 * (`(a+)+`, `(a|a)*`, `(.*)*`). A body is accepted when a required byte that none of its variable
 * parts can consume separates the iterations (`(/[^/]+)+`, `(\w+\.)*`), and its alternations start
 * with distinct bytes. Anything else nested under an unbounded repeat is refused.
 */
function checkBacktracking(node: Node): void {
  walk(node, (n) => {
    if (n.t !== 'repeat' || n.max <= 1) return;
    if (n.body.t === 'group' && (n.body.kind === 'atomic' || n.body.kind === 'ahead' || n.body.kind === 'nahead')) return;
    if (n.mode === 'possessive') return;
    if (!bodyIsUnambiguous(n.body)) throw new Unsupported('may backtrack catastrophically; not evaluated');
  });
}

function bodyIsUnambiguous(body: Node): boolean {
  const variable = new ByteSet();
  let hasVariable = false;
  let ambiguousAlt = false;
  walk(body, (n) => {
    if (n.t === 'repeat' && n.min !== n.max) {
      hasVariable = true;
      variable.addSet(allChars(n.body));
    }
    if (n.t === 'backref') {
      hasVariable = true;
      variable.addSet(ANY);
    }
    if (n.t === 'alt') {
      const seen = new ByteSet();
      for (const b of n.branches) {
        const f = firstSet(b);
        if (f.empty || f.set.intersects(seen)) ambiguousAlt = true;
        seen.addSet(f.set);
      }
    }
  });
  if (ambiguousAlt) return false;
  return !hasVariable || requiredDelimiter(body, variable);
}

/** Whether the body's top-level sequence has a mandatory single-byte-class item disjoint from `avoid`. */
function requiredDelimiter(body: Node, avoid: ByteSet): boolean {
  const unwrap = (n: Node): Node => (n.t === 'group' && (n.kind === 'capture' || n.kind === 'plain') ? unwrap(n.body) : n);
  const top = unwrap(body);
  const items = top.t === 'seq' ? top.items.map(unwrap) : [top];
  return items.some((i) => i.t === 'set' && !i.set.intersects(avoid));
}

/**
 * Backtracking work grows like length^degree: one factor per unbounded repeat that competes with
 * another for the same bytes (`(.*)/(.*)` is 2; `(\w+)/(\w+)` is 1, the `/` settles where the
 * first stops), plus one for trying every start when the pattern is not anchored.
 */
function backtrackingDegree(node: Node): number {
  let degree = 0;
  let segment: ByteSet[] = [];
  const close = (): void => {
    const competing = segment.filter((r, i) => segment.some((o, j) => j !== i && r.intersects(o))).length;
    degree = Math.max(degree, competing, segment.length > 0 ? 1 : 0);
    segment = [];
  };
  for (const item of topLevelItems(node)) {
    if (item.t === 'set') {
      // a required byte no open repeat can consume fixes where they all stop
      if (segment.length > 0 && segment.every((r) => !r.intersects(item.set))) close();
    } else if (item.t === 'repeat' && item.max === INF && item.body.t === 'set') {
      segment.push(item.body.set);
    } else {
      walk(item, (n) => {
        if (n.t === 'repeat' && n.max === INF) segment.push(allChars(n.body));
      });
    }
  }
  close();
  return degree + (isAnchored(node) ? 0 : 1);
}

/** Ways to share `length` bytes among `degree` repeats: C(length + degree, degree), stopping past the budget. */
function splitCount(length: number, degree: number): number {
  let ways = 1;
  for (let k = 1; k <= degree && ways <= WORK_BUDGET; k++) ways = (ways * (length + k)) / k;
  return ways;
}

/** The pattern as one sequence, looking through single-branch groups. */
function topLevelItems(node: Node): Node[] {
  if (node.t === 'seq') return node.items.flatMap(topLevelItems);
  if (node.t === 'group' && (node.kind === 'capture' || node.kind === 'plain') && node.body.t !== 'alt') return topLevelItems(node.body);
  if (node.t === 'repeat' && node.min === node.max && node.min === 1) return topLevelItems(node.body);
  return [node];
}

function isAnchored(node: Node): boolean {
  switch (node.t) {
    case 'assert':
      return node.kind === 'start' || node.kind === 'A';
    case 'seq':
      return node.items.length > 0 && isAnchored(node.items[0]);
    case 'alt':
      return node.branches.every(isAnchored);
    case 'group':
      return (node.kind === 'capture' || node.kind === 'plain' || node.kind === 'atomic') && isAnchored(node.body);
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Emitting the JS RegExp

class Emitter {
  private jsGroups = 0;
  /** Inside a lookbehind JS matches right to left, where the atomic-group trick does not work. */
  private lookbehindDepth = 0;
  /** PCRE group number -> JS group number. */
  readonly groupMap = new Map<number, number>();

  constructor(private readonly names: ReadonlyMap<string, number>, private readonly captureCount: number) {}

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
        if (node.caseless) throw new Unsupported('case-insensitive back references');
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

function pcreThinksDisjoint(body: Node, next: Node | undefined): boolean {
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

// ---------------------------------------------------------------------------------------------

/** `pattern` is config text (Unicode); nginx reads the file's UTF-8 bytes, so the pattern is matched as those bytes. */
function compileUncached(text: string, caseless: boolean): RegexCompileResult {
  const pattern = utf8Bytes(text);
  let js: string;
  let parser: Parser;
  let degree: number;
  let groupMap: ReadonlyMap<number, number>;
  try {
    parser = new Parser(pattern, caseless);
    const ast = parser.parse();
    checkLookbehinds(ast);
    for (const { ref } of parser.backrefs) {
      const n = typeof ref === 'number' ? ref : parser.names.get(ref);
      if (n === undefined || n > parser.captureCount) throw new PcreSyntaxError('reference to non-existent subpattern');
    }
    checkBacktracking(ast);
    checkCapturesInRepeats(ast);
    checkEmptyIterations(ast);
    checkBackrefs(ast, parser.names);
    degree = backtrackingDegree(ast);
    const emitter = new Emitter(parser.names, parser.captureCount);
    js = emitter.emitPattern(ast);
    groupMap = emitter.groupMap;
  } catch (e) {
    if (e instanceof PcreSyntaxError) return { error: `pcre2_compile() failed: ${e.message} in "${text}"` };
    if (e instanceof Unsupported) return { error: e.message.startsWith('may backtrack') ? e.message : `unsupported by the explainer: ${e.message}` };
    throw e;
  }
  let re: RegExp;
  try {
    re = new RegExp(js);
  } catch (e) {
    return { error: `unsupported by the explainer: ${(e as Error).message}` };
  }
  const captureCount = parser.captureCount;
  const names = [...parser.names.entries()].sort((a, b) => a[1] - b[1]) as [string, number][];
  const jsIndex: number[] = [0];
  for (let n = 1; n <= captureCount; n++) jsIndex.push(groupMap.get(n) as number);
  return {
    source: text,
    caseless,
    translated: js,
    captureCount,
    names,
    exec(subject: string): Captures | undefined {
      if (degree > 1 && splitCount(subject.length, degree) > WORK_BUDGET) {
        throw new RegexNotEvaluated(`regex "${text}" on a ${subject.length}-byte subject could take too long (PCRE2 may stop at its match limit and nginx then answers 500)`);
      }
      re.lastIndex = 0;
      const m = re.exec(subject);
      if (!m) return undefined;
      const numbered = jsIndex.map((j) => m[j]);
      const named: Record<string, string> = {};
      for (const [name, n] of names) named[name] = numbered[n] ?? '';
      return { numbered, named };
    },
  };
}
