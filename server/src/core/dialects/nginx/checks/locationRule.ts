import * as path from 'node:path';
import type { CheckFinding, CheckRule } from '../../../analysis/directiveChecks/types';
import type { Directive } from '../../../model/types';
import { joinSpans, LineIndex, type Span } from '../../../text/span';
import { parentOf, type DirectiveVisit, type NginxConfigView } from './configurationView';

type LocationKind = 'exact' | 'prefix' | 'noregex-prefix' | 'regex' | 'named';

/** A location's match as nginx stores it: the name without the modifier, and how it matches. */
export interface LocationMatch {
  readonly kind: LocationKind;
  readonly name: string;
}

/** A header token; its span is computed only when a finding needs it (reading spans allocates). */
interface Token {
  readonly text: string;
  span(): Span;
}

/** The location's arguments as nginx's tokens (pieces that touch, such as `=/a`, are one token). */
function modelTokens(directive: Directive): Token[] {
  const [first, second] = directive.args;
  if (!first) return [];
  if (!second) return [{ text: first.value, span: () => first.span }];
  const a = first.span;
  const b = second.span;
  if (a.endIndex === b.startIndex) return [{ text: first.value + second.value, span: () => joinSpans(a, b) }];
  return directive.args.map((arg) => ({ text: arg.value, span: () => arg.span }));
}

/** What nginx makes of a location's tokens (`ngx_http_core_location`). */
export function locationMatch(tokens: readonly string[]): LocationMatch | undefined {
  if (tokens.length === 2) {
    const [modifier, name] = tokens;
    if (modifier === '=') return { kind: 'exact', name };
    if (modifier === '^~') return { kind: 'noregex-prefix', name };
    if (modifier === '~' || modifier === '~*') return { kind: 'regex', name };
    return undefined;
  }
  if (tokens.length !== 1) return undefined;
  const token = tokens[0];
  if (token.startsWith('=')) return { kind: 'exact', name: token.slice(1) };
  if (token.startsWith('^~')) return { kind: 'noregex-prefix', name: token.slice(2) };
  if (token.startsWith('~')) return { kind: 'regex', name: token.slice(token.startsWith('~*') ? 2 : 1) };
  return { kind: token.startsWith('@') ? 'named' : 'prefix', name: token };
}

/** What nginx makes of a location directive as the model holds it. */
export function locationMatchOf(directive: Directive): LocationMatch | undefined {
  return locationMatch(modelTokens(directive).map((t) => t.text));
}

/**
 * The header tokens nginx would read when the grammar could not make sense of them (e.g.
 * `location foo /bar {`: the grammar stops at `/bar`, nginx calls `foo` an invalid modifier).
 */
