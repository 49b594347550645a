import type { Argument, Directive } from '../../../model/types';

/** The options after a `listen` address that nginx applies to the socket (`lsopt.set`). */
const SOCKET_OPTIONS = /^(bind|deferred|reuseport|(setfib|fastopen|backlog|rcvbuf|sndbuf|accept_filter|ipv6only|so_keepalive)=.*)$/;

/** An http `listen` as nginx files it: by address:port, with the options that must not repeat there. */
export interface ListenSpec {
  /** The address as nginx prints it in its messages (`0.0.0.0:80`, `[::]:443`, `unix:/run/a.sock`). */
  readonly address: string;
  readonly addressArg: Argument;
  readonly defaultServer?: Argument;
  /** The first socket option (`backlog=`, `reuseport` …), if any. */
  readonly socketOption?: Argument;
  readonly ssl: boolean;
}

/** The `listen` every http server without one has: `*:80` when nginx runs as root, as it does in service. */
export const IMPLICIT_LISTEN = '0.0.0.0:80';

/**
 * Normalises a listen address the way nginx compares them (`80` and `*:80` are one address; a
 * missing port is 80). Undefined when it holds a variable or is not an address nginx would parse.
 */
export function normalizeListenAddress(text: string): string | undefined {
  if (!text || text.includes('$')) return undefined;
  if (text.startsWith('unix:')) return text;
  if (/^\d+$/.test(text)) return `0.0.0.0:${Number(text)}`;
  const v6 = /^\[([0-9a-fA-F:.]+)\](?::(\d+))?$/.exec(text);
  if (v6) return `[${v6[1].toLowerCase()}]:${Number(v6[2] ?? 80)}`;
  const host = /^([^:[\]]+)(?::(\d+))?$/.exec(text);
  if (!host) return undefined;
  const name = host[1] === '*' ? '0.0.0.0' : host[1].toLowerCase();
  return `${name}:${Number(host[2] ?? 80)}`;
}

export function parseListen(directive: Directive): ListenSpec | undefined {
  const [first, ...options] = directive.args;
  const address = first && normalizeListenAddress(first.value);
  if (!address) return undefined;
  return {
    address,
    addressArg: first,
    defaultServer: options.find((o) => o.value === 'default_server' || o.value === 'default'),
    socketOption: options.find((o) => SOCKET_OPTIONS.test(o.value)),
    ssl: options.some((o) => o.value === 'ssl'),
  };
}

/**
 * The keys a server name takes in nginx's server-name hash (`ngx_hash_add_key`): `.example.com`
 * is both the exact name and the `*.example.com` wildcard, so it conflicts with either. Regexes
 * and `$hostname` take none here; names nginx would refuse take none either.
 */
export function serverNameKeys(name: string): string[] {
  const lower = name.toLowerCase();
  if (lower.startsWith('~') || lower.includes('$')) return [];
  if (lower.length > 1 && lower.startsWith('.')) return [`exact:${lower.slice(1)}`, `head:${lower.slice(1)}`];
  if (lower.startsWith('*.')) return lower.indexOf('*', 1) === -1 ? [`head:${lower.slice(2)}`] : [];
  if (lower.endsWith('.*')) return lower.indexOf('*') === lower.length - 1 ? [`tail:${lower.slice(0, -2)}`] : [];
  return lower.includes('*') ? [] : [`exact:${lower}`];
}
