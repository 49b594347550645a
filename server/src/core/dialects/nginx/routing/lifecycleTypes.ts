/**
 * What the request lifecycle needs from the location and handler modules, and what it answers.
 * The explainer wires the real modules in (explainer.ts); tests may wire small ones.
 */
import type { ExplainStep, FileProbe, HandlerInfo, HttpRequest, PredictedResponse, UpstreamInfo } from '../../../analysis/explain/types';
import type { ConfigNode } from './configTree';
import type { RegexCaptures, RequestState } from './variables';

export interface LocationFound {
  /** The location blocks, outermost first; empty when none matches (the server's own configuration). */
  readonly chain: readonly ConfigNode[];
  readonly captures?: RegexCaptures;
  readonly steps: readonly ExplainStep[];
  /** The URI lacks the trailing slash of a `*_pass` location (core find_location's NGX_DONE). */
  readonly autoRedirect: boolean;
  /** That redirect's Location before `?args`: the location name, URI-escaped. */
  readonly redirectTarget?: string;
  /** Why the location cannot be decided (a regex the explainer cannot run). */
  readonly undetermined?: string;
}

/** Location search and content handling, from the locations and handlers modules. */
export interface LifecycleModules {
  findLocation(server: ConfigNode, uri: string): LocationFound;
  findNamedLocation(server: ConfigNode, name: string): ConfigNode | undefined;
  content(chain: readonly ConfigNode[], state: RequestState, files: HttpRequest['files'], probe: FileProbe | undefined): ContentOutcome;
}

export type ContentOutcome =
  | { readonly kind: 'handler'; readonly handler: HandlerInfo; readonly upstream?: UpstreamInfo; readonly warnings: readonly string[]; readonly steps: readonly ExplainStep[] }
  | { readonly kind: 'response'; readonly status: number; readonly handler: HandlerInfo; readonly location?: string; readonly steps: readonly ExplainStep[] }
  | { readonly kind: 'internal-redirect'; readonly uri: string; readonly steps: readonly ExplainStep[] }
  | { readonly kind: 'error'; readonly status: number; readonly reason: string; readonly steps: readonly ExplainStep[] }
  | { readonly kind: 'unknown'; readonly handler: HandlerInfo; readonly steps: readonly ExplainStep[] };

export interface LifecycleResult {
  /** The configuration in force at the end: http, server, locations…, `if`s. */
  readonly chain: readonly ConfigNode[];
  /** The location blocks of the final configuration (the last is the one that answered). */
  readonly locations: readonly ConfigNode[];
  readonly handler: HandlerInfo;
  readonly upstream?: UpstreamInfo;
  readonly response: PredictedResponse;
  readonly warnings: readonly string[];
}
