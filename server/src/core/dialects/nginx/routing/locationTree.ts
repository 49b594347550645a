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

export type LocationModifier = '=' | '^~' | '~' | '~*' | '' | '@';

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

export interface StaticNode {
  /** The part of the name below the parent tree node (bytes as a latin1 string). */
  readonly name: string;
  readonly exact?: LocationEntry;
  readonly inclusive?: LocationEntry;
  readonly autoRedirect: boolean;
  readonly left?: StaticNode;
  readonly right?: StaticNode;
  /** Locations whose names continue this one. */
  readonly tree?: StaticNode;
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

type ParsedLocation = { modifier: LocationModifier; pattern: string } | { error: string };

/** `location [= | ^~ | ~ | ~*] name`, also glued (`location =/a`, `location ~*\.php$`). */
export function parseLocationArgs(args: readonly string[]): ParsedLocation {
  if (args.length === 2) {
    const [mod, name] = args;
    if (mod === '=' || mod === '^~' || mod === '~' || mod === '~*') return { modifier: mod, pattern: name };
    return { error: `invalid location modifier "${mod}"` };
  }
  if (args.length !== 1) return { error: 'invalid number of arguments in "location" directive' };
  const name = args[0];
  if (name.startsWith('=')) return { modifier: '=', pattern: name.slice(1) };
  if (name.startsWith('^~')) return { modifier: '^~', pattern: name.slice(2) };
  if (name.startsWith('~*')) return { modifier: '~*', pattern: name.slice(2) };
  if (name.startsWith('~')) return { modifier: '~', pattern: name.slice(1) };
  if (name.startsWith('@')) return { modifier: '@', pattern: name };
  return { modifier: '', pattern: name };
}

/** Bytes nginx compares: config text is read as UTF-8. */
const bytesOf = utf8Bytes;

interface QueueItem {
  readonly name: string;
  exact?: LocationEntry;
  inclusive?: LocationEntry;
  list: QueueItem[];
}

/** nginx's ngx_filename_cmp on a case-sensitive file system: bytes, but `/` sorts below every other byte. */
function filenameCmp(a: string, aFrom: number, b: string, bFrom: number, n: number): number {
  for (let k = 0; k < n; k++) {
    let c1 = aFrom + k < a.length ? a.charCodeAt(aFrom + k) : 0;
    let c2 = bFrom + k < b.length ? b.charCodeAt(bFrom + k) : 0;
    if (c1 === c2) {
      if (c1 === 0) return 0;
      continue;
    }
    if (c1 === 0 || c2 === 0) return c1 - c2;
    c1 = c1 === 0x2f ? 0 : c1;
    c2 = c2 === 0x2f ? 0 : c2;
    return c1 - c2;
  }
  return 0;
}

function buildStaticTree(statics: readonly LocationEntry[], problems: LocationProblem[]): StaticNode | undefined {
  if (statics.length === 0) return undefined;
  const items: QueueItem[] = statics.map((e) =>
    e.modifier === '=' ? { name: bytesOf(e.pattern), exact: e, list: [] } : { name: bytesOf(e.pattern), inclusive: e, list: [] },
  );
  // ngx_http_cmp_locations: file-name order, an exact location before the same-named prefix one.
  items.sort((x, y) => {
    const rc = filenameCmp(x.name, 0, y.name, 0, Math.min(x.name.length, y.name.length) + 1);
    if (rc !== 0) return rc;
    if (x.exact && !y.exact) return -1;
    if (!x.exact && y.exact) return 1;
    return 0;
  });
  const joined = joinExactLocations(items, problems);
  return createTree(createLists(joined), 0);
}

/** `= /a` and `/a` share one tree node; two of the same kind are nginx's "duplicate location". */
function joinExactLocations(items: QueueItem[], problems: LocationProblem[]): QueueItem[] {
  const out: QueueItem[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && last.name === item.name) {
      const duplicate = (last.exact && item.exact) || (last.inclusive && item.inclusive);
      if (duplicate) {
        const entry = (item.exact ?? item.inclusive) as LocationEntry;
        problems.push({ message: `duplicate location "${entry.pattern}"`, at: entry.node.at });
        continue;
      }
      last.inclusive = item.inclusive;
      continue;
    }
    out.push(item);
  }
  return out;
}

