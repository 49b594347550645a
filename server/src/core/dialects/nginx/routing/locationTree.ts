/**
 * Which `location` handles a URI, decided the way nginx 1.22 does it (ngx_http_init_locations,
 * ngx_http_init_static_location_trees, ngx_http_core_find_location):
 *
 * - Exact (`=`) and prefix (`^~`, none) locations are sorted by nginx's file-name order (`/` sorts
 *   lowest), locations whose name starts with another's are nested under it, and each list becomes a
 *   balanced binary tree. The search walks that tree: an exact hit stops everything, the longest
 *   prefix hit descends into that location's own nested locations first.
 * - Only when the nested search ends without an exact hit (and the level's prefix is not `^~`) are
 *   the level's regex locations tried, in config order; the first that matches wins and its own
 *   nested locations are searched in turn.
 * - A prefix location ending in `/` whose handler is a `*_pass` answers the URI without the slash
 *   with a 301 (nginx's auto redirect), and then no regex is tried.
 * - Prefix locations nested inside a regex location are never searched: nginx builds no static tree
 *   for them (only the nested regexes work).
 *
 * Names and URIs are compared as bytes: config text is taken as UTF-8, URIs are latin1 strings.
 */
import type { ConfigRef, ExplainStep } from '../../../analysis/explain/types';
import type { ConfigNode } from './configTree';
import { compileNginxRegex, RegexNotEvaluated, utf8Bytes, type Captures, type CompiledRegex } from './pcre';
import { parseLocationArgs, type LocationModifier } from './locationHead';
import { buildStaticTree, findStatic, type StaticNode, type StaticResult } from './staticLocationTree';
import { code } from './stepText';
import { escapeUri } from './uriEscape';

export interface LocationEntry {
  readonly node: ConfigNode;
  readonly modifier: LocationModifier;
  /** The name as written (regex source for `~`/`~*`, `@name` for named locations). */
  readonly pattern: string;
  /** For `~`/`~*`: the compiled regex, or why it cannot be evaluated. */
  readonly regex?: CompiledRegex | { readonly error: string };
  /** A prefix/exact name ending in `/` with a `*_pass` handler: the name without the slash redirects (301). */
  readonly autoRedirect: boolean;
  /** The enclosing location; undefined at server level. */
  readonly parent?: LocationEntry;
  readonly nested: LocationTree;
}

/** A config mistake nginx would refuse to start with; the explainer reports it and carries on. */
export interface LocationProblem {
  readonly message: string;
  readonly at: ConfigRef;
}

export interface LocationTree {
  readonly container: ConfigNode;
  /** Every location directly inside the container, in config order. */
  readonly entries: readonly LocationEntry[];
  /** nginx's binary tree of exact and prefix locations. */
  readonly staticTree?: StaticNode;
  /** Regex locations in config order. */
  readonly regexes: readonly LocationEntry[];
  /** Named locations (server level only). */
  readonly named: readonly LocationEntry[];
  /** Problems found here and in nested locations. */
  readonly problems: readonly LocationProblem[];
}

export interface LocationMatch {
  /** Outermost .. final location; empty when none matched (the server's own configuration applies). */
  readonly chain: readonly LocationEntry[];
  /** Captures of the last regex location that matched; undefined when no regex location matched. */
  readonly captures?: Captures;
  /** nginx answers 301 to the location's name (`/a/`) for the URI without its trailing slash. */
  readonly redirectToSlash?: boolean;
  /** The Location header of that redirect, before `?args` are appended: the name, URI-escaped. */
  readonly redirectTarget?: string;
  /** Set when a regex on the way could not be evaluated: the answer is then not known. */
  readonly undetermined?: string;
  readonly steps: readonly ExplainStep[];
}

const PASS_HANDLERS = new Set(['proxy_pass', 'fastcgi_pass', 'uwsgi_pass', 'scgi_pass', 'memcached_pass', 'grpc_pass']);

// ---------------------------------------------------------------------------------------------
// Building

export function buildLocationTree(container: ConfigNode): LocationTree {
  return buildLevel(container, undefined, false);
}

