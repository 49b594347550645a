/**
 * Upstream groups and the addresses nginx dials.
 *
 * nginx resolves host names once, at startup, with getaddrinfo (AF_UNSPEC) and keeps the answer's
 * order; every address becomes a separate round-robin peer. So `proxy_pass http://localhost:8080`
 * on a stock Debian/Ubuntu host (`/etc/hosts` lists `127.0.0.1 localhost` and `::1 localhost`)
 * dials `[::1]:8080` first — glibc sorts ::1 before 127.0.0.1 (RFC 6724 precedence), checked with
 * getaddrinfo on Debian bookworm with and without AI_ADDRCONFIG. Name lookup is I/O, so it stays
 * out of core: callers pass a `ResolveHost` (the CLI can build one from the machine's hosts file
 * with `hostsFileResolver`); the default models the stock Debian hosts file.
 */
import type { ConfigRef } from '../../../analysis/explain/types';
import type { ConfigNode } from './configTree';
import { parseIPv4, parseIPv6, parsePort } from './ipAddress';

/** A host name's addresses in the order getaddrinfo returns them; undefined when not known here. */
export type ResolveHost = (name: string) => readonly string[] | undefined;

/** Stock Debian/Ubuntu `/etc/hosts`: `127.0.0.1 localhost` and `::1 localhost ip6-localhost ip6-loopback`. */
export const stockResolveHost: ResolveHost = (name) => {
  const lower = name.toLowerCase();
  if (lower === 'localhost') return ['::1', '127.0.0.1'];
  if (lower === 'ip6-localhost' || lower === 'ip6-loopback') return ['::1'];
  return undefined;
};

/**
 * A resolver answering from a hosts file's text (`/etc/hosts`), ordered the way glibc sorts a
 * name with both families: IPv6 before IPv4, each family in file order. Names not in the file: undefined.
 */
export function hostsFileResolver(hostsText: string): ResolveHost {
  const byName = new Map<string, string[]>();
  for (const rawLine of hostsText.split('\n')) {
    const line = rawLine.replace(/#.*/, '').trim();
    if (!line) continue;
    const [address, ...names] = line.split(/\s+/);
    if (!isIpLiteral(address)) continue;
    for (const name of names) {
      const key = name.toLowerCase();
      const list = byName.get(key) ?? [];
      if (!list.includes(address)) list.push(address);
      byName.set(key, list);
    }
  }
  return (name) => {
    const found = byName.get(name.toLowerCase());
    if (!found) return undefined;
    return [...found.filter((a) => a.includes(':')), ...found.filter((a) => !a.includes(':'))];
  };
}

/** A numeric IPv4 or IPv6 address (no name to resolve). */
export function isIpLiteral(text: string): boolean {
  return parseIPv4(text) !== undefined || (text.includes(':') && parseIPv6(text) !== undefined);
}

/** An address as nginx's URL parser (ngx_parse_url) splits it. */
export type ParsedUrl =
  | { readonly kind: 'unix'; readonly path: string; readonly uri: string }
  | {
      readonly kind: 'inet';
      /** Without brackets for IPv6. */
      readonly host: string;
      readonly port: number;
      /** No port written: `port` is the scheme's default (0 when there is none). */
      readonly noPort: boolean;
      /** What follows the authority: `/x/`, `?a`, or '' (only when `uriPart`). */
      readonly uri: string;
    }
  | { readonly kind: 'invalid'; readonly reason: string };

/** Splits `host:port/uri`, `[v6]:port/uri` or `unix:/path:/uri` (scheme already removed). */
export function parseUrl(text: string, defaultPort: number, uriPart: boolean): ParsedUrl {
  if (text.length >= 5 && text.slice(0, 5).toLowerCase() === 'unix:') {
    let path = text.slice(5);
    let uri = '';
    if (uriPart) {
      const colon = path.indexOf(':');
      if (colon >= 0) {
        uri = path.slice(colon + 1);
        path = path.slice(0, colon);
      }
    }
    if (!path) return { kind: 'invalid', reason: 'no path in the unix domain socket' };
    return { kind: 'unix', path, uri };
  }
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) return { kind: 'invalid', reason: 'invalid host' };
    const host = text.slice(1, close);
    let rest = text.slice(close + 1);
    let uri = '';
    const slash = rest.indexOf('/');
    if (slash >= 0) {
      if (!uriPart) return { kind: 'invalid', reason: 'invalid host' };
      uri = rest.slice(slash);
      rest = rest.slice(0, slash);
    }
    if (rest === '') return { kind: 'inet', host, port: defaultPort, noPort: true, uri };
    if (!rest.startsWith(':')) return { kind: 'invalid', reason: 'invalid host' };
    const port = parsePort(rest.slice(1));
    return port === undefined ? { kind: 'invalid', reason: 'invalid port' } : { kind: 'inet', host, port, noPort: false, uri };
  }
  let last = text.length;
  let colon = text.indexOf(':');
  const slash = text.indexOf('/');
  const question = text.indexOf('?');
  let uriStart = slash;
  if (question >= 0 && (slash < 0 || question < slash)) uriStart = question;
  let uri = '';
  if (uriStart >= 0) {
    if (!uriPart) return { kind: 'invalid', reason: 'invalid host' };
    uri = text.slice(uriStart);
    last = uriStart;
    if (uriStart < colon) colon = -1;
  }
  let port = defaultPort;
  let noPort = true;
  if (colon >= 0) {
    const parsed = parsePort(text.slice(colon + 1, last));
    if (parsed === undefined) return { kind: 'invalid', reason: 'invalid port' };
    port = parsed;
    noPort = false;
    last = colon;
  }
  const host = text.slice(0, last);
  if (!host) return { kind: 'invalid', reason: 'no host' };
  return { kind: 'inet', host, port, noPort, uri };
}

