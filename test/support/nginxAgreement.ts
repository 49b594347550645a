/**
 * Agreement with the real nginx (issue 3 §4): plants mistakes in configs nginx accepts, asks
 * `nginx -t` and Switchyard about each, and compares. Shared by the test
 * (test/oracle/nginx-agreement.test.ts) and the report script (scripts/agreement/nginx.mjs).
 *
 * What counts:
 * - every config nginx rejects must get a Switchyard error at nginx's file and line, read through
 *   `acceptableLines` below;
 * - a config nginx accepts (every base: fixture or corpus file) must get no Switchyard error at all.
 *   Errors on mutations nginx accepted are listed too, but only as a figure.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { packs } from '../../server/src/core/dialects/registry';
import type { Finding } from '../../server/src/core/model/types';
import { loadFastestParsers, type ParserSet } from '../../server/src/core/parse/parserHost';
import { checkConfigs } from '../../server/src/core/workspace/loadConfigs';
import { fileSystemSource } from '../../server/src/node/fileSource';
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

export interface FalsePositive {
  readonly base: string;
  /** Set for an error on a mutation nginx accepted. */
  readonly mutation?: string;
  readonly finding: FindingSummary;
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
  readonly falsePositives: readonly FalsePositive[];
  readonly errorsOnHarmless: readonly FalsePositive[];
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
      return checkConfigs([wrapperPath], packs.nginx, this.parsers, fileSystemSource).findings;
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
 * - no position at all (e.g. `unknown "x" variable`, found after parsing): the mutation's line.
 */
