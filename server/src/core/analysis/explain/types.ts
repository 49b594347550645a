/**
 * The request explainer's input and output, shared by every dialect: a request exactly as it
 * arrives (nothing normalised), and an explanation of what the server does with it. The JSON form
 * of `Explanation` is the documented machine output (docs/explain-schema.md); keep them in step.
 */

/** Whether `try_files`, `index` and static files find a file: assume yes, assume no, or look under `root`. */
export type FileAssumption = 'exist' | 'missing' | 'fs';

/** How the explainer asks whether a path exists when the request says `files: 'fs'` (I/O stays in the adapters). */
export interface FileProbe {
  isFile(path: string): boolean;
  isDirectory(path: string): boolean;
}

export interface HttpRequest {
  readonly method: string;
  readonly version: 'HTTP/1.0' | 'HTTP/1.1';
  readonly scheme: 'http' | 'https';
  /** The local address the connection arrives on (`127.0.0.1`, `::1`, `10.0.0.5`). */
  readonly address: string;
  readonly port: number;
  /** The request target byte for byte, as a latin1 string (one char per byte): never URL-parsed. */
  readonly target: string;
  /** The Host header's value; null when the request has none. */
  readonly host: string | null;
  /** Every other header, in order, as sent. */
  readonly headers: readonly (readonly [string, string])[];
  /** The client's address (`$remote_addr`). */
  readonly clientAddress: string;
  readonly files: FileAssumption;
}

/** A place in the configuration: 1-based line, the statement's head as written (`location ^~ /a`). */
export interface ConfigRef {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

export type StepKind =
  | 'listen'
  | 'server'
  | 'uri'
  | 'location'
  | 'rewrite'
  | 'set'
  | 'if'
  | 'return'
  | 'try_files'
  | 'index'
  | 'error_page'
  | 'redirect'
  | 'access'
  | 'handler'
  | 'response'
  | 'warning';

/** One decision, in the order the server makes it. `message` is Markdown (inline code for config text). */
export interface ExplainStep {
  readonly kind: StepKind;
  readonly message: string;
  readonly at?: ConfigRef;
}

export type HandlerKind =
  | 'return'
  | 'proxy'
  | 'fastcgi'
  | 'uwsgi'
  | 'scgi'
  | 'grpc'
  | 'memcached'
  | 'static'
  /** The request is rejected before any handler (400 for a bad Host or URI, 414, …). */
  | 'error'
  /** A module Switchyard does not model decides (lua, njs, …): the explanation stops there. */
  | 'unknown';

export interface HandlerInfo {
  readonly kind: HandlerKind;
  readonly at?: ConfigRef;
  /** Static: the file path nginx opens (root or alias + URI). */
  readonly file?: string;
}

export interface UpstreamInfo {
  /** The proxied URL with variables expanded, e.g. `http://127.0.0.1:9000/api/x?y`. */
  readonly url: string;
  /** The request target sent upstream (path and query). */
  readonly uri: string;
  /** The `upstream` block it names, if any. */
  readonly group?: ConfigRef & { readonly name: string };
  /** The addresses nginx would dial, in order (`127.0.0.1:9000`, `[::1]:9000`, `unix:/run/app.sock`). */
  readonly addresses: readonly string[];
}

export interface PredictedResponse {
  /** Undefined when only the upstream or the file system decides it. */
  readonly status?: number;
  readonly body?: string;
  /** The `Location` header of a redirect. */
  readonly location?: string;
  /** The server closes the connection without answering (nginx `return 444`, or a request finalised with a
   *  2xx code other than 201/204, as `try_files … =200` does); status, body and location are then absent. */
  readonly closed?: true;
}

/** A directive in force at the final location, and where it is written (own block or inherited). */
export interface EffectiveDirective {
  readonly name: string;
  readonly args: readonly string[];
  readonly at: ConfigRef;
  readonly inherited: boolean;
}

export interface Explanation {
  readonly request: HttpRequest;
  /** The virtual server (nginx `server`, Caddy site) that handles the request. */
  readonly server?: ConfigRef;
  /** The final location (nginx) or route (Caddy). */
  readonly location?: ConfigRef;
  readonly steps: readonly ExplainStep[];
  readonly handler: HandlerInfo;
  readonly upstream?: UpstreamInfo;
  readonly response: PredictedResponse;
  readonly effective: readonly EffectiveDirective[];
  /** Things likely to surprise (localhost resolving to ::1, a `proxy_pass` URI part dropped, …). */
  readonly warnings: readonly string[];
}
