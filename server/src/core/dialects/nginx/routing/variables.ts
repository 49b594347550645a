/**
 * nginx variables as a request determines them, and the script templates that use them
 * (`return 200 "$host$uri"`, a rewrite replacement, `set $x ...`). Values are what
 * ngx_http_variables.c computes, plus `map`, `geo` and `split_clients` tables; a variable the
 * request cannot determine (`$remote_port`, `$msec`, a `geo … ranges` result) expands to "" and
 * is reported as undetermined, and whatever depends on it is not predicted (never guessed).
 */
import type { HttpRequest } from '../../../analysis/explain/types';
import type { ConfigNode } from './configTree';
import { geoValue } from './geo';
import { lookupMap } from './maps';
import { invalidReferer } from './referers';
import { RegexNotEvaluated } from './pcre';
import { splitClientsValue } from './splitClients';
import type { TableVariable, TableVariables } from './tableVariables';
import { escapeArgs } from './uriEscape';
import { cookieValue, headerVariable, queryArgument, type HeaderLines } from './requestHeaders';

/** What a regex match leaves behind (`$1`..`$9`, named captures): the shape pcre.ts returns. */
export interface RegexCaptures {
  /** [0] is the whole match; an unmatched group is undefined. */
  readonly numbered: readonly (string | undefined)[];
  readonly named: Readonly<Record<string, string>>;
}

/**
 * The request as nginx holds it while the phases run (fields named after ngx_http_request_t):
 * everything a variable or a phase reads, mutated only by the lifecycle.
 */
export interface RequestState {
  readonly request: HttpRequest;
  /** The header lines nginx's variables see (Host included, values trimmed, invalid names dropped). */
  readonly headers: HeaderLines;
  method: string;
  /** r->uri: decoded, normalised. */
  uri: string;
  /** r->args: without '?'. */
  args: string;
  /** r->unparsed_uri: the raw target as sent ($request_uri). */
  readonly requestUri: string;
  /** r->headers_in.server: the Host header's host part, lowercased; "" without one. */
  readonly hostHeader: string;
  /** The server block in force and its `$server_name`. */
  readonly server: ConfigNode;
  readonly serverName: string;
  /** The config blocks in force, outermost first: http, server, locations…, `if` blocks. */
  chain: readonly ConfigNode[];
  /** r->ncaptures / r->captures: the last successful regex with groups; reset by a failed rewrite/if regex. */
  captures: RegexCaptures | undefined;
  /** Variables written by `set` and by named captures (lowercase names). */
  readonly assigned: Map<string, string>;
  internal: boolean;
  /** r->err_status: the status an error_page redirect keeps for the final answer (0: none). */
  errStatus: number;
  /** r->headers_out.status: set by `return` just before its text is expanded (0: none yet). */
  headersStatus: number;
  /** r->uri_changed: a rewrite changed the URI; the post-rewrite phase searches the location again. */
  uriChanged: boolean;
  locationValid: boolean;
  unparsedUriValid: boolean;
  /** r->add_uri_to_alias: try_files found a file under a regex location's alias (alias + URI maps it). */
  addUriToAlias: boolean;
  /** r->quoted_uri / r->plus_in_uri: captures copied into args or redirects are then escaped. */
  readonly quotedUri: boolean;
  readonly plusInUri: boolean;
  /** The configuration's map/geo/split_clients variables, and the values this request already computed (nginx caches them). */
  readonly tables?: TableVariables;
  readonly tableValues?: Map<string, string>;
  /** The machine's name ($hostname), when the caller knows it. */
  readonly hostname?: string;
  /** nginx's `-p` prefix (ends in '/'): relative root/alias paths hang off it; Debian's when undefined. */
  readonly prefix?: string;
  /** `$document_root` / `$request_filename` from root/alias at the current chain (undefined: undecidable). */
  readonly documentPath?: (name: 'document_root' | 'request_filename') => string | undefined;
  /** Names of variables that expanded to "" because the request cannot tell their value. */
  readonly undetermined: Set<string>;
  /** Variables the configuration declares (`set` targets, named regex captures): "" until this request sets them. */
  readonly declared?: ReadonlySet<string>;
  /** How many times an undetermined value was read: a template compares it before and after. */
  undeterminedReads: number;
  /** `set` and table variables whose value was computed from undetermined ones. */
  readonly tainted: Set<string>;
}

