// `switchyard fmt`: stdout by default, --check, --write, and the exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main, type CliIo } from '../../server/src/cli/main';

async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n'), version: 'test' };
  const code = await main(argv, io);
  return { code, out, err };
}

function tempFile(name: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchyard-fmt-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

const messyNginx = 'http { server { listen 80; } }\n';
const tidyNginx = 'http {\n    server {\n        listen 80;\n    }\n}\n';

test('fmt prints the formatted text', async () => {
  const r = await runCli('fmt', tempFile('nginx.conf', messyNginx));
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, tidyNginx);
});

test('fmt formats a Caddyfile with tabs', async () => {
  const r = await runCli('fmt', tempFile('Caddyfile', 'a.com {\n  respond hi\n}\n'));
  assert.equal(r.out, 'a.com {\n\trespond hi\n}\n');
});

test('fmt --check lists the files that would change and exits 1', async () => {
  const messy = tempFile('nginx.conf', messyNginx);
  const tidy = tempFile('nginx.conf', tidyNginx);
  const r = await runCli('fmt', '--check', messy, tidy);
  assert.equal(r.code, 1);
  assert.ok(r.out.includes(path.basename(path.dirname(messy))), r.out);
  assert.ok(!r.out.includes(path.basename(path.dirname(tidy))), r.out);
  assert.equal(fs.readFileSync(messy, 'utf8'), messyNginx);
});

test('fmt --check exits 0 when every file is formatted', async () => {
  const r = await runCli('fmt', '--check', tempFile('nginx.conf', tidyNginx));
  assert.equal(r.code, 0, r.out + r.err);
  assert.equal(r.out, '');
});

test('fmt --write rewrites the file in place', async () => {
  const file = tempFile('nginx.conf', messyNginx);
  const r = await runCli('fmt', '--write', file);
  assert.equal(r.code, 0, r.err);
  assert.equal(fs.readFileSync(file, 'utf8'), tidyNginx);
});

test('fmt --write keeps a byte order mark', async () => {
  const file = tempFile('nginx.conf', '\ufeff' + messyNginx);
  await runCli('fmt', '--write', file);
  assert.equal(fs.readFileSync(file, 'utf8'), '\ufeff' + tidyNginx);
});

test('fmt leaves a file with syntax errors alone, says why and exits 1', async () => {
  const broken = 'http {\n  listen 80\n';
  const file = tempFile('nginx.conf', broken);
  const r = await runCli('fmt', '--write', file);
  assert.equal(r.code, 1);
  assert.match(r.err, /not formatted: it has a syntax error/);
  assert.equal(fs.readFileSync(file, 'utf8'), broken);
});

test('fmt prints an unformattable file unchanged', async () => {
  const r = await runCli('fmt', tempFile('nginx.conf', 'http {\n  listen 80\n'));
  assert.equal(r.code, 1);
  assert.equal(r.out, 'http {\n  listen 80\n');
});

test('fmt exits 2 on a missing file', async () => {
  const r = await runCli('fmt', '/nonexistent/nginx.conf');
  assert.equal(r.code, 2);
});

test('fmt exits 2 when --check and --write are combined', async () => {
  const r = await runCli('fmt', '--check', '--write', tempFile('nginx.conf', tidyNginx));
  assert.equal(r.code, 2);
  assert.match(r.err, /cannot be used together/);
});

test('fmt --help describes the command', async () => {
  const r = await runCli('fmt', '--help');
  assert.equal(r.code, 0);
  assert.match(r.out, /--check/);
});
