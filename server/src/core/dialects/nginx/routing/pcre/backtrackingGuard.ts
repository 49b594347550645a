/**
 * Keeps the explainer from running matches that backtrack for ever: refuses nested repeats that can
 * backtrack exponentially at compile time, and estimates the polynomial work of overlapping repeats
 * so `exec` can refuse a subject long enough that PCRE2 would hit its match limit.
 */
import { ANY, ByteSet } from './byteSet';
import { INF, Unsupported, walk, type Node } from './syntax';

/**
 * Below PCRE2's default match limit (10,000,000 match() calls): libpcre2 10.42 gives up on
 * `^/(.*)/(.*)/(.*)\.php$` from about 350 slashes and on `^/(.*)/(.*)\.php$` from about 3,500,
 * i.e. near C(slashes, degree) = 5e6. Refusing from C(length + degree, degree) > 4e6 keeps every
 * match we do run inside the limit (and fast in V8). An unanchored search multiplies the work by
 * the starts it tries. libpcre2 stays under its limit there (it answers `(.+)\.php$` on 6 KB), but
 * V8 has no limit at all, so that factor is kept for V8's sake (seconds on 64 KB).
 */
const WORK_BUDGET = 4e6;

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
export function checkBacktracking(node: Node): void {
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
 * How much backtracking work `exec` may cost on a subject of a given length, in PCRE2 match() calls
 * (which its match limit counts). `polynomial` grows like C(length + degree, degree); `linear` is
 * `factor` x length.
 */
export type WorkEstimate = { readonly kind: 'polynomial'; readonly degree: number } | { readonly kind: 'linear'; readonly factor: number };

export function estimateWork(node: Node): WorkEstimate {
  const degree = anchoredDegree(node);
  if (isAnchored(node)) return { kind: 'polynomial', degree };
  // An unanchored search tries every start, which multiplies the work by the length, unless a byte
  // no repeat can consume pins the start: then runs of repeatable bytes are only ever crossed by the
  // few starts whose pins lie just before them (`x=(\d+)` on kilobytes of `x=1&x=2...`).
  if (degree === 1 && startIsPinned(node)) return { kind: 'linear', factor: fixedItemCount(node) + 1 };
  return { kind: 'polynomial', degree: degree + 1 };
}

/** Whether running on `length` bytes stays below the budget (and hence PCRE2's match limit). */
export function workFits(estimate: WorkEstimate, length: number): boolean {
  if (estimate.kind === 'linear') return estimate.factor * length <= WORK_BUDGET;
  return estimate.degree <= 1 || splitCount(length, estimate.degree) <= WORK_BUDGET;
}

/**
 * Backtracking work of one anchored attempt grows like length^degree: one factor per unbounded
 * repeat that competes with another for the same bytes (`(.*)/(.*)` is 2; `(\w+)/(\w+)` is 1, the
 * `/` settles where the first stops).
 */
function anchoredDegree(node: Node): number {
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
  return degree;
}

/**
 * Whether a mandatory byte at a fixed distance from the start of every attempt is one that no
 * unbounded repeat (nor back reference) anywhere in the pattern can consume.
 */
function startIsPinned(node: Node): boolean {
  const repeatable = new ByteSet();
  walk(node, (n) => {
    if (n.t === 'repeat' && n.max === INF) repeatable.addSet(allChars(n.body));
    if (n.t === 'backref') repeatable.addSet(ANY);
  });
  for (const item of topLevelItems(node)) {
    if (item.t === 'assert') continue;
    // only single bytes keep the distance from the start fixed
    if (item.t !== 'set') return false;
    if (!item.set.intersects(repeatable)) return true;
  }
  return false;
}

/** Single-byte items of the pattern: bounds how many pinned starts can reach the same run of bytes. */
function fixedItemCount(node: Node): number {
  let count = 0;
  walk(node, (n) => {
    if (n.t === 'set') count++;
  });
  return count;
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
