/**
 * Reception: what nginx 1.22 does with a request before it looks at locations. The connection's
 * address:port picks a listening address (and its default server); the request line is parsed and
 * its URI normalised with the default server's settings; the host (absolute target first, else the
 * Host header) picks the virtual server among those listening on that address:port; then the
 * header checks that answer 400/405/501 before any location runs.
 */
import type { ExplainStep } from '../../../analysis/explain/types';
import type { HttpRequest } from '../../../analysis/explain/types';
import { validateHost } from './hostHeader';
import { parseLocalAddress } from './listen';
import type { Captures } from './pcre';
import { parseRequestLine, routedUri, type RequestLine, type RoutedUri } from './requestTarget';
import { findServerByName, type NameMatch } from './serverNames';
import { portKey, type ListenAddress, type ServerTable, type VirtualServer } from './virtualServers';

export { buildServerTable } from './virtualServers';
export type { ServerTable, VirtualServer, ListenAddress, ReceptionSettings } from './virtualServers';

/** What nginx knows of the request when it answers: what the variables (and an error_page target) see. */
export interface ReceivedRequest {
  /** `$request_method` (empty when the request line did not parse). */
  readonly method: string;
  /** 9 (HTTP/0.9), 1000 or 1001. */
  readonly httpVersion: number;
  /** `$uri`: decoded, normalised, latin1 (empty when the request line or its URI did not parse). */
  readonly uri: string;
  /** `$args`: the raw query after `?`. */
  readonly args: string;
  /** `$request_uri`: the raw target from its path on. */
  readonly requestUri: string;
  /** `$host`: the request's host, else the server's first name. */
  readonly host: string;
  /** nginx's r->quoted_uri, r->plus_in_uri and r->valid_unparsed_uri (proxy_pass reads them). */
  readonly quotedUri: boolean;
  readonly plusInUri: boolean;
  readonly validUnparsedUri: boolean;
  /** Groups of the `server_name` regex that chose the server. */
  readonly serverCaptures?: Captures;
  /**
   * The header lines nginx had read and kept, in order, value trimmed (Host included; names nginx
   * ignores as invalid left out). A refusal stops reading: later headers (a User-Agent that would
   * turn on the MSIE padding, ...) are not there.
   */
  readonly headers: readonly (readonly [string, string])[];
}

export type Reception =
  | (ReceivedRequest & {
      readonly kind: 'accepted';
      readonly server: VirtualServer;
      readonly address: ListenAddress;
      readonly steps: ExplainStep[];
    })
  | {
      readonly kind: 'rejected';
      /**
       * The status nginx finalizes with. 494 (a header line too large) and 497 (plain HTTP to an
       * `ssl` port) are nginx-internal: `error_page` can catch them, otherwise the client sees 400.
       */
      readonly status: number;
      /** The server whose configuration answers (its `error_page` may apply). */
      readonly server?: VirtualServer;
      readonly reason: string;
      /** The request as far as nginx had read it. */
      readonly request: ReceivedRequest;
      readonly steps: ExplainStep[];
    }
  | { readonly kind: 'unreachable'; readonly steps: ExplainStep[] };

