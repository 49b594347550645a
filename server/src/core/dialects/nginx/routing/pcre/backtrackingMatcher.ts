/**
 * A direct backtracking matcher over the syntax tree, for the one thing a flagless JS RegExp cannot
 * express: a case-insensitive back reference (`~* ^/([a-z])\1`). JS has no caseless back reference
 * without the `i` flag (inline `(?i:)` needs a newer V8), and `i` would fold every set and é/É,
 * which PCRE2's C-locale tables never fold. The checks of compile.ts have already refused what
 * neither back end reproduces, so this follows PCRE2 10.42's order of trying alternatives.
 */
import { WORD } from './byteSet';
import { pcreThinksDisjoint } from './emitJs';
import type { AssertKind, Node } from './syntax';

/** Thrown when the match would need more steps than PCRE2's match limit allows, or more stack than we have. */
export class MatchTooCostly extends Error {}

/** [start, end] byte offsets of each group; undefined while unset. */
type Spans = (readonly [number, number] | undefined)[];
type Continuation = (pos: number) => boolean;

export type BacktrackingMatch = (subject: string) => (string | undefined)[] | undefined;

export function backtrackingMatcher(root: Node, captureCount: number, names: ReadonlyMap<string, number>, stepBudget: number): BacktrackingMatch {
  return (subject) => {
    const run = new Run(subject, captureCount, names, stepBudget);
    try {
      return run.search(root);
    } catch (e) {
      if (e instanceof RangeError) throw new MatchTooCostly('too deep'); // stack overflow on a long subject
      throw e;
    }
  };
}

class Run {
  private spans: Spans;
  private steps = 0;

  constructor(
    private readonly s: string,
    private readonly captureCount: number,
    private readonly names: ReadonlyMap<string, number>,
    private readonly stepBudget: number,
  ) {
    this.spans = new Array<undefined>(captureCount + 1).fill(undefined);
  }

  search(root: Node): (string | undefined)[] | undefined {
    for (let start = 0; start <= this.s.length; start++) {
      this.spans = new Array<undefined>(this.captureCount + 1).fill(undefined);
      let end = -1;
      if (this.m(root, start, undefined, (e) => ((end = e), true))) {
        this.spans[0] = [start, end];
        return this.spans.map((span) => (span ? this.s.slice(span[0], span[1]) : undefined));
      }
    }
    return undefined;
  }

  /** Matches `node` at `pos`, then `k`; `next` is what follows (for PCRE2's auto-possessification). */
  private m(node: Node, pos: number, next: Node | undefined, k: Continuation): boolean {
    if (++this.steps > this.stepBudget) throw new MatchTooCostly('match limit');
    switch (node.t) {
      case 'set':
        return pos < this.s.length && node.set.has(this.s.charCodeAt(pos)) && k(pos + 1);
      case 'fail':
        return false;
      case 'assert':
        return this.assertion(node.kind, pos) && k(pos);
      case 'seq':
        return this.sequence(node.items, 0, pos, next, k);
      case 'alt':
        return node.branches.some((b) => this.m(b, pos, next, k));
      case 'backref':
        return this.backref(node.ref, node.caseless, pos, k);
      case 'group':
        return this.group(node, pos, next, k);
      case 'repeat':
        if (node.mode === 'possessive' || pcreThinksDisjoint(node.body, next)) {
          // a possessive repeat is an atomic greedy one; a lazy `?` PCRE2 makes possessive turns greedy too
          return this.atomic(pos, (k2) => this.repeat(node, 'greedy', 0, pos, undefined, k2), k);
        }
        return this.repeat(node, node.mode, 0, pos, next, k);
    }
  }

  private sequence(items: readonly Node[], i: number, pos: number, next: Node | undefined, k: Continuation): boolean {
    if (i === items.length) return k(pos);
    const following = i + 1 < items.length ? items[i + 1] : next;
    return this.m(items[i], pos, following, (p) => this.sequence(items, i + 1, p, next, k));
  }

  /**
   * PCRE2 stops repeating after an iteration that matched the empty string (once the minimum is
   * reached) and goes on with what follows, keeping that iteration's captures.
   */
  private repeat(node: Extract<Node, { t: 'repeat' }>, mode: 'greedy' | 'lazy', count: number, pos: number, next: Node | undefined, k: Continuation): boolean {
    const more = (): boolean =>
      count < node.max &&
      this.m(node.body, pos, undefined, (e) =>
        e === pos && count + 1 >= node.min ? k(e) : this.repeat(node, mode, count + 1, e, next, k),
      );
    const stop = (): boolean => count >= node.min && k(pos);
    return mode === 'greedy' ? more() || stop() : stop() || more();
  }

