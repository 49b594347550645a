/**
 * The content handler a location runs (`proxy_pass`, `fastcgi_pass`, … or none: the static
 * modules), and for the upstream handlers what nginx sends: the URL, the exact request target and
 * the addresses it dials. The request-target rules are those of ngx_http_proxy_create_request
 * (and ngx_http_proxy_eval for URLs with variables); they depend on nginx's request flags, which
 * the lifecycle keeps in `UriState` under nginx's own names.
 */
import type { ConfigRef, ExplainStep, HandlerInfo, HandlerKind, UpstreamInfo } from '../../../analysis/explain/types';
import type { ConfigNode } from './configTree';
import {
  dialParsed,
  formatHostPort,
  isIpLiteral,
  parseUrl,
  stripPassScheme,
  type ParsedUrl,
  type UpstreamGroup,
  type UpstreamTable,
} from './upstreams';
import { finalLocation, locationNameOf } from './locationHead';
import { code } from './stepText';
import { escapeUri } from './uriEscape';
import { HANDLER_LIST, hiddenListTrap, placed, prefixReplacementTrap, trapStep, websocketTrap, type Trap } from './trapWarnings';

/** The request as nginx holds it when the content phase starts (fields of ngx_http_request_t). */
export interface UriState {
  readonly method: string;
  /** r->uri: decoded and normalised. */
  readonly uri: string;
  /** r->args, without '?'. */
  readonly args: string;
  /** r->unparsed_uri: the target as the client sent it ($request_uri). */
  readonly requestUri: string;
  /**
   * r->valid_unparsed_uri: true from reception (false when the request had an empty path, e.g.
   * `http://host?x`); cleared by a rewrite that replaces the URI and by every internal redirect
   * (index, try_files fallback URI, error_page URI) — not by a jump to a named location.
   */
  readonly unparsedUriValid: boolean;
  /** r->quoted_uri: the client's path had a `%` escape. */
  readonly quotedUri: boolean;
  /** r->internal: set by a URI rewrite, an internal redirect or a named-location jump. */
  readonly internal: boolean;
  /**
   * r->valid_location: true after each location lookup; false after `rewrite … break` replaced the
   * URI, or `break` after a rewrite without flag changed it in the same location.
   */
  readonly locationValid: boolean;
}

/** What the content phase does at the final location. */
export interface ContentDecision {
  /** `static`: no handler directive; the index/autoindex/static modules decide (see staticFiles.ts). */
  readonly handler: HandlerInfo;
  readonly upstream?: UpstreamInfo;
  /** nginx answers itself before dialling anyone (500 for a bad URL built from variables, 502 without `resolver`). */
  readonly status?: number;
  readonly steps: readonly ExplainStep[];
  readonly warnings: readonly string[];
}

export interface ContentInput {
  /** http, server, locations (outer..final), then the `if` whose condition held and/or the `limit_except` in force. */
  readonly chain: readonly ConfigNode[];
  readonly state: UriState;
  readonly upstreams: UpstreamTable;
  /** Expands a template with the request's variables (and the location's captures). */
  readonly expand: (template: string) => string;
}

const UPSTREAM_HANDLERS: Readonly<Record<string, HandlerKind>> = {
  proxy_pass: 'proxy',
  fastcgi_pass: 'fastcgi',
  uwsgi_pass: 'uwsgi',
  scgi_pass: 'scgi',
  grpc_pass: 'grpc',
  memcached_pass: 'memcached',
};

/** Directives that install a content handler Switchyard does not model. */
const OTHER_HANDLERS = new Set([
  'empty_gif', 'stub_status', 'flv', 'mp4', 'perl',
  'content_by_lua', 'content_by_lua_block', 'content_by_lua_file', 'js_content',
  'echo', 'echo_duplicate', 'echo_flush', 'echo_sleep', 'echo_blocking_sleep', 'echo_location', 'echo_location_async',
  'echo_subrequest', 'echo_subrequest_async', 'echo_exec', 'echo_request_body', 'echo_read_request_body', 'echo_foreach_split',
  'echo_reset_timer', 'report_uploads',
]);

