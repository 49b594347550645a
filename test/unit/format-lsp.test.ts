// Formatting over LSP, against the built server (dist/server.js): document and range formatting,
// the editor's indentation options, and a refusal that leaves the document alone.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { LspSession } from '../support/lspClient';

interface Edit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

let session: LspSession;
before(async () => {
  session = new LspSession();
  await session.initialize();
});
after(async () => session.dispose());

/** Applies LSP edits (non-overlapping) to a text. */
function apply(text: string, edits: Edit[]): string {
  const lines = text.split('\n');
  const index = (p: { line: number; character: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => index(b.range.start) - index(a.range.start)).reduce((t, e) => t.slice(0, index(e.range.start)) + e.newText + t.slice(index(e.range.end)), text);
}

async function open(uri: string, languageId: string, text: string): Promise<void> {
  await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
}

test('the server offers document and range formatting', async () => {
  const fresh = new LspSession();
  try {
    const result = (await fresh.initialize()) as { capabilities: Record<string, unknown> };
    assert.ok(result.capabilities.documentFormattingProvider);
    assert.ok(result.capabilities.documentRangeFormattingProvider);
  } finally {
    await fresh.dispose();
  }
});

test('document formatting follows the editor options', async () => {
  const uri = 'file:///virtual/fmt/nginx.conf';
  const text = 'http {\nserver { listen 80; }\n}\n';
  await open(uri, 'nginx', text);
  const edits = (await session.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })) as Edit[];
  assert.equal(apply(text, edits), 'http {\n  server {\n    listen 80;\n  }\n}\n');
});

test('range formatting formats only the statements the range touches', async () => {
  const uri = 'file:///virtual/fmt/Caddyfile';
  const text = 'a.com {\n  root   * /srv\n    file_server\n}\n';
  await open(uri, 'caddyfile', text);
  const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } };
  const edits = (await session.connection.sendRequest('textDocument/rangeFormatting', { textDocument: { uri }, range, options: { tabSize: 4, insertSpaces: false } })) as Edit[];
  assert.equal(apply(text, edits), 'a.com {\n\troot * /srv\n    file_server\n}\n');
});

test('a document with syntax errors gets no edits', async () => {
  const uri = 'file:///virtual/fmt/broken.conf';
  await open(uri, 'nginx', 'http {\n  listen 80\n');
  const edits = (await session.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } })) as Edit[];
  assert.deepEqual(edits, []);
});