function textTokens(text: string, from: number, to: number): { text: string; start: number; end: number }[] {
  const tokens: { text: string; start: number; end: number }[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|[^\s"';{}]+/g;
  const header = text.slice(from, to);
  for (let m = re.exec(header); m; m = re.exec(header)) tokens.push({ text: m[1] ?? m[2] ?? m[0], start: from + m.index, end: from + m.index + m[0].length });
  return tokens;
}

function headerHasSyntaxError(view: NginxConfigView, visit: DirectiveVisit): boolean {
  const block = visit.directive.block;
  if (!block || view.files.get(visit.file)?.syntaxFindings.length === 0) return false;
  const from = visit.directive.nameSpan.endIndex;
  return (view.files.get(visit.file)?.syntaxFindings ?? []).some((f) => f.span.startIndex >= from && f.span.startIndex < block.span.startIndex);
}

function describe(match: LocationMatch): string {
  return match.kind === 'exact' ? `exact location '${match.name}'` : match.kind === 'named' ? `named location '${match.name}'` : `location '${match.name}'`;
}

/** nginx's rules for a location inside another one. */
function nestingProblem(child: LocationMatch, parent: LocationMatch): string | undefined {
  if (parent.kind === 'exact') return `location '${child.name}' cannot be inside the ${describe(parent)}`;
  if (parent.kind === 'named') return `location '${child.name}' cannot be inside the ${describe(parent)}`;
  if (child.kind === 'named') return `named location '${child.name}' can be on the server level only`;
  if (child.kind !== 'regex' && !child.name.startsWith(parent.name)) {
    return `location '${child.name}' is outside location '${parent.name}': a nested prefix location must start with its parent's prefix`;
  }
  return undefined;
}

/** Invalid modifiers, impossible nesting and duplicate locations. */
export const locationRule: CheckRule<NginxConfigView> = {
  codes: ['nginx/invalid-location-modifier', 'nginx/argument-count', 'nginx/location-nesting', 'nginx/duplicate-location'],
  check(view, report) {
    const matches = new Map<DirectiveVisit, LocationMatch>();
    const lineIndexes = new Map<string, LineIndex>();
    const spanIn = (file: string, text: string, start: number, end: number): Span => {
      let lines = lineIndexes.get(file);
      if (!lines) lineIndexes.set(file, (lines = new LineIndex(text)));
      return lines.spanOf(start, end);
    };
    const bySiblings = new Map<DirectiveVisit, Map<string, DirectiveVisit>>();

    for (const visit of view.visits) {
      const { directive } = visit;
      if (directive.name !== 'location' || !directive.block || (visit.context !== 'server' && visit.context !== 'location')) continue;
      const text = headerHasSyntaxError(view, visit) ? view.textOf?.(visit.file) : undefined;
      const tokens = text
        ? textTokens(text, directive.nameSpan.endIndex, directive.block.span.startIndex).map((t) => ({ text: t.text, span: () => spanIn(visit.file, text, t.start, t.end) }))
        : modelTokens(directive);
      if (tokens.length > 2 && text) {
        const extra = tokens.slice(2);
        report({ file: visit.file, span: joinSpans(extra[0].span(), extra[extra.length - 1].span()), severity: 'error', code: 'nginx/argument-count', message: `'location' takes 1 to 2 arguments, got ${tokens.length}` });
        continue;
      }
      const match = locationMatch(tokens.map((t) => t.text));
      if (!match) {
        if (tokens.length === 2) {
          report({ file: visit.file, span: tokens[0].span(), severity: 'error', code: 'nginx/invalid-location-modifier', message: `invalid location modifier '${tokens[0].text}': use '=', '^~', '~' or '~*'` });
        }
        continue;
      }
      matches.set(visit, match);
      const parent = parentOf(visit);
      const parentMatch = parent && matches.get(parent);
      if (parent && parentMatch) {
        const problem = nestingProblem(match, parentMatch);
        if (problem) {
          report({
            file: visit.file,
            span: tokens[tokens.length - 1].span(),
            severity: 'error',
            code: 'nginx/location-nesting',
            message: problem,
            related: [{ file: parent.file, span: parent.directive.nameSpan, message: `the enclosing ${describe(parentMatch)}` }],
          });
        }
      }
      const finding = duplicateOf(visit, match, parent, bySiblings);
      if (finding) report(finding);
    }
  },
};

/**
 * Two exact locations, or two prefix locations (`^~` or not), with the same name in one block:
 * nginx rejects the later one when it sorts the locations.
 */
function duplicateOf(visit: DirectiveVisit, match: LocationMatch, parent: DirectiveVisit | undefined, bySiblings: Map<DirectiveVisit, Map<string, DirectiveVisit>>): CheckFinding | undefined {
  if (!parent || (match.kind !== 'exact' && match.kind !== 'prefix' && match.kind !== 'noregex-prefix')) return undefined;
  const key = `${match.kind === 'exact' ? 'exact' : 'inclusive'}\0${match.name}`;
  let seen = bySiblings.get(parent);
  if (!seen) bySiblings.set(parent, (seen = new Map()));
  const first = seen.get(key);
  if (!first) {
    seen.set(key, visit);
    return undefined;
  }
  const line = first.directive.nameSpan.start.line + 1;
  const at = first.file === visit.file ? `line ${line}` : `${path.basename(first.file)}:${line}`;
  return {
    file: visit.file,
    span: visit.directive.args[visit.directive.args.length - 1]?.span ?? visit.directive.nameSpan,
    severity: 'error',
    code: 'nginx/duplicate-location',
    message: `duplicate location '${match.name}': the same ${match.kind === 'exact' ? 'exact' : 'prefix'} location is already defined in this block (${at})`,
    related: [{ file: first.file, span: first.directive.nameSpan, message: 'the first definition' }],
  };
}