function isHandlerDirective(name: string): boolean {
  return name in UPSTREAM_HANDLERS || OTHER_HANDLERS.has(name);
}

/** The last handler directive written directly in a block (a later one replaces the handler). */
function ownHandlerDirective(block: ConfigNode): ConfigNode | undefined {
  let found: ConfigNode | undefined;
  for (const child of block.children ?? []) if (isHandlerDirective(child.name)) found = child;
  return found;
}

function ownDirective(block: ConfigNode, name: string): ConfigNode | undefined {
  return (block.children ?? []).find((c) => c.name === name);
}

/**
 * core find_location's auto_redirect: a location whose name ends in `/` and that has a `*_pass`
 * answers 301 with the slash added for the URI equal to its name without that slash.
 */
export function hasAutoRedirect(location: ConfigNode): boolean {
  const { modifier, name } = locationNameOf(location);
  if (modifier === '@' || modifier === '~' || modifier === '~*' || !name.endsWith('/')) return false;
  return (location.children ?? []).some((c) => c.name in UPSTREAM_HANDLERS);
}

/**
 * The `Location` of that 301: the location name escaped (ngx_escape_uri) plus `?args`; relative —
 * the header filter adds scheme and host. nginx checks `internal` (404) and client_max_body_size (413) first.
 */
export function autoRedirectLocation(location: ConfigNode, args: string): string {
  return escapeUri(locationNameOf(location).name) + (args ? `?${args}` : '');
}

export function contentHandler(input: ContentInput): ContentDecision {
  const { location, overlays } = finalLocation(input.chain);
  if (!location) return { handler: { kind: 'static' }, steps: [], warnings: [] };
  // The innermost block with its own handler directive decides (an `if` keeps the location's
  // handler unless it sets one); upstream settings are inherited into `if`/`limit_except` blocks.
  const blocks = [location, ...overlays];
  let handlerNode: ConfigNode | undefined;
  let handlerBlock: ConfigNode = location;
  for (const block of blocks) {
    const own = ownHandlerDirective(block);
    if (own) {
      handlerNode = own;
      handlerBlock = block;
    }
  }
  if (!handlerNode) return { handler: { kind: 'static' }, steps: [], warnings: [] };
  const kind = UPSTREAM_HANDLERS[handlerNode.name];
  if (!kind) {
    return {
      handler: { kind: 'unknown', at: handlerNode.at },
      steps: [{ kind: 'handler', message: `\`${handlerNode.name}\` produces the response (a module Switchyard does not model).`, at: handlerNode.at }],
      warnings: [],
    };
  }
  // A handler inherited into an `if`/`limit_except` block keeps the location's prefix; one written
  // there has none (nginx forbids a URI part in it).
  const prefix = handlerBlock === location ? prefixOf(location) : undefined;
  const decision = kind === 'proxy' ? proxyDecision(handlerNode, prefix, location, input) : otherUpstreamDecision(kind, handlerNode, input);
  return withTraps(decision, [hiddenListTrap(input.chain, HANDLER_LIST[kind] ?? ''), hiddenListTrap(input.chain, 'add_header')]);
}

/** Traps that apply become a warning step after the handler's steps and a warning. */
function withTraps(decision: ContentDecision, traps: readonly (Trap | undefined)[]): ContentDecision {
  const found = traps.filter((t): t is Trap => t !== undefined);
  if (found.length === 0) return decision;
  return { ...decision, steps: [...decision.steps, ...found.map(trapStep)], warnings: [...decision.warnings, ...found.map((t) => t.message)] };
}

/** plcf->location: the name of a prefix or exact location; none for regex, named, `if`, `limit_except`. */
function prefixOf(location: ConfigNode): string | undefined {
  const { modifier, name } = locationNameOf(location);
  return modifier === '' || modifier === '=' || modifier === '^~' ? name : undefined;
}

// ---------------------------------------------------------------------------------------------
// proxy_pass

