/**
 * The virtual servers of an `http` block and how nginx groups them by address:port
 * (ngx_http_add_listen, ngx_http_optimize_servers, ngx_http_init_listening): each address:port
 * has its servers in configuration order, a default server (`default_server`, else the first) and,
 * when it has a choice to make, a name index. Built once per configuration; requests only look up.
 */
import type { ConfigRef } from '../../../analysis/explain/types';
import type { ConfigNode } from './configTree';
import { implicitListen, parseListen, type AddressFamily, type ListenEntry } from './listen';
import type { ResolveHost } from './upstreams';
import { buildNameIndex, parseServerNameDirective, primaryServerName, type NameIndex, type ServerName } from './serverNames';
import { DEFAULT_SETTINGS, parseSize, readSettings, type ReceptionSettings } from './receptionSettings';

export type { ReceptionSettings } from './receptionSettings';

export interface VirtualServer {
  readonly node: ConfigNode;
  /** Position among the `server` blocks of `http`, from 0. */
  readonly index: number;
  /** `server_name` values as nginx keeps them (lowercased; regexes with `~`); `[""]` when there is none. */
  readonly names: readonly string[];
  readonly serverNames: readonly ServerName[];
  /** What `$host` is when the request names no host: the first name, without a leading dot. */
  readonly primaryName: string;
  readonly listens: readonly ListenEntry[];
  /** True when the server has no `listen` and nginx gave it `*:80`. */
  readonly implicitListen: boolean;
  /** nginx runs this server's regex names even when it is alone on an address (its last regex captures). */
  readonly regexCaptures: boolean;
  readonly settings: ReceptionSettings;
}

/** One address:port nginx accepts connections on, with the servers that listen there. */
export interface ListenAddress {
  readonly family: AddressFamily;
  readonly addressKey: string;
  readonly port: number;
  readonly wildcard: boolean;
  readonly text: string;
  /** In the order they were added (server order). */
  readonly servers: readonly VirtualServer[];
  readonly defaultServer: VirtualServer;
  /** Set when nginx consults names on this address (several servers, or a capturing regex name). */
  readonly names?: NameIndex<VirtualServer>;
  /** The first `listen` of each server here, for explanations. */
  readonly listenOf: ReadonlyMap<VirtualServer, ListenEntry>;
  /** The listen that made the default server the default. */
  readonly defaultListen: ListenEntry;
  readonly ipv6only: boolean;
  /** Bound to its own socket even when a wildcard covers the port (`bind`, `backlog=`, ...). */
  readonly bind: boolean;
  readonly reuseport: boolean;
  /** Any `listen` of this address:port says `ssl` / `http2` / `proxy_protocol`. */
  readonly ssl: boolean;
  readonly http2: boolean;
  readonly proxyProtocol: boolean;
}

/** The addresses of one family and port: specific ones first, the wildcard (if any) last. */
export interface ListenPort {
  readonly family: AddressFamily;
  readonly port: number;
  readonly specific: ReadonlyMap<string, ListenAddress>;
  readonly wildcard?: ListenAddress;
}

export interface ServerTable {
  readonly servers: readonly VirtualServer[];
  /** Keyed `4:8080` / `6:443`. */
  readonly ports: ReadonlyMap<string, ListenPort>;
  /** What `nginx -t` would warn about (conflicting names, ...). */
  readonly warnings: string[];
  /** What would stop nginx from starting (the explanation then describes a server that never runs). */
  readonly errors: string[];
}

export interface ServerTableOptions {
  /** The machine's name, for `server_name $hostname` (gethostname(); `localhost` when not told). */
  readonly hostname?: string;
  /** How host names in `listen` resolve; a stock Debian /etc/hosts by default. */
  readonly resolveHost?: ResolveHost;
  /** The port of a server without `listen`: 80 as root (the default), 8000 otherwise. */
  readonly implicitPort?: number;
}

export function portKey(family: AddressFamily, port: number): string {
  return `${family}:${port}`;
}

export function buildServerTable(http: ConfigNode, options: ServerTableOptions = {}): ServerTable {
  const warnings: string[] = [];
  const errors: string[] = [];
  const httpChildren = http.children ?? [];
  const context: ServerContext = {
    hostname: options.hostname ?? 'localhost',
    resolveHost: options.resolveHost,
    implicitPort: options.implicitPort ?? 80,
    settings: readSettings(httpChildren, DEFAULT_SETTINGS),
    warnings,
    errors,
  };
  const servers = httpChildren.filter((n) => n.name === 'server' && n.children).map((node, index) => readServer(node, index, context));
  const addresses = groupByAddress(servers, errors);
  // server_names_hash_bucket_size is rounded up to the CPU cache line (64 bytes here).
  const bucketDirective = [...httpChildren].reverse().find((n) => n.name === 'server_names_hash_bucket_size');
  const bucketSize = Math.ceil((parseSize(bucketDirective?.args[0]) ?? 64) / 64) * 64;
  const ports = indexPorts(addresses, bucketSize, warnings, errors);

  errors.push(...bindConflicts(ports));
  errors.push(...missingCertificates(ports, httpChildren));
  for (const server of servers) {
    if (server.settings.largeClientHeaderBufferSize < server.settings.connectionPoolSize) {
      errors.push(`the "large_client_header_buffers" size must be equal to or greater than "connection_pool_size" (server at ${server.node.at.file}:${server.node.at.line})`);
    }
  }
  return { servers, ports, warnings, errors };
}

