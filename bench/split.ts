/**
 * Parse vs model split for one large generated file, in this process:
 *   node out/bench/split.js [native|wasm] [nginx|caddy] [lines] [runs]
 * Prints one JSON line: the first (cold, as in a fresh CLI process) parse and model times, then
 * the medians of the following warm runs. `bench/fresh.ts` runs this in several fresh processes.
 */
import { performance } from 'node:perf_hooks';
import { loadNativeParsers, loadWasmParsers, type ParserSet } from '../server/src/core/parse/parserHost';
import { modelFromTree } from '../server/src/core/document';
import { packs } from '../server/src/core/dialects/registry';
import type { Dialect } from '../server/src/core/model/types';
import { generateCaddyfile, generateNginxConfig } from './generate';

interface Timing {
  parse: number;
  model: number;
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
  return { parse: t1 - t0, model: t2 - t1 };
}

async function main(): Promise<void> {
  const [engine = 'native', dialect = 'nginx', linesArg = '100000', runsArg = '5'] = process.argv.slice(2);
  const parsers = engine === 'wasm' ? await loadWasmParsers() : loadNativeParsers();
  if (!parsers) throw new Error('native bindings not built');
  const lines = Number(linesArg);
  const text = dialect === 'caddy' ? generateCaddyfile(lines) : generateNginxConfig(lines);
  const first = timeOnce(parsers, dialect as Dialect, text);
  const warm: Timing[] = [];
  for (let i = 0; i < Number(runsArg); i++) warm.push(timeOnce(parsers, dialect as Dialect, text));
  const round = (n: number): number => Math.round(n * 10) / 10;
  console.log(
    JSON.stringify({
      engine,
      dialect,
      lines,
      first: { parse: round(first.parse), model: round(first.model), total: round(first.parse + first.model) },
      warm: warm.length
        ? {
            parse: round(median(warm.map((w) => w.parse))),
            model: round(median(warm.map((w) => w.model))),
            total: round(median(warm.map((w) => w.parse + w.model))),
          }
        : undefined,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