interface PassTarget {
  readonly scheme: string;
  /** As written between `scheme://` and the URI part. */
  readonly authority: string;
  readonly parsed: Exclude<ParsedUrl, { kind: 'invalid' }>;
  /** ctx->vars.uri: the URI part ('' when none). */
  readonly uriPart: string;
}

function proxyDecision(node: ConfigNode, prefix: string | undefined, location: ConfigNode, input: ContentInput): ContentDecision {
  const written = node.args[0] ?? '';
  const withVariables = written.includes('$');
  const url = withVariables ? input.expand(written) : written;
  const steps: ExplainStep[] = [];
  const warnings: string[] = [];
  const handler: HandlerInfo = { kind: 'proxy', at: node.at };
  if (withVariables) steps.push({ kind: 'handler', message: `\`proxy_pass ${written}\` expands to \`${url}\`.`, at: node.at });

  const target = parsePassTarget('proxy_pass', url, withVariables);
  if (typeof target === 'string') {
    // nginx rejects a bad static URL at startup; one built from variables fails the request.
    steps.push({ kind: 'handler', message: `\`${url}\` is not a usable proxy URL (${target}): nginx answers 500.`, at: node.at });
    return { handler, status: 500, steps, warnings };
  }

  const sent = proxyRequestTarget(target.uriPart, withVariables, withVariables ? undefined : prefix, input.state);
  steps.push({ kind: 'handler', message: sent.explanation, at: node.at });
  if (sent.droppedUriPart) {
    const message = `The URI part ${code(target.uriPart)} of ${placed(node.at)} is ignored: the URI was rewritten with \`break\` in this location, so nginx sends the rewritten URI ${code(sent.uri)}.`;
    warnings.push(message);
    steps.push({ kind: 'warning', message, at: node.at });
  }
  const traps: (Trap | undefined)[] = [];
  if (sent.replacedPrefix !== undefined) {
    traps.push(prefixReplacementTrap({ location, prefix: sent.replacedPrefix, uriPart: target.uriPart, passNode: node, passWithoutUri: `${target.scheme}://${target.authority}`, uri: input.state.uri, sent: sent.uri }));
  }
  traps.push(websocketTrap(input.chain, input.expand('$http_upgrade'), location, node.at));
  for (const trap of traps) {
    if (!trap) continue;
    warnings.push(trap.message);
    steps.push(trapStep(trap));
  }

  const dial = dialTarget(target, withVariables, input, node.at);
  steps.push(...dial.steps);
  pushDialWarnings(dial, node.at, steps, warnings);
  const upstream: UpstreamInfo = {
    url: `${target.scheme}://${target.authority}${sent.uri}`,
    uri: sent.uri,
    group: dial.group ? { ...dial.group.at, name: dial.group.name } : undefined,
    addresses: dial.addresses,
  };
  return { handler, upstream, status: dial.status, steps, warnings };
}

function parsePassTarget(directive: string, url: string, evaluated: boolean): PassTarget | string {
  const split = stripPassScheme(directive, url);
  if (!split) return 'invalid URL prefix';
  const parsed = parseUrl(split.rest, split.defaultPort, true);
  if (parsed.kind === 'invalid') return parsed.reason;
  let uriPart = parsed.uri;
  // ngx_http_proxy_eval: a URI part that starts with `?` gets a `/` in front.
  if (evaluated && uriPart.startsWith('?')) uriPart = `/${uriPart}`;
  const authority = split.rest.slice(0, split.rest.length - parsed.uri.length);
  return { scheme: split.scheme, authority, parsed, uriPart };
}

interface SentTarget {
  readonly uri: string;
  readonly explanation: string;
  readonly droppedUriPart: boolean;
  /** The location name nginx replaced with the URI part, when it did. */
  readonly replacedPrefix?: string;
}

