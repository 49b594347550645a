/**
 * Agreement with the real nginx (issue 3 §4): plants mistakes in configs nginx accepts, asks
 * `nginx -t` and Switchyard about each, and compares. Shared by the test
 * (test/oracle/nginx-agreement.test.ts) and the report script (scripts/agreement/nginx.mjs);
 * agreementReport.ts prints the figures.
 *
 * What counts:
 * - every config nginx rejects must get a Switchyard error at nginx's file and line, read through
 *   `acceptableLines` below;
 * - a config nginx accepts must get no Switchyard error at all: every base (fixture or corpus
 *   file) and every mutation nginx accepted (a harmless one).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { packs } from '../../server/src/core/dialects/registry';
import type { Finding } from '../../server/src/core/model/types';
import { loadFastestParsers, type ParserSet } from '../../server/src/core/parse/parserHost';
import { checkConfigs } from '../../server/src/core/workspace/loadConfigs';
import { fileSystemSource } from '../../server/src/node/fileSource';
import { corpusDir } from './corpus';
import { corpusBases, fixtureBases, SUBJECT, wrapperText, type AgreementBase } from './agreementBases';
import { hashString, MUTATION_KINDS, mutate, seededRandom, type Mutation, type MutationKind } from './mutations';
import { NginxOracle, nginxVersion, type NginxMessage, type NginxVerdict } from './nginxOracle';
import { linesOfReaderPosition } from './nginxTokens';

export interface AgreementOptions {
  readonly seed: number;
  /** nginx -t processes at once. */
  readonly concurrency: number;
  /** Mutations of each kind per fixture, and per corpus file. */
  readonly perKindFixture: number;
  readonly perKindCorpus: number;
  /** At most this many corpus mutations of one kind (a seeded sample). */
  readonly corpusCapPerKind: number;
  /** Stop starting cases after this long; the report says so. */
  readonly budgetMs: number;
  readonly useCorpus: boolean;
}

export const DEFAULT_OPTIONS: AgreementOptions = {
  seed: 20240603,
  concurrency: 2,
  perKindFixture: 4,
  perKindCorpus: 1,
  corpusCapPerKind: 60,
  budgetMs: 150_000,
  useCorpus: true,
};

export interface FindingSummary {
  readonly file: string;
  readonly severity: Finding['severity'];
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

export interface Miss {
  readonly base: string;
  readonly kind: MutationKind;
  readonly label: string;
  readonly nginx: NginxMessage;
  /** The lines (1-based) where a Switchyard error would have counted, in `file`. */
  readonly file: string;
  readonly lines: readonly number[];
  /** Every Switchyard error in the case (any file), and its other findings on the counted lines. */
  readonly switchyard: readonly FindingSummary[];
}

/** A config nginx accepts on which Switchyard reports errors. */
export interface FalsePositive {
  readonly base: string;
  /** Set when the config is a mutation nginx accepted. */
  readonly mutation?: string;
  readonly errors: readonly FindingSummary[];
}

export interface KindFigures {
  total: number;
  rejected: number;
  matched: number;
}

export interface AgreementReport {
  readonly nginxVersion: string;
  readonly engine: string;
  readonly seed: number;
  readonly durationMs: number;
  /** Cases not run because the time budget ran out. */
  readonly notRun: number;
  readonly fixtures: number;
  /** Whether the shared corpus was found (it is optional: the fixtures alone still run). */
  readonly corpusFound: boolean;
  readonly corpusCandidates: number;
  readonly corpusAccepted: number;
  /** Corpus files nginx rejects in this test's wrapper (left out): id → nginx's message. */
  readonly corpusLeftOut: readonly { readonly base: string; readonly message: string }[];
  readonly mutations: number;
  readonly rejected: number;
  readonly matched: number;
  readonly harmless: number;
  readonly byKind: Readonly<Record<MutationKind, KindFigures>>;
  readonly misses: readonly Miss[];
  /** Accepted configs with Switchyard errors: bases first, then harmless mutations. */
  readonly falsePositives: readonly FalsePositive[];
  /** nginx timed out or said nothing understandable. */
  readonly broken: readonly { readonly base: string; readonly label: string; readonly reason: string }[];
}

interface CaseResult {
  readonly verdict: NginxVerdict;
  /** Switchyard's findings, every severity. */
  readonly findings: readonly Finding[];
  readonly subjectPath: string;
  readonly texts: ReadonlyMap<string, string>;
}

/** Runs one config: writes the case folder, asks nginx and Switchyard, removes the folder. */
class CaseRunner {
  private next = 0;
  constructor(
    private readonly root: string,
    private readonly oracle: NginxOracle,
    private readonly parsers: ParserSet,
  ) {}

