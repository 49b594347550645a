/**
 * Turns what a user types (a URL plus options, or one JSON line of a batch) into the exact request
 * the explainer reads. The request target is cut out of the URL by hand, never with a URL parser,
 * because a parser would already normalise it (`//a/../b` → `/b`) and hide what nginx does.
 */
import type { FileAssumption, HttpRequest } from './types';

/** A request that cannot be built from what was given; the message says what to change. */
export class RequestSpecError extends Error {}

/** 'fs' answers from the machine running Switchyard; without a file probe it counts as 'missing'. */
const DEFAULT_FILE_ASSUMPTION: FileAssumption = 'fs';

export const FILE_ASSUMPTIONS: readonly FileAssumption[] = ['exist', 'missing', 'fs'];

export interface RequestOptions {
  /** The Host header: a string (may be empty), null for none, absent for the URL's authority as written. */
  readonly host?: string | null;
  /** Sent as given (nginx answers 400 to a lower-case method, so it is not upper-cased). Default GET. */
  readonly method?: string;
  readonly version?: HttpRequest['version'];
  readonly headers?: readonly (readonly [string, string])[];
  /** The client's address (`$remote_addr`). Default 127.0.0.1. */
  readonly clientAddress?: string;
  readonly files?: FileAssumption;
}

interface Authority {
  readonly address: string;
  readonly port: number;
  /** The authority exactly as written, the default Host header. */
  readonly written: string;
}

const DEFAULT_PORTS = { http: 80, https: 443 } as const;

/** An HTTP token (method, header name): visible ASCII without separators. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isIPv4(text: string): boolean {
  return IPV4.test(text);
}

/** IPv6 as written in URLs and `listen` (`::1`, `fe80::1`, `::ffff:127.0.0.1`); no zone ids. */
function isIPv6(text: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(text) || !text.includes(':')) return false;
  const tail = text.slice(text.lastIndexOf(':') + 1);
  const embedsIPv4 = tail.includes('.');
  if (embedsIPv4 && !isIPv4(tail)) return false;
  const head = embedsIPv4 ? text.slice(0, text.lastIndexOf(':') + 1) + '0:0' : text;
  const halves = head.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (groups.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? groups.length < 8 : groups.length === 8;
}

const utf8 = new TextEncoder();

/** Each character above U+007F becomes its UTF-8 bytes, one latin1 char per byte, as a client sends it. */
function toWireBytes(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  let wire = '';
  for (const byte of utf8.encode(text)) wire += String.fromCharCode(byte);
  return wire;
}

function parseAuthority(written: string, scheme: 'http' | 'https'): Authority {
  if (written === '') throw new RequestSpecError(`the URL has no address: write it as ${scheme}://ADDRESS:PORT/path`);
  if (written.includes('@')) throw new RequestSpecError(`user information ('…@') in the URL is not part of a request; remove it`);
  let host: string;
  let portText: string | undefined;
  if (written.startsWith('[')) {
    const close = written.indexOf(']');
    if (close < 0) throw new RequestSpecError(`unclosed '[' in the URL's address '${written}'`);
    host = written.slice(1, close);
    const rest = written.slice(close + 1);
    if (rest !== '' && !rest.startsWith(':')) throw new RequestSpecError(`unexpected '${rest}' after the IPv6 address in '${written}'`);
    portText = rest === '' ? undefined : rest.slice(1);
    if (!isIPv6(host)) throw new RequestSpecError(`'${host}' is not an IPv6 address`);
  } else {
    const colon = written.lastIndexOf(':');
    if (colon >= 0 && written.indexOf(':') !== colon) throw new RequestSpecError(`an IPv6 address in a URL goes in brackets: ${scheme}://[${written}]/`);
    host = colon >= 0 ? written.slice(0, colon) : written;
    portText = colon >= 0 ? written.slice(colon + 1) : undefined;
  }
  let port: number = DEFAULT_PORTS[scheme];
  if (portText !== undefined) {
    if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
      throw new RequestSpecError(`'${portText}' is not a port (1-65535) in '${written}'`);
    }
    port = Number(portText);
  }
  // A name stands for this machine: the explanation says which address it assumed, and an IP in
  // the URL chooses the listening address exactly.
  let address: string;
  if (written.startsWith('[') || isIPv4(host)) address = host;
  else if (isHostName(host)) address = '127.0.0.1';
  else throw new RequestSpecError(`'${host}' is neither an IP address nor a host name`);
  return { address, port, written };
}

function isHostName(host: string): boolean {
  return /^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_.])?$/.test(host);
}

function checkHeaderLine(name: string, value: string): void {
  if (!TOKEN.test(name)) throw new RequestSpecError(`'${name}' is not a header name`);
  if (/[\r\n]/.test(value)) throw new RequestSpecError(`the value of header '${name}' has a line break`);
}

/**
 * `http://ADDR:PORT/raw-target` (or https) → the request. The target is everything after the
 * authority, byte for byte; only an empty target becomes `/` and a bare `?query` gets its `/`, as
 * curl sends them. A host name instead of an address stands for 127.0.0.1 (and is the Host header).
 */
