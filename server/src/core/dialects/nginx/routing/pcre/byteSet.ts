/** Byte sets: the subject is bytes, so every PCRE class is a subset of 0..255 (C locale, no UTF). */


export class ByteSet {
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
export const WORD = set([0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0x5f, 0x5f]);
const SPACE = set([0x09, 0x0d], [0x20, 0x20]);
const HSPACE = set([0x09, 0x09], [0x20, 0x20], [0xa0, 0xa0]);
export const VSPACE = set([0x0a, 0x0d], [0x85, 0x85]);
export const NOT_NEWLINE = set([0x0a, 0x0a]).complement();
export const ANY = new ByteSet().complement();

export const POSIX_CLASSES: Record<string, ByteSet> = {
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

export function classEscape(c: string): ByteSet | undefined {
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
