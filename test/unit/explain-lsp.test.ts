import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession } from '../support/lspClient';

interface ExplainResult {
  markdown: string;
  root: string;
  explanation: { location?: { file: string; line: number; text: string }; response: { status?: number; body?: string }; upstream?: { uri: string } };
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'switchyard-explain-lsp-'));
const mainConfig = path.join(folder, 'nginx.conf');
const siteConfig = path.join(folder, 'sites', 'app.conf');
fs.mkdirSync(path.dirname(siteConfig));
fs.writeFileSync(mainConfig, 'events {}\nhttp {\n    include sites/*.conf;\n}\n');
const siteText = 'server {\n    listen 8080;\n    location /api/ {\n        proxy_pass http://127.0.0.1:9000/;\n    }\n    location = /ping {\n        return 200 "pong";\n    }\n}\n';
fs.writeFileSync(siteConfig, siteText);
const siteUri = pathToFileURL(siteConfig).href;

let session: LspSession;
before(async () => {
  session = new LspSession();
  await session.initialize(folder);
  await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: siteUri, languageId: 'nginx', version: 1, text: siteText } });
});
after(async () => session.dispose());

function explain(params: Record<string, unknown>): Promise<ExplainResult> {
  return session.connection.sendRequest('switchyard/explain', { uri: siteUri, ...params });
}

test('the server announces switchyard/explain', async () => {
  const fresh = new LspSession();
  try {
    const result = (await fresh.initialize(folder)) as { capabilities: { experimental?: { explainRequest?: boolean } } };
    assert.equal(result.capabilities.experimental?.explainRequest, true);
  } finally {
    await fresh.dispose();
  }
});

test('an included file is explained under the main configuration that includes it', async () => {
  const result = await explain({ url: 'http://127.0.0.1:8080/api/users', files: 'missing' });
  assert.equal(result.root, mainConfig);
  assert.equal(result.explanation.location?.text, 'location /api/');
  assert.equal(result.explanation.upstream?.uri, '/users');
});

test('the answer carries Markdown with paths relative to the workspace folder', async () => {
  const result = await explain({ url: 'http://127.0.0.1:8080/ping' });
  assert.match(result.markdown, /^# `GET \/ping`/);
  assert.match(result.markdown, /`sites\/app\.conf:6` `location = \/ping`/);
  assert.equal(result.explanation.response.status, 200);
});

test('unsaved edits in an open document are what is explained', async () => {
  await session.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: siteUri, version: 2 },
    contentChanges: [{ text: siteText.replace('return 200 "pong"', 'return 204') }],
  });
  const result = await explain({ url: 'http://127.0.0.1:8080/ping' });
  assert.equal(result.explanation.response.status, 204);
});

test('a bad URL is an InvalidParams error saying what to write', async () => {
  await assert.rejects(explain({ url: '127.0.0.1/x' }), (error: { code?: number; message?: string }) => error.code === -32602 && /http:\/\//.test(error.message ?? ''));
});

test('a Caddyfile is refused with a clear message', async () => {
  const caddyfile = path.join(folder, 'Caddyfile');
  fs.writeFileSync(caddyfile, 'example.test {\n\trespond "hi"\n}\n');
  await assert.rejects(explain({ uri: pathToFileURL(caddyfile).href, url: 'http://127.0.0.1/' }), /Caddyfiles have no request explainer yet/);
});

test('an untitled buffer is explained on its own', async () => {
  const uri = 'untitled:Untitled-1';
  await session.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'nginx', version: 1, text: 'http {\n    server {\n        listen 8080;\n        return 418;\n    }\n}\n' },
  });
  const result = await explain({ uri, url: 'http://127.0.0.1:8080/' });
  assert.equal(result.explanation.response.status, 418);
});

test('a file that cannot be read is an InvalidParams error', async () => {
  const missing = pathToFileURL(path.join(folder, 'nowhere', 'missing.nginx')).href;
  await assert.rejects(explain({ uri: missing, url: 'http://127.0.0.1/' }), /cannot read/);
});
