/**
 * Reception: what nginx 1.22 does with a request before it looks at locations. The connection's
 * address:port picks a listening address (and its default server); the request line is parsed and
 * its URI normalised with the default server's settings; the host (absolute target first, else the
 * Host header) picks the virtual server among those listening on that address:port; then the
 * header checks that answer 400/405/501 before any location runs.
 */
import type { ExplainStep, HttpRequest } from '../../../analysis/explain/types';
import { HeaderBuffers, UNIQUE_HEADERS, isOffT, readHeaderLine } from './headerParsing';
import { validateHost } from './hostHeader';
import type { Captures } from './pcre';
import { parseRequestLine, routedUri, type RequestLine, type RoutedUri } from './requestTarget';
import { chooseServer, endpoint, findListenAddress, listenStep } from './serverChoice';
import type { ReceptionSettings } from './receptionSettings';
import type { ListenAddress, ServerTable, VirtualServer } from './virtualServers';

export { buildServerTable } from './virtualServers';
export type { ServerTable, VirtualServer, ListenAddress, ReceptionSettings } from './virtualServers';
export { findListenAddress } from './serverChoice';

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
  const unanswered = unansweredOn(address);
  if (unanswered) {
    steps.push({ kind: 'response', message: unanswered, at: address.defaultListen.at });
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
  steps.push(uriStep(routedOrError, settings.mergeSlashes));

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
  const headerLines: (readonly [string, string])[] = [];
  if (request.host !== null) headerLines.push(['Host', request.host]);
  headerLines.push(...request.headers);
  const read = readHeaderLines(headerLines, {
    buffers,
    steps,
    kept: readHeaders,
    hostInRequestLine: hostName !== undefined,
    settings: () => server.settings,
    useHost: (host) => {
      choose(host, 'the Host header');
      hostName = host;
    },
  });
  if ('status' in read) return reject(read.status, read.reason);
  const { sawHost, unique } = read;

  if (!buffers.take(2, server.settings)) {
    return reject(494, 'the request header does not fit in `large_client_header_buffers` (status 494: the client sees 400 unless `error_page 494` handles it)');
  }

  // 6. End of the header: a request with no host is matched by the empty name.
  if (!hostName) choose('', 'a request without a Host header');
  const refusal = headerRefusal(requestLine, unique, sawHost) ?? (address.ssl && request.scheme === 'http' ? plainHttpOnSsl(address) : undefined);
  if (refusal) return reject(refusal.status, refusal.reason);
  return accepted();

  function accepted(): Reception {
    // Everything was read: what nginx knows is the whole request.
    return { kind: 'accepted', server, address, steps, ...received() };
  }
}

/** Why nginx never answers HTTP/1.x on this listening address; undefined when it does. */
function unansweredOn(address: ListenAddress): string | undefined {
  if (address.proxyProtocol) {
    return `\`${address.text}\` expects a PROXY protocol header before the request; without one nginx closes the connection with no response.`;
  }
  if (address.http2 && !address.ssl) {
    return `\`${address.text}\` speaks HTTP/2 only (\`http2\` without \`ssl\`): an HTTP/1.x request gets no HTTP/1.x response.`;
  }
  return undefined;
}

interface Refusal {
  readonly status: number;
  readonly reason: string;
}

interface HeaderReading {
  readonly buffers: HeaderBuffers;
  readonly steps: ExplainStep[];
  /** The lines nginx read and kept so far: a refusal reports them (the MSIE padding reads User-Agent). */
  readonly kept: (readonly [string, string])[];
  /** An absolute target named the host: the Host header is then read but not used. */
  readonly hostInRequestLine: boolean;
  /** The settings of the server chosen so far (a Host header may switch servers midway). */
  settings(): ReceptionSettings;
  useHost(host: string): void;
}

/** Reads the header lines as nginx does, one at a time, until the end or the first refusal. */
function readHeaderLines(lines: readonly (readonly [string, string])[], reading: HeaderReading): Refusal | { sawHost: boolean; unique: ReadonlyMap<string, string> } {
  let sawHost = false;
  const unique = new Map<string, string>();
  for (const [name, rawValue] of lines) {
    const settings = reading.settings();
    if (!reading.buffers.take(name.length + 2 + rawValue.length + 2, settings)) {
      return { status: 494, reason: `the header \`${name}\` does not fit in \`large_client_header_buffers\` (status 494: the client sees 400 unless \`error_page 494\` handles it)` };
    }
    const header = readHeaderLine(name, rawValue, settings.underscoresInHeaders);
    if (header.kind === 'bad') return { status: 400, reason: `invalid header line \`${name}\`` };
    if (header.kind === 'invalid' && settings.ignoreInvalidHeaders) {
      reading.steps.push({ kind: 'warning', message: `The header \`${name}\` has an invalid name and is ignored (\`ignore_invalid_headers on\`).` });
      continue;
    }
    reading.kept.push([header.name, header.value]);
    const key = header.name.toLowerCase();
    if (key === 'host') {
      if (sawHost) return { status: 400, reason: 'a second Host header' };
      sawHost = true;
      const valid = validateHost(header.value);
      if (!valid.ok) return { status: 400, reason: header.value === '' ? 'the Host header is empty' : `invalid Host header \`${header.value}\` (${valid.reason})` };
      if (reading.hostInRequestLine) {
        reading.steps.push({ kind: 'server', message: `The Host header \`${header.value}\` is ignored: the request line names the host.` });
        continue;
      }
      reading.useHost(valid.host);
      continue;
    }
    if (UNIQUE_HEADERS.has(key)) {
      if (unique.has(key)) return { status: 400, reason: `a duplicate \`${header.name}\` header` };
      unique.set(key, header.value);
    }
  }
  return { sawHost, unique };
}

/** The checks nginx makes once the whole header is read: Host for HTTP/1.1, body framing, refused methods. */
function headerRefusal(line: RequestLine, unique: ReadonlyMap<string, string>, sawHost: boolean): Refusal | undefined {
  if (!sawHost && line.httpVersion > 1000) return { status: 400, reason: 'an HTTP/1.1 request without a Host header' };
  const contentLength = unique.get('content-length');
  if (contentLength !== undefined && !isOffT(contentLength)) {
    return { status: 400, reason: `an invalid Content-Length \`${contentLength}\`` };
  }
  const transferEncoding = unique.get('transfer-encoding');
  if (transferEncoding !== undefined) {
    if (line.httpVersion < 1001) return { status: 400, reason: 'an HTTP/1.0 request with Transfer-Encoding' };
    if (transferEncoding.toLowerCase() !== 'chunked') return { status: 501, reason: `an unknown Transfer-Encoding \`${transferEncoding}\`` };
    if (contentLength !== undefined) return { status: 400, reason: 'both Content-Length and Transfer-Encoding' };
  }
  if (line.methodName === 'CONNECT' || line.methodName === 'TRACE') {
    return { status: 405, reason: `nginx refuses the ${line.methodName} method` };
  }
  return undefined;
}

/** nginx-internal 497: the client sees 400 unless `error_page 497` catches it. */
function plainHttpOnSsl(address: ListenAddress): Refusal {
  return { status: 497, reason: `plain HTTP sent to the \`ssl\` port \`${address.text}\` (status 497: the client sees 400 unless \`error_page 497\` handles it)` };
}

/** What normalisation did to the path, for the explanation. */
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