function buildLevel(container: ConfigNode, parent: LocationEntry | undefined, insideRegex: boolean): LocationTree {
  const problems: LocationProblem[] = [];
  const entries: LocationEntry[] = [];
  for (const child of container.children ?? []) {
    if (child.name !== 'location') continue;
    const parsed = parseLocationArgs(child.args);
    if ('error' in parsed) {
      problems.push({ message: parsed.error, at: child.at });
      continue;
    }
    const misplaced = parent ? misplacedNested(parent, parsed) : undefined;
    if (misplaced) problems.push({ message: misplaced, at: child.at });
    const regex = parsed.modifier === '~' || parsed.modifier === '~*' ? compileNginxRegex(parsed.pattern, parsed.modifier === '~*') : undefined;
    if (regex && 'error' in regex && regex.error.startsWith('pcre2_compile')) {
      problems.push({ message: regex.error, at: child.at });
    }
    const autoRedirect =
      (parsed.modifier === '' || parsed.modifier === '^~' || parsed.modifier === '=') &&
      parsed.pattern.endsWith('/') &&
      (child.children ?? []).some((d) => PASS_HANDLERS.has(d.name));
    // nested locations point back at this entry, so it is completed after they are built
    const entry: Omit<LocationEntry, 'nested'> & { nested?: LocationTree } = { node: child, modifier: parsed.modifier, pattern: parsed.pattern, regex, autoRedirect, parent };
    const nested = buildLevel(child, entry as LocationEntry, insideRegex || regex !== undefined);
    entry.nested = nested;
    problems.push(...nested.problems);
    entries.push(entry as LocationEntry);
  }

  const regexes = entries.filter((e) => e.modifier === '~' || e.modifier === '~*');
  const named = entries.filter((e) => e.modifier === '@');
  // nginx builds static trees only by walking static locations from the server down, so prefix
  // locations nested in a regex location are never looked up.
  const statics = insideRegex ? [] : entries.filter((e) => e.modifier === '' || e.modifier === '^~' || e.modifier === '=');
  const staticTree = buildStaticTree(statics, problems);
  return { container, entries, staticTree, regexes, named, problems };
}

/** The nesting rules ngx_http_core_location enforces. */
function misplacedNested(parent: LocationEntry, child: { modifier: LocationModifier; pattern: string }): string | undefined {
  if (parent.modifier === '=') return `location "${child.pattern}" cannot be inside the exact location "${parent.pattern}"`;
  if (parent.modifier === '@') return `location "${child.pattern}" cannot be inside the named location "${parent.pattern}"`;
  if (child.modifier === '@') return `named location "${child.pattern}" can be on the server level only`;
  const isRegex = child.modifier === '~' || child.modifier === '~*';
  if (!isRegex && !bytesOf(child.pattern).startsWith(bytesOf(parent.pattern))) {
    return `location "${child.pattern}" is outside location "${parent.pattern}"`;
  }
  return undefined;
}

/** Bytes nginx compares: config text is read as UTF-8. */
const bytesOf = utf8Bytes;

interface SearchState {
  current?: LocationEntry;
  captures?: Captures;
  undetermined?: string;
  readonly steps: ExplainStep[];
  /** The last step, when a conclusion ("… handles the request") can be folded into it. */
  foldable?: FoldableStep;
}

/** A step whose sentence can end with the conclusion instead of repeating it in a step of its own. */
type FoldableStep =
  | { readonly kind: 'prefix'; readonly index: number; readonly entry: LocationEntry; readonly level: LocationTree }
  | { readonly kind: 'no-regex'; readonly index: number; readonly level: LocationTree };

/** A FoldableStep before it is placed (Omit does not distribute over a union). */
type FoldableInfo = FoldableStep extends infer T ? (T extends FoldableStep ? Omit<T, 'index'> : never) : never;

type FindResult = 'exact' | 'redirect' | 'inclusive' | 'none' | 'regex' | 'undetermined';

export function findLocation(tree: LocationTree, uri: string): LocationMatch {
  const state: SearchState = { steps: [] };
  const rc = findAtLevel(tree, uri, state);
  const chain: LocationEntry[] = [];
  for (let e = state.current; e; e = e.parent) chain.unshift(e);
  if (rc !== 'undetermined') concludeSteps(rc, state, uri);
  const match: { -readonly [K in keyof LocationMatch]: LocationMatch[K] } = { chain, steps: state.steps };
  if (state.captures) match.captures = state.captures;
  if (rc === 'redirect' && state.current) {
    match.redirectToSlash = true;
    match.redirectTarget = escapeUri(bytesOf(state.current.pattern));
  }
  if (state.undetermined) match.undetermined = state.undetermined;
  return match;
}

