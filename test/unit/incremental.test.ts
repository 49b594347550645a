import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument, modelFromTree } from '../../server/src/core/document';
import { packs } from '../../server/src/core/dialects/registry';
import type { ConfigFile, Dialect, Directive } from '../../server/src/core/model/types';
import { LineIndex } from '../../server/src/core/text/span';
import { MAX_NESTING } from '../../server/src/core/model/readTree';
import { wasmParsers } from '../support/parse';

function mulberry32(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nginxBase = [
  'user www-data;',
  'http {',
  '  map $uri $x { default 0; ~^/a 1; include m.conf; }',
  '  server {',
  '    listen 80;',
  '    server_name a.test; # c',
  '    location / { proxy_pass http://127.0.0.1:9000; }',
  '    location ~ ^/b { if ($x) { return 404; } }',
  '    content_by_lua_block { ngx.say("}") }',
  '  }',
  '  # between servers',
  '  server { listen 81; location = /c { root "/srv/c d"; } }',
  '}',
  '',
].join('\n');
const nginxPieces = [';', '{', '}', '}\n', ' ', '\n', 'x', '"', "'", '$v', '#', 'location ~ ^/a { }', 'server {\n', 'if ($a) {', '(', ')', 'é', '😀 '];

const caddyBase = [
  '{',
  '\tadmin off',
  '}',
  '(common) {',
  '\theader X-A "a b"',
  '}',
  'a.test, b.test {',
  '\t@api path /api/*',
  '\t@post {',
  '\t\tmethod POST',
  '\t}',
  '\treverse_proxy @api 127.0.0.1:9000',
  '\timport common',
  '\thandle /x {',
  '\t\trespond "x" 200',
  '\t}',
  '}',
  'c.test {',
  '\tfile_server',
  '}',
  '',
].join('\n');
const caddyPieces = ['{', '}', '}\n', ' ', '\n', '\t', 'x', '"', '`', '{host}', '#', '@m path /m', 'd.test {\n', 'handle {', '(s) {', 'ü', '😀'];

/** The model as plain data: indices and points of every span, as JSON shows them. */
function plain(model: ConfigFile): unknown {
  return JSON.parse(JSON.stringify(model));
}

function freshModel(parsers: Awaited<ReturnType<typeof wasmParsers>>, dialect: Dialect, text: string, file: string): ConfigFile {
  const tree = parsers.forDialect(dialect).parse(text);
  const model = modelFromTree(tree, text, file, packs[dialect]);
  tree.delete?.();
  return model;
}

/**
 * Random edits of a document, some in several-change notifications and some without reading the
 * model in between, checked against a fresh parse and read after each read.
 *
 * The incremental reader gives exactly a full read of the document's tree. Rarely (~0.1% of
 * broken states in longer runs), tree-sitter's incremental reparse settles error recovery
 * differently from a fresh parse; these seeds do not meet that, so a difference here is the
 * reader's.
 */
async function fuzz(dialect: Dialect, base: string, pieces: readonly string[], seed: number, steps: number): Promise<void> {
  const parsers = await wasmParsers();
  const random = mulberry32(seed);
  const file = `/virtual/fuzz.${dialect}`;
  const doc = new ParsedDocument(file, packs[dialect], parsers.forDialect(dialect), base);
  for (let i = 0; i < steps; i++) {
    const changes = random() < 0.2 ? 2 + Math.floor(random() * 2) : 1;
    const batch = [];
    let text = doc.text;
    for (let k = 0; k < changes; k++) {
      const lines = new LineIndex(text);
      const a = Math.floor(random() * (text.length + 1));
      const b = Math.min(text.length, a + Math.floor(random() * (random() < 0.1 ? 40 : 4)));
      const insert = random() < 0.6 ? pieces[Math.floor(random() * pieces.length)] : '';
      batch.push({ start: lines.pointAt(a), end: lines.pointAt(b), text: insert });
      text = text.slice(0, a) + insert + text.slice(b);
    }
    doc.applyChanges(batch);
    assert.equal(doc.text, text);
    // Now and then several notifications come before the model is read again.
    if (random() < 0.25 && i !== steps - 1) continue;
    assert.deepEqual(plain(doc.model), plain(freshModel(parsers, dialect, doc.text, file)), `seed ${seed}, after edit ${i}: ${JSON.stringify(doc.text)}`);
    // Keep the text from growing or shrinking without bound.
    if (doc.text.length > base.length * 3 || doc.text.length < 10) doc.replaceText(base);
  }
}

for (const seed of [7, 11, 23, 42, 1234]) {
  test(`nginx: incremental reads after random edits equal fresh reads (seed ${seed})`, () => fuzz('nginx', nginxBase, nginxPieces, seed, 200));
  test(`caddy: incremental reads after random edits equal fresh reads (seed ${seed})`, () => fuzz('caddy', caddyBase, caddyPieces, seed, 200));
}

test('several changes in one notification apply in order', async () => {
  const parsers = await wasmParsers();
  const doc = new ParsedDocument('/virtual/b.conf', packs.nginx, parsers.forDialect('nginx'), 'events {}\n');
  doc.applyChanges([
    { start: { line: 0, column: 8 }, end: { line: 0, column: 8 }, text: ' worker_connections 1; ' },
    { start: { line: 1, column: 0 }, end: { line: 1, column: 0 }, text: 'http { }\n' },
  ]);
  assert.equal(doc.text, 'events { worker_connections 1; }\nhttp { }\n');
  assert.deepEqual(doc.model.syntaxFindings, []);
});

function servers(model: ConfigFile): Directive[] {
  const http = model.statements.find((s): s is Directive => s.kind === 'directive' && s.name === 'http');
  return (http?.block?.children ?? []).filter((s): s is Directive => s.kind === 'directive' && s.name === 'server');
}

test('an edit inside one server keeps the other servers as the same objects, moved', async () => {
  const parsers = await wasmParsers();
  const text = 'http {\n  server { listen 1; }\n  server { listen 2; }\n  server { listen 3; }\n}\n';
  const doc = new ParsedDocument('/virtual/c.conf', packs.nginx, parsers.forDialect('nginx'), text);
  const [first, second, third] = servers(doc.model);
  doc.applyChanges([{ start: { line: 2, column: 18 }, end: { line: 2, column: 18 }, text: '0\n' }]);
  const after = servers(doc.model);
  assert.equal(after[0], first);
  assert.notEqual(after[1], second);
  assert.equal(after[2], third);
  assert.deepEqual(third.span.start, { line: 4, column: 2 });
  assert.equal(doc.text.slice(third.span.startIndex, third.span.endIndex), 'server { listen 3; }');
});

test('a syntax finding inside an untouched statement stays, at its moved position', async () => {
  const parsers = await wasmParsers();
  const text = 'http {\n  server { listen 1; }\n  server { listen 2 }\n}\n';
  const doc = new ParsedDocument('/virtual/d.conf', packs.nginx, parsers.forDialect('nginx'), text);
  assert.equal(doc.model.syntaxFindings.length, 1);
  doc.applyChanges([{ start: { line: 1, column: 0 }, end: { line: 1, column: 0 }, text: '\n\n' }]);
  const [finding] = doc.model.syntaxFindings;
  assert.equal(finding.code, 'syntax/missing-semicolon');
  assert.equal(finding.span.start.line, 4);
});

test('wrapping a config nested to the limit in one more block reports it too deep, as a fresh read does', async () => {
  const parsers = await wasmParsers();
  const depth = MAX_NESTING - 1;
  const text = 'a {'.repeat(depth) + ' b { c; } ' + '}'.repeat(depth) + '\n';
  const doc = new ParsedDocument('/virtual/deep.conf', packs.nginx, parsers.forDialect('nginx'), text);
  assert.ok(!doc.model.syntaxFindings.some((f) => f.code === 'syntax/too-deep'));
  const end = doc.lineIndex.pointAt(doc.text.length - 1);
  doc.applyChanges([
    { start: end, end, text: '}' },
    { start: { line: 0, column: 0 }, end: { line: 0, column: 0 }, text: 'x {' },
  ]);
  const expected = freshModel(parsers, 'nginx', doc.text, '/virtual/deep.conf');
  assert.ok(expected.syntaxFindings.some((f) => f.code === 'syntax/too-deep'));
  assert.deepEqual(plain(doc.model), plain(expected));
});
