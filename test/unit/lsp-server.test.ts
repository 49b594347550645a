import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { LspSession } from '../support/lspClient';

let session: LspSession;
before(async () => {
  session = new LspSession();
  await session.initialize();
});
after(async () => session.dispose());

const uri = 'file:///virtual/sites-enabled/app.conf';

test('the server announces its features', async () => {
  const fresh = new LspSession();
  try {
    const result = (await fresh.initialize()) as { capabilities: Record<string, unknown> };
    for (const capability of ['documentSymbolProvider', 'foldingRangeProvider', 'selectionRangeProvider', 'textDocumentSync']) {
      assert.ok(result.capabilities[capability], capability);
    }
  } finally {
    await fresh.dispose();
  }
});

test('opening a file with a missing semicolon publishes an error on its line', async () => {
  const published = session.nextDiagnostics(uri);
  await session.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'nginx', version: 1, text: 'server {\n  listen 80\n}\n' },
  });
  const { diagnostics } = await published;
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].range.start.line, 1);
  assert.equal(diagnostics[0].source, 'switchyard');
  assert.equal(diagnostics[0].code, 'syntax/missing-semicolon');
});

test('an incremental edit that adds the semicolon clears the error', async () => {
  const published = session.nextDiagnostics(uri);
  await session.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 1, character: 11 }, end: { line: 1, character: 11 } }, text: ';' }],
  });
  assert.deepEqual((await published).diagnostics, []);
});

test('document symbols name the server block', async () => {
  await session.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 3 },
    contentChanges: [{ text: 'server {\n  listen 80;\n  server_name example.test;\n  location /api/ { }\n}\n' }],
  });
  const symbols = (await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as { name: string; children: { name: string }[] }[];
  assert.equal(symbols[0].name, 'server example.test');
  assert.equal(symbols[0].children[0].name, 'location /api/');
});