/** ngx_http_create_locations_list: locations whose names start with a prefix location's name move into its list. */
function createLists(items: QueueItem[]): QueueItem[] {
  const out: QueueItem[] = [];
  let i = 0;
  while (i < items.length) {
    const q = items[i];
    out.push(q);
    if (!q.inclusive) {
      i++;
      continue;
    }
    let x = i + 1;
    while (x < items.length && items[x].name.length >= q.name.length && filenameCmp(q.name, 0, items[x].name, 0, q.name.length) === 0) x++;
    if (x > i + 1) q.list = createLists(items.slice(i + 1, x));
    i = x;
  }
  return out;
}

/** ngx_http_create_locations_tree: the middle item is the node, halves left and right, its list below. */
function createTree(items: readonly QueueItem[], prefix: number): StaticNode | undefined {
  if (items.length === 0) return undefined;
  const middle = items.length >> 1;
  const q = items[middle];
  const len = q.name.length - prefix;
  return {
    // nginx keeps the length in a byte
    name: q.name.slice(prefix, prefix + (len & 0xff)),
    exact: q.exact,
    inclusive: q.inclusive,
    autoRedirect: (q.exact?.autoRedirect ?? false) || (q.inclusive?.autoRedirect ?? false),
    left: createTree(items.slice(0, middle), prefix),
    right: createTree(items.slice(middle + 1), prefix),
    tree: createTree(q.list, prefix + len),
  };
}

// ---------------------------------------------------------------------------------------------
// Searching

type StaticResult =
  | { readonly rc: 'exact'; readonly entry: LocationEntry }
  | { readonly rc: 'redirect'; readonly entry: LocationEntry }
  | { readonly rc: 'inclusive'; readonly entry: LocationEntry }
  | { readonly rc: 'none' };

/** ngx_http_core_find_static_location. */
function findStatic(root: StaticNode | undefined, uri: string): StaticResult {
  let node = root;
  let offset = 0;
  let len = uri.length;
  let result: StaticResult = { rc: 'none' };
  while (node) {
    const nodeLen = node.name.length;
    const n = len <= nodeLen ? len : nodeLen;
    const rc = filenameCmpUri(uri, offset, node.name, n);
    if (rc !== 0) {
      node = rc < 0 ? node.left : node.right;
      continue;
    }
    if (len > nodeLen) {
      if (node.inclusive) {
        result = { rc: 'inclusive', entry: node.inclusive };
        offset += n;
        len -= n;
        node = node.tree;
        continue;
      }
      node = node.right; // exact only
      continue;
    }
    if (len === nodeLen) {
      if (node.exact) return { rc: 'exact', entry: node.exact };
      return { rc: 'inclusive', entry: node.inclusive as LocationEntry };
    }
    if (len + 1 === nodeLen && node.autoRedirect) {
      result = { rc: 'redirect', entry: (node.exact ?? node.inclusive) as LocationEntry };
    }
    node = node.left;
  }
  return result;
}

/** The URI is not NUL-terminated in nginx: only `n` bytes are compared. */
function filenameCmpUri(uri: string, offset: number, name: string, n: number): number {
  for (let k = 0; k < n; k++) {
    let c1 = uri.charCodeAt(offset + k);
    let c2 = name.charCodeAt(k);
    if (c1 === c2) {
      if (c1 === 0) return 0;
      continue;
    }
    if (c1 === 0 || c2 === 0) return c1 - c2;
    c1 = c1 === 0x2f ? 0 : c1;
    c2 = c2 === 0x2f ? 0 : c2;
    return c1 - c2;
  }
  return 0;
}

interface SearchState {
  current?: LocationEntry;
  captures?: Captures;
  undetermined?: string;
  readonly steps: ExplainStep[];
}

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

