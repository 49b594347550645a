/**
 * `npm run bench`: prints parse+model throughput, incremental reparse latency, robustness
 * timings and peak RSS, each against its budget. Figures are medians of repeated runs.
 */
import { performance } from 'node:perf_hooks';
import { loadNativeParsers, loadWasmParsers, type ParserSet } from '../server/src/core/parse/parserHost';
import { ParsedDocument, modelFromTree } from '../server/src/core/document';
import { packs } from '../server/src/core/dialects/registry';
import type { Dialect } from '../server/src/core/model/types';
import { generateCaddyfile, generateNginxConfig } from './generate';
import { corpusFiles } from '../test/support/corpus';

const results: { name: string; value: string; budget?: string; ok?: boolean }[] = [];

function report(name: string, value: string, budget?: string, ok?: boolean): void {
  results.push({ name, value, budget, ok });
  const verdict = ok === undefined ? '' : ok ? '  ✓' : '  ✗ OVER BUDGET';
  console.log(`${name.padEnd(58)} ${value.padStart(14)}${budget ? `   (budget ${budget})` : ''}${verdict}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function parseAndModel(parsers: ParserSet, dialect: Dialect, text: string): number {
  const start = performance.now();
  const tree = parsers.forDialect(dialect).parse(text);
  modelFromTree(tree, text, '/bench', packs[dialect]);
  const elapsed = performance.now() - start;
  tree.delete?.();
  return elapsed;
}

function timeRepeated(runs: number, fn: () => number): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(fn());
  return median(times);
}

async function main(): Promise<void> {
  const engines: ParserSet[] = [await loadWasmParsers()];
  const native = loadNativeParsers();
  if (native) engines.push(native);
  else console.log('(native tree-sitter binding not built: native figures skipped)');

  // 1. Corpus throughput.
  const corpus = corpusFiles();
  if (corpus.length) {
    for (const engine of engines) {
      for (const dialect of ['nginx', 'caddy'] as Dialect[]) {
        const files = corpus.filter((f) => f.dialect === dialect).map((f) => f.text);
        const bytes = files.reduce((n, t) => n + Buffer.byteLength(t), 0);
        const ms = timeRepeated(5, () => files.reduce((sum, t) => sum + parseAndModel(engine, dialect, t), 0));
        report(`corpus ${dialect} parse+model (${engine.engine}, ${files.length} files)`, `${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(1)} MB/s`);
      }
    }
  } else console.log('(shared corpus not found: corpus throughput skipped)');

  // 2. 100k-line generated config.
  const big = generateNginxConfig(100_000);
  const bigMb = Buffer.byteLength(big) / 1024 / 1024;
  for (const engine of engines) {
    const ms = timeRepeated(5, () => parseAndModel(engine, 'nginx', big));
    report(`100k-line nginx parse+model (${engine.engine}, ${bigMb.toFixed(1)} MB)`, `${ms.toFixed(0)} ms`, '≤ 300 ms', ms <= 300);
    report(`  throughput (${engine.engine})`, `${(bigMb / (ms / 1000)).toFixed(1)} MB/s`);
  }
  const bigCaddy = generateCaddyfile(100_000);
  for (const engine of engines) {
    const ms = timeRepeated(5, () => parseAndModel(engine, 'caddy', bigCaddy));
    report(`100k-line Caddyfile parse+model (${engine.engine})`, `${ms.toFixed(0)} ms`);
  }

  // 3. Incremental reparse of a one-character edit in a 10k-line file (what the server does).
  const wasm = engines[0];
  const tenK = generateNginxConfig(10_000);
  const doc = new ParsedDocument('/bench.conf', packs.nginx, wasm.forDialect('nginx'), tenK);
  void doc.model;
  const reparse: number[] = [];
  const withModel: number[] = [];
  for (let i = 0; i < 200; i++) {
    const line = 100 + ((i * 37) % 9000);
    const insert = i % 2 === 0;
    const point = { line, column: 4 };
    let start = performance.now();
    doc.applyChanges([{ start: point, end: insert ? point : { line, column: 5 }, text: insert ? 'x' : '' }]);
    reparse.push(performance.now() - start);
    start = performance.now();
    void doc.model;
    withModel.push(performance.now() - start + reparse[reparse.length - 1]);
  }
  report('10k-line file, one-character edit: reparse p50 (wasm)', `${median(reparse).toFixed(2)} ms`);
  report('10k-line file, one-character edit: reparse p95 (wasm)', `${percentile(reparse, 95).toFixed(2)} ms`, '≤ 5 ms', percentile(reparse, 95) <= 5);
  report('10k-line file, one-character edit: reparse+model p95 (wasm)', `${percentile(withModel, 95).toFixed(2)} ms`);

  // 4. Robustness: each must finish (≤ 2 s) without crashing.
  const hostile: [string, Dialect, string][] = [
    ['10 MB nginx file', 'nginx', generateNginxConfig(400_000).slice(0, 10 * 1024 * 1024)],
    ['10,000 nested blocks', 'nginx', 'a {'.repeat(10_000) + '}'.repeat(10_000)],
    ['1 MB single line', 'nginx', 'http { ' + 'add_header X-A b; '.repeat(58_000) + '}'],
    ['1 MB random bytes (nginx)', 'nginx', randomText(1024 * 1024)],
    ['1 MB random bytes (caddy)', 'caddy', randomText(1024 * 1024)],
  ];
  for (const [name, dialect, text] of hostile) {
    const ms = parseAndModel(wasm, dialect, text);
    report(`robustness: ${name} (wasm)`, `${ms.toFixed(0)} ms`, '≤ 2000 ms', ms <= 2000);
  }

  report('peak RSS', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  const over = results.filter((r) => r.ok === false);
  console.log(over.length ? `\n${over.length} figure(s) over budget` : '\nall budgets met');
  process.exitCode = over.length ? 1 : 0;
}

function randomText(length: number): string {
  let seed = 42;
  let text = '';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    text += String.fromCharCode(seed % 256);
  }
  return text;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