// ---------------------------------------------------------------------------------------------
// Templates (ngx_http_script_compile)

export type TemplatePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'capture'; readonly index: number }
  | { readonly kind: 'variable'; readonly name: string }
  /** Rewrite replacements only: the first '?' starts the new arguments. */
  | { readonly kind: 'args' };

export interface Template {
  readonly source: string;
  readonly parts: readonly TemplatePart[];
  /** Whether the text contains '?' (rewrite: the original args are then joined with '&'). */
  readonly hasArgs: boolean;
  readonly isConstant: boolean;
}

const plainTemplates = new Map<string, Template>();
const argsTemplates = new Map<string, Template>();

/**
 * Splits a value into text, `$1`..`$9`, `$name` / `${name}` as nginx compiles it. With
 * `splitArgs` (a rewrite replacement that is not a redirect) the first '?' becomes an args mark.
 * Invalid syntax (a lone `$`) is kept as text: nginx would have refused the config.
 */
export function parseTemplate(source: string, splitArgs = false): Template {
  const cache = splitArgs ? argsTemplates : plainTemplates;
  const cached = cache.get(source);
  if (cached) return cached;
  const parts: TemplatePart[] = [];
  let hasArgs = false;
  let compileArgs = splitArgs;
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '$' && i + 1 < source.length) {
      const next = source[i + 1];
      if (next >= '1' && next <= '9') {
        parts.push({ kind: 'capture', index: next.charCodeAt(0) - 48 });
        i += 2;
        continue;
      }
      let j = i + 1;
      const bracket = next === '{';
      if (bracket) j++;
      const start = j;
      while (j < source.length && isNameChar(source[j])) j++;
      const name = source.slice(start, j);
      if (bracket) {
        if (source[j] !== '}') {
          parts.push({ kind: 'text', text: source.slice(i) });
          break;
        }
        j++;
      }
      if (name.length === 0) {
        parts.push({ kind: 'text', text: source.slice(i, j || i + 1) });
        i = Math.max(j, i + 1);
        continue;
      }
      parts.push({ kind: 'variable', name: name.toLowerCase() });
      i = j;
      continue;
    }
    if (ch === '?' && compileArgs) {
      hasArgs = true;
      compileArgs = false;
      parts.push({ kind: 'args' });
      i++;
      continue;
    }
    let j = i;
    while (j < source.length) {
      const c = source[j];
      if (c === '$' && j > i) break;
      if (c === '$' && j === i) {
        j++;
        continue;
      }
      if (c === '?') {
        hasArgs = true;
        if (compileArgs) break;
      }
      j++;
    }
    parts.push({ kind: 'text', text: source.slice(i, j) });
    i = j;
  }
  const template: Template = { source, parts, hasArgs, isConstant: parts.every((p) => p.kind === 'text') };
  if (cache.size > 50_000) cache.clear();
  cache.set(source, template);
  return template;
}

function isNameChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_';
}

export interface ExpandOptions {
  /** Escape captures as ngx_escape_uri(NGX_ESCAPE_ARGS) when the request URI had '%' or '+'. */
  readonly escapeCaptures?: 'never' | 'in-args' | 'always';
}

export interface Expansion {
  readonly text: string;
  /** Index in `text` where the arguments start (after an args mark), or -1. */
  readonly argsStart: number;
}

