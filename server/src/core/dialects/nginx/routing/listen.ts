/**
 * nginx's `listen` directive read the way ngx_http_core_listen and ngx_parse_url read it: which
 * address family, address and port a server listens on, and the flags that matter for routing
 * (`default_server`, `ipv6only`, `ssl`, ...). Also the IP address helpers reception needs to match a
 * connection's local address against those addresses.
 */
import type { ConfigRef } from '../../../analysis/explain/types';
import type { ConfigNode } from './configTree';
import { parseIPv4, parseIPv6, parsePort } from './ipAddress';
import { stockResolveHost, type ResolveHost } from './upstreams';

export type AddressFamily = 4 | 6;

/** One address:port a server listens on (a host name in `listen` may give several). */
export interface ListenEntry {
  readonly family: AddressFamily;
  /** Canonical address bytes as a key: dotted quad for IPv4, 32 hex digits for IPv6. */
  readonly addressKey: string;
  readonly port: number;
  /** `*`, `0.0.0.0` or `[::]`: accepts connections to any local address on the port. */
  readonly wildcard: boolean;
  /** How nginx names it in messages: `0.0.0.0:80`, `127.0.0.1:8080`, `[::1]:80`. */
  readonly text: string;
  readonly defaultServer: boolean;
  /** Options that make nginx bind this address separately (`bind`, `backlog=`, `ipv6only=`, ...). */
  readonly setsSocketOptions: boolean;
  readonly reuseport: boolean;
  readonly ipv6only: boolean;
  readonly ssl: boolean;
  readonly http2: boolean;
  readonly proxyProtocol: boolean;
  readonly at: ConfigRef;
}

export type ListenParse =
  | { readonly kind: 'tcp'; readonly entries: readonly ListenEntry[] }
  /** `unix:` sockets cannot be reached by an address:port request. */
  | { readonly kind: 'unix'; readonly path: string }
  | { readonly kind: 'error'; readonly message: string };

/** The listen nginx adds to a server without any: `*:80` when run as root (8000 otherwise). */
export function implicitListen(at: ConfigRef, port = 80): ListenEntry {
  return {
    family: 4,
    addressKey: '0.0.0.0',
    port,
    wildcard: true,
    text: `0.0.0.0:${port}`,
    defaultServer: false,
    setsSocketOptions: false,
    reuseport: false,
    ipv6only: true,
    ssl: false,
    http2: false,
    proxyProtocol: false,
    at,
  };
}

/**
 * `resolveHost` answers for host names in `listen` (nginx resolves them at startup with
 * getaddrinfo and listens on every address).
 */
export function parseListen(node: ConfigNode, resolveHost: ResolveHost = stockResolveHost): ListenParse {
  const [url, ...params] = node.args;
  if (url === undefined) return { kind: 'error', message: 'the `listen` directive needs an address' };
  if (url.toLowerCase().startsWith('unix:')) return { kind: 'unix', path: url.slice(5) };

  const flags = {
    defaultServer: false,
    setsSocketOptions: false,
    reuseport: false,
    ipv6only: true,
    ssl: false,
    http2: false,
    proxyProtocol: false,
  };
  for (const param of params) {
    if (param === 'default_server' || param === 'default') flags.defaultServer = true;
    else if (param === 'ssl') flags.ssl = true;
    else if (param === 'http2') flags.http2 = true;
    else if (param === 'proxy_protocol') flags.proxyProtocol = true;
    else if (param.startsWith('ipv6only=o')) {
      if (param !== 'ipv6only=on' && param !== 'ipv6only=off') return { kind: 'error', message: `invalid ipv6only flags \`${param.slice(9)}\`` };
      flags.ipv6only = param === 'ipv6only=on';
      flags.setsSocketOptions = true;
    } else if (param === 'reuseport') {
      flags.reuseport = true;
      flags.setsSocketOptions = true;
    } else if (
      param === 'bind' ||
      param === 'deferred' ||
      /^(backlog|rcvbuf|sndbuf|setfib|fastopen|accept_filter|so_keepalive)=/.test(param)
    ) {
      flags.setsSocketOptions = true;
    } else {
      return { kind: 'error', message: `invalid parameter \`${param}\`` };
    }
  }

  const address = parseListenAddress(url, resolveHost);
  if ('error' in address) return { kind: 'error', message: `${address.error} in \`${url}\` of the \`listen\` directive` };
  const entries = address.addresses.flatMap((a) =>
    address.ports.map((port): ListenEntry => ({
      family: a.family,
      addressKey: a.key,
      port,
      wildcard: isWildcardKey(a.family, a.key),
      text: `${displayAddress(a.family, a.key)}:${port}`,
      ...flags,
      at: node.at,
    })),
  );
  return { kind: 'tcp', entries };
}

interface ParsedAddress {
  readonly family: AddressFamily;
  readonly key: string;
}

