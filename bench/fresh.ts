/**
 * Parse+model figures in fresh processes (what a CLI run pays: cold JIT, a young heap):
 *   node out/bench/fresh.js [native|wasm] [nginx|caddy] [lines] [processes] [node flags…]
 * Runs bench/split.ts that many times and prints the medians of its cold (first) and warm figures.
 * Node flags (e.g. --min-semi-space-size=16) are passed to the child processes.
 */
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';

interface Split {
  first: { parse: number; model: number; total: number };
  warm?: { parse: number; model: number; total: number };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function freshRuns(engine: string, dialect: string, lines: number, processes: number, warmRuns = 3, nodeFlags: readonly string[] = []): Split[] {
  const script = path.join(__dirname, 'split.js');
  const runs: Split[] = [];
  for (let i = 0; i < processes; i++) {
    const out = execFileSync(process.execPath, [...nodeFlags, script, engine, dialect, String(lines), String(warmRuns)], { encoding: 'utf8' });
    runs.push(JSON.parse(out.trim().split('\n').pop() ?? '{}') as Split);
  }
  return runs;
}

export function summarize(runs: Split[]): { first: Split['first']; warm?: Split['first'] } {
  const pick = (get: (s: Split) => Split['first'] | undefined): Split['first'] | undefined => {
    const values = runs.map(get).filter((v): v is Split['first'] => v !== undefined);
    if (!values.length) return undefined;
    return { parse: median(values.map((v) => v.parse)), model: median(values.map((v) => v.model)), total: median(values.map((v) => v.total)) };
  };
  return { first: pick((s) => s.first)!, warm: pick((s) => s.warm) };
}

function main(): void {
  const [engine = 'native', dialect = 'nginx', lines = '100000', processes = '7', ...nodeFlags] = process.argv.slice(2);
  const load = os.loadavg()[0].toFixed(2);
  const { first, warm } = summarize(freshRuns(engine, dialect, Number(lines), Number(processes), 3, nodeFlags));
  const show = (t: Split['first']): string => `parse ${t.parse.toFixed(0)} + model ${t.model.toFixed(0)} = ${t.total.toFixed(0)} ms`;
  console.log(`${engine} ${dialect} ${lines} lines, ${processes} fresh processes${nodeFlags.length ? ` (${nodeFlags.join(' ')})` : ''} (load ${load}), medians:`);
  console.log(`  cold (first in process): ${show(first)}`);
  if (warm) console.log(`  warm (same process):     ${show(warm)}`);
}

if (require.main === module) main();
