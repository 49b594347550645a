import { spanWithin } from '../../../analysis/directiveChecks/liveSpans';
import type { Argument } from '../../../model/types';
import type { Span } from '../../../text/span';

/** One `$name` or `${name}` in an argument, with where it is written. */
export interface VariableReference {
  readonly name: string;
  readonly braced: boolean;
  readonly span: Span;
}

/**
 * The variables an argument refers to, read the way nginx's script compiler reads them: `$` then
 * letters, digits and `_`, or the same inside `{}`. `$1`…`$9` are regex captures, not variables.
 * Read from the raw text: nginx's escapes never touch a variable name.
 */
export function variableReferences(arg: Argument): VariableReference[] {
  const raw = arg.raw;
  if (!raw.includes('$')) return [];
  const refs: VariableReference[] = [];
  const re = /\$(?:\{(\w+)\}|(\w+))/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const name = m[1] ?? m[2];
    if (/^[0-9]/.test(name)) continue;
    refs.push({ name, braced: m[1] !== undefined, span: spanWithin(arg.span, raw, m.index, m.index + m[0].length) });
  }
  return refs;
}

/** Named groups of a regular expression: `(?<name>…)`, `(?P<name>…)` and `(?'name'…)`. */
export function namedCaptures(pattern: string): string[] {
  const names: string[] = [];
  const re = /\(\?(?:P?<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/g;
  for (let m = re.exec(pattern); m; m = re.exec(pattern)) names.push(m[1] ?? m[2]);
  return names;
}

/** The variable a `$name` argument names, or undefined when the argument is something else. */
export function definedName(arg: Argument | undefined): string | undefined {
  const m = arg && /^\$(\w+)$/.exec(arg.value);
  return m ? m[1] : undefined;
}