/** Expands a template against the request: the value nginx's script engine would produce. */
export function expandTemplate(template: Template, state: RequestState, options: ExpandOptions = {}): Expansion {
  if (template.isConstant && template.parts.length <= 1) {
    const only = template.parts[0];
    return { text: only && only.kind === 'text' ? only.text : '', argsStart: -1 };
  }
  const escapeMode = options.escapeCaptures ?? 'never';
  const escapeWanted = state.quotedUri || state.plusInUri;
  // nginx sizes the result first (evaluating every variable once), then copies: a variable that runs a
  // regex (a map) changes the captures every `$N` of the template then reads.
  const values: string[] = [];
  for (const part of template.parts) if (part.kind === 'variable') values.push(variableValue(state, part.name));
  let nextValue = 0;
  let out = '';
  let argsStart = -1;
  for (const part of template.parts) {
    switch (part.kind) {
      case 'text':
        out += part.text;
        break;
      case 'capture': {
        const value = captureValue(state, part.index);
        const inArgs = argsStart >= 0;
        const escape = escapeWanted && (escapeMode === 'always' || (escapeMode === 'in-args' && inArgs));
        out += escape ? escapeArgs(value) : value;
        break;
      }
      case 'variable':
        out += values[nextValue++];
        break;
      case 'args':
        argsStart = out.length;
        break;
    }
  }
  return { text: out, argsStart };
}

function markUndetermined(state: RequestState, name: string): void {
  state.undetermined.add(name);
  state.undeterminedReads++;
}

/** Expands a value and tells whether every variable it read was determined by the request. */
export function expandTracked(source: string, state: RequestState): { readonly text: string; readonly determined: boolean } {
  const before = state.undeterminedReads;
  const text = expandValue(source, state);
  return { text, determined: state.undeterminedReads === before };
}

/** Expands a value with no args handling: `return` text, `set`, `if` operands, try_files, error_page. */
export function expandValue(source: string, state: RequestState): string {
  return expandTemplate(parseTemplate(source), state).text;
}

function captureValue(state: RequestState, index: number): string {
  const captures = state.captures;
  if (!captures) return '';
  return captures.numbered[index] ?? '';
}

// ---------------------------------------------------------------------------------------------
// Variables (ngx_http_variables.c)

type VariableReader = (state: RequestState) => string | undefined;

const NGINX_VERSION = '1.22.1';

const fixed: Record<string, VariableReader> = {
  uri: (s) => s.uri,
  document_uri: (s) => s.uri,
  request_uri: (s) => s.requestUri,
  args: (s) => s.args,
  query_string: (s) => s.args,
  is_args: (s) => (s.args.length > 0 ? '?' : ''),
  host: (s) => (s.hostHeader.length > 0 ? s.hostHeader : s.serverName),
  scheme: (s) => s.request.scheme,
  https: (s) => (s.request.scheme === 'https' ? 'on' : ''),
  request_method: (s) => s.method,
  server_protocol: (s) => s.request.version,
  server_name: (s) => s.serverName,
  server_port: (s) => String(s.request.port),
  server_addr: (s) => s.request.address,
  remote_addr: (s) => s.request.clientAddress,
  realip_remote_addr: (s) => s.request.clientAddress,
  content_length: (s) => headerVariable(s.headers, 'content_length') ?? '',
  content_type: (s) => headerVariable(s.headers, 'content_type') ?? '',
  nginx_version: () => NGINX_VERSION,
  request: (s) => `${s.request.method} ${s.request.target} ${s.request.version}`,
  request_body: () => '',
  limit_rate: () => '0',
  hostname: (s) => s.hostname,
  invalid_referer: (s) => invalidReferer(s.chain, s.server, s.headers),
  // ngx_http_variable_status: the error status kept by error_page, else the status being sent, else 000.
  status: (s) => String(s.errStatus || s.headersStatus).padStart(3, '0'),
};

