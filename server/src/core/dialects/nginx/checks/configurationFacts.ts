import type { Argument } from '../../../model/types';
import type { Span } from '../../../text/span';
import type { ListenSpec } from './listenAddress';
import type { DirectiveVisit } from './visit';

/*
 * What directives tell the checks that look at the whole configuration. Each directive's facts are
 * memoised with it; the configuration-wide parts read them all, in reading order, on every run —
 * they are few, and cheap to go through, where the directives they come from are many.
 */

/** `load_module` in a walk from a main configuration: the reader works out the loaded modules from these. */
export interface ModuleLoaded {
  readonly kind: 'module-loaded';
  readonly soFile: string;
}

/** A shared memory zone a directive defines: `*_zone`, `*_cache_path keys_zone=`, `lua_shared_dict` (duplicateRule). */
export interface ZoneDefinition {
  readonly kind: 'zone';
  readonly zone: string;
  /** The argument that names it. */
  readonly arg: Argument;
  readonly visit: DirectiveVisit;
}

/** The directory a `*_cache_path` directive gives, as written (duplicateRule). */
export interface CachePathDefinition {
  readonly kind: 'cache-path';
  readonly arg: Argument;
  readonly visit: DirectiveVisit;
}

/** A stream `listen`: stream servers share one list of addresses (duplicateRule). */
export interface StreamListen {
  readonly kind: 'stream-listen';
  /** The address as nginx prints it, and whether it is `udp`: a TCP and a UDP socket may share an address. */
  readonly address: string;
  readonly udp: boolean;
  readonly arg: Argument;
  readonly visit: DirectiveVisit;
}

/** An http `upstream` block's name, lower-cased (upstreamPortRule). */
export interface UpstreamDefinition {
  readonly kind: 'upstream';
  readonly name: string;
}

/** `fastcgi_pass host;` and the like, to a host without a port (upstreamPortRule). */
export interface PortlessPass {
  readonly kind: 'portless-pass';
  readonly host: string;
  readonly visit: DirectiveVisit;
}

/** `log_format` and `access_log` of the log modules, in reading order (logFormatRule). */
export interface LogFormatUse {
  readonly kind: 'log-format' | 'access-log';
  readonly module: string;
  readonly visit: DirectiveVisit;
}

export type Subsystem = 'http' | 'stream' | undefined;

/** A variable the configuration defines (variableRule). */
export interface VariableDefinition {
  readonly kind: 'variable-definition';
  /** Lower-cased. */
  readonly name: string;
  /** Defined in an entry of a map-like block (entries are gone through after the directives). */
  readonly inEntry: boolean;
}

/** A `$name` nginx resolves while reading the configuration, that no built-in variable answers (variableRule). */
export interface VariableUse {
  readonly kind: 'variable-use';
  readonly name: string;
  readonly file: string;
  readonly span: Span;
  /** Read in a walk from a main configuration: an unknown variable is an error, else a warning. */
  readonly complete: boolean;
  /** nginx compiles it only when an http block has a server to merge it into. */
  readonly onlyWithServers: boolean;
  readonly inEntry: boolean;
}

/** A `server` in http context: http values are compiled when merged into one (variableRule). */
export interface HttpServerPresent {
  readonly kind: 'http-server-present';
}

/** The SSL settings a block sets itself. */
export interface SslSettings {
  certificate: boolean;
  /** The last `ssl_reject_handshake` is `on`; undefined when there is none. */
  rejectHandshake: boolean | undefined;
}

/** A `server_name` argument, or the empty name of a server without one. */
export interface NameClaim {
  readonly name: string;
  readonly file: string;
  readonly span: Span;
}

/** An http server block as the server rule files it: what its own directives say (includes expanded). */
export interface ServerSummary {
  readonly server: DirectiveVisit;
  readonly listens: readonly { readonly visit: DirectiveVisit; readonly spec: ListenSpec }[];
  /** Whether some `listen` is written, even one that cannot be read as an address. */
  readonly hasListen: boolean;
  readonly names: readonly NameClaim[];
  readonly ssl: SslSettings;
}

/** An http server, with the settings of the http block it inherits from (serverRule). */
export interface HttpServer {
  readonly kind: 'http-server';
  readonly summary: ServerSummary;
  /** The enclosing http block's own SSL settings; undefined at the top of a walk (nothing to inherit). */
  readonly http: SslSettings | undefined;
}

export type ConfigFact =
  | ModuleLoaded
  | ZoneDefinition
  | CachePathDefinition
  | StreamListen
  | UpstreamDefinition
  | PortlessPass
  | LogFormatUse
  | VariableDefinition
  | VariableUse
  | HttpServerPresent
  | HttpServer;

/** What a block tells the block around it (only server blocks have something to tell). */
export type BlockSummary = ServerSummary;

/** The facts of one kind. */
export function factsOf<Kind extends ConfigFact['kind']>(facts: readonly ConfigFact[], kind: Kind): Extract<ConfigFact, { kind: Kind }>[] {
  return facts.filter((f): f is Extract<ConfigFact, { kind: Kind }> => f.kind === kind);
}