function pushStep(state: SearchState, step: ExplainStep, foldable?: FoldableInfo): void {
  state.steps.push(step);
  state.foldable = foldable ? ({ ...foldable, index: state.steps.length - 1 } as FoldableStep) : undefined;
}

/** ngx_http_core_find_location for one level (the server, or a location's nested locations). */
function findAtLevel(tree: LocationTree, uri: string, state: SearchState): FindResult {
  let noregex = false;
  const found = findStatic(tree.staticTree, uri);
  let rc: FindResult = found.rc;
  if (found.rc !== 'none') {
    state.current = found.entry;
    staticStep(found, tree, state, uri);
  }
  if (found.rc === 'inclusive') {
    noregex = found.entry.modifier === '^~';
    rc = findAtLevel(found.entry.nested, uri, state);
  }
  if (rc === 'exact' || rc === 'redirect' || rc === 'regex' || rc === 'undetermined') return rc;

  if (!noregex && tree.regexes.length > 0) {
    const before = state.current;
    for (const entry of tree.regexes) {
      const regex = entry.regex as CompiledRegex | { readonly error: string };
      if ('error' in regex) {
        state.undetermined = `regex \`${headOf(entry)}\` cannot be evaluated: ${regex.error}`;
        pushStep(state, { kind: 'warning', message: `The regex ${locationCode(entry)} cannot be evaluated (${regex.error}), so which location handles the request is not known.`, at: entry.node.at });
        return 'undetermined';
      }
      let captures: Captures | undefined;
      try {
        captures = regex.exec(uri);
      } catch (e) {
        if (!(e instanceof RegexNotEvaluated)) throw e;
        state.undetermined = e.message;
        pushStep(state, { kind: 'warning', message: `${sentence(e.message)} Which location handles the request is therefore not known.`, at: entry.node.at });
        return 'undetermined';
      }
      if (!captures) continue;
      state.current = entry;
      state.captures = captures;
      pushStep(state, { kind: 'location', message: regexMatchMessage(entry, tree, before, uri), at: entry.node.at });
      const nested = findAtLevel(entry.nested, uri, state);
      return nested === 'undetermined' ? nested : nested === 'exact' || nested === 'redirect' ? nested : 'regex';
    }
    if (before) {
      const checked = tree.regexes.length === 1 ? `The only regex location${levelSuffix(tree)}, ${locationCode(tree.regexes[0])}, does not match` : `None of the ${tree.regexes.length} regex locations${levelSuffix(tree)} matches`;
      const container = regexContainer(tree);
      // Inside a regex location nothing concludes later: say here that the regex location keeps the request.
      const message = container ? `${checked} ${code(uri)}, so ${locationCode(container)} itself handles the request.` : `${checked} ${code(uri)}.`;
      pushStep(state, { kind: 'location', message }, container ? undefined : { kind: 'no-regex', level: tree });
    }
  }
  return rc;
}

function regexMatchMessage(entry: LocationEntry, level: LocationTree, before: LocationEntry | undefined, uri: string): string {
  const order = level.regexes.length === 1 ? '' : level.regexes[0] === entry ? ' (the first regex location in config order)' : ' (the first matching one in config order)';
  const head = `The regex ${locationCode(entry)}${levelSuffix(level)} matches ${code(uri)}${order}`;
  if (!before) return `${head}.`;
  if (before.modifier === '~' || before.modifier === '~*') return `${head}, so it takes over from the regex location that encloses it.`;
  return `${head}; a matching regex wins over the prefix ${locationCode(before)}${lineOf(before, entry)}.`;
}

