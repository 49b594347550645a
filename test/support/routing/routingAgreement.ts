/**
 * Issue 4's acceptance run: generated configs and requests, answered by the real nginx in sandboxed
 * workers and by the explainer in this process, compared part by part. Shared by the test
 * (test/oracle/nginx-routing.test.ts) and the report script (scripts/agreement/nginx-routing.mjs).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { answerKind, BlockIndex, compareAnswers, observedAnswer, predictedAnswer, type Answer, type Part } from './compare';
import { ExplainerSide } from './explainerSide';
import { NginxRoutingOracle } from './nginxRouting';
import type { Exchange, RoutingRequest } from './rawHttp';
import { makeCase, removeCase, writeCase, type RoutingCase } from './routingCase';

export interface RoutingOptions {
  readonly seed: number;
  /** Compared cases wanted (configs nginx rejects do not count). */
  readonly cases: number;
  readonly requestsPerCase: number;
  readonly workers: number;
  /** Case indexes to run instead of 0.. (to replay single cases). */
  readonly only?: readonly number[];
}

export const DEFAULT_ROUTING_OPTIONS: RoutingOptions = { seed: 20261121, cases: 2000, requestsPerCase: 20, workers: 2 };

/** The acceptance run (test and report script alike): two fixed seeds, 1,000 cases each, 2,000 cases / 40,000 requests. */
export const ACCEPTANCE_SEEDS: readonly number[] = [20261121, 4242];
export const ACCEPTANCE_CASES_PER_SEED = 1000;

/** Several runs' figures as one (the seed is the first run's; lists are concatenated). */
export function combineReports(reports: readonly RoutingReport[]): RoutingReport {
  const sum = (pick: (r: RoutingReport) => number): number => reports.reduce((total, r) => total + pick(r), 0);
  const merge = (pick: (r: RoutingReport) => Readonly<Record<string, number>>): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const r of reports) for (const [k, n] of Object.entries(pick(r))) out[k] = (out[k] ?? 0) + n;
    return out;
  };
  return {
    seed: reports[0]?.seed ?? 0,
    seeds: reports.map((r) => r.seed),
    cases: sum((r) => r.cases),
    requests: sum((r) => r.requests),
    agreed: sum((r) => r.agreed),
    undetermined: sum((r) => r.undetermined),
    undeterminedByPart: merge((r) => r.undeterminedByPart),
    undeterminedSamples: reports.flatMap((r) => r.undeterminedSamples),
    answerKinds: merge((r) => r.answerKinds),
    disagreements: reports.flatMap((r) => r.disagreements),
    rejectedConfigs: sum((r) => r.rejectedConfigs),
    rejectionSamples: reports.flatMap((r) => r.rejectionSamples),
    brokenCases: reports.flatMap((r) => r.brokenCases),
    elapsedMs: sum((r) => r.elapsedMs),
  };
}

export interface Disagreement {
  readonly runSeed: number;
  readonly caseIndex: number;
  readonly requestIndex: number;
  readonly request: RoutingRequest;
  readonly differ: readonly Part[];
  readonly undetermined: readonly Part[];
  readonly nginx: Answer;
  readonly exchange: Exchange;
  readonly explainer: Answer | { readonly threw: string };
  /** The explanation's steps (Markdown), to see where it went another way. */
  readonly steps: readonly string[];
  /** A short grouping key: the parts that differ and the two statuses (or `undetermined <parts>`). */
  readonly signature: string;
}

export interface RoutingReport {
  readonly seed: number;
  /** Set when several runs were combined: every seed, in order. */
  readonly seeds?: readonly number[];
  readonly cases: number;
  readonly requests: number;
  readonly agreed: number;
  /** Requests where nothing differed but the explainer left a part nginx decided open. */
  readonly undetermined: number;
  readonly undeterminedByPart: Readonly<Record<string, number>>;
  /** How many of nginx's answers were of each kind (proxied, static file, redirect, return text, status 4xx, closed, …). */
  readonly answerKinds: Readonly<Record<string, number>>;
  /** The first few undetermined requests, described like disagreements. */
  readonly undeterminedSamples: readonly Disagreement[];
  /** Requests with at least one part differing (the explainer throwing counts). */
  readonly disagreements: readonly Disagreement[];
  readonly rejectedConfigs: number;
  readonly rejectionSamples: readonly string[];
  readonly brokenCases: readonly string[];
  readonly elapsedMs: number;
}

/** Called for each case with a disagreement, e.g. to keep a copy of it for a repro. */
export type DisagreementSink = (routingCase: RoutingCase, found: readonly Disagreement[]) => void;