export function receiveRequest(table: ServerTable, request: HttpRequest): Reception {
  const steps: ExplainStep[] = [];

  // 1. The listening address: a specific address:port, else the port's wildcard.
  const found = findListenAddress(table, request.address, request.port);
  if (!found) {
    steps.push({ kind: 'listen', message: `Nothing listens on \`${endpoint(request.address, request.port)}\`: the connection is refused.` });
    return { kind: 'unreachable', steps };
  }
  const address: ListenAddress = found;
  steps.push(listenStep(address, request));
  if (address.proxyProtocol) {
    steps.push({ kind: 'response', message: `\`${address.text}\` expects a PROXY protocol header before the request; without one nginx closes the connection with no response.`, at: address.defaultListen.at });
    return { kind: 'unreachable', steps };
  }
  if (address.http2 && !address.ssl) {
    steps.push({ kind: 'response', message: `\`${address.text}\` speaks HTTP/2 only (\`http2\` without \`ssl\`): an HTTP/1.x request gets no HTTP/1.x response.`, at: address.defaultListen.at });
    return { kind: 'unreachable', steps };
  }
  let server = address.defaultServer;
  // What nginx has read so far; rejections report it.
  let parsed: RequestLine | undefined;
  let routed: RoutedUri | undefined;
  let hostName: string | undefined;
  let captures: Captures | undefined;
  const readHeaders: (readonly [string, string])[] = [];
  const received = (): ReceivedRequest => ({
    method: parsed?.methodName ?? '',
    httpVersion: parsed?.httpVersion ?? 1000,
    uri: routed?.uri ?? '',
    args: routed?.args ?? '',
    requestUri: routed?.requestUri ?? '',
    host: hostName ?? server.primaryName,
    quotedUri: routed?.quotedUri ?? false,
    plusInUri: routed?.plusInUri ?? false,
    validUnparsedUri: routed?.validUnparsedUri ?? true,
    serverCaptures: captures,
    headers: readHeaders,
  });
  const reject = (status: number, reason: string): Reception => {
    steps.push({ kind: 'response', message: `${status}: ${reason}.`, at: server.node.at });
    return { kind: 'rejected', status, server, reason, request: received(), steps };
  };
  if (request.scheme === 'https' && !address.ssl) {
    return reject(400, `a TLS handshake sent to \`${address.text}\`, which has no \`ssl\`: nginx reads it as a broken request line`);
  }

  // 2. The request line, read with the default server's buffers; nginx parses bytes as they
  // arrive, so an error early in the line wins over the line being too long.
  const line = `${request.method} ${request.target} ${request.version}\r\n`;
  const settings = server.settings;
  const buffers = new HeaderBuffers(settings.clientHeaderBufferSize);
  const parsedLine = parseRequestLine(line);
  const readable = Math.max(settings.clientHeaderBufferSize, settings.largeClientHeaderBufferSize);
  if (!parsedLine.ok && parsedLine.at < readable) return reject(parsedLine.status, `invalid request line: ${parsedLine.reason}`);
  if (!buffers.take(line.length, settings)) {
    return reject(414, `the request line (${line.length} bytes) does not fit in \`large_client_header_buffers\` (${settings.largeClientHeaderBufferCount} × ${settings.largeClientHeaderBufferSize} bytes) of the default server`);
  }
  if (!parsedLine.ok) return reject(parsedLine.status, `invalid request line: ${parsedLine.reason}`);
  parsed = parsedLine;
  const requestLine: RequestLine = parsedLine;

  // 3. The URI, normalised with the default server's merge_slashes (the Host is not read yet).
  const routedOrError = routedUri(requestLine, settings.mergeSlashes);
  if ('error' in routedOrError) return reject(400, `invalid URI: ${routedOrError.error}`);
  routed = routedOrError;
  const uriParts: RoutedUri = routedOrError;
  steps.push(uriStep(uriParts, settings.mergeSlashes));

  // 4. The host: an absolute target's host wins over the Host header.
  const choose = (host: string, source: string): void => {
    const choice = chooseServer(address, host, source);
    steps.push(...choice.steps);
    server = choice.server;
    captures = choice.captures;
  };
  if (requestLine.host !== undefined) {
    const valid = validateHost(requestLine.host);
    if (!valid.ok) return reject(400, `invalid host \`${requestLine.host}\` in the request line (${valid.reason})`);
    choose(valid.host, 'the request line');
    hostName = valid.host;
  }

  if (requestLine.httpVersion < 1000) {
    // HTTP/0.9: no headers at all.
    if (!hostName) choose('', 'an HTTP/0.9 request');
    return accepted();
  }

  // 5. Header lines, in order: Host first, as the request is written.
  const headers: (readonly [string, string])[] = [];
  if (request.host !== null) headers.push(['Host', request.host]);
  headers.push(...request.headers);
  let sawHost = false;
  const unique = new Map<string, string>();
  for (const [name, rawValue] of headers) {
    if (!buffers.take(name.length + 2 + rawValue.length + 2, server.settings)) {
      return reject(494, `the header \`${name}\` does not fit in \`large_client_header_buffers\` (status 494: the client sees 400 unless \`error_page 494\` handles it)`);
    }
    const header = readHeaderLine(name, rawValue, server.settings.underscoresInHeaders);
    if (header.kind === 'bad') return reject(400, `invalid header line \`${name}\``);
    if (header.kind === 'invalid' && server.settings.ignoreInvalidHeaders) {
      steps.push({ kind: 'warning', message: `The header \`${name}\` has an invalid name and is ignored (\`ignore_invalid_headers on\`).` });
      continue;
    }
    readHeaders.push([header.name, header.value]);
    const key = header.name.toLowerCase();
    if (key === 'host') {
      if (sawHost) return reject(400, 'a second Host header');
      sawHost = true;
      const valid = validateHost(header.value);
      if (!valid.ok) return reject(400, header.value === '' ? 'the Host header is empty' : `invalid Host header \`${header.value}\` (${valid.reason})`);
      if (hostName) {
        steps.push({ kind: 'server', message: `The Host header \`${header.value}\` is ignored: the request line names the host.` });
        continue;
      }
      choose(valid.host, 'the Host header');
      hostName = valid.host;
      continue;
    }
    if (UNIQUE_HEADERS.has(key)) {
      if (unique.has(key)) return reject(400, `a duplicate \`${header.name}\` header`);
      unique.set(key, header.value);
    }
  }

  if (!buffers.take(2, server.settings)) {
    return reject(494, 'the request header does not fit in `large_client_header_buffers` (status 494: the client sees 400 unless `error_page 494` handles it)');
  }

  // 6. End of the header: a request with no host is matched by the empty name.
  if (!hostName) choose('', 'a request without a Host header');
  if (!sawHost && requestLine.httpVersion > 1000) return reject(400, 'an HTTP/1.1 request without a Host header');
  const contentLength = unique.get('content-length');
  if (contentLength !== undefined && !isOffT(contentLength)) {
    return reject(400, `an invalid Content-Length \`${contentLength}\``);
  }
  const transferEncoding = unique.get('transfer-encoding');
  if (transferEncoding !== undefined) {
    if (requestLine.httpVersion < 1001) return reject(400, 'an HTTP/1.0 request with Transfer-Encoding');
    if (transferEncoding.toLowerCase() === 'chunked') {
      if (contentLength !== undefined) return reject(400, 'both Content-Length and Transfer-Encoding');
    } else {
      return reject(501, `an unknown Transfer-Encoding \`${transferEncoding}\``);
    }
  }
  if (requestLine.methodName === 'CONNECT' || requestLine.methodName === 'TRACE') {
    return reject(405, `nginx refuses the ${requestLine.methodName} method`);
  }
  if (address.ssl && request.scheme === 'http') {
    return reject(497, `plain HTTP sent to the \`ssl\` port \`${address.text}\` (status 497: the client sees 400 unless \`error_page 497\` handles it)`);
  }
  return accepted();

  function accepted(): Reception {
    return {
      kind: 'accepted',
      server,
      address,
      steps,
      method: requestLine.methodName,
      httpVersion: requestLine.httpVersion,
      uri: uriParts.uri,
      args: uriParts.args,
      requestUri: uriParts.requestUri,
      host: hostName ?? server.primaryName,
      quotedUri: uriParts.quotedUri,
      plusInUri: uriParts.plusInUri,
      validUnparsedUri: uriParts.validUnparsedUri,
      serverCaptures: captures,
      headers: readHeaders,
    };
  }
}