export function formatHostPort(host: string, port: number): string {
  const shown = host.includes(':') ? `[${host}]` : host;
  return port ? `${shown}:${port}` : shown;
}

export interface DialPlan {
  /** In the order nginx tries them (`127.0.0.1:9000`, `[::1]:9000`, `unix:/run/app.sock`). */
  readonly addresses: readonly string[];
  readonly warnings: readonly string[];
}

/** The peers nginx makes of one written address (`localhost:8080`, `10.0.0.1`, `unix:/s`). */
export function dialAddresses(written: string, defaultPort = 80, resolveHost: ResolveHost = stockResolveHost): DialPlan {
  const parsed = parseUrl(written, defaultPort, false);
  if (parsed.kind === 'invalid') return { addresses: [], warnings: [`\`${written}\`: ${parsed.reason}; nginx refuses the configuration.`] };
  return dialParsed(parsed, resolveHost);
}

export function dialParsed(parsed: Exclude<ParsedUrl, { kind: 'invalid' }>, resolveHost: ResolveHost): DialPlan {
  if (parsed.kind === 'unix') return { addresses: [`unix:${parsed.path}`], warnings: [] };
  const { host, port } = parsed;
  if (port === 0) {
    return { addresses: [], warnings: [`\`${host}\` has no port and this module has no default one: nginx refuses the configuration ("no port in upstream").`] };
  }
  if (isIpLiteral(host)) return { addresses: [formatHostPort(host, port)], warnings: [] };
  const resolved = resolveHost(host);
  if (resolved === undefined) {
    return {
      addresses: [],
      warnings: [`\`${host}\` is resolved once, when nginx starts, by the system resolver; Switchyard does not know its addresses.`],
    };
  }
  if (resolved.length === 0) {
    return { addresses: [], warnings: [`\`${host}\` does not resolve: nginx refuses to start ("host not found in upstream").`] };
  }
  const addresses = resolved.map((a) => formatHostPort(a, port));
  return { addresses, warnings: multiAddressWarnings(host, port, resolved) };
}

function multiAddressWarnings(host: string, port: number, resolved: readonly string[]): string[] {
  if (resolved.length < 2) return [];
  const listed = resolved.join(' and ');
  const first = formatHostPort(resolved[0], port);
  const other = resolved.find((a) => a.includes(':') !== resolved[0].includes(':'));
  if (other !== undefined) {
    // Observed on nginx 1.22.1: the first request dials the first address, gets "connect() failed
    // (111: Connection refused)" in the error log, and is retried on the next peer; the failed peer
    // is then skipped for fail_timeout (10 s) — so the error comes back every 10 s.
    return [
      `\`${host}\` resolves to ${listed} (in that order); nginx makes each address a separate peer and dials ${first} first. ` +
        `If the backend listens on ${formatHostPort(other, port)} only, connections to ${first} are refused, logged as errors ` +
        `and retried on the next peer (again after every fail_timeout). Write the address instead (\`${formatHostPort(other, port)}\`).`,
    ];
  }
  return [`\`${host}\` resolves to ${listed}; nginx round-robins between them as separate peers.`];
}

