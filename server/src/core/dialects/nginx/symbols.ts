import type { Argument, ConfigFile, Directive, Statement } from '../../model/types';
import type { Span } from '../../text/span';
import { walkDirectives } from '../../model/walk';
import type { NameCheck, NavigationRules, SymbolKind, SymbolMention, SymbolScope } from '../../analysis/symbols/types';
import { spanWithin } from '../../analysis/symbols/spans';
import { namedCaptures } from '../../analysis/symbols/regexCaptures';
import { nginxKnowledge } from './knowledge';

/** Directives whose first argument names an upstream (after an optional scheme). */
const UPSTREAM_USERS = new Set(['proxy_pass', 'fastcgi_pass', 'uwsgi_pass', 'scgi_pass', 'memcached_pass', 'grpc_pass']);

/** Directives that jump to a named location given as an `@name` argument. */
const NAMED_LOCATION_USERS = new Set(['try_files', 'error_page', 'post_action', 'echo_exec']);

/** Handlers (from the generated knowledge) of directives whose first argument is the variable they set. */
const SETTER_HANDLERS = new Set([
  'ngx_http_rewrite_set',
  'ngx_stream_set',
  'ngx_http_auth_request_set',
  'ngx_http_js_set',
  'ngx_stream_js_set',
  'ngx_http_js_var',
  'ngx_stream_js_var',
  'ngx_http_perl_set',
  'ngx_http_lua_set_by_lua',
  'ngx_http_lua_set_by_lua_block',
  'ngx_http_lua_set_by_lua_file',
  'ngx_http_set_if_empty',
  'ngx_http_set_rotate',
  'ngx_http_set_hashed_upstream',
]);

/** Directives whose arguments hold Perl code, where `$x` is a Perl variable, not an nginx one. */
const PERL_CODE = new Set(['perl', 'perl_set']);

const setterCache = new Map<string, boolean>();

/** Whether a directive's first argument is a variable it defines (`set $v …`, `js_set $v …`, set-misc …). */
function isSetter(name: string): boolean {
  let known = setterCache.get(name);
  if (known === undefined) {
    known = nginxKnowledge.directive(name).some((f) => SETTER_HANDLERS.has(f.handler) || f.handler.startsWith('ndk_set_var'));
    setterCache.set(name, known);
  }
  return known;
}

/** Files a link is worth following to: certificates, keys, CA bundles, DH parameters (any `*_ssl_` prefix). */
const CERTIFICATE_FILE = /(^|_)ssl_(certificate|certificate_key|trusted_certificate|client_certificate|dhparam|crl|password_file|stapling_file|session_ticket_key)$/;

function isNameChar(code: number): boolean {
  return code === 95 || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

interface TextName {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly sigilLength: number;
}

/**
 * The variables a token interpolates, as nginx's script compiler reads them: `$name` runs over
 * letters, digits and `_`; `${name}` lets a name touch the text after it; `$1`…`$9` are numbered
 * captures, not names.
 */
export function variableNamesIn(text: string): TextName[] {
  const found: TextName[] = [];
  for (let i = text.indexOf('$'); i !== -1; i = text.indexOf('$', i + 1)) {
    const braced = text.charCodeAt(i + 1) === 123;
    const from = i + (braced ? 2 : 1);
    const first = text.charCodeAt(from);
    if (!isNameChar(first) || (first >= 48 && first <= 57)) continue;
    let to = from;
    while (to < text.length && isNameChar(text.charCodeAt(to))) to++;
    if (braced && text.charCodeAt(to) !== 125) continue;
    found.push({ name: text.slice(from, to), from, to, sigilLength: from - i });
    i = to - 1;
  }
  return found;
}

const GLOBAL: SymbolScope = { kind: 'global' };

function scopeAt(kind: SymbolKind, ancestors: readonly Statement[]): SymbolScope {
  if (kind !== 'named-location') return GLOBAL;
  // A named location is found in the server that holds it.
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i];
    if (a.kind === 'directive' && a.name === 'server' && !a.isEntry) return { kind: 'block', block: a };
  }
  return { kind: 'file' };
}

