/** Parses a PCRE2 pattern (as bytes, one char per byte) into the syntax tree, with PCRE2 10.42's errors. */
import { ANY, ByteSet, classEscape, NOT_NEWLINE, VSPACE } from './byteSet';
import { CharReader } from './classSyntax';
import { applyOptions, INF, isRepeatable, PcreSyntaxError, Unsupported, type Flags, type GroupKind, type Node } from './syntax';

export class Parser extends CharReader {
  captureCount = 0;
  readonly names = new Map<string, number>();
  readonly backrefs: { ref: number | string }[] = [];

  constructor(src: string, caseless: boolean) {
    super(src);
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
}