  async run(base: AgreementBase, text: string): Promise<CaseResult> {
    const dir = path.join(this.root, `case-${String(this.next++).padStart(5, '0')}`);
    fs.mkdirSync(dir, { recursive: true });
    const wrapperPath = path.join(dir, 'nginx.conf');
    const subjectPath = path.join(dir, SUBJECT);
    const wrapper = wrapperText(base);
    fs.writeFileSync(wrapperPath, wrapper);
    fs.writeFileSync(subjectPath, text);
    try {
      const verdict = await this.oracle.test(dir);
      const findings = this.switchyard(wrapperPath);
      return { verdict, findings, subjectPath, texts: new Map([[wrapperPath, wrapper], [subjectPath, text]]) };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  private switchyard(wrapperPath: string): readonly Finding[] {
    try {
      // The wrapper is what nginx reads with -c: its top level is the main context.
      return checkConfigs([wrapperPath], packs.nginx, this.parsers, fileSystemSource, { mainConfigs: [wrapperPath] }).findings;
    } catch (error) {
      const at = { line: 0, column: 0 };
      const message = `Switchyard threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`;
      return [{ file: wrapperPath, span: { startIndex: 0, endIndex: 0, start: at, end: at }, severity: 'error', code: 'harness/crash', message }];
    }
  }
}

function summary(f: Finding, root: string): FindingSummary {
  return { file: f.file.startsWith(root) ? path.basename(f.file) : f.file, severity: f.severity, line: f.span.start.line + 1, code: f.code, message: f.message };
}

/**
 * Where a Switchyard error counts as reporting nginx's error. nginx names the line its reader was
 * on when it noticed the mistake, which is not always the mistake's line; the mapping (in
 * nginxTokens.ts, `linesOfReaderPosition`) widens nginx's line only by what the reader did:
 * - nginx checks a directive when it reads its `;` or `{`, so an error is reported at the line of
 *   that token: the directive's earlier lines count too (a multi-line directive, or a directive
 *   whose `;` was removed and which ran on into the next one — "missing `;` reported where the
 *   next token is");
 * - errors found when a block ends are reported at its `}`: the block directive's line counts too;
 * - "unexpected end of file": the first line of every block still open at the end counts;
 * - no position at all (e.g. `unknown "x" variable`, found after parsing): the mutation's line, and
 *   for `unknown "x" variable` the subject's lines that use `$x` (a mutation elsewhere, such as
 *   removing the regex of `location ~ (?<x>…)`, leaves the variable undefined where it is used).
 */
export function acceptableLines(error: NginxMessage, result: Pick<CaseResult, 'subjectPath' | 'texts'>, mutationLine: number): { file: string; lines: Set<number> } {
  if (error.file === undefined || error.line === undefined) {
    const lines = new Set([mutationLine]);
    const unknown = /^unknown "(\w+)" variable$/.exec(error.text);
    const subject = unknown ? result.texts.get(result.subjectPath) : undefined;
    if (unknown && subject !== undefined) {
      const use = new RegExp(`\\$(?:${unknown[1]}(?!\\w)|\\{${unknown[1]}\\})`);
      subject.split('\n').forEach((line, i) => { if (use.test(line)) lines.add(i + 1); });
    }
    return { file: result.subjectPath, lines };
  }
  const text = result.texts.get(error.file);
  const lines = text === undefined ? new Set([error.line]) : linesOfReaderPosition(text, error.line, /unexpected end of file/.test(error.text));
  return { file: error.file, lines };
}

function onLines(f: Finding, file: string, lines: Set<number>): boolean {
  return f.file === file && (lines.has(f.span.start.line + 1) || lines.has(f.span.end.line + 1));
}

const isError = (f: Finding): boolean => f.severity === 'error';

/** Seeded sample of at most `cap` items, kept in their original order. */
function sample<T>(items: readonly T[], cap: number, seed: number): T[] {
  if (items.length <= cap) return [...items];
  const random = seededRandom(seed);
  const keyed = items.map((item, i) => ({ item, i, key: random() }));
  return keyed.sort((a, b) => a.key - b.key).slice(0, cap).sort((a, b) => a.i - b.i).map((k) => k.item);
}

/** Runs `work` over `items` with at most `limit` at once, stopping new work after `deadline`. */
async function pool<T>(items: readonly T[], limit: number, deadline: number, work: (item: T) => Promise<void>): Promise<number> {
  let at = 0;
  let skipped = 0;
  const worker = async (): Promise<void> => {
    while (at < items.length) {
      const item = items[at++];
      if (Date.now() > deadline) {
        skipped++;
        continue;
      }
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return skipped;
}

interface BaseOutcome {
  readonly accepted: AgreementBase[];
  readonly corpusLeftOut: { base: string; message: string }[];
  readonly falsePositives: FalsePositive[];
  readonly notRun: number;
}

/** Step 1: nginx must accept each base in our wrapper (a fixture it rejects is a broken test). */
async function checkBases(bases: readonly AgreementBase[], runner: CaseRunner, options: AgreementOptions, deadline: number, root: string): Promise<BaseOutcome> {
  const results = new Map<AgreementBase, CaseResult>();
  const notRun = await pool(bases, options.concurrency, deadline, async (base) => {
    results.set(base, await runner.run(base, base.text));
  });
  const outcome: BaseOutcome = { accepted: [], corpusLeftOut: [], falsePositives: [], notRun };
  for (const base of bases) {
    const result = results.get(base);
    if (!result) continue;
    const { verdict } = result;
    if (verdict.kind === 'accepted') {
      outcome.accepted.push(base);
      const errors = result.findings.filter(isError);
      if (errors.length) outcome.falsePositives.push({ base: base.id, errors: errors.map((f) => summary(f, root)) });
      continue;
    }
    const why = verdict.kind === 'rejected' ? `${verdict.error.text} (line ${verdict.error.line ?? '?'})` : verdict.reason;
    if (base.source === 'fixture') throw new Error(`fixture ${base.id} is not accepted by nginx: ${why}`);
    outcome.corpusLeftOut.push({ base: base.id, message: why });
  }
  return outcome;
}

interface Case {
  readonly base: AgreementBase;
  readonly mutation: Mutation;
}

/** Step 2: all of the fixtures' mutations, and a seeded sample per kind of the corpus files'. */
function planCases(accepted: readonly AgreementBase[], options: AgreementOptions): Case[] {
  const fixtureCases: Case[] = [];
  const corpusCases = new Map<MutationKind, Case[]>(MUTATION_KINDS.map((k) => [k, []]));
  for (const base of accepted) {
    const perKind = base.source === 'fixture' ? options.perKindFixture : options.perKindCorpus;
    for (const mutation of mutate(base.id, base.text, base.context, options.seed, perKind)) {
      if (base.source === 'fixture') fixtureCases.push({ base, mutation });
      else corpusCases.get(mutation.kind)!.push({ base, mutation });
    }
  }
  const sampled = MUTATION_KINDS.flatMap((k) => sample(corpusCases.get(k)!, options.corpusCapPerKind, hashString(`${options.seed}:sample:${k}`)));
  return [...fixtureCases, ...sampled];
}

type Judgement =
  | { readonly kind: 'broken'; readonly reason: string }
  | { readonly kind: 'harmless'; readonly falsePositive?: FalsePositive }
  | { readonly kind: 'matched' }
  | { readonly kind: 'missed'; readonly miss: Miss };

/** Step 3: one mutation's verdicts side by side. */
function judge(c: Case, result: CaseResult, root: string): Judgement {
  const { verdict } = result;
  if (verdict.kind === 'broken') return { kind: 'broken', reason: verdict.reason };
  if (verdict.kind === 'accepted') {
    const errors = result.findings.filter(isError);
    return { kind: 'harmless', falsePositive: errors.length ? { base: c.base.id, mutation: c.mutation.label, errors: errors.map((f) => summary(f, root)) } : undefined };
  }
  const where = acceptableLines(verdict.error, result, c.mutation.line);
  if (result.findings.some((f) => isError(f) && onLines(f, where.file, where.lines))) return { kind: 'matched' };
  return {
    kind: 'missed',
    miss: {
      base: c.base.id,
      kind: c.mutation.kind,
      label: c.mutation.label,
      nginx: { ...verdict.error, file: verdict.error.file && path.basename(verdict.error.file) },
      file: path.basename(where.file),
      lines: [...where.lines].sort((a, b) => a - b),
      switchyard: result.findings.filter((f) => isError(f) || onLines(f, where.file, where.lines)).map((f) => summary(f, root)),
    },
  };
}

export async function runAgreement(options: AgreementOptions = DEFAULT_OPTIONS): Promise<AgreementReport> {
  const started = Date.now();
  const deadline = started + options.budgetMs;
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'switchyard-agreement-')));
  const oracle = new NginxOracle(options.concurrency);
  const parsers = await loadFastestParsers();
  const runner = new CaseRunner(root, oracle, parsers);
  try {
    const fixtures = fixtureBases();
    const candidates = options.useCorpus ? corpusBases() : [];
    const bases = await checkBases([...fixtures, ...candidates], runner, options, deadline, root);
    const cases = planCases(bases.accepted, options);
    const results = new Map<Case, CaseResult>();
    const notRun = await pool(cases, options.concurrency, deadline, async (c) => {
      results.set(c, await runner.run(c.base, c.mutation.text));
    });

    const byKind = Object.fromEntries(MUTATION_KINDS.map((k) => [k, { total: 0, rejected: 0, matched: 0 }])) as Record<MutationKind, KindFigures>;
    const misses: Miss[] = [];
    const falsePositives = [...bases.falsePositives];
    const broken: { base: string; label: string; reason: string }[] = [];
    let harmless = 0;
    for (const c of cases) {
      const result = results.get(c);
      if (!result) continue;
      const judgement = judge(c, result, root);
      const figures = byKind[c.mutation.kind];
      if (judgement.kind === 'broken') {
        broken.push({ base: c.base.id, label: c.mutation.label, reason: judgement.reason });
        continue;
      }
      figures.total++;
      if (judgement.kind === 'harmless') {
        harmless++;
        if (judgement.falsePositive) falsePositives.push(judgement.falsePositive);
        continue;
      }
      figures.rejected++;
      if (judgement.kind === 'matched') figures.matched++;
      else misses.push(judgement.miss);
    }
    const sum = (key: keyof KindFigures): number => MUTATION_KINDS.reduce((n, k) => n + byKind[k][key], 0);

    return {
      nginxVersion: nginxVersion(),
      engine: parsers.engine,
      seed: options.seed,
      durationMs: Date.now() - started,
      notRun: bases.notRun + notRun,
      fixtures: fixtures.length,
      corpusFound: options.useCorpus && corpusDir() !== undefined,
      corpusCandidates: candidates.length,
      corpusAccepted: bases.accepted.filter((b) => b.source === 'corpus').length,
      corpusLeftOut: bases.corpusLeftOut,
      mutations: sum('total'),
      rejected: sum('rejected'),
      matched: sum('matched'),
      harmless,
      byKind,
      misses,
      falsePositives,
      broken,
    };
  } finally {
    oracle.stopAll();
    fs.rmSync(root, { recursive: true, force: true });
  }
}
