import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { main, type CliIo } from '../../server/src/cli/main';
import { fixturesDir, repoRoot } from '../support/parse';

async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n'), version: 'test' };
  const code = await main(argv, io);
  return { code, out, err };
}

function tempFile(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchyard-cli-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

const nginxConf = path.join(fixturesDir, 'includes', 'nginx', 'nginx.conf');

test('check exits 1 and prints file:line:column when there are errors', async () => {
  const r = await runCli('check', nginxConf);
  assert.equal(r.code, 1);
  assert.match(r.out, /nginx\.conf:4:13: error include target not found: 'missing\.conf' \[nginx\/include-not-found\]/);
});

test('check exits 0 on a clean file', async () => {
  const r = await runCli('check', tempFile('nginx.conf', 'events {}\nhttp { server { listen 80; } }\n'));
  assert.equal(r.code, 0, r.out + r.err);
});

test('check --format json is an array of 1-based findings', async () => {
  const r = await runCli('check', '--format', 'json', tempFile('nginx.conf', 'http {\n  listen 80\n}\n'));
  const records = JSON.parse(r.out) as Record<string, unknown>[];
  assert.equal(r.code, 1);
  assert.deepEqual(Object.keys(records[0]).sort(), ['code', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'severity']);
  assert.equal(records[0].line, 2);
  assert.equal(records[0].severity, 'error');
});

test('check --format sarif is SARIF 2.1.0', async () => {
  const r = await runCli('check', '--format', 'sarif', tempFile('nginx.conf', 'http {\n  server {\n    listen 80\n  }\n}\n'));
  const sarif = JSON.parse(r.out) as { version: string; runs: { results: { ruleId: string }[] }[] };
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs[0].results[0].ruleId, 'syntax/missing-semicolon');
});

test('a missing file, a folder, a binary file and invalid UTF-8 each exit 2 with one line', async () => {
  const cases = [
    path.join(os.tmpdir(), 'does-not-exist.conf'),
    fixturesDir,
    tempFile('bin.conf', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01])),
    tempFile('latin1.conf', Buffer.from([0x65, 0x76, 0xe9, 0x0a])),
  ];
  for (const file of cases) {
    const r = await runCli('check', file);
    assert.equal(r.code, 2, file);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
    assert.equal(r.out, '');
  }
});

test('parse --format crossplane has crossplane keys and include indexes', async () => {
  const r = await runCli('parse', '--format', 'crossplane', nginxConf);
  const payload = JSON.parse(r.out) as { status: string; config: { file: string; parsed: { directive: string; line: number; args: string[]; block?: { directive: string; includes?: number[] }[] }[] }[] };
  assert.equal(payload.status, 'failed');
  const http = payload.config[0].parsed.find((d) => d.directive === 'http');
  assert.equal(http?.line, 2);
  const include = http?.block?.[0];
  assert.equal(include?.directive, 'include');
  assert.ok(include?.includes?.length === 1 && payload.config[include.includes[0]].file.endsWith('app.conf'));
});

test('parse --json shows argument kinds', async () => {
  const r = await runCli('parse', '--json', tempFile('nginx.conf', 'location ~ ^/a { }\n'));
  assert.match(r.out, /"kind": "regex"/);
});

test('the built CLI never prints a stack trace for bad input', () => {
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  const r = spawnSync(process.execPath, [cli, 'check', '/nonexistent/x.conf'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});