/** ngx_http_proxy_create_request: the request target in the request line sent upstream. */
function proxyRequestTarget(uriPart: string, withVariables: boolean, prefix: string | undefined, state: UriState): SentTarget {
  if (withVariables && uriPart) {
    return { uri: uriPart, droppedUriPart: false, explanation: `The URL has a URI part built from variables: the upstream receives exactly \`${uriPart}\` (no arguments added).` };
  }
  if (!uriPart && state.unparsedUriValid) {
    return { uri: state.requestUri, droppedUriPart: false, explanation: `\`proxy_pass\` has no URI part and the URI is unchanged, so the upstream receives the target exactly as the client sent it: ${code(state.requestUri)}.` };
  }
  const replacePrefix = state.locationValid && uriPart !== '' && prefix !== undefined ? prefix : '';
  const rest = state.uri.slice(replacePrefix.length);
  const escaped = state.quotedUri || state.internal ? escapeUri(rest) : rest;
  const head = state.locationValid ? uriPart : '';
  const uri = head + escaped + (state.args ? `?${state.args}` : '');
  let explanation: string;
  if (replacePrefix) {
    explanation = `\`proxy_pass\` has the URI part ${code(uriPart)}, so nginx replaces the location prefix ${code(replacePrefix)} of ${code(state.uri)} with it: the upstream receives ${code(uri)}.`;
  } else if (head) {
    explanation = `\`proxy_pass\` has the URI part ${code(uriPart)} but there is no location prefix to replace here, so nginx puts the whole URI after it: the upstream receives ${code(uri)}.`;
  } else {
    explanation = `The URI was changed (${state.internal ? 'by a rewrite or an internal redirect' : 'by normalisation'}), so \`proxy_pass\` sends the current URI${state.quotedUri || state.internal ? ', escaped again,' : ''} with its arguments: the upstream receives ${code(uri)}.`;
  }
  const result = { uri, explanation, droppedUriPart: uriPart !== '' && !state.locationValid };
  return replacePrefix ? { ...result, replacedPrefix: replacePrefix } : result;
}

interface DialOutcome {
  readonly addresses: readonly string[];
  readonly group?: UpstreamGroup;
  readonly status?: number;
  readonly steps: readonly ExplainStep[];
  readonly warnings: readonly string[];
}

/** Dial warnings (a name resolving to ::1 and 127.0.0.1, …) name the line they come from and show as a step there. */
function pushDialWarnings(dial: DialOutcome, passAt: ConfigRef, steps: ExplainStep[], warnings: string[]): void {
  const at = dial.group?.at ?? passAt;
  for (const warning of dial.warnings) {
    const message = `${placed(at)}: ${warning}`;
    warnings.push(message);
    steps.push({ kind: 'warning', message, at });
  }
}

function dialTarget(target: PassTarget, evaluated: boolean, input: ContentInput, at: ConfigRef): DialOutcome {
  const { parsed } = target;
  const table = input.upstreams;
  if (parsed.kind === 'unix') return { addresses: [`unix:${parsed.path}`], steps: [], warnings: [] };
  const host = parsed.host.toLowerCase();
  const group = table.groups.get(host);
  if (group && parsed.noPort) {
    const addresses = groupAddresses(group);
    return {
      addresses,
      group,
      steps: [{ kind: 'handler', message: `\`${parsed.host}\` names the \`upstream ${group.name}\` group: nginx dials ${addresses.map((a) => `\`${a}\``).join(', ') || 'its servers'}.`, at: group.at }],
      warnings: group.warnings,
    };
  }
  if (evaluated && !table.implicit.has(`${host}:${parsed.port}`) && !isIpLiteral(parsed.host)) {
    // A name from a variable that no upstream matches is resolved per request, which needs `resolver`.
    if (!hasResolver(input.chain)) {
      return {
        addresses: [],
        status: 502,
        steps: [{ kind: 'handler', message: `\`${parsed.host}\` is neither an \`upstream\` nor a host of a \`*_pass\` written without variables, and no \`resolver\` is set: nginx answers 502.`, at }],
        warnings: [`\`proxy_pass\` builds the host \`${parsed.host}\` from variables but no \`resolver\` is configured: every such request fails with 502.`],
      };
    }
    return { addresses: [], steps: [{ kind: 'handler', message: `\`${parsed.host}\` is resolved per request with \`resolver\`.`, at }], warnings: [] };
  }
  const plan = dialParsed(parsed, table.resolveHost);
  return { addresses: plan.addresses, steps: [], warnings: plan.warnings };
}

