/**
 * What the parent and an oracle worker say to each other: one JSON line per case each way.
 * The parent writes the case's files before sending; the worker only runs nginx on them.
 */
import type { Exchange, RoutingRequest } from './rawHttp';

export interface CaseJob {
  readonly id: number;
  /** Holds nginx.conf; nginx runs with this folder as its prefix. */
  readonly dir: string;
  readonly requests: readonly RoutingRequest[];
}

/** One `nginx: [level] message` line nginx printed while reading the config. */
export interface NginxNote {
  readonly level: string;
  readonly text: string;
}

export type NginxRun =
  | { readonly kind: 'answered'; readonly warnings: readonly NginxNote[]; readonly exchanges: readonly Exchange[] }
  /** `nginx -t` refused the config: discarded, counted, never compared. */
  | { readonly kind: 'rejected'; readonly messages: readonly NginxNote[] }
  /** nginx did not start, or the worker failed: a harness fault, reported as such. */
  | { readonly kind: 'broken'; readonly reason: string };

export interface CaseResult {
  readonly id: number;
  readonly run: NginxRun;
  readonly elapsedMs: number;
}