/**
 * How nginx's header buffers fill (ngx_http_alloc_large_header_buffer): the first read fills
 * `client_header_buffer_size`; a line that runs past the end moves, with what was read of it, into
 * a new `large_client_header_buffers` buffer, which it must fit, and there are only so many.
 */
class HeaderBuffers {
  private position = 0;
  private windowEnd: number;
  private largeUsed = 0;

  constructor(firstBufferSize: number) {
    this.windowEnd = firstBufferSize;
  }

  /** Reads a line of `length` bytes (CRLF included); false when nginx gives up on it. */
  take(length: number, large: { largeClientHeaderBufferSize: number; largeClientHeaderBufferCount: number }): boolean {
    const start = this.position;
    const end = start + length;
    while (end > this.windowEnd) {
      const partial = start < this.windowEnd;
      if (partial && this.windowEnd - start >= large.largeClientHeaderBufferSize) return false;
      if (this.largeUsed >= large.largeClientHeaderBufferCount) return false;
      this.largeUsed++;
      this.windowEnd = start + large.largeClientHeaderBufferSize;
    }
    this.position = end;
    return true;
  }
}

/** Request headers nginx allows once (a second one is a 400). */
const UNIQUE_HEADERS = new Set([
  'if-modified-since',
  'if-unmodified-since',
  'if-match',
  'if-none-match',
  'content-length',
  'content-range',
  'if-range',
  'transfer-encoding',
  'expect',
  'authorization',
]);