  private group(node: Extract<Node, { t: 'group' }>, pos: number, next: Node | undefined, k: Continuation): boolean {
    switch (node.kind) {
      case 'capture': {
        const n = node.number as number;
        return this.m(node.body, pos, next, (e) => {
          const before = this.spans[n];
          this.spans[n] = [pos, e];
          if (k(e)) return true;
          this.spans[n] = before;
          return false;
        });
      }
      case 'plain':
        return this.m(node.body, pos, next, k);
      case 'atomic':
        return this.atomic(pos, (k2) => this.m(node.body, pos, undefined, k2), k);
      case 'ahead':
        return this.atomic(pos, (k2) => this.m(node.body, pos, undefined, k2), () => k(pos));
      case 'nahead':
        return !this.succeeds(() => this.m(node.body, pos, undefined, () => true)) && k(pos);
      case 'behind':
        return this.atomic(pos, (k2) => this.behind(node.body, pos, k2), () => k(pos));
      case 'nbehind':
        return !this.succeeds(() => this.behind(node.body, pos, () => true)) && k(pos);
    }
  }

  /** Each top-level branch of a lookbehind has a fixed length (checked at compile time): step back and match forwards. */
  private behind(body: Node, pos: number, k: Continuation): boolean {
    const branches = body.t === 'alt' ? body.branches : [body];
    return branches.some((b) => {
      const length = fixedWidth(b);
      return pos - length >= 0 && this.m(b, pos - length, undefined, (e) => e === pos && k(pos));
    });
  }

  /** The first way `body` matches, never revisited; captures it set stay unless `k` then fails. */
  private atomic(pos: number, body: (k: Continuation) => boolean, k: Continuation): boolean {
    const saved = this.spans.slice();
    let end = -1;
    if (!body((e) => ((end = e), true))) {
      this.spans = saved;
      return false;
    }
    if (k(end)) return true;
    this.spans = saved;
    return false;
  }

  /** Whether `attempt` succeeds, leaving no captures behind (negative assertions). */
  private succeeds(attempt: () => boolean): boolean {
    const saved = this.spans.slice();
    const ok = attempt();
    this.spans = saved;
    return ok;
  }

  private backref(ref: number | string, caseless: boolean, pos: number, k: Continuation): boolean {
    const n = typeof ref === 'number' ? ref : (this.names.get(ref) as number);
    const span = this.spans[n];
    if (!span) return false; // PCRE2: a reference to an unset group fails
    const length = span[1] - span[0];
    if (pos + length > this.s.length) return false;
    for (let i = 0; i < length; i++) {
      const want = this.s.charCodeAt(span[0] + i);
      const got = this.s.charCodeAt(pos + i);
      if (want !== got && !(caseless && asciiFold(want) === asciiFold(got))) return false;
    }
    return k(pos + length);
  }

  private assertion(kind: AssertKind, pos: number): boolean {
    const s = this.s;
    const n = s.length;
    switch (kind) {
      case 'start':
      case 'A':
        return pos === 0;
      case 'end':
      case 'Z':
        return pos === n || (pos === n - 1 && s[pos] === '\n');
      case 'z':
        return pos === n;
      case 'mstart':
        return pos === 0 || (s[pos - 1] === '\n' && pos < n);
      case 'mend':
        return pos === n || s[pos] === '\n';
      case 'b':
      case 'B': {
        const before = pos > 0 && WORD.has(s.charCodeAt(pos - 1));
        const after = pos < n && WORD.has(s.charCodeAt(pos));
        return (before !== after) === (kind === 'b');
      }
    }
  }
}

/** PCRE2's default tables are the C locale's: only ASCII letters have another case. */
function asciiFold(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/** Length of a lookbehind branch (compile time made sure it is fixed). */
function fixedWidth(node: Node): number {
  switch (node.t) {
    case 'set':
      return 1;
    case 'seq':
      return node.items.reduce((n, item) => n + fixedWidth(item), 0);
    case 'alt':
      return fixedWidth(node.branches[0]);
    case 'group':
      return node.kind === 'capture' || node.kind === 'plain' || node.kind === 'atomic' ? fixedWidth(node.body) : 0;
    case 'repeat':
      return node.body.t === 'group' && (node.body.kind === 'ahead' || node.body.kind === 'nahead') ? 0 : fixedWidth(node.body) * node.min;
    default:
      return 0;
  }
}