export async function runRoutingAgreement(options: RoutingOptions, onDisagreement?: DisagreementSink): Promise<RoutingReport> {
  const began = Date.now();
  const explainer = await ExplainerSide.load();
  const oracle = await NginxRoutingOracle.start(options.workers);
  const scratch = fs.mkdtempSync(path.join(scratchParent(), 'switchyard-routing-'));
  const tally = new Tally(options.seed);
  const indexes = options.only ?? Array.from({ length: options.cases * 2 }, (_, i) => i);
  let next = 0;
  let compared = 0;
  const enough = (): boolean => (options.only ? next >= indexes.length : compared >= options.cases || next >= indexes.length);

  const lane = async (): Promise<void> => {
    while (!enough()) {
      const routingCase = makeCase(options.seed, indexes[next++], options.requestsPerCase, scratch);
      writeCase(routingCase);
      try {
        const result = await oracle.run({ id: routingCase.index, dir: routingCase.dir, requests: routingCase.requests });
        const run = result.run;
        if (run.kind === 'rejected') tally.rejected(run.messages.map((m) => m.text).join(' / '));
        else if (run.kind === 'broken') tally.broken(`case ${routingCase.index}: ${run.reason}`);
        else if (options.only || compared < options.cases) {
          compared++;
          const found = compareCase(explainer, routingCase, run.exchanges, tally);
          if (found.length > 0) onDisagreement?.(routingCase, found);
        }
      } finally {
        removeCase(routingCase);
      }
    }
  };
  try {
    // Two cases per worker in flight: one running in nginx while the other is being explained.
    await Promise.all(Array.from({ length: options.workers * 2 }, lane));
  } finally {
    oracle.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return tally.report(compared, Date.now() - began);
}

/** Cases write ~60 small files each: memory-backed /dev/shm makes that 20× faster than a disk /tmp. */
function scratchParent(): string {
  try {
    fs.accessSync('/dev/shm', fs.constants.W_OK);
    return '/dev/shm';
  } catch {
    return os.tmpdir();
  }
}

function compareCase(explainer: ExplainerSide, routingCase: RoutingCase, exchanges: readonly Exchange[], tally: Tally): Disagreement[] {
  const explain = explainer.prepare(routingCase.dir);
  const blocks = new BlockIndex(routingCase.config.blocks, routingCase.config.aliases);
  const found: Disagreement[] = [];
  routingCase.requests.forEach((request, requestIndex) => {
    const exchange = exchanges[requestIndex];
    if (exchange.kind === 'timeout') {
      // nginx did not answer in time even when asked twice: the harness's fault, reported as a broken case.
      tally.broken(`case ${routingCase.index} request ${requestIndex}: no answer from nginx within the time limit`);
      return;
    }
    const nginx = observedAnswer(exchange);
    tally.answered(answerKind(nginx));
    const outcome = explain(request);
    const base = { runSeed: tally.seed, caseIndex: routingCase.index, requestIndex, request, nginx, exchange };
    if (outcome.kind === 'threw') {
      const d: Disagreement = { ...base, differ: ['reached'], undetermined: [], explainer: { threw: outcome.error }, steps: [], signature: 'explainer threw' };
      tally.disagreed(d);
      found.push(d);
      return;
    }
    const predicted = predictedAnswer(outcome.explanation, blocks, routingCase.dir);
    const verdict = compareAnswers(nginx, predicted, request.method);
    if (verdict.differ.length === 0 && verdict.undetermined.length === 0) {
      tally.agreed();
      return;
    }
    const d: Disagreement = {
      ...base,
      differ: verdict.differ,
      undetermined: verdict.undetermined,
      explainer: predicted,
      steps: outcome.explanation.steps.map((s) => `[${s.kind}] ${s.message}${s.at ? ` (line ${s.at.line})` : ''}`),
      signature: verdict.differ.length > 0 ? signatureOf(verdict.differ, nginx, predicted) : `undetermined ${verdict.undetermined.join('+')}`,
    };
    // Undetermined requests are kept for repros too, but counted apart.
    if (verdict.differ.length > 0) tally.disagreed(d);
    else tally.undetermined(d);
    found.push(d);
  });
  return found;
}

function signatureOf(differ: readonly Part[], nginx: Answer, explainer: Answer): string {
  const status = (a: Answer): string => (a.reached === 'response' ? String(a.status ?? '?') : a.reached);
  return `${differ.join('+')} (nginx ${status(nginx)}, explainer ${status(explainer)})`;
}

class Tally {
  private requests = 0;
  private agreedCount = 0;
  private undeterminedCount = 0;
  private readonly byPart: Record<string, number> = {};
  private readonly found: Disagreement[] = [];
  private readonly undeterminedSamples: Disagreement[] = [];
  private readonly kinds: Record<string, number> = {};
  private rejectedCount = 0;
  private readonly rejections = new Set<string>();
  private readonly brokenCases: string[] = [];

  constructor(readonly seed: number) {}

  answered(kind: string): void {
    this.kinds[kind] = (this.kinds[kind] ?? 0) + 1;
  }

  agreed(): void {
    this.requests++;
    this.agreedCount++;
  }

  undetermined(d: Disagreement): void {
    this.requests++;
    this.undeterminedCount++;
    for (const p of d.undetermined) this.byPart[p] = (this.byPart[p] ?? 0) + 1;
    if (this.undeterminedSamples.length < 20) this.undeterminedSamples.push(d);
  }

  disagreed(d: Disagreement): void {
    this.requests++;
    this.found.push(d);
  }

  rejected(reason: string): void {
    this.rejectedCount++;
    if (this.rejections.size < 20) this.rejections.add(reason);
  }

  broken(reason: string): void {
    this.brokenCases.push(reason);
  }

  report(cases: number, elapsedMs: number): RoutingReport {
    return {
      seed: this.seed,
      cases,
      requests: this.requests,
      agreed: this.agreedCount,
      undetermined: this.undeterminedCount,
      undeterminedByPart: this.byPart,
      undeterminedSamples: this.undeterminedSamples,
      answerKinds: this.kinds,
      disagreements: this.found,
      rejectedConfigs: this.rejectedCount,
      rejectionSamples: [...this.rejections],
      brokenCases: this.brokenCases,
      elapsedMs,
    };
  }
}
