/**
 * The syntax tree a PCRE2 pattern parses to, shared by the checks, the backtracking guard and both
 * back ends (the JS RegExp emitter and the caseless-back-reference matcher).
 */
import type { ByteSet } from './byteSet';


export type Node =
  | { readonly t: 'seq'; readonly items: Node[] }
  | { readonly t: 'alt'; readonly branches: Node[] }
  /** `escape`: the \S, \h, \v escape it was written as (see `pcreThinksDisjoint`). */
  | { readonly t: 'set'; readonly set: ByteSet; readonly escape?: string }
  | { readonly t: 'assert'; readonly kind: AssertKind }
  | { readonly t: 'group'; readonly kind: GroupKind; readonly body: Node; readonly number?: number; readonly escape?: string }
  | { readonly t: 'repeat'; readonly body: Node; readonly min: number; readonly max: number; readonly mode: 'greedy' | 'lazy' | 'possessive' }
  | { readonly t: 'backref'; readonly ref: number | string; readonly caseless: boolean }
  | { readonly t: 'fail' };

export type AssertKind = 'start' | 'end' | 'mstart' | 'mend' | 'A' | 'z' | 'Z' | 'b' | 'B';
export type GroupKind = 'capture' | 'plain' | 'atomic' | 'ahead' | 'nahead' | 'behind' | 'nbehind';

export const INF = Infinity;

/** PCRE2 itself rejects the pattern (nginx refuses the config). */
export class PcreSyntaxError extends Error {}
/** nginx accepts the pattern but the explainer cannot reproduce PCRE2 exactly. */
export class Unsupported extends Error {}

export interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  x: boolean;
  xx: boolean;
  U: boolean;
  n: boolean;
}

export function walk(node: Node, visit: (n: Node) => void): void {
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

export function applyOptions(flags: Flags, letters: string, on: boolean): void {
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

export function isRepeatable(node: Node): boolean {
  if (node.t === 'assert') return false;
  return true;
}