interface ServerContext {
  readonly hostname: string;
  readonly resolveHost?: ResolveHost;
  readonly implicitPort: number;
  readonly settings: ReceptionSettings;
  readonly warnings: string[];
  readonly errors: string[];
}

/** One `server` block: its names, its listens (or the implicit one) and its reception settings. */
function readServer(node: ConfigNode, index: number, context: ServerContext): VirtualServer {
  const children = node.children ?? [];
  const serverNames: ServerName[] = [];
  const listens: ListenEntry[] = [];
  let sawListen = false;
  for (const directive of children) {
    if (directive.name === 'server_name') {
      const parsed = parseServerNameDirective(directive, context.hostname);
      serverNames.push(...parsed.names);
      context.errors.push(...parsed.errors);
      context.warnings.push(...parsed.warnings);
    } else if (directive.name === 'listen') {
      sawListen = true;
      const parsed = parseListen(directive, context.resolveHost);
      if (parsed.kind === 'error') context.errors.push(`${parsed.message} (${directive.at.file}:${directive.at.line})`);
      else if (parsed.kind === 'tcp') listens.push(...parsed.entries);
    }
  }
  // Without any `listen`, nginx listens on *:80 (as root).
  if (!sawListen) listens.push(implicitListen(node.at, context.implicitPort));
  const names = serverNames.length > 0 ? serverNames : [emptyName(node.at)];
  const lastRegex = [...names].reverse().find((n) => n.kind === 'regex');
  return {
    node,
    index,
    names: names.map((n) => n.text),
    serverNames: names,
    primaryName: primaryServerName(names),
    listens,
    implicitListen: !sawListen,
    regexCaptures: (lastRegex?.regex?.captureCount ?? 0) > 0,
    settings: readSettings(children, context.settings),
  };
}

/** An address:port while servers are being added to it (ngx_http_add_addresses). */
interface AddressBuild {
  readonly family: AddressFamily;
  readonly addressKey: string;
  readonly port: number;
  readonly wildcard: boolean;
  readonly text: string;
  readonly servers: VirtualServer[];
  readonly listenOf: Map<VirtualServer, ListenEntry>;
  defaultServer: VirtualServer;
  defaultListen: ListenEntry;
  hasDefaultFlag: boolean;
  optionsSet: boolean;
  ipv6only: boolean;
  reuseport: boolean;
  ssl: boolean;
  http2: boolean;
  proxyProtocol: boolean;
}

/** Every address:port with its servers in configuration order, keyed by port then address. */
function groupByAddress(servers: readonly VirtualServer[], errors: string[]): Map<string, Map<string, AddressBuild>> {
  const ports = new Map<string, Map<string, AddressBuild>>();
  for (const server of servers) {
    for (const listen of server.listens) {
      const key = portKey(listen.family, listen.port);
      let addresses = ports.get(key);
      if (!addresses) ports.set(key, (addresses = new Map()));
      let address = addresses.get(listen.addressKey);
      if (!address) {
        address = {
          family: listen.family,
          addressKey: listen.addressKey,
          port: listen.port,
          wildcard: listen.wildcard,
          text: listen.text,
          servers: [],
          listenOf: new Map(),
          defaultServer: server,
          defaultListen: listen,
          hasDefaultFlag: false,
          optionsSet: false,
          ipv6only: listen.ipv6only,
          reuseport: false,
          ssl: false,
          http2: false,
          proxyProtocol: false,
        };
        addresses.set(listen.addressKey, address);
      }
      if (address.listenOf.has(server)) {
        errors.push(`a duplicate listen ${address.text} (${listen.at.file}:${listen.at.line})`);
        continue;
      }
      address.servers.push(server);
      address.listenOf.set(server, listen);
      address.ssl ||= listen.ssl;
      address.http2 ||= listen.http2;
      address.proxyProtocol ||= listen.proxyProtocol;
      // Socket options may be given by one listen of the address only; they replace the defaults.
      if (listen.setsSocketOptions) {
        if (address.optionsSet) errors.push(`duplicate listen options for ${address.text} (${listen.at.file}:${listen.at.line})`);
        address.optionsSet = true;
        address.ipv6only = listen.ipv6only;
        address.reuseport = listen.reuseport;
      }
      if (listen.defaultServer) {
        if (address.hasDefaultFlag) errors.push(`a duplicate default server for ${address.text} (${listen.at.file}:${listen.at.line})`);
        else {
          address.hasDefaultFlag = true;
          address.defaultServer = server;
          address.defaultListen = listen;
        }
      }
    }
  }
  return ports;
}

