/**
 * Parse+model figures in fresh processes (what a CLI run pays: cold JIT, a young heap):
 *   node out/bench/fresh.js [native|wasm] [nginx|caddy] [lines] [processes] [node flags…]
 * Runs bench/split.ts that many times and prints the medians of its cold (first) and warm figures,
 * the GC pauses inside the model time, and the range of the cold totals (fresh-process figures
 * move with the machine's load: other processes take the cores the GC and the JIT compiler use).
 * Node flags (e.g. --min-semi-space-size=16) are passed to the child processes.
 */
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';

interface Figures {
  parse: number;
  model: number;
  total: number;
  /** GC pauses inside the model time (absent from older split.js output). */
  modelGc?: number;
}

interface Split {
  first: Figures;
  warm?: Figures;
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

export function summarize(runs: Split[]): { first: Figures; warm?: Figures } {
  const pick = (get: (s: Split) => Figures | undefined): Figures | undefined => {
    const values = runs.map(get).filter((v): v is Figures => v !== undefined);
    if (!values.length) return undefined;
    const gc = values.map((v) => v.modelGc).filter((g): g is number => g !== undefined);
    return {
      parse: median(values.map((v) => v.parse)),
      model: median(values.map((v) => v.model)),
      total: median(values.map((v) => v.total)),
      modelGc: gc.length ? median(gc) : undefined,
    };
  };
  return { first: pick((s) => s.first)!, warm: pick((s) => s.warm) };
}

function main(): void {
  const [engine = 'native', dialect = 'nginx', lines = '100000', processes = '7', ...nodeFlags] = process.argv.slice(2);
  const load = os.loadavg()[0].toFixed(2);
  const runs = freshRuns(engine, dialect, Number(lines), Number(processes), 3, nodeFlags);
  const { first, warm } = summarize(runs);
  const show = (t: Figures): string =>
    `parse ${t.parse.toFixed(0)} + model ${t.model.toFixed(0)} = ${t.total.toFixed(0)} ms` + (t.modelGc === undefined ? '' : ` (GC pauses in the model: ${t.modelGc.toFixed(0)} ms)`);
  const totals = runs.map((r) => r.first.total);
  console.log(`${engine} ${dialect} ${lines} lines, ${processes} fresh processes${nodeFlags.length ? ` (${nodeFlags.join(' ')})` : ''} (load ${load}), medians:`);
  console.log(`  cold (first in process): ${show(first)}; totals ${Math.min(...totals).toFixed(0)}–${Math.max(...totals).toFixed(0)} ms`);
  if (warm) console.log(`  warm (same process):     ${show(warm)}`);
}

if (require.main === module) main();
