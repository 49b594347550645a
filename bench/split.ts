/**
 * Parse vs model split for one large generated file, in this process:
 *   node out/bench/split.js [native|wasm] [nginx|caddy] [lines] [runs]
 * Prints one JSON line: the first (cold, as in a fresh CLI process) parse and model times, then
 * the medians of the following warm runs. `bench/fresh.ts` runs this in several fresh processes.
 * `modelGc` is the part of the model time spent in garbage-collection pauses (most of the model's
 * objects survive, and the young generation copies each survivor twice).
 */
import { performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { loadNativeParsers, loadWasmParsers, type ParserSet } from '../server/src/core/parse/parserHost';
import { modelFromTree } from '../server/src/core/document';
import { packs } from '../server/src/core/dialects/registry';
import type { Dialect } from '../server/src/core/model/types';
import { generateCaddyfile, generateNginxConfig } from './generate';

interface Timing {
  parse: number;
  model: number;
  /** When the model was read, to find the GC pauses inside it. */
  modelStart: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeOnce(parsers: ParserSet, dialect: Dialect, text: string): Timing {
  const t0 = performance.now();
  const tree = parsers.forDialect(dialect).parse(text);
  const t1 = performance.now();
  modelFromTree(tree, text, '/bench', packs[dialect]);
  const t2 = performance.now();
  tree.delete?.();
  return { parse: t1 - t0, model: t2 - t1, modelStart: t1 };
}

/** Milliseconds of GC pauses that started while the model of `timing` was read. */
function gcDuring(timing: Timing, pauses: readonly PerformanceEntry[]): number {
  const end = timing.modelStart + timing.model;
  return pauses.filter((p) => p.startTime >= timing.modelStart && p.startTime < end).reduce((sum, p) => sum + p.duration, 0);
}

async function main(): Promise<void> {
  const [engine = 'native', dialect = 'nginx', linesArg = '100000', runsArg = '5'] = process.argv.slice(2);
  const parsers = engine === 'wasm' ? await loadWasmParsers() : loadNativeParsers();
  if (!parsers) throw new Error('native bindings not built');
  const lines = Number(linesArg);
  const text = dialect === 'caddy' ? generateCaddyfile(lines) : generateNginxConfig(lines);
  const pauses: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const first = timeOnce(parsers, dialect as Dialect, text);
  const warm: Timing[] = [];
  for (let i = 0; i < Number(runsArg); i++) warm.push(timeOnce(parsers, dialect as Dialect, text));
  // GC entries reach observers asynchronously (through an immediate, then a buffer flush).
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setTimeout(resolve, 10));
  pauses.push(...observer.takeRecords());
  observer.disconnect();
  const round = (n: number): number => Math.round(n * 10) / 10;
  console.log(
    JSON.stringify({
      engine,
      dialect,
      lines,
      first: { parse: round(first.parse), model: round(first.model), total: round(first.parse + first.model), modelGc: round(gcDuring(first, pauses)) },
      warm: warm.length
        ? {
            parse: round(median(warm.map((w) => w.parse))),
            model: round(median(warm.map((w) => w.model))),
            total: round(median(warm.map((w) => w.parse + w.model))),
            modelGc: round(median(warm.map((w) => gcDuring(w, pauses)))),
          }
        : undefined,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
