/**
 * The lexical layer of the parser: single-character escapes and bracketed classes. Kept apart from
 * the structural parser (groups, quantifiers) so each stays readable.
 */
import { ByteSet, classEscape, POSIX_CLASSES } from './byteSet';
import { PcreSyntaxError, type Flags, type Node } from './syntax';

export abstract class CharReader {
  protected pos = 0;

  constructor(protected readonly src: string) {}

  protected peek(): string | undefined {
    return this.src[this.pos];
  }

  protected parseCharEscape(inClass: boolean): number {
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

  protected parseClass(flags: Flags): Node {
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
