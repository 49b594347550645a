import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument, modelFromTree } from '../../server/src/core/document';
import { packs } from '../../server/src/core/dialects/registry';
import { LineIndex } from '../../server/src/core/text/span';
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

const base = 'http {\n  server {\n    listen 80;\n    server_name a.test; # c\n    location / { proxy_pass http://127.0.0.1:9000; }\n  }\n}\n';
const pieces = [';', '{', '}', ' ', '\n', 'x', '"', '$v', '#', 'location ~ ^/a { }'];

test('incremental reparsing after edits gives the same model as parsing from scratch', async () => {
  const parsers = await wasmParsers();
  const random = mulberry32(7);
  const doc = new ParsedDocument('/virtual/a.conf', packs.nginx, parsers.forDialect('nginx'), base);
  for (let i = 0; i < 200; i++) {
    const lines = new LineIndex(doc.text);
    const a = Math.floor(random() * (doc.text.length + 1));
    const b = Math.min(doc.text.length, a + Math.floor(random() * 4));
    const insert = random() < 0.6 ? pieces[Math.floor(random() * pieces.length)] : '';
    doc.applyChanges([{ start: lines.pointAt(a), end: lines.pointAt(b), text: insert }]);
    const fresh = parsers.forDialect('nginx').parse(doc.text);
    const expected = modelFromTree(fresh, doc.text, '/virtual/a.conf', packs.nginx);
    fresh.delete?.();
    assert.deepEqual(doc.model, expected, `after edit ${i}: ${JSON.stringify(doc.text)}`);
  }
});

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