/** Where an argument's value starts inside its raw token (after an opening quote). */
function valueOffset(argument: Argument): number {
  return argument.quote === '"' || argument.quote === "'" ? 1 : 0;
}

/** The host part of `scheme://host[:port][/uri]` or `host[:port]`: the name an upstream block would have. */
function upstreamHost(value: string): { from: number; to: number } | undefined {
  if (value.includes('$') || value.startsWith('unix:')) return undefined;
  const scheme = value.indexOf('://');
  const from = scheme === -1 ? 0 : scheme + 3;
  let to = from;
  while (to < value.length && !'/:?'.includes(value[to])) to++;
  if (to === from || value[from] === '[') return undefined;
  return { from, to };
}

/** Collects a file's mentions; one instance per file walk. */
class MentionCollector {
  readonly mentions: SymbolMention[] = [];

  add(kind: SymbolKind, role: 'definition' | 'reference', name: string, span: Span, sigilLength: number, ancestors: readonly Statement[]): void {
    this.mentions.push({ kind, name, role, span, sigilLength, scope: scopeAt(kind, ancestors) });
  }

  /** A name written as a whole argument (with an optional sigil), e.g. `$v`, `@x`, `backend`. */
  wholeArgument(kind: SymbolKind, role: 'definition' | 'reference', argument: Argument, sigil: string, ancestors: readonly Statement[]): void {
    const offset = valueOffset(argument);
    const value = argument.value;
    if (!value.startsWith(sigil) || value.length === sigil.length) return;
    const name = value.slice(sigil.length);
    if (argument.raw.slice(offset + sigil.length, offset + value.length) !== name) return;
    this.add(kind, role, name, spanWithin(argument.span, argument.raw, offset + sigil.length, offset + value.length), sigil.length, ancestors);
  }

  variableReferences(argument: Argument, ancestors: readonly Statement[]): void {
    if (argument.kind !== 'expression') return;
    for (const v of variableNamesIn(argument.raw)) this.add('variable', 'reference', v.name, spanWithin(argument.span, argument.raw, v.from, v.to), v.sigilLength, ancestors);
  }

  /** Named groups of a regex written in `text` (covered by `span`, quotes included) define variables. */
  captures(text: string, span: Span, ancestors: readonly Statement[]): void {
    for (const c of namedCaptures(text)) this.add('variable', 'definition', c.name, spanWithin(span, text, c.from, c.to), 0, ancestors);
  }
}

/** The raw text of a map entry's key, rebuilt from its value and span (entries keep no raw text). */
function entryKeyText(entry: Directive): string | undefined {
  const length = entry.nameSpan.endIndex - entry.nameSpan.startIndex;
  if (length === entry.name.length) return entry.name;
  if (length === entry.name.length + 2) return `"${entry.name}"`;
  return undefined;
}

function mapEntry(entry: Directive, collect: MentionCollector, ancestors: readonly Statement[]): void {
  const key = entryKeyText(entry);
  if (key && entry.name.startsWith('~')) collect.captures(key, entry.nameSpan, ancestors);
  for (const value of entry.args) collect.variableReferences(value, ancestors);
}

/** Arguments that define a variable, by position: `map SRC $v`, `geo [SRC] $v`, `set $v …`. */
function definedVariableIndex(d: Directive): number | undefined {
  switch (d.name) {
    case 'map':
    case 'split_clients':
      return d.block ? 1 : undefined;
    case 'geo':
      return d.block ? d.args.length - 1 : undefined;
    default:
      return isSetter(d.name) ? 0 : undefined;
  }
}