export function acceptableLines(error: NginxMessage, result: Pick<CaseResult, 'subjectPath' | 'texts'>, mutationLine: number): { file: string; lines: Set<number> } {
  if (error.file === undefined || error.line === undefined) return { file: result.subjectPath, lines: new Set([mutationLine]) };
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

export async function runAgreement(options: AgreementOptions = DEFAULT_OPTIONS): Promise<AgreementReport> {
  const started = Date.now();
  const deadline = started + options.budgetMs;
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'switchyard-agreement-')));
  const oracle = new NginxOracle(options.concurrency);
  const parsers = await loadFastestParsers();
  const runner = new CaseRunner(root, oracle, parsers);
  try {
    // 1. Bases: nginx must accept them in our wrapper, and Switchyard must report no error.
    const fixtures = fixtureBases();
    const candidates = options.useCorpus ? corpusBases() : [];
    const accepted: AgreementBase[] = [];
    const corpusLeftOut: { base: string; message: string }[] = [];
    const falsePositives: FalsePositive[] = [];
    const broken: { base: string; label: string; reason: string }[] = [];
    const baseResults = new Map<AgreementBase, CaseResult>();
    let notRun = await pool([...fixtures, ...candidates], options.concurrency, deadline, async (base) => {
      baseResults.set(base, await runner.run(base, base.text));
    });
    for (const base of [...fixtures, ...candidates]) {
      const result = baseResults.get(base);
      if (!result) continue;
      if (result.verdict.kind === 'accepted') {
        accepted.push(base);
        for (const f of result.findings.filter(isError)) falsePositives.push({ base: base.id, finding: summary(f, root) });
      } else if (base.source === 'fixture') {
        const why = result.verdict.kind === 'rejected' ? `${result.verdict.error.text} (line ${result.verdict.error.line})` : result.verdict.reason;
        throw new Error(`fixture ${base.id} is not accepted by nginx: ${why}`);
      } else {
        corpusLeftOut.push({ base: base.id, message: result.verdict.kind === 'rejected' ? result.verdict.error.text : result.verdict.reason });
      }
    }

    // 2. Mutations: all of the fixtures', a seeded sample per kind of the corpus files'.
    type Case = { base: AgreementBase; mutation: Mutation };
    const fixtureCases: Case[] = [];
    const corpusCases = new Map<MutationKind, Case[]>(MUTATION_KINDS.map((k) => [k, []]));
    for (const base of accepted) {
      const perKind = base.source === 'fixture' ? options.perKindFixture : options.perKindCorpus;
      for (const mutation of mutate(base.id, base.text, base.context, options.seed, perKind)) {
        if (base.source === 'fixture') fixtureCases.push({ base, mutation });
        else corpusCases.get(mutation.kind)!.push({ base, mutation });
      }
    }
    const cases = [
      ...fixtureCases,
      ...MUTATION_KINDS.flatMap((k) => sample(corpusCases.get(k)!, options.corpusCapPerKind, hashString(`${options.seed}:sample:${k}`))),
    ];

    // 3. Compare.
    const byKind = Object.fromEntries(MUTATION_KINDS.map((k) => [k, { total: 0, rejected: 0, matched: 0 }])) as Record<MutationKind, KindFigures>;
    const outcomes = new Map<Case, CaseResult>();
    notRun += await pool(cases, options.concurrency, deadline, async (c) => {
      outcomes.set(c, await runner.run(c.base, c.mutation.text));
    });
    const misses: Miss[] = [];
    const errorsOnHarmless: FalsePositive[] = [];
    let mutations = 0;
    let rejected = 0;
    let matched = 0;
    let harmless = 0;
    for (const c of cases) {
      const result = outcomes.get(c);
      if (!result) continue;
      const { verdict } = result;
      const figures = byKind[c.mutation.kind];
      if (verdict.kind === 'broken') {
        broken.push({ base: c.base.id, label: c.mutation.label, reason: verdict.reason });
        continue;
      }
      mutations++;
      figures.total++;
      if (verdict.kind === 'accepted') {
        harmless++;
        for (const f of result.findings.filter(isError)) errorsOnHarmless.push({ base: c.base.id, mutation: c.mutation.label, finding: summary(f, root) });
        continue;
      }
      rejected++;
      figures.rejected++;
      const where = acceptableLines(verdict.error, result, c.mutation.line);
      if (result.findings.some((f) => isError(f) && onLines(f, where.file, where.lines))) {
        matched++;
        figures.matched++;
      } else {
        misses.push({
          base: c.base.id,
          kind: c.mutation.kind,
          label: c.mutation.label,
          nginx: { ...verdict.error, file: verdict.error.file && path.basename(verdict.error.file) },
          file: path.basename(where.file),
          lines: [...where.lines].sort((a, b) => a - b),
          switchyard: result.findings.filter((f) => isError(f) || onLines(f, where.file, where.lines)).map((f) => summary(f, root)),
        });
      }
    }

    return {
      nginxVersion: nginxVersion(),
      engine: parsers.engine,
      seed: options.seed,
      durationMs: Date.now() - started,
      notRun,
      fixtures: fixtures.length,
      corpusCandidates: candidates.length,
      corpusAccepted: accepted.filter((b) => b.source === 'corpus').length,
      corpusLeftOut,
      mutations,
      rejected,
      matched,
      harmless,
      byKind,
      misses,
      falsePositives,
      errorsOnHarmless,
      broken,
    };
  } finally {
    oracle.stopAll();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

export function matchRate(report: AgreementReport): number {
  return report.rejected === 0 ? 0 : report.matched / report.rejected;
}

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;
const where = (f: FindingSummary): string => `${f.file}:${f.line} ${f.severity === 'error' ? '' : `(${f.severity}) `}${f.code} ${f.message}`;

/** The figures line, then details; `limit` caps each list. */
export function formatReport(report: AgreementReport, limit = Infinity): string {
  const out: string[] = [];
  out.push(
    `nginx agreement: ${report.mutations} mutations, nginx rejected ${report.rejected}, Switchyard matched ${report.matched} (${pct(matchRate(report))}), ` +
      `misses: ${report.misses.length}; false positives on accepted configs: ${report.falsePositives.length}`,
  );
  out.push(
    `  nginx ${report.nginxVersion}, seed ${report.seed}, ${report.engine} parsers, ${(report.durationMs / 1000).toFixed(1)} s; bases: ${report.fixtures} fixtures + ` +
      `${report.corpusAccepted} corpus files (${report.corpusCandidates} candidates, ${report.corpusLeftOut.length} rejected by nginx in this wrapper and left out)`,
  );
  out.push(`  harmless mutations (nginx accepted, skipped): ${report.harmless}; Switchyard errors on them: ${report.errorsOnHarmless.length}`);
  if (report.notRun) out.push(`  time budget ran out: ${report.notRun} cases not run`);
  if (report.broken.length) out.push(`  nginx broken (timeout / no verdict): ${report.broken.length}`);
  out.push('  by kind (rejected by nginx / matched by Switchyard, of mutations run):');
  for (const kind of MUTATION_KINDS) {
    const k = report.byKind[kind];
    out.push(`    ${kind.padEnd(34)} ${String(k.matched).padStart(4)}/${String(k.rejected).padEnd(4)} of ${k.total}`);
  }
  if (report.misses.length) {
    // nginx's messages with the names taken out: which checks the misses call for.
    const groups = new Map<string, number>();
    for (const m of report.misses) {
      const shape = m.nginx.text.replace(/"[^"]*"/g, '"…"').replace(/ for \S+$/, ' for …');
      groups.set(shape, (groups.get(shape) ?? 0) + 1);
    }
    out.push('  misses by nginx message:');
    for (const [shape, n] of [...groups].sort((x, y) => y[1] - x[1]).slice(0, 12)) out.push(`    ${String(n).padStart(4)}  ${shape}`);
  }
  const list = <T>(title: string, items: readonly T[], show: (item: T) => string[]): void => {
    if (!items.length) return;
    out.push(`${title} (${items.length}):`);
    for (const item of items.slice(0, limit)) out.push(...show(item));
    if (items.length > limit) out.push(`  … ${items.length - limit} more`);
  };
  list('misses', report.misses, (m) => [
    `  - [${m.kind}] ${m.base}: ${m.label}`,
    `    nginx: ${m.nginx.text}${m.nginx.file ? ` in ${m.nginx.file}:${m.nginx.line}` : ' (no position)'}; counted lines ${m.file}:${m.lines.join(',')}`,
    `    Switchyard: ${m.switchyard.length ? m.switchyard.map(where).join(' | ') : 'nothing'}`,
  ]);
  list('false positives on configs nginx accepts', report.falsePositives, (f) => [`  - ${f.base}: ${where(f.finding)}`]);
  list('Switchyard errors on mutations nginx accepted (not counted against agreement)', report.errorsOnHarmless, (f) => [`  - ${f.base}: ${f.mutation}: ${where(f.finding)}`]);
  list('nginx gave no verdict', report.broken, (b) => [`  - ${b.base}: ${b.label}: ${b.reason}`]);
  return out.join('\n');
}
