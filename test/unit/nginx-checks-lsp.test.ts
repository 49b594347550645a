import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession } from '../support/lspClient';


interface WireDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code?: string;
  source?: string;
  message: string;
  data?: unknown;
}

interface WireCodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: WireDiagnostic[];
  edit?: { changes?: Record<string, { range: WireDiagnostic['range']; newText: string }[]> };
}

test('the language server publishes directive diagnostics and offers their quick fixes', async () => {
  const session = new LspSession();
  try {
    const init = (await session.initialize()) as { capabilities: { codeActionProvider?: { codeActionKinds?: string[] } } };
    assert.deepEqual(init.capabilities.codeActionProvider?.codeActionKinds, ['quickfix']);
    const uri = 'file:///virtual/fixes/nginx.conf';
    const published = session.nextDiagnostics(uri);
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'nginx', version: 1, text: 'events {}\nhttp {\n  server {\n    location / { proxy_pas http://b; }\n  }\n}\n' },
    });
    const diagnostics = (await published).diagnostics as WireDiagnostic[];
    const unknown = diagnostics.find((d) => d.code === 'nginx/unknown-directive');
    assert.ok(unknown, JSON.stringify(diagnostics));
    assert.deepEqual(unknown.data, { suggestion: 'proxy_pass' });
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: unknown.range,
      context: { diagnostics: [unknown] },
    })) as WireCodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'quickfix');
    assert.deepEqual(actions[0].diagnostics, [unknown]);
    assert.deepEqual(actions[0].edit?.changes?.[uri], [{ range: { start: { line: 3, character: 17 }, end: { line: 3, character: 26 } }, newText: 'proxy_pass' }]);
  } finally {
    await session.dispose();
  }
});

// ---- configurations on disk ------------------------------------------------------------------

let folder: string;
before(() => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'switchyard-checks-lsp-')));
  fs.mkdirSync(path.join(folder, 'conf.d'));
  fs.mkdirSync(path.join(folder, 'snippets'));
  fs.writeFileSync(path.join(folder, 'nginx.conf'), 'events {}\nhttp {\n    include conf.d/*.conf;\n    server {\n        location / {\n            include snippets/proxy.conf;\n            proxy_read_timeout 30s;\n        }\n    }\n}\n');
  fs.writeFileSync(path.join(folder, 'conf.d', 'app.conf'), 'proxy_pass http://127.0.0.1:3000;\n');
  fs.writeFileSync(path.join(folder, 'snippets', 'proxy.conf'), 'proxy_pass http://127.0.0.1:3000;\n');
});
after(() => fs.rmSync(folder, { recursive: true, force: true }));

async function opened(session: LspSession, file: string, text = fs.readFileSync(file, 'utf8')): Promise<WireDiagnostic[]> {
  const uri = pathToFileURL(file).href;
  const published = session.nextDiagnostics(uri);
  await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nginx', version: 1, text } });
  return (await published).diagnostics as WireDiagnostic[];
}

test('an open included file is checked in the context of its include site', async () => {
  const session = new LspSession();
  try {
    await session.initialize(folder);
    const inHttp = await opened(session, path.join(folder, 'conf.d', 'app.conf'));
    assert.deepEqual(inHttp.map((d) => d.code), ['nginx/not-allowed-here']);
    assert.match(inHttp[0].message, /http context/);
    const inLocation = await opened(session, path.join(folder, 'snippets', 'proxy.conf'));
    assert.deepEqual(inLocation.map((d) => d.code), []);
  } finally {
    await session.dispose();
  }
});

test('editing an included file updates the open file that includes it', async () => {
  const session = new LspSession();
  try {
    await session.initialize(folder);
    const main = path.join(folder, 'nginx.conf');
    assert.deepEqual((await opened(session, main)).map((d) => d.code), []);
    const snippet = path.join(folder, 'snippets', 'proxy.conf');
    await opened(session, snippet);
    const mainUri = pathToFileURL(main).href;
    const republished = session.nextDiagnostics(mainUri);
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: pathToFileURL(snippet).href, version: 2 },
      contentChanges: [{ text: 'proxy_pass http://127.0.0.1:3000;\nproxy_read_timeout 10s;\n' }],
    });
    // nginx.conf's own proxy_read_timeout now repeats the one the snippet sets first.
    const { diagnostics } = await republished;
    assert.deepEqual((diagnostics as WireDiagnostic[]).map((d) => [d.code, d.range.start.line]), [['nginx/duplicate-directive', 6]]);
  } finally {
    await session.dispose();
  }
});