/** ngx_atoof: decimal digits only, within off_t. */
function isOffT(text: string): boolean {
  return /^[0-9]+$/.test(text) && BigInt(text) <= 9223372036854775807n;
}

// ---------------------------------------------------------------------------------------------
// Listening address

/** Requests come from a handful of local addresses: parse each once. */
const localAddresses = new Map<string, ReturnType<typeof parseLocalAddress>>();

export function findListenAddress(table: ServerTable, localAddress: string, port: number): ListenAddress | undefined {
  let local = localAddresses.get(localAddress);
  if (local === undefined && !localAddresses.has(localAddress)) {
    if (localAddresses.size > 1000) localAddresses.clear();
    local = parseLocalAddress(localAddress);
    localAddresses.set(localAddress, local);
  }
  if (!local) return undefined;
  const sameFamily = table.ports.get(portKey(local.family, port));
  if (sameFamily) {
    const found = sameFamily.specific.get(local.key) ?? sameFamily.wildcard;
    if (found) return found;
  }
  // An IPv4 connection reaches `[::]:port ipv6only=off` when no IPv4 socket holds the port.
  if (local.family === 4 && !sameFamily) {
    const v6 = table.ports.get(portKey(6, port))?.wildcard;
    if (v6 && !v6.ipv6only) return v6;
  }
  return undefined;
}

function endpoint(address: string, port: number): string {
  return address.includes(':') && !address.startsWith('[') ? `[${address}]:${port}` : `${address}:${port}`;
}

function listenStep(address: ListenAddress, request: HttpRequest): ExplainStep {
  const listen = address.defaultListen;
  const target = endpoint(request.address, request.port);
  const how = address.wildcard ? `the wildcard \`${address.text}\` (no \`listen\` names \`${target}\` itself)` : `\`${address.text}\``;
  const count = address.servers.length === 1 ? 'one server listens there' : `${address.servers.length} servers listen there`;
  const why = listen.defaultServer ? 'it is marked `default_server`' : address.servers.length > 1 ? 'it is the first server to listen there' : 'it is the only one';
  return {
    kind: 'listen',
    message: `The connection to \`${target}\` is taken by ${how}; ${count}. The server of this \`listen\` is the default server for it: ${why}.`,
    at: listen.at,
  };
}

// ---------------------------------------------------------------------------------------------
// Virtual server

function chooseServer(
  address: ListenAddress,
  host: string,
  source: string,
): { server: VirtualServer; captures?: Captures; steps: ExplainStep[] } {
  const fallback = address.defaultServer;
  const defaultWhy = `${describeServer(fallback)}, ${address.defaultListen.defaultServer ? 'marked `default_server`' : 'the first server listening there'}`;
  const shown = host === '' ? 'the empty name' : `\`${host}\``;
  if (!address.names) {
    return {
      server: fallback,
      steps: [{ kind: 'server', message: `Only one server listens on \`${address.text}\`, ${describeServer(fallback)}: it handles ${shown} from ${source} without comparing names.`, at: fallback.node.at }],
    };
  }
  const match: NameMatch<VirtualServer> | undefined = findServerByName(address.names, host);
  if (!match) {
    return {
      server: fallback,
      steps: [{ kind: 'server', message: `No \`server_name\` on \`${address.text}\` matches ${shown} (from ${source}): it goes to the default server, ${defaultWhy}.`, at: fallback.node.at }],
    };
  }
  const { server, name } = match.entry;
  const at = name.at;
  const shadowed = address.names.ignored.get(match.entry) ?? [];
  const conflictNote = shadowed.length
    ? ` The same name in ${shadowed.map((e) => `the server at line ${e.server.node.at.line}`).join(' and ')} is ignored ("conflicting server name": the first one on \`${address.text}\` wins).`
    : '';
  switch (match.kind) {
    case 'exact':
      return { server, steps: [{ kind: 'server', message: `${cap(shown)} (from ${source}) matches the exact name \`${name.text === '' ? '""' : name.text}\`; exact names are checked first.${conflictNote}`, at }] };
    case 'headWildcard':
      return { server, steps: [{ kind: 'server', message: `${cap(shown)} (from ${source}) matches the wildcard \`${name.text}\` (no exact name matched; the longest leading wildcard wins).${conflictNote}`, at }] };
    case 'tailWildcard':
      return { server, steps: [{ kind: 'server', message: `${cap(shown)} (from ${source}) matches the wildcard \`${name.text}\` (no exact name or leading wildcard matched; the longest trailing wildcard wins).${conflictNote}`, at }] };
    case 'regex':
      return {
        server,
        captures: match.captures,
        steps: [{ kind: 'server', message: `${cap(shown)} (from ${source}) matches the regex \`${name.text}\`, the first matching regex in configuration order (no exact or wildcard name matched).`, at }],
      };
    case 'unknown':
      return {
        server: fallback,
        steps: [{ kind: 'warning', message: `The regex \`${name.text}\` cannot be evaluated here (${name.regexError ?? 'unsupported'}): whether it matches ${shown} is unknown; assuming the default server.`, at }],
      };
  }
}