function directiveMentions(d: Directive, collect: MentionCollector, ancestors: readonly Statement[]): void {
  if (d.isEntry) {
    const parent = ancestors[ancestors.length - 1];
    if (parent?.kind === 'directive' && parent.name === 'map') mapEntry(d, collect, ancestors);
    return;
  }
  // geoip2 blocks: each `$name source…` line defines `$name`.
  if (d.name.startsWith('$') && d.name.length > 1) collect.add('variable', 'definition', d.name.slice(1), spanWithin(d.nameSpan, d.name, 1, d.name.length), 1, ancestors);
  if (d.name === 'upstream' && d.block && d.args.length === 1) collect.wholeArgument('upstream', 'definition', d.args[0], '', ancestors);
  if (d.name === 'location' && d.block && d.args.length === 1 && d.args[0].value.startsWith('@')) collect.wholeArgument('named-location', 'definition', d.args[0], '@', ancestors);
  if (UPSTREAM_USERS.has(d.name) && d.args.length >= 1) upstreamReference(d.args[0], collect, ancestors);
  if (NAMED_LOCATION_USERS.has(d.name)) {
    for (const a of d.args) if (a.kind !== 'expression' && a.value.startsWith('@')) collect.wholeArgument('named-location', 'reference', a, '@', ancestors);
  }
  const defined = definedVariableIndex(d);
  d.args.forEach((a, i) => {
    if (i === defined) collect.wholeArgument('variable', 'definition', a, '$', ancestors);
    else if (a.kind === 'regex') collect.captures(a.raw, a.span, ancestors);
    else if (!PERL_CODE.has(d.name)) collect.variableReferences(a, ancestors);
  });
}

function upstreamReference(argument: Argument, collect: MentionCollector, ancestors: readonly Statement[]): void {
  const host = upstreamHost(argument.value);
  if (!host) return;
  const offset = valueOffset(argument);
  const name = argument.value.slice(host.from, host.to);
  if (argument.raw.slice(offset + host.from, offset + host.to) !== name) return;
  collect.add('upstream', 'reference', name, spanWithin(argument.span, argument.raw, offset + host.from, offset + host.to), 0, ancestors);
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PLAIN_NAME = /^[A-Za-z0-9_.-]+$/;

function checkName(kind: SymbolKind, name: string): NameCheck {
  switch (kind) {
    case 'variable':
      if (!VARIABLE_NAME.test(name)) return { ok: false, reason: `'${name}' is not a variable name: use letters, digits and '_', not starting with a digit` };
      if (nginxKnowledge.variable(name)) return { ok: false, reason: `$${name} is a built-in variable` };
      return { ok: true };
    default:
      return PLAIN_NAME.test(name) ? { ok: true } : { ok: false, reason: `'${name}' is not a usable name: use letters, digits, '.', '-' and '_'` };
  }
}

export const nginxNavigation: NavigationRules = {
  mentions(file: ConfigFile): SymbolMention[] {
    const collect = new MentionCollector();
    walkDirectives(file.statements, (d, ancestors) => directiveMentions(d, collect, ancestors));
    // A directive's names are collected by role (definitions, upstreams, locations, variables).
    return collect.mentions.sort((a, b) => a.span.startIndex - b.span.startIndex);
  },
  scopeAt,
  isBuiltin: (kind, name) => kind === 'variable' && nginxKnowledge.variable(name) !== undefined,
  checkName,
  display(kind, name) {
    if (kind === 'variable') return `$${name}`;
    if (kind === 'named-location') return `@${name}`;
    return name;
  },
  fileArguments(file: ConfigFile): Argument[] {
    const found: Argument[] = [];
    walkDirectives(file.statements, (d) => {
      if (d.isEntry || d.args.length !== 1 || !CERTIFICATE_FILE.test(d.name)) return;
      const value = d.args[0].value;
      // `data:` and `engine:` values are not files; a variable path is chosen per request.
      if (d.args[0].kind !== 'expression' && !value.startsWith('data:') && !value.startsWith('engine:')) found.push(d.args[0]);
    });
    return found;
  },
};