function parseListenAddress(url: string, resolveHost: ResolveHost): { addresses: ParsedAddress[]; ports: number[] } | { error: string } {
  if (url.startsWith('[')) {
    const close = url.indexOf(']');
    if (close < 0) return { error: 'invalid host' };
    const bytes = parseIPv6(url.slice(1, close));
    if (!bytes) return { error: 'invalid IPv6 address' };
    const key = ipv6Key(bytes);
    if (key.startsWith(IPV4_MAPPED_PREFIX)) return { error: 'an IPv4-mapped address cannot be bound' };
    const rest = url.slice(close + 1);
    let ports = [80];
    if (rest.includes('/')) return { error: 'invalid host' };
    if (rest !== '') {
      if (rest[0] !== ':') return { error: 'invalid host' };
      const p = parsePorts(rest.slice(1));
      if ('error' in p) return p;
      ports = p.ports;
    }
    return { addresses: [{ family: 6, key }], ports };
  }
  if (url.includes('/') || url.includes('?')) return { error: 'invalid host' };
  const colon = url.indexOf(':');
  let host: string;
  let ports = [80];
  if (colon >= 0) {
    const p = parsePorts(url.slice(colon + 1));
    if ('error' in p) return p;
    ports = p.ports;
    host = url.slice(0, colon);
  } else {
    // A lone number (or range) is a port on every IPv4 address; anything else is a host on port 80.
    const p = parsePorts(url);
    if (!('error' in p)) return { addresses: [{ family: 4, key: '0.0.0.0' }], ports: p.ports };
    if (/^[0-9]+(-[0-9]+)?$/.test(url)) return p;
    host = url;
  }
  if (host === '') return { error: 'no host' };
  if (host === '*') return { addresses: [{ family: 4, key: '0.0.0.0' }], ports };
  const v4 = parseIPv4(host) ?? parseInetAton(host);
  if (v4) return { addresses: [{ family: 4, key: v4 }], ports };
  const resolved = (resolveHost(host) ?? []).map((a) => parseLocalAddress(a)).filter((a): a is ParsedAddress => a !== undefined);
  if (resolved.length > 0) return { addresses: resolved, ports };
  return { error: 'host not found' };
}

/** A port or, in this nginx build, a range `8000-8010` (one address per port). */
function parsePorts(text: string): { ports: number[] } | { error: string } {
  const dash = text.indexOf('-');
  const first = parsePort(dash >= 0 ? text.slice(0, dash) : text);
  if (first === undefined) return { error: 'invalid port' };
  if (dash < 0) return { ports: [first] };
  const last = parsePort(text.slice(dash + 1));
  if (last === undefined) return { error: 'invalid port' };
  if (first > last) return { error: 'invalid port range' };
  const ports: number[] = [];
  for (let p = first; p <= last; p++) ports.push(p);
  return { ports };
}

/**
 * What getaddrinfo makes of a numeric host nginx's own parser rejects (`127.1`, `0`, `0x7f.1`):
 * inet_aton's one to four parts, each decimal, octal (leading 0) or hex (0x).
 */
function parseInetAton(text: string): string | undefined {
  const parts = text.split('.');
  if (parts.length > 4) return undefined;
  const values: number[] = [];
  for (const part of parts) {
    let n: number;
    if (/^0[xX][0-9a-fA-F]*$/.test(part)) n = part.length > 2 ? parseInt(part.slice(2), 16) : 0;
    else if (/^0[0-7]*$/.test(part)) n = parseInt(part, 8);
    else if (/^[1-9][0-9]*$/.test(part)) n = Number(part);
    else return undefined;
    values.push(n);
  }
  const last = values.pop() as number;
  if (values.some((v) => v > 255) || last >= 2 ** (8 * (4 - values.length))) return undefined;
  const bytes = [...values];
  for (let i = 3 - values.length; i >= 0; i--) bytes.push(Math.floor(last / 2 ** (8 * i)) % 256);
  return bytes.join('.');
}

function ipv6Key(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const IPV6_ANY = '0'.repeat(32);
const IPV4_MAPPED_PREFIX = '0'.repeat(20) + 'ffff';

function isWildcardKey(family: AddressFamily, key: string): boolean {
  return family === 4 ? key === '0.0.0.0' : key === IPV6_ANY;
}

/** How nginx prints an address (ngx_sock_ntop): IPv6 in brackets, longest zero run as `::`. */
function displayAddress(family: AddressFamily, key: string): string {
  if (family === 4) return key;
  const groups: number[] = [];
  for (let i = 0; i < 32; i += 4) groups.push(parseInt(key.slice(i, i + 4), 16));
  if (key.startsWith(IPV4_MAPPED_PREFIX)) {
    const v4 = [0, 1, 2, 3].map((i) => parseInt(key.slice(24 + i * 2, 26 + i * 2), 16)).join('.');
    return `[::ffff:${v4}]`;
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return `[${hex.join(':')}]`;
  const left = hex.slice(0, bestStart).join(':');
  const right = hex.slice(bestStart + bestLength).join(':');
  return `[${left}::${right}]`;
}

/** A connection's local address (`127.0.0.1`, `::1`, `[::1]`) as family + key; IPv4-mapped IPv6 counts as IPv4. */
export function parseLocalAddress(address: string): ParsedAddress | undefined {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const v4 = parseIPv4(bare);
  if (v4) return { family: 4, key: v4 };
  const bytes = parseIPv6(bare);
  if (!bytes) return undefined;
  const key = ipv6Key(bytes);
  if (key.startsWith(IPV4_MAPPED_PREFIX)) {
    return { family: 4, key: Array.from(bytes.slice(12), (b) => String(b)).join('.') };
  }
  return { family: 6, key };
}