/**
 * The final per-port table; each address with a choice to make (several servers, or a capturing
 * regex name) gets its name index, built in nginx's order (the wildcard address last).
 */
function indexPorts(ports: Map<string, Map<string, AddressBuild>>, bucketSize: number, warnings: string[], errors: string[]): Map<string, ListenPort> {
  const table = new Map<string, ListenPort>();
  for (const [key, addresses] of ports) {
    const specific = new Map<string, ListenAddress>();
    let wildcard: ListenAddress | undefined;
    const ordered = [...addresses.values()].sort((a, b) => Number(a.wildcard) - Number(b.wildcard));
    for (const build of ordered) {
      let names: NameIndex<VirtualServer> | undefined;
      if (build.servers.length > 1 || build.defaultServer.regexCaptures) {
        const built = buildNameIndex(build.servers, (s) => s.serverNames, build.text, bucketSize);
        names = built.index;
        warnings.push(...built.warnings);
        errors.push(...built.errors);
      }
      const address: ListenAddress = {
        family: build.family,
        addressKey: build.addressKey,
        port: build.port,
        wildcard: build.wildcard,
        text: build.text,
        servers: build.servers,
        defaultServer: build.defaultServer,
        names,
        listenOf: build.listenOf,
        defaultListen: build.defaultListen,
        ipv6only: build.ipv6only,
        bind: build.optionsSet,
        reuseport: build.reuseport,
        ssl: build.ssl,
        http2: build.http2,
        proxyProtocol: build.proxyProtocol,
      };
      if (build.wildcard) wildcard = address;
      else specific.set(build.addressKey, address);
    }
    const first = ordered[0];
    table.set(key, { family: first.family, port: first.port, specific, wildcard });
  }
  return table;
}

/** An `ssl` address:port needs a certificate on its default server (or `ssl_reject_handshake on`). */
function missingCertificates(ports: ReadonlyMap<string, ListenPort>, httpChildren: readonly ConfigNode[]): string[] {
  const errors: string[] = [];
  const lastValue = (nodes: readonly ConfigNode[], name: string): ConfigNode | undefined => [...nodes].reverse().find((n) => n.name === name);
  for (const port of ports.values()) {
    for (const address of [...port.specific.values(), ...(port.wildcard ? [port.wildcard] : [])]) {
      if (!address.ssl) continue;
      const own = address.defaultServer.node.children ?? [];
      const hasCertificate = [own, httpChildren].some((nodes) => nodes.some((n) => n.name === 'ssl_certificate'));
      const reject = lastValue(own, 'ssl_reject_handshake') ?? lastValue(httpChildren, 'ssl_reject_handshake');
      if (!hasCertificate && reject?.args[0] !== 'on') {
        errors.push(`no "ssl_certificate" is defined for the "listen ... ssl" directive (${address.defaultListen.at.file}:${address.defaultListen.at.line})`);
      }
    }
  }
  return errors;
}

/**
 * The sockets nginx binds (a port's wildcard plus the addresses with their own options, or every
 * address when there is no wildcard) and the pairs the kernel refuses: a wildcard and another
 * address on the same port, including `[::]` with `ipv6only=off` against any IPv4 socket, unless
 * both use `reuseport`.
 */
function bindConflicts(ports: ReadonlyMap<string, ListenPort>): string[] {
  const boundByPort = new Map<number, ListenAddress[]>();
  for (const port of ports.values()) {
    const bound = port.wildcard ? [port.wildcard, ...[...port.specific.values()].filter((a) => a.bind)] : [...port.specific.values()];
    const list = boundByPort.get(port.port) ?? [];
    list.push(...bound);
    boundByPort.set(port.port, list);
  }
  const errors: string[] = [];
  for (const bound of boundByPort.values()) {
    for (const wildcard of bound) {
      if (!wildcard.wildcard) continue;
      const clash = bound.find(
        (other) =>
          other !== wildcard &&
          (other.family === wildcard.family || (wildcard.family === 6 && !wildcard.ipv6only && other.family === 4)) &&
          !(other.reuseport && wildcard.reuseport),
      );
      if (clash) errors.push(`bind() to ${wildcard.text} failed (98: Address already in use): ${clash.text} is bound too`);
    }
  }
  return errors;
}

function emptyName(at: ConfigRef): ServerName {
  return { text: '', kind: 'exact', stem: '', at };
}
