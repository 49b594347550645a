import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main, type CliIo } from '../../server/src/cli/main';
import { parseArgs } from '../../server/src/cli/args';
import { explainBatchLines } from '../../server/src/cli/commands/explain';
import type { PreparedConfiguration } from '../../server/src/core/analysis/explain';
import type { Explanation, HttpRequest } from '../../server/src/core/analysis/explain/types';

async function runCli(argv: string[], input?: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n'), version: 'test' };
  if (input) {
    io.input = (async function* () {
      yield* input;
    })();
  }
  const code = await main(argv, io);
  return { code, out, err };
}

function tempConfig(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchyard-explain-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return path.join(dir, 'nginx.conf');
}

const config = tempConfig({
  'nginx.conf': `events {}
http {
    include sites/*.conf;
}
`,
  'sites/app.conf': `server {
    listen 8080;
    server_name app.test;
    location = /health {
        return 200 "ok";
    }
    location /api/ {
        proxy_pass http://127.0.0.1:9000/v2/;
    }
}
server {
    listen 8080 default_server;
    return 404;
}
`,
});

interface ExplanationJson {
  server?: { file: string; line: number; text: string };
  location?: { file: string; line: number; text: string };
  upstream?: { url: string; uri: string };
  response: { status?: number; body?: string };
  request: { target: string; host: string | null; method: string };
}

test('repeated -H values are all kept, in order', () => {
  const parsed = parseArgs(['-H', 'A: 1', '--json', '-H', 'B: 2'], new Set(), new Set(['--json']), new Set(['-H']));
  assert.deepEqual(parsed.lists.get('-H'), ['A: 1', 'B: 2']);
  assert.equal(parsed.options.get('--json'), true);
});

test('other commands keep the last value of an option', () => {
  const parsed = parseArgs(['--format', 'json', '--format', 'text'], new Set(['--format']), new Set());
  assert.equal(parsed.options.get('--format'), 'text');
  assert.equal(parsed.lists.size, 0);
});

test('explain --json prints the server, location, upstream and response', async () => {
  const r = await runCli(['explain', config, 'http://127.0.0.1:8080/api/users?id=1', '--host', 'app.test', '--json']);
  assert.equal(r.code, 0, r.err);
  const explanation = JSON.parse(r.out) as ExplanationJson;
  assert.equal(explanation.server?.line, 1);
  assert.equal(explanation.location?.text, 'location /api/');
  assert.ok(explanation.location?.file.endsWith(path.join('sites', 'app.conf')));
  assert.equal(explanation.upstream?.uri, '/v2/users?id=1');
  assert.equal(explanation.request.host, 'app.test');
});

test('explain --json has every documented top-level field', async () => {
  const r = await runCli(['explain', config, 'http://127.0.0.1:8080/health', '--host', 'app.test', '--json']);
  const keys = Object.keys(JSON.parse(r.out) as object);
  for (const key of ['request', 'server', 'location', 'steps', 'handler', 'response', 'effective', 'warnings']) assert.ok(keys.includes(key), key);
});

