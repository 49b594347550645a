import * as path from 'node:path';
import type { CheckFinding } from '../../../analysis/directiveChecks/types';
import { spanFromTo, spanWithin } from '../../../analysis/directiveChecks/liveSpans';
import type { Directive } from '../../../model/types';
import type { Span } from '../../../text/span';
import { parseLocationArgs, type LocationModifier } from '../routing/locationHead';
import type { BlockCheck, NginxRule, ReadingSource } from './ruleTypes';
import type { DirectiveVisit } from './visit';

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
  if (a.endIndex === b.startIndex) return [{ text: first.value + second.value, span: () => spanFromTo(a, b) }];
  return directive.args.map((arg) => ({ text: arg.value, span: () => arg.span }));
}

const KIND_OF: Record<LocationModifier, LocationKind> = { '=': 'exact', '^~': 'noregex-prefix', '~': 'regex', '~*': 'regex', '@': 'named', '': 'prefix' };

/** What nginx makes of a location's tokens (`ngx_http_core_location`, read once in locationHead.ts). */
export function locationMatch(tokens: readonly string[]): LocationMatch | undefined {
  const parsed = parseLocationArgs(tokens);
  return 'error' in parsed ? undefined : { kind: KIND_OF[parsed.modifier], name: parsed.pattern };
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

function headerHasSyntaxError(source: ReadingSource, visit: DirectiveVisit): boolean {
  const block = visit.directive.block;
  const findings = source.files.get(visit.file)?.syntaxFindings ?? [];
  if (!block || findings.length === 0) return false;
  const from = visit.directive.nameSpan.endIndex;
  return findings.some((f) => f.span.startIndex >= from && f.span.startIndex < block.span.startIndex);
}

/** A location's header as nginx reads it: its tokens, and what they make when there are not too many. */
interface LocationHeader {
  readonly tokens: readonly Token[];
  /** Read from the text, the model having dropped tokens on a syntax error. */
  readonly fromText: boolean;
  readonly match: LocationMatch | undefined;
}

/** The header of a location block in a server or location, the only ones nginx files (undefined otherwise). */
function locationHeader(visit: DirectiveVisit, source: ReadingSource): LocationHeader | undefined {
  const { directive } = visit;
  const block = directive.block;
  if (directive.name !== 'location' || !block || (visit.context !== 'server' && visit.context !== 'location')) return undefined;
  const text = headerHasSyntaxError(source, visit) ? source.textOf?.(visit.file) : undefined;
  if (text === undefined) {
    const tokens = modelTokens(directive);
    return { tokens, fromText: false, match: locationMatch(tokens.map((t) => t.text)) };
  }
  // Spans measured from the directive's own span, so that they move with it.
  const from = directive.span.startIndex;
  const own = text.slice(from, block.span.startIndex);
  const tokens = textTokens(text, directive.nameSpan.endIndex, block.span.startIndex).map((t) => ({ text: t.text, span: () => spanWithin(directive.span, own, t.start - from, t.end - from) }));
  return { tokens, fromText: true, match: tokens.length > 2 ? undefined : locationMatch(tokens.map((t) => t.text)) };
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

/** Nesting and duplicates of the locations in one block; `owner`'s own match, if it is a location. */
function locationsInBlock(owner: DirectiveVisit, source: ReadingSource): BlockCheck {
  const ownerMatch = locationHeader(owner, source)?.match;
  const firsts = new Map<string, DirectiveVisit>();
  return {
    statement(visit, _summary, out) {
      const header = locationHeader(visit, out.source);
      const match = header?.match;
      if (!header || !match) return;
      if (ownerMatch) {
        const problem = nestingProblem(match, ownerMatch);
        if (problem) {
          out.report({
            file: visit.file,
            span: header.tokens[header.tokens.length - 1].span(),
            severity: 'error',
            code: 'nginx/location-nesting',
            message: problem,
            related: [{ file: owner.file, span: owner.directive.nameSpan, message: `the enclosing ${describe(ownerMatch)}` }],
          });
        }
      }
      if (match.kind !== 'exact' && match.kind !== 'prefix' && match.kind !== 'noregex-prefix') return;
      const key = `${match.kind === 'exact' ? 'exact' : 'inclusive'}\0${match.name}`;
      const first = firsts.get(key);
      if (!first) firsts.set(key, visit);
      // The message quotes the first one's line: written when reported.
      else out.reportLater(visit.file, () => duplicateLocation(visit, match, first));
    },
  };
}

/** Invalid modifiers, impossible nesting and duplicate locations. */
export const locationRule: NginxRule = {
  codes: ['nginx/invalid-location-modifier', 'nginx/argument-count', 'nginx/location-nesting', 'nginx/duplicate-location'],
  directive(visit, out) {
    const header = locationHeader(visit, out.source);
    if (!header || header.match) return;
    const { tokens } = header;
    if (tokens.length > 2 && header.fromText) {
      const extra = tokens.slice(2);
      out.report({ file: visit.file, span: spanFromTo(extra[0].span(), extra[extra.length - 1].span()), severity: 'error', code: 'nginx/argument-count', message: `'location' takes 1 to 2 arguments, got ${tokens.length}` });
    } else if (tokens.length === 2) {
      out.report({ file: visit.file, span: tokens[0].span(), severity: 'error', code: 'nginx/invalid-location-modifier', message: `invalid location modifier '${tokens[0].text}': use '=', '^~', '~' or '~*'` });
    }
  },
  // Two exact locations, or two prefix locations (`^~` or not), with the same name in one block:
  // nginx rejects the later one when it sorts the locations. A walk's top level is no block.
  block: (owner, inner, source) => (owner && (inner.context === 'server' || inner.context === 'location') ? locationsInBlock(owner, source) : undefined),
};

function duplicateLocation(visit: DirectiveVisit, match: LocationMatch, first: DirectiveVisit): CheckFinding {
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