export function requestFromUrl(url: string, options: RequestOptions = {}): HttpRequest {
  const schemeMatch = /^(https?):\/\//i.exec(url);
  if (!schemeMatch) throw new RequestSpecError(`'${url}' must start with http:// or https://`);
  const scheme = schemeMatch[1].toLowerCase() as 'http' | 'https';
  const afterScheme = url.slice(schemeMatch[0].length);
  const end = afterScheme.search(/[/?#]/);
  const writtenAuthority = end < 0 ? afterScheme : afterScheme.slice(0, end);
  const authority = parseAuthority(writtenAuthority, scheme);
  const rest = end < 0 ? '' : afterScheme.slice(end);
  if (/[\r\n]/.test(rest)) throw new RequestSpecError(`a request target cannot contain a line break`);
  const target = rest === '' ? '/' : rest.startsWith('/') ? rest : `/${rest}`;

  const method = options.method ?? 'GET';
  if (!TOKEN.test(method)) throw new RequestSpecError(`'${method}' is not a method`);
  const version = options.version ?? 'HTTP/1.1';
  if (version !== 'HTTP/1.0' && version !== 'HTTP/1.1') throw new RequestSpecError(`the version must be HTTP/1.0 or HTTP/1.1, not '${String(version)}'`);
  const files = options.files ?? DEFAULT_FILE_ASSUMPTION;
  if (!FILE_ASSUMPTIONS.includes(files)) throw new RequestSpecError(`files must be exist, missing or fs, not '${String(files)}'`);
  const clientAddress = options.clientAddress ?? '127.0.0.1';
  if (!isIPv4(clientAddress) && !isIPv6(clientAddress) && clientAddress !== 'unix:') {
    throw new RequestSpecError(`the client address '${clientAddress}' is not an IP address`);
  }

  const given = options.headers ?? [];
  for (const [name, value] of given) checkHeaderLine(name, value);
  const hostHeaders = given.filter(([name]) => name.toLowerCase() === 'host');
  if (hostHeaders.length > 0 && options.host !== undefined) {
    throw new RequestSpecError(`give the Host either as a host option or as a Host header, not both`);
  }
  let host: string | null;
  let headers = given;
  if (options.host !== undefined) host = options.host;
  else if (hostHeaders.length > 0) {
    // Like curl: a Host header replaces the one from the URL; a second one stays (nginx rejects that).
    host = hostHeaders[0][1];
    headers = given.filter((header) => header !== hostHeaders[0]);
  } else host = authority.written;
  if (host !== null && /[\r\n]/.test(host)) throw new RequestSpecError(`the Host has a line break`);

  return {
    method,
    version,
    scheme,
    address: authority.address,
    port: authority.port,
    target: toWireBytes(target),
    host: host === null ? null : toWireBytes(host),
    headers: headers.map(([name, value]) => [name, toWireBytes(value)] as const),
    clientAddress,
    files,
  };
}

/** The fields a batch line may have; anything else is a mistake worth reporting (a typo drops a setting). */
const BATCH_FIELDS = new Set(['url', 'host', 'method', 'version', 'headers', 'addr', 'files']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(record: Record<string, unknown>, field: string): string | undefined {
  const value = record[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new RequestSpecError(`"${field}" must be a string`);
  return value;
}

function headerPairs(value: unknown): (readonly [string, string])[] | undefined {
  if (value === undefined) return undefined;
  const shape = `"headers" must be a list of [name, value] pairs of strings`;
  if (!Array.isArray(value)) throw new RequestSpecError(shape);
  return value.map((pair: unknown) => {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') throw new RequestSpecError(shape);
    return [pair[0], pair[1]] as const;
  });
}

/**
 * One line of `explain --batch`:
 * `{"url": "http://127.0.0.1:8080//a/../b?x", "host": "ex.test" | null, "method": "GET",
 *   "version": "HTTP/1.1", "headers": [["X-A", "1"]], "addr": "10.0.0.1", "files": "missing"}`;
 * only `url` is required. `defaults` fill what the line leaves out (the command line's --files).
 */
export function requestFromBatchLine(line: string, defaults: RequestOptions = {}): HttpRequest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw new RequestSpecError(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isRecord(parsed)) throw new RequestSpecError(`a request line must be a JSON object like {"url": "http://127.0.0.1:80/"}`);
  const unknown = Object.keys(parsed).filter((key) => !BATCH_FIELDS.has(key));
  if (unknown.length > 0) throw new RequestSpecError(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} (known: ${[...BATCH_FIELDS].join(', ')})`);
  const url = parsed.url;
  if (typeof url !== 'string') throw new RequestSpecError(`"url" is required and must be a string`);
  const host = parsed.host;
  if (host !== undefined && host !== null && typeof host !== 'string') throw new RequestSpecError(`"host" must be a string or null`);
  const version = optionalString(parsed, 'version');
  if (version !== undefined && version !== 'HTTP/1.0' && version !== 'HTTP/1.1') throw new RequestSpecError(`"version" must be "HTTP/1.0" or "HTTP/1.1"`);
  const files = optionalString(parsed, 'files');
  if (files !== undefined && !(FILE_ASSUMPTIONS as readonly string[]).includes(files)) throw new RequestSpecError(`"files" must be "exist", "missing" or "fs"`);
  return requestFromUrl(url, {
    ...defaults,
    ...(host !== undefined ? { host } : {}),
    ...(parsed.method !== undefined ? { method: optionalString(parsed, 'method') } : {}),
    ...(version !== undefined ? { version } : {}),
    ...(parsed.headers !== undefined ? { headers: headerPairs(parsed.headers) } : {}),
    ...(parsed.addr !== undefined ? { clientAddress: optionalString(parsed, 'addr') } : {}),
    ...(files !== undefined ? { files: files as FileAssumption } : {}),
  });
}