/** The value of `$name` (lowercase), "" for one nginx knows but the request leaves empty. */
export function variableValue(state: RequestState, name: string): string {
  const assigned = state.assigned.get(name);
  if (assigned !== undefined) {
    if (state.tainted.has(name)) markUndetermined(state, name);
    return assigned;
  }
  const reader = fixed[name];
  if (reader) {
    const value = reader(state);
    if (value === undefined) markUndetermined(state, name);
    return value ?? '';
  }
  const table = state.tables?.get(name);
  if (table) return tableValue(state, name, table);
  if (name.startsWith('arg_')) return queryArgument(state.args, name.slice(4)) ?? '';
  if (name.startsWith('http_')) return headerVariable(state.headers, name.slice(5)) ?? '';
  if (name.startsWith('cookie_')) return cookieValue(state.headers, name.slice(7)) ?? '';
  if (name === 'document_root' || name === 'request_filename') return documentPathVariable(state, name);
  if (/^[0-9]+$/.test(name) || state.declared?.has(name)) return '';
  markUndetermined(state, name);
  return '';
}

/** Named captures in any regex of the configuration, and `set` targets: nginx knows these variables from the start. */
export function declaredVariables(root: ConfigNode): Set<string> {
  const names = new Set<string>();
  const visit = (node: ConfigNode): void => {
    if (node.name === 'set' && node.args[0]?.startsWith('$')) names.add(node.args[0].slice(1).toLowerCase());
    for (const text of [node.name, ...node.args]) {
      if (!text.includes('(?')) continue;
      for (const m of text.matchAll(/\(\?(?:P?<([A-Za-z_][A-Za-z0-9_]*)>|'([A-Za-z_][A-Za-z0-9_]*)')/g)) names.add((m[1] ?? m[2]).toLowerCase());
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return names;
}

/** Tables being evaluated: one whose source reaches itself is a loop nginx reports as an error. */
const evaluating = new Set<TableVariable>();

function tableValue(state: RequestState, name: string, table: TableVariable): string {
  const cached = state.tableValues?.get(name);
  if (cached !== undefined) {
    if (state.tainted.has(name)) markUndetermined(state, name);
    return cached;
  }
  if (evaluating.has(table)) {
    markUndetermined(state, name);
    return '';
  }
  evaluating.add(table);
  const readsBefore = state.undeterminedReads;
  try {
    let value: string | undefined;
    try {
      value = computeTableValue(state, table);
    } catch (error) {
      // A map regex too costly to run here: the value is not known (never guessed).
      if (!(error instanceof RegexNotEvaluated)) throw error;
    }
    if (state.undeterminedReads !== readsBefore) state.tainted.add(name);
    if (value === undefined) {
      markUndetermined(state, name);
      return '';
    }
    if (!(table.kind === 'map' && table.map.volatile)) state.tableValues?.set(name, value);
    return value;
  } finally {
    evaluating.delete(table);
  }
}

function computeTableValue(state: RequestState, table: TableVariable): string | undefined {
  switch (table.kind) {
    case 'map': {
      const lookup = lookupMap(table.map, expandValue(table.map.source, state));
      if (lookup.kind === 'undecided') return undefined;
      if (lookup.regexMatch) recordCaptures(state, lookup.regexMatch);
      return expandValue(lookup.template, state);
    }
    case 'split_clients':
      return splitClientsValue(table.split, expandValue(table.split.key, state));
    case 'geo': {
      if (table.geo.unsupported) return undefined;
      const address = table.geo.source === undefined ? state.request.clientAddress : expandValue(table.geo.source, state);
      return geoValue(table.geo, address);
    }
  }
}

function documentPathVariable(state: RequestState, name: 'document_root' | 'request_filename'): string {
  const value = state.documentPath?.(name);
  if (value === undefined) {
    markUndetermined(state, name);
    return '';
  }
  return value;
}

/** Named captures become variables as soon as their regex matches (ngx_http_regex_exec). */
export function recordCaptures(state: RequestState, captures: RegexCaptures): void {
  state.captures = captures;
  for (const [name, value] of Object.entries(captures.named)) state.assigned.set(name.toLowerCase(), value);
}