function staticStep(found: Exclude<StaticResult, { rc: 'none' }>, level: LocationTree, state: SearchState, uri: string): void {
  const entry = found.entry;
  const at = entry.node.at;
  if (found.rc === 'exact') {
    pushStep(state, { kind: 'location', message: `${cap(locationCode(entry))}${levelSuffix(level)} matches ${code(uri)} exactly; an exact match ends the search.`, at });
    return;
  }
  if (found.rc === 'redirect') {
    pushStep(state, {
      kind: 'location',
      message:
        `${code(uri)} is the name of ${locationCode(entry)} without its trailing \`/\`, and that location passes requests to an upstream, ` +
        'so the search stops here without checking the regex locations: nginx redirects to the name with the slash.',
      at,
    });
    return;
  }
  const prefix = `The longest matching prefix${levelSuffix(level)} is ${locationCode(entry)}`;
  const nested = entry.nested.entries.length > 0;
  let message: string;
  if (entry.modifier === '^~') {
    // a nested `^~` only skips the regexes of its own level; the outer levels still try theirs
    const skipped = level.container.name === 'location' ? `the regex locations nested in ${code(level.container.at.text)}` : 'the regex locations';
    message = `${prefix}; its \`^~\` skips ${skipped}${nested ? ', and its own nested locations are searched first' : ''}.`;
  } else if (nested) {
    message = `${prefix}; its nested locations are searched first${level.regexes.length > 0 ? ', then (no `^~`) the regex locations' : ''}.`;
  } else if (level.regexes.length > 0) {
    message = `${prefix}; it has no \`^~\`, so the regex locations are checked next.`;
  } else {
    message = `${prefix}.`;
  }
  pushStep(state, { kind: 'location', message, at }, { kind: 'prefix', entry, level });
}

function concludeSteps(rc: FindResult, state: SearchState, uri: string): void {
  const current = state.current;
  if (!current) {
    state.steps.push({ kind: 'location', message: `No location matches ${code(uri)}, so the server's own configuration handles the request.` });
    return;
  }
  if (rc !== 'inclusive' && rc !== 'none') return;
  const folded = state.foldable;
  const at = current.node.at;
  if (folded?.kind === 'no-regex') {
    const said = state.steps[folded.index].message.replace(/\.$/, '');
    state.steps[folded.index] = { kind: 'location', message: `${said}, so the prefix ${locationCode(current)} handles the request.`, at };
    return;
  }
  if (folded?.kind === 'prefix' && folded.entry === current) {
    const level = folded.level;
    const head = `The longest matching prefix${levelSuffix(level)}, ${locationCode(current)}, handles the request`;
    let why: string;
    if (current.modifier === '^~') why = `: its \`^~\` skips the regex locations${level.container.name === 'location' ? ` nested in ${code(level.container.at.text)}` : ''}`;
    else if (current.nested.entries.length > 0) why = ': none of its nested locations matches and no regex location applies';
    else why = ' (no regex location applies)';
    state.steps[folded.index] = { kind: 'location', message: `${head}${why}.`, at };
    return;
  }
  state.steps.push({ kind: 'location', message: `The prefix ${locationCode(current)} handles the request.`, at });
}

/** The regex location whose nested locations this level holds, if it is one. */
function regexContainer(tree: LocationTree): { readonly node: ConfigNode } | undefined {
  if (tree.container.name !== 'location') return undefined;
  const parsed = parseLocationArgs(tree.container.args);
  return 'error' in parsed || (parsed.modifier !== '~' && parsed.modifier !== '~*') ? undefined : { node: tree.container };
}

function levelSuffix(tree: LocationTree): string {
  return tree.container.name === 'location' ? ` inside ${code(tree.container.at.text)}` : '';
}

/** `location /a` as written, as inline code. */
function locationCode(entry: { readonly node: ConfigNode }): string {
  return code(entry.node.at.text);
}

/** Where another location than the step's own is written: `(line 7)`, or `(file:7)` in another file. */
function lineOf(other: LocationEntry, self: LocationEntry): string {
  const at = other.node.at;
  if (at.file === self.node.at.file) return ` (line ${at.line})`;
  return ` (${at.file.slice(at.file.lastIndexOf('/') + 1)}:${at.line})`;
}

function cap(text: string): string {
  return text.startsWith('`') ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capped = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capped) ? capped : `${capped}.`;
}

function headOf(entry: LocationEntry): string {
  return entry.node.at.text.replace(/^location\s+/, '');
}

export function findNamedLocation(tree: LocationTree, name: string): LocationEntry | undefined {
  const wanted = name.startsWith('@') ? name : '@' + name;
  return tree.named.find((e) => e.pattern === wanted);
}
