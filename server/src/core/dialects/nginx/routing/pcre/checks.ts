/** Checks PCRE2 makes at compile time, and the limits of what the explainer reproduces exactly. */
import { PcreSyntaxError, Unsupported, walk, type Node } from './syntax';


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
export function checkLookbehinds(node: Node): void {
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


/**
 * JS resets a repeated group's captures at each iteration; PCRE keeps the value an earlier
 * iteration set. They only disagree when a capture inside a repetition may be skipped by a later
 * iteration, so such patterns are refused rather than answered wrongly.
 */
export function checkCapturesInRepeats(node: Node): void {
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
export function checkBackrefs(node: Node, names: ReadonlyMap<string, number>): void {
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
export function checkEmptyIterations(node: Node): void {
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