export interface UpstreamServer {
  /** As written: `10.0.0.1:8080`, `localhost`, `unix:/run/app.sock`. */
  readonly written: string;
  readonly addresses: readonly string[];
  readonly weight: number;
  readonly backup: boolean;
  readonly down: boolean;
  readonly at: ConfigRef;
}

export interface UpstreamGroup {
  readonly name: string;
  readonly servers: readonly UpstreamServer[];
  readonly at: ConfigRef;
  readonly warnings: readonly string[];
}

/**
 * The `upstream` blocks of an `http` block, by lowercased name (nginx matches names without case),
 * plus the implicit upstreams nginx creates for every `*_pass` written without variables (a
 * `proxy_pass` whose URL comes from a variable finds those too, without a `resolver`).
 */
export interface UpstreamTable {
  readonly groups: ReadonlyMap<string, UpstreamGroup>;
  /** `host:port` (lowercased host, port 0 for none) of the implicit upstreams. */
  readonly implicit: ReadonlySet<string>;
  readonly resolveHost: ResolveHost;
}

const PASS_DIRECTIVES = new Set(['proxy_pass', 'fastcgi_pass', 'uwsgi_pass', 'scgi_pass', 'grpc_pass', 'memcached_pass']);

export function buildUpstreamTable(http: ConfigNode, resolveHost: ResolveHost = stockResolveHost): UpstreamTable {
  const groups = new Map<string, UpstreamGroup>();
  for (const node of http.children ?? []) {
    if (node.name !== 'upstream' || !node.children || node.args.length === 0) continue;
    const key = node.args[0].toLowerCase();
    if (!groups.has(key)) groups.set(key, readGroup(node, resolveHost));
  }
  const implicit = new Set<string>();
  const walk = (nodes: readonly ConfigNode[]): void => {
    for (const node of nodes) {
      if (PASS_DIRECTIVES.has(node.name) && node.args.length > 0 && !node.args[0].includes('$')) {
        const url = stripPassScheme(node.name, node.args[0]);
        if (url) {
          const parsed = parseUrl(url.rest, url.defaultPort, true);
          if (parsed.kind === 'inet' && !(parsed.noPort && groups.has(parsed.host.toLowerCase()))) implicit.add(`${parsed.host.toLowerCase()}:${parsed.noPort ? url.defaultPort : parsed.port}`);
        }
      }
      if (node.children && node.name !== 'upstream') walk(node.children);
    }
  };
  walk(http.children ?? []);
  return { groups, implicit, resolveHost };
}

function readGroup(node: ConfigNode, resolveHost: ResolveHost): UpstreamGroup {
  const servers: UpstreamServer[] = [];
  const warnings: string[] = [];
  for (const child of node.children ?? []) {
    if (child.name !== 'server' || child.args.length === 0) continue;
    const written = child.args[0];
    let weight = 1;
    let backup = false;
    let down = false;
    for (const parameter of child.args.slice(1)) {
      if (parameter.startsWith('weight=')) weight = Number(parameter.slice(7)) || 1;
      else if (parameter === 'backup') backup = true;
      else if (parameter === 'down') down = true;
    }
    const plan = dialAddresses(written, 80, resolveHost);
    warnings.push(...plan.warnings);
    servers.push({ written, addresses: plan.addresses, weight, backup, down, at: child.at });
  }
  return { name: node.args[0], servers, at: node.at, warnings };
}

/** The scheme a `*_pass` URL may start with, removed; undefined when proxy_pass has none (nginx rejects that). */
export function stripPassScheme(
  directive: string,
  url: string,
): { scheme: string; rest: string; defaultPort: number } | undefined {
  const lower = url.toLowerCase();
  const schemes: readonly (readonly [string, number])[] =
    directive === 'proxy_pass'
      ? [['http://', 80], ['https://', 443]]
      : directive === 'grpc_pass'
        ? [['grpc://', 0], ['grpcs://', 0]]
        : directive === 'uwsgi_pass'
          ? [['uwsgi://', 0], ['suwsgi://', 0]]
          : [];
  for (const [scheme, port] of schemes) {
    if (lower.startsWith(scheme)) return { scheme: scheme.slice(0, -3), rest: url.slice(scheme.length), defaultPort: port };
  }
  if (directive === 'proxy_pass') return undefined;
  return { scheme: '', rest: url, defaultPort: 0 };
}