test('explain prints Markdown by default, one numbered step per decision', async () => {
  const r = await runCli(['explain', config, 'http://127.0.0.1:8080/health', '--host', 'app.test']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^# `GET \/health` on `app\.test`/);
  assert.match(r.out, /^1\. /m);
  assert.match(r.out, /- Status: 200/);
});

test('--no-host and -H reach the request', async () => {
  const r = await runCli(['explain', config, 'http://127.0.0.1:8080/x', '--no-host', '-H', 'X-A: 1', '-H', 'X-B:2', '--method', 'HEAD', '--http10', '--json', '--files', 'missing']);
  const explanation = JSON.parse(r.out) as ExplanationJson & { request: { headers: string[][]; version: string; files: string } };
  assert.equal(explanation.request.host, null);
  assert.deepEqual(explanation.request.headers, [['X-A', '1'], ['X-B', '2']]);
  assert.equal(explanation.request.method, 'HEAD');
  assert.equal(explanation.request.version, 'HTTP/1.0');
  assert.equal(explanation.request.files, 'missing');
});

test('the default server answers a Host no server names', async () => {
  const r = await runCli(['explain', config, 'http://127.0.0.1:8080/', '--host', 'other.test', '--json']);
  const explanation = JSON.parse(r.out) as ExplanationJson;
  assert.equal(explanation.server?.line, 11);
  assert.equal(explanation.response.status, 404);
});

test('usage mistakes exit 2 with one line on stderr', async () => {
  const cases: string[][] = [
    ['explain'],
    ['explain', config],
    ['explain', config, 'http://127.0.0.1/', 'extra'],
    ['explain', config, '127.0.0.1/'],
    ['explain', config, 'http://127.0.0.1/', '--host', 'a', '--no-host'],
    ['explain', config, 'http://127.0.0.1/', '-H', 'no colon'],
    ['explain', config, 'http://127.0.0.1/', '--files', 'maybe'],
    ['explain', config, 'http://127.0.0.1/', '--batch'],
    ['explain', config, '--batch', '--host', 'a'],
  ];
  for (const argv of cases) {
    const r = await runCli(argv, []);
    assert.equal(r.code, 2, argv.join(' '));
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
    assert.equal(r.out, '');
  }
});

test('a Caddyfile has no explainer yet: a clear message, exit 2', async () => {
  const caddyfile = path.join(path.dirname(config), 'Caddyfile');
  fs.writeFileSync(caddyfile, 'example.test {\n\trespond "hi"\n}\n');
  const r = await runCli(['explain', caddyfile, 'http://127.0.0.1/']);
  assert.equal(r.code, 2);
  assert.match(r.err, /Caddyfiles have no request explainer yet/);
});

test('--batch answers one JSON line per request line, in order, even across input chunks', async () => {
  const lines = [
    '{"url": "http://127.0.0.1:8080/health", "host": "app.test"}',
    '{"url": "http://127.0.0.1:8080/api/a", "host": "app.test"}',
    '{"url": "http://127.0.0.1:8080/", "host": null}',
  ];
  const text = lines.join('\n') + '\n';
  const r = await runCli(['explain', config, '--batch'], [text.slice(0, 30), text.slice(30, 100), text.slice(100)]);
  assert.equal(r.code, 0, r.err);
  const answers = r.out.trim().split('\n').map((l) => JSON.parse(l) as ExplanationJson);
  assert.deepEqual(answers.map((a) => a.request.target), ['/health', '/api/a', '/']);
  assert.equal(answers[0].response.status, 200);
  assert.equal(answers[1].upstream?.uri, '/v2/a');
});

test('--batch answers a bad line with {"error"} and goes on; exit 1', async () => {
  const r = await runCli(['explain', config, '--batch'], ['{"url": "http://127.0.0.1:8080/health"}\nnot json\n{"url": "ftp://x/"}\n\n{"url": "http://127.0.0.1:8080/health"}']);
  assert.equal(r.code, 1);
  const answers = r.out.trim().split('\n').map((l) => JSON.parse(l) as { error?: string; request?: unknown });
  assert.equal(answers.length, 5);
  assert.ok(answers[0].request);
  assert.match(answers[1].error ?? '', /not JSON/);
  assert.match(answers[2].error ?? '', /http:\/\//);
  assert.match(answers[3].error ?? '', /empty line/);
  assert.ok(answers[4].request);
});

test('--files applies to every batch line that does not say otherwise', async () => {
  const r = await runCli(['explain', config, '--batch', '--files', 'exist'], ['{"url": "http://127.0.0.1:8080/"}\n{"url": "http://127.0.0.1:8080/", "files": "missing"}\n']);
  const answers = r.out.trim().split('\n').map((l) => JSON.parse(l) as { request: HttpRequest });
  assert.deepEqual(answers.map((a) => a.request.files), ['exist', 'missing']);
});

test('the batch path explains through the prepared configuration, once per line, in order', () => {
  const seen: string[] = [];
  const prepared: PreparedConfiguration = {
    notes: [],
    explain(request: HttpRequest): Explanation {
      seen.push(request.target);
      if (request.target === '/boom') throw new Error('boom');
      return { request, steps: [], handler: { kind: 'unknown' }, response: {}, effective: [], warnings: [] };
    },
  };
  const probe = { isFile: () => false, isDirectory: () => false };
  const { output, errors } = explainBatchLines(prepared, ['{"url": "http://127.0.0.1/a"}', '{"url": "http://127.0.0.1/boom"}', '{"url": "http://127.0.0.1/b"}'], {}, probe);
  assert.deepEqual(seen, ['/a', '/boom', '/b']);
  assert.equal(errors, 1);
  assert.deepEqual(JSON.parse(output[1]), { error: 'internal error: boom' });
  assert.equal((JSON.parse(output[2]) as Explanation).request.target, '/b');
});

test('an included file is explained under the nginx.conf that includes it', async () => {
  const site = path.join(path.dirname(config), 'sites', 'app.conf');
  const r = await runCli(['explain', site, 'http://127.0.0.1:8080/health', '--host', 'app.test', '--json']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /is included by .*nginx\.conf/);
  assert.equal((JSON.parse(r.out) as ExplanationJson).response.status, 200);
});
