/**
 * HTTP over raw sockets, so the request line and Host header reach nginx byte for byte as the test
 * wrote them (a URL parser would merge `//`, resolve `..` and re-escape). Strings are latin1: one
 * char per byte, both ways.
 */
import * as net from 'node:net';

/** One request as the harness sends it and as the explainer is asked about it. */
export interface RoutingRequest {
  readonly method: string;
  readonly version: 'HTTP/1.0' | 'HTTP/1.1';
  /** Where the connection goes: `127.0.0.1` or `::1`. */
  readonly address: string;
  readonly port: number;
  /** The request target exactly as written on the request line. */
  readonly target: string;
  /** The Host header's value; null sends none. */
  readonly host: string | null;
  /** Every other header, in order (Connection: close included, so both sides see the same). */
  readonly headers: readonly (readonly [string, string])[];
  /** Sent after the headers, as its Content-Length says (the explainer only reads the header). */
  readonly body?: string;
}

export interface RawResponse {
  readonly status: number;
  /** Header names lower-cased; a repeated header keeps its last value. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** What came back on the socket. */
export type Exchange =
  | { readonly kind: 'response'; readonly response: RawResponse }
  /** Nothing listens at address:port. */
  | { readonly kind: 'refused' }
  /** The connection closed without a parsable response (nginx's 444, a reset). */
  | { readonly kind: 'closed'; readonly raw: string }
  | { readonly kind: 'timeout' };

export function requestBytes(request: RoutingRequest): Buffer {
  const lines = [`${request.method} ${request.target} ${request.version}`];
  if (request.host !== null) lines.push(`Host: ${request.host}`);
  for (const [name, value] of request.headers) lines.push(`${name}: ${value}`);
  return Buffer.from(lines.join('\r\n') + '\r\n\r\n' + (request.body ?? ''), 'latin1');
}

export function sendRaw(request: RoutingRequest, timeoutMs: number): Promise<Exchange> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const socket = net.connect({ host: request.address, port: request.port });
    const finish = (exchange: Exchange): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(exchange);
    };
    const timer = setTimeout(() => finish({ kind: 'timeout' }), timeoutMs);
    // No half-close after writing: nginx reads an early FIN as the client going away (499 when proxying).
    socket.on('connect', () => socket.write(requestBytes(request)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') finish({ kind: 'refused' });
      else finish(exchangeOf(Buffer.concat(chunks), request.method));
    });
    socket.on('close', () => finish(exchangeOf(Buffer.concat(chunks), request.method)));
  });
}

function exchangeOf(raw: Buffer, method: string): Exchange {
  const response = parseResponse(raw, method);
  return response ? { kind: 'response', response } : { kind: 'closed', raw: raw.toString('latin1').slice(0, 200) };
}

/** Parses a whole response read until close: Content-Length and chunked bodies are honoured. */
export function parseResponse(raw: Buffer, method: string): RawResponse | undefined {
  const text = raw.toString('latin1');
  const headEnd = text.indexOf('\r\n\r\n');
  if (headEnd < 0) return undefined;
  const [statusLine, ...headerLines] = text.slice(0, headEnd).split('\r\n');
  const status = /^HTTP\/\d\.\d (\d{3})/.exec(statusLine);
  if (!status) return undefined;
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = text.slice(headEnd + 4);
  if (method === 'HEAD') body = '';
  else if (/chunked/i.test(headers['transfer-encoding'] ?? '')) body = dechunk(body);
  else if (headers['content-length'] !== undefined) body = body.slice(0, Number(headers['content-length']));
  return { status: Number(status[1]), headers, body };
}

function dechunk(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const lineEnd = text.indexOf('\r\n', at);
    if (lineEnd < 0) return out;
    const size = parseInt(text.slice(at, lineEnd), 16);
    if (!(size > 0)) return out;
    out += text.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
}