/** ngx_http_core_find_location for one level (the server, or a location's nested locations). */
function findAtLevel(tree: LocationTree, uri: string, state: SearchState): FindResult {
  let noregex = false;
  const found = findStatic(tree.staticTree, uri);
  let rc: FindResult = found.rc;
  if (found.rc !== 'none') {
    state.current = found.entry;
    staticStep(found, tree, state);
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
        state.steps.push({ kind: 'warning', message: `${state.undetermined}; which location handles the request is not known`, at: entry.node.at });
        return 'undetermined';
      }
      let captures: Captures | undefined;
      try {
        captures = regex.exec(uri);
      } catch (e) {
        if (!(e instanceof RegexNotEvaluated)) throw e;
        state.undetermined = e.message;
        state.steps.push({ kind: 'warning', message: `${e.message}; which location handles the request is not known`, at: entry.node.at });
        return 'undetermined';
      }
      if (!captures) continue;
      state.current = entry;
      state.captures = captures;
      state.steps.push({
        kind: 'location',
        message: before
          ? `regex \`${headOf(entry)}\` matches; a matching regex wins over prefix \`${headOf(before)}\``
          : `regex \`${headOf(entry)}\` matches`,
        at: entry.node.at,
      });
      const nested = findAtLevel(entry.nested, uri, state);
      return nested === 'undetermined' ? nested : nested === 'exact' || nested === 'redirect' ? nested : 'regex';
    }
    if (before) {
      state.steps.push({
        kind: 'location',
        message: `no regex location ${tree.regexes.length === 1 ? 'matches' : `of ${tree.regexes.length} matches`}${levelSuffix(tree)}`,
      });
    }
  } else if (noregex && tree.regexes.length > 0) {
    // the `^~` step already says the regex search is skipped
  }
  return rc;
}

function staticStep(found: Exclude<StaticResult, { rc: 'none' }>, level: LocationTree, state: SearchState): void {
  const entry = found.entry;
  const head = headOf(entry);
  if (found.rc === 'exact') {
    state.steps.push({ kind: 'location', message: `exact match \`${head}\`: the search stops here`, at: entry.node.at });
  } else if (found.rc === 'redirect') {
    state.steps.push({
      kind: 'location',
      message: `the URI is \`${head}\` without its trailing \`/\` and the location passes requests to an upstream: nginx redirects (301) to the name with the slash; no regex is tried`,
      at: entry.node.at,
    });
  } else {
    const nestedCount = entry.nested.entries.length;
    let message = `longest matching prefix \`${head}\``;
    if (entry.modifier === '^~') {
      // a nested `^~` only skips the regexes of its own level; the outer levels still try theirs
      message += level.container.name === 'location' ? `; \`^~\` skips the regexes nested in \`${level.container.at.text}\`` : '; `^~` stops the regex search';
    }
    if (nestedCount > 0) message += '; its nested locations are searched first';
    state.steps.push({ kind: 'location', message, at: entry.node.at });
  }
}

function concludeSteps(rc: FindResult, state: SearchState, uri: string): void {
  const current = state.current;
  if (!current) {
    state.steps.push({ kind: 'location', message: `no location matches \`${uri}\`: the server's own configuration handles the request` });
    return;
  }
  if (rc === 'inclusive' || rc === 'none') {
    state.steps.push({ kind: 'location', message: `prefix \`${headOf(current)}\` handles the request`, at: current.node.at });
  }
}

function levelSuffix(tree: LocationTree): string {
  return tree.container.name === 'location' ? ` inside \`${tree.container.at.text}\`` : '';
}

function headOf(entry: LocationEntry): string {
  return entry.node.at.text.replace(/^location\s+/, '');
}

export function findNamedLocation(tree: LocationTree, name: string): LocationEntry | undefined {
  const wanted = name.startsWith('@') ? name : '@' + name;
  return tree.named.find((e) => e.pattern === wanted);
}

/** ngx_escape_uri(NGX_ESCAPE_URI): what nginx escapes in a location name it redirects to. */
const URI_ESCAPE = [0xffffffff, 0xd000002d, 0x50000000, 0xb8000001, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff];

export function escapeUri(bytes: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes.charCodeAt(i) & 0xff;
    out += URI_ESCAPE[c >> 5] & (1 << (c & 31)) ? '%' + c.toString(16).toUpperCase().padStart(2, '0') : bytes[i];
  }
  return out;
}
