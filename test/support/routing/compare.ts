/**
 * Puts nginx's answer and the explainer's prediction side by side, part by part: whether the
 * connection was taken, the block that answered, status, body, Location, the upstream dialled and
 * the URI it received, the static file served. A part the explainer leaves undefined where it
 * should decide it is "undetermined", counted apart from disagreements.
 */
import * as path from 'node:path';
import type { ConfigRef, Explanation } from '../../../server/src/core/analysis/explain/types';
import { placeKey, type BlockInfo } from './configText';
import { ECHO_PORT_HEADER, ECHO_TARGET_HEADER } from './echoUpstream';
import type { Exchange } from './rawHttp';

/** One side's answer in comparable form; absent parts are unknown. */
export interface Answer {
  readonly reached: 'refused' | 'response' | 'closed' | 'timeout';
  readonly status?: number;
  /** The X-Block marker of the block whose configuration produced the response. */
  readonly block?: string;
  readonly body?: string;
  readonly location?: string;
  readonly upstream?: { readonly port: number; readonly uri: string };
  /** The static file served, relative to the case folder (`www/s0/f.txt`). */
  readonly file?: string;
  /** The explainer said it cannot tell what happens (a regex it cannot run, a module it does not model). */
  readonly unknown?: true;
}

export type Part = 'reached' | 'status' | 'block' | 'body' | 'location' | 'upstream' | 'file' | 'handler';

export interface Verdict {
  /** Parts on which the two answers differ. */
  readonly differ: readonly Part[];
  /** Parts nginx decided and the explainer left open. */
  readonly undetermined: readonly Part[];
}

/** What kind of answer nginx gave, for the figures (how much of each the run compared). */
export function answerKind(answer: Answer): string {
  if (answer.reached !== 'response') return answer.reached;
  if (answer.upstream) return 'proxied';
  if (answer.file) return 'static file';
  if (answer.location) return 'redirect';
  if (answer.body !== undefined && /^[LS]\d+[ .]/.test(answer.body)) return 'return text';
  return `status ${answer.status}`;
}

export function observedAnswer(exchange: Exchange): Answer {
  if (exchange.kind !== 'response') return { reached: exchange.kind };
  const { status, headers, body } = exchange.response;
  const echoPort = headers[ECHO_PORT_HEADER];
  const upstream = echoPort !== undefined ? { port: Number(echoPort), uri: headers[ECHO_TARGET_HEADER] ?? '' } : undefined;
  // Static files hold `F s<i>/<path>`: the body names the file nginx opened.
  const staticFile = upstream === undefined ? /^F (s\d+\/.*)\n$/.exec(body) : null;
  return {
    reached: 'response',
    status,
    block: headers['x-block'],
    body,
    location: headers['location'],
    upstream,
    file: staticFile ? `www/${staticFile[1]}` : undefined,
  };
}

/** Maps config places (file, line) to block markers: block heads, and `if` heads to the block they sit in. */
export class BlockIndex {
  private readonly byPlace = new Map<string, string>();

  constructor(blocks: readonly BlockInfo[], aliases: ReadonlyMap<string, string>) {
    for (const b of blocks) this.byPlace.set(placeKey(b.file, b.line), b.id);
    for (const [place, id] of aliases) this.byPlace.set(place, id);
  }

  /** `file` relative to the case folder. */
  at(file: string, line: number): string | undefined {
    return this.byPlace.get(placeKey(file, line));
  }
}

export function predictedAnswer(explanation: Explanation, blocks: BlockIndex, caseDir: string): Answer {
  if (explanation.response.closed) return { reached: 'closed' };
  // Nothing listens there: no server was chosen and nothing is answered.
  const refused = explanation.server === undefined && explanation.handler.kind === 'error' && explanation.response.status === undefined;
  if (refused) return { reached: 'refused' };
  if (explanation.handler.kind === 'unknown') return { reached: 'response', unknown: true };
  const upstream = explanation.upstream;
  const port = upstream?.addresses[0] !== undefined ? /:(\d+)$/.exec(upstream.addresses[0]) : null;
  const file = explanation.handler.kind === 'static' && explanation.handler.file ? path.relative(caseDir, explanation.handler.file) : undefined;
  return {
    reached: 'response',
    status: explanation.response.status,
    block: blockOf(explanation.location, blocks, caseDir) ?? blockOf(explanation.server, blocks, caseDir),
    body: explanation.response.body,
    location: explanation.response.location,
    upstream: upstream ? { port: port ? Number(port[1]) : NaN, uri: upstream.uri } : undefined,
    file,
  };
}

function blockOf(ref: ConfigRef | undefined, blocks: BlockIndex, caseDir: string): string | undefined {
  return ref ? blocks.at(path.relative(caseDir, path.resolve(caseDir, ref.file)), ref.line) : undefined;
}

export function compareAnswers(observed: Answer, predicted: Answer, method: string): Verdict {
  const differ: Part[] = [];
  const undetermined: Part[] = [];
  if (observed.reached !== predicted.reached) return { differ: ['reached'], undetermined };
  if (observed.reached !== 'response') return { differ, undetermined };
  if (predicted.unknown) return { differ, undetermined: ['handler'] };

  const proxied = observed.upstream !== undefined;
  if (predicted.status === undefined) {
    // Only the upstream decides the status of a proxied request.
    if (!(proxied && predicted.upstream)) undetermined.push('status');
  } else if (predicted.status !== observed.status) differ.push('status');

  if (predicted.block === undefined) undetermined.push('block');
  else if (predicted.block !== observed.block) differ.push('block');

  if (proxied || predicted.upstream) {
    if (!predicted.upstream || !observed.upstream) differ.push('upstream');
    else if (predicted.upstream.port !== observed.upstream.port || predicted.upstream.uri !== observed.upstream.uri) differ.push('upstream');
  } else if (method !== 'HEAD') {
    if (predicted.body !== undefined) {
      if (predicted.body !== observed.body) differ.push('body');
    } else if (observed.body !== undefined && /^[LS]\d+[ .]/.test(observed.body)) undetermined.push('body');
  }

  if ((observed.location ?? '') !== (predicted.location ?? '')) differ.push('location');

  if (observed.file !== undefined && !proxied) {
    if (predicted.file === undefined) {
      if (predicted.body === undefined) undetermined.push('file');
    } else if (predicted.file !== observed.file) differ.push('file');
  }
  return { differ, undetermined };
}
