/**
 * The request explainer, written once for every dialect: a pack prepares its configuration (from
 * the include graph) into something that answers requests; preparing is done once, so a batch of
 * requests reads and indexes the configuration a single time.
 */
import type { WorkspaceGraph } from '../../workspace/includeGraph';
import type { Explanation, FileProbe, HttpRequest } from './types';

export interface PreparedConfiguration {
  /** `probe` answers file questions when `request.files` is 'fs'; without one, 'fs' behaves as 'missing'. */
  explain(request: HttpRequest, probe?: FileProbe): Explanation;
  /** What preparing noticed that may make answers incomplete (an include that could not be read, …). */
  readonly notes: readonly string[];
}

/** Facts about the machine rather than the configuration. */
export interface PrepareOptions {
  /** The server's prefix (nginx `-p`): relative paths and default roots hang off it. */
  readonly prefix?: string;
  /** How the server resolves a host name at startup (e.g. from /etc/hosts); undefined = not known. */
  readonly resolveHost?: (name: string) => readonly string[] | undefined;
  /** The machine's host name (nginx `$hostname`, and `server_name` / `listen` written with it). */
  readonly hostname?: string;
}

export interface RequestExplainer {
  /** Indexes the configuration whose main file is `root` (already read into `graph`). */
  prepare(graph: WorkspaceGraph, root: string, options?: PrepareOptions): PreparedConfiguration;
}

export type { Explanation, FileProbe, HttpRequest } from './types';
