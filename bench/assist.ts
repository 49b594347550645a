/**
 * Completion, hover and signature-help latencies over stdio against the built server, per kind
 * of position, on a 10k-line file included from a main config (the shape `bench/lsp.ts` uses):
 * p50/p95 of 100 requests spread over the file, plus the first request after each edit.
 *
 *   npm run build && node out/bench/assist.js
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { LspSession } from '../test/support/lspClient';
import { generateNginxConfig } from './generate';

export type Report = (name: string, value: string, budget?: string, ok?: boolean) => void;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Probe {
  readonly label: string;
  readonly method: string;
  /** The line pattern the probe looks for and the column within it. */
  readonly line: string;
  readonly column: number;
}

const PROBES: readonly Probe[] = [
  { label: 'completion, directive name, nothing typed', method: 'completion', line: 'proxy_set_header Host', column: 12 },
  { label: 'completion, directive name, 2 letters typed', method: 'completion', line: 'proxy_set_header Host', column: 14 },
  { label: 'completion, argument value', method: 'completion', line: 'proxy_set_header Host', column: 29 },
  { label: 'completion, $variable', method: 'completion', line: 'proxy_set_header Host', column: 35 },
  { label: 'completion, upstream after http://', method: 'completion', line: 'proxy_pass http://', column: 30 },
  { label: 'hover, directive', method: 'hover', line: 'proxy_set_header Host', column: 14 },
  { label: 'hover, variable', method: 'hover', line: 'proxy_set_header Host', column: 36 },
  { label: 'hover, upstream in proxy_pass', method: 'hover', line: 'proxy_pass http://', column: 33 },
  { label: 'signature help', method: 'signatureHelp', line: 'proxy_set_header Host', column: 29 },
];

export async function runAssistBench(report: Report): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'switchyard-assist-'));
  const session = new LspSession();
  try {
    fs.mkdirSync(path.join(folder, 'conf.d'));
    fs.writeFileSync(path.join(folder, 'nginx.conf'), 'events {}\nhttp {\n    include conf.d/*.conf;\n}\n');
    const text = generateNginxConfig(10_000).split('\n').slice(4, -2).join('\n') + '\n';
    const file = path.join(folder, 'conf.d', 'edited.conf');
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    await session.initialize(folder);
    const opened = session.nextDiagnostics(uri, 30_000);
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nginx', version: 1, text } });
    await opened;
    const lines = text.split('\n');
    const linesWith = (pattern: string): number[] => lines.flatMap((l, i) => (l.includes(pattern) ? [i] : []));
    const request = (method: string, line: number, character: number): Promise<unknown> =>
      session.connection.sendRequest(`textDocument/${method}`, { textDocument: { uri }, position: { line, character } });

    for (const probe of PROBES) {
      const targets = linesWith(probe.line);
      const samples: number[] = [];
      for (let i = 0; i < 100; i++) {
        const start = performance.now();
        await request(probe.method, targets[(i * 37) % targets.length], probe.column);
        samples.push(performance.now() - start);
      }
      const p95 = percentile(samples, 95);
      report(`${probe.label} p50 / p95`, `${percentile(samples, 50).toFixed(2)} / ${p95.toFixed(2)} ms`, '≤ 5 ms', p95 <= 5);
    }

    // The first completion after an edit: the document's model and its view are new.
    const targets = linesWith('proxy_set_header Host');
    const afterEdit: number[] = [];
    for (let i = 0; i < 40; i++) {
      const line = targets[(i * 53) % targets.length];
      const published = session.nextDiagnostics(uri, 10_000);
      await session.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: i + 2 },
        contentChanges: [{ range: { start: { line, character: 12 }, end: { line, character: i % 2 ? 13 : 12 } }, text: i % 2 ? '' : 'x' }],
      });
      await published;
      const start = performance.now();
      await request('completion', line, 35);
      afterEdit.push(performance.now() - start);
    }
    const p95 = percentile(afterEdit, 95);
    report('completion, $variable, first request after an edit p50 / p95', `${percentile(afterEdit, 50).toFixed(2)} / ${p95.toFixed(2)} ms`, '≤ 5 ms', p95 <= 5);
  } finally {
    await session.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runAssistBench((name, value, budget, ok) => {
    const verdict = ok === undefined ? '' : ok ? '  ✓' : '  ✗ OVER BUDGET';
    console.log(`${name.padEnd(64)} ${value.padStart(18)}${budget ? `   (budget ${budget})` : ''}${verdict}`);
  }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
