/**
 * Language-server latencies, measured over stdio against the built server like an editor would:
 * completion and hover p95, keystroke → published diagnostics p95 on a 10k-line file with
 * includes, and full diagnostics of a 100k-line include tree through the core.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { LspSession } from '../test/support/lspClient';
import { generateNginxConfig } from './generate';
import { loadFastestParsers } from '../server/src/core/parse/parserHost';
import { checkConfigs } from '../server/src/core/workspace/loadConfigs';
import { packs } from '../server/src/core/dialects/registry';
import { fileSystemSource } from '../server/src/node/fileSource';

export type Report = (name: string, value: string, budget?: string, ok?: boolean) => void;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A main config including `files` generated fragments of `linesEach` lines under conf.d/. */
function writeTree(folder: string, files: number, linesEach: number): string {
  fs.mkdirSync(path.join(folder, 'conf.d'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'nginx.conf'), 'worker_processes auto;\nevents { worker_connections 1024; }\nhttp {\n    include conf.d/*.conf;\n}\n');
  for (let i = 0; i < files; i++) {
    // The generator wraps its servers in http { }; a fragment holds only what is inside.
    const body = generateNginxConfig(linesEach).split('\n').slice(4, -2).join('\n').replace(/app(\d+)/g, `app${i}_$1`);
    fs.writeFileSync(path.join(folder, 'conf.d', `site${String(i).padStart(3, '0')}.conf`), body + '\n');
  }
  return path.join(folder, 'nginx.conf');
}

export async function runLspBench(report: Report): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'switchyard-bench-'));
  try {
    // Full workspace diagnostics of a 100k-line tree (50 files), as `switchyard check` runs them.
    const root = writeTree(path.join(folder, 'big'), 50, 2000);
    const parsers = await loadFastestParsers();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      checkConfigs([root], packs.nginx, parsers, fileSystemSource);
      times.push(performance.now() - start);
    }
    const full = percentile(times, 50);
    report(`workspace diagnostics, 100k lines in 51 files (${parsers.engine})`, `${full.toFixed(0)} ms`, '≤ 500 ms', full <= 500);

    // A 10k-line file with includes, edited in the server.
    const small = path.join(folder, 'small');
    writeTree(small, 1, 100);
    const edited = path.join(small, 'conf.d', 'edited.conf');
    const text = generateNginxConfig(10_000).split('\n').slice(4, -2).join('\n') + '\n';
    fs.writeFileSync(edited, text);
    const uri = pathToFileURL(edited).href;
    const session = new LspSession();
    try {
      const init = (await session.initialize(small)) as { capabilities: Record<string, unknown> };
      const opened = session.nextDiagnostics(uri, 30_000);
      await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nginx', version: 1, text } });
      await opened;
      const lines = text.split('\n');
      const target = lines.findIndex((l) => l.includes('proxy_set_header Host'));
      const keystrokes: number[] = [];
      // Type a character and delete it again, at lines spread over the file. The first pairs warm
      // the server up (JIT) and are not counted; 200 counted keystrokes make p95 the 10th-slowest.
      const warmUp = 20;
      for (let i = 0; i < warmUp + 200; i++) {
        const line = target + 27 * (Math.floor(i / 2) % 300);
        const column = Math.max(0, lines[line]?.indexOf('Host') ?? 0);
        const insert = i % 2 === 0;
        const change = insert
          ? { range: { start: { line, character: column }, end: { line, character: column } }, text: 'X' }
          : { range: { start: { line, character: column }, end: { line, character: column + 1 } }, text: '' };
        const published = session.nextDiagnostics(uri, 10_000);
        const start = performance.now();
        await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [change] });
        await published;
        if (i >= warmUp) keystrokes.push(performance.now() - start);
      }
      const k95 = percentile(keystrokes, 95);
      report('keystroke → diagnostics p50 (10k-line file with includes)', `${percentile(keystrokes, 50).toFixed(1)} ms`);
      report('keystroke → diagnostics p95 (10k-line file with includes)', `${k95.toFixed(1)} ms`, '≤ 15 ms', k95 <= 15);

      for (const [method, label, capability] of [
        ['textDocument/completion', 'completion', 'completionProvider'],
        ['textDocument/hover', 'hover', 'hoverProvider'],
      ] as const) {
        if (!init.capabilities[capability]) {
          report(`${label} p95 (10k-line file)`, 'not offered yet');
          continue;
        }
        const samples: number[] = [];
        for (let i = 0; i < 100; i++) {
          const line = target + 27 * (i % 300);
          const start = performance.now();
          await session.connection.sendRequest(method, { textDocument: { uri }, position: { line, character: 14 } });
          samples.push(performance.now() - start);
        }
        const p95 = percentile(samples, 95);
        report(`${label} p95 (10k-line file)`, `${p95.toFixed(2)} ms`, '≤ 5 ms', p95 <= 5);
      }
    } finally {
      await session.dispose();
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