/**
 * The peers in the order a fresh nginx tries them for its first request when each attempt fails:
 * smooth weighted round-robin over the primary peers (ties go to the first written, already-tried
 * peers are skipped), then the backup peers the same way. Later requests rotate.
 */
function groupAddresses(group: UpstreamGroup): string[] {
  const peers = (backup: boolean) =>
    group.servers.filter((s) => s.backup === backup && !s.down).flatMap((s) => s.addresses.map((address) => ({ address, weight: s.weight })));
  return [...roundRobinOrder(peers(false)), ...roundRobinOrder(peers(true))];
}

function roundRobinOrder(peers: readonly { address: string; weight: number }[]): string[] {
  const current = peers.map(() => 0);
  const tried = new Set<number>();
  const order: string[] = [];
  while (tried.size < peers.length) {
    let best = -1;
    let total = 0;
    peers.forEach((peer, i) => {
      if (tried.has(i)) return;
      current[i] += peer.weight;
      total += peer.weight;
      if (best < 0 || current[i] > current[best]) best = i;
    });
    current[best] -= total;
    tried.add(best);
    order.push(peers[best].address);
  }
  return order;
}

function hasResolver(chain: readonly ConfigNode[]): boolean {
  return chain.some((block) => block.name !== 'if' && ownDirective(block, 'resolver') !== undefined);
}

// ---------------------------------------------------------------------------------------------
// fastcgi, uwsgi, scgi, grpc, memcached

function otherUpstreamDecision(kind: HandlerKind, node: ConfigNode, input: ContentInput): ContentDecision {
  const written = node.args[0] ?? '';
  const withVariables = written.includes('$');
  const url = withVariables ? input.expand(written) : written;
  const handler: HandlerInfo = { kind, at: node.at };
  const steps: ExplainStep[] = [];
  const target = parsePassTarget(node.name, url, withVariables);
  if (typeof target === 'string') {
    steps.push({ kind: 'handler', message: `\`${url}\` is not a usable address (${target}): nginx answers 500.`, at: node.at });
    return { handler, status: 500, steps, warnings: [] };
  }
  const { state } = input;
  let uri: string;
  let message: string;
  if (kind === 'grpc') {
    uri = state.unparsedUriValid ? state.requestUri : escapeUri(state.uri) + (state.args ? `?${state.args}` : '');
    message = `\`grpc_pass\`: the \`:path\` sent is \`${uri}\`.`;
  } else if (kind === 'memcached') {
    uri = input.expand('$memcached_key');
    message = uri ? `\`memcached_pass\`: nginx asks for the key \`${uri}\` (\`$memcached_key\`).` : '`$memcached_key` is not set: nginx answers 500.';
    if (!uri) return { handler, status: 500, steps: [{ kind: 'handler', message, at: node.at }], warnings: [] };
  } else {
    // These protocols carry the URI in parameters (REQUEST_URI is `$request_uri` in the stock params files).
    uri = state.requestUri;
    message = `\`${node.name}\`: the request goes to the application server; the stock params pass \`REQUEST_URI\` = \`${state.requestUri}\` and \`DOCUMENT_URI\` = \`${state.uri}\`.`;
  }
  steps.push({ kind: 'handler', message, at: node.at });
  const dial = dialTarget(target, withVariables, input, node.at);
  steps.push(...dial.steps);
  const warnings: string[] = [];
  pushDialWarnings(dial, node.at, steps, warnings);
  const authority = target.parsed.kind === 'unix' ? `unix:${target.parsed.path}` : formatHostPort(target.parsed.host, target.parsed.noPort ? 0 : target.parsed.port);
  return {
    handler,
    upstream: {
      url: `${target.scheme ? `${target.scheme}://` : ''}${authority}${kind === 'grpc' ? uri : ''}`,
      uri,
      group: dial.group ? { ...dial.group.at, name: dial.group.name } : undefined,
      addresses: dial.addresses,
    },
    status: dial.status,
    steps,
    warnings,
  };
}
