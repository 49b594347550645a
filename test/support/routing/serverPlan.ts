/**
 * What the config generator knows about the server it is writing: its locations so far (nginx
 * refuses a prefix twice), URIs worth requesting, named locations, landing URIs for rewrites.
 */

/** Generated servers are written into the main file first (includeLayout.ts may move them later). */
export const MAIN_CONFIG = 'nginx.conf';

export interface Location {
  readonly modifier: '=' | '^~' | '~' | '~*' | '' | '@';
  readonly pattern: string;
  /** URIs that reach it (before case or escape mutations). */
  readonly samples: readonly string[];
  /** Numbered captures its regex makes ($1 ...), and named ones. */
  readonly captures: number;
  readonly named: readonly string[];
}

export class ServerPlan {
  /** `modifier pattern` of every exact and prefix location, which nginx refuses to see twice. */
  readonly taken = new Set<string>();
  readonly uris: string[] = [];
  readonly named: string[] = [];
  /** Exact and prefix URIs that some location answers: targets for rewrite, try_files and error_page. */
  readonly landing: string[] = [];
  /** A `server_name` regex of this server names a capture `sub` (usable as `$sub`); any regex name sets `$1`. */
  serverCaptures: { named: boolean; numbered: boolean } = { named: false, numbered: false };

  constructor(
    readonly index: number,
    readonly root: string,
    readonly segments: readonly string[],
  ) {}
}