/** "the server at line 12 (`server_name a.test b.test`)". */
function describeServer(server: VirtualServer): string {
  const names = server.names.filter((n) => n !== '');
  const shown = names.length === 0 ? 'no `server_name`' : `\`server_name ${names.slice(0, 3).join(' ')}${names.length > 3 ? ' …' : ''}\``;
  return `the server at line ${server.node.at.line} (${shown})`;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// URI step

function uriStep(routed: RoutedUri, mergeSlashes: boolean): ExplainStep {
  const raw = routed.requestUri;
  const cut = raw.search(/[?#]/);
  const path = routed.validUnparsedUri ? (cut < 0 ? raw : raw.slice(0, cut)) : '';
  const parts: string[] = [];
  if (routed.uri !== path) {
    const how: string[] = [];
    if (!routed.validUnparsedUri) how.push('an empty path becomes `/`');
    if (routed.quotedUri) how.push('`%XX` escapes decoded');
    if (/\/\.|%2e/i.test(path)) how.push('`.` and `..` segments resolved');
    if (mergeSlashes && /\/\/|%2f/i.test(path)) how.push('`//` merged, as `merge_slashes` is on');
    if (raw.includes('#') && (cut < 0 || raw[cut] === '#')) how.push('the `#` fragment dropped');
    parts.push(`The path \`${path}\` becomes the URI \`${routed.uri}\`${how.length ? ` (${how.join(', ')})` : ''}.`);
  } else {
    parts.push(`The URI is \`${routed.uri}\`.`);
  }
  if (routed.args !== '') parts.push(`Query (\`$args\`): \`${routed.args}\`.`);
  return { kind: 'uri', message: parts.join(' ') };
}

// ---------------------------------------------------------------------------------------------
// Header lines

type HeaderLine =
  | { readonly kind: 'ok' | 'invalid'; readonly name: string; readonly value: string }
  /** nginx answers 400 for the whole request. */
  | { readonly kind: 'bad' };

/**
 * One `name: value` line as ngx_http_parse_header_line reads it: spaces around the value dropped,
 * a name with `_` (unless allowed) or other odd characters is "invalid" (ignored by default), a
 * control character or a NUL is a 400.
 */
function readHeaderLine(name: string, value: string, underscores: boolean): HeaderLine {
  const text = `${name}:${value}`;
  let invalid = false;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a && i > 0) break;
    const plain = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2d;
    if (plain) continue;
    if (c === 0x5f) {
      if (!underscores) invalid = true;
      continue;
    }
    if (c <= 0x20 || c === 0x7f || (c === 0x3a && i === 0) || c === 0x0d || c === 0x0a) return { kind: 'bad' };
    invalid = true;
  }
  if (i >= text.length) return { kind: 'bad' };
  const headerName = text.slice(0, i);
  let rest = text.slice(i + 1);
  if (rest.includes('\0') || rest.includes('\r') || rest.includes('\n')) return { kind: 'bad' };
  rest = rest.replace(/^ +/, '').replace(/ +$/, '');
  return { kind: invalid ? 'invalid' : 'ok', name: headerName, value: rest };
}
