import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from '../support/parse';
import { buildOutline } from '../../server/src/core/analysis/outline';
import { foldingRanges } from '../../server/src/core/analysis/folding';
import { selectionChain } from '../../server/src/core/analysis/selection';
import { packs } from '../../server/src/core/dialects/registry';
import { LineIndex } from '../../server/src/core/text/span';

const nginxText = 'http {\n  upstream backend {\n    server 127.0.0.1:9000;\n  }\n  server {\n    listen 80;\n    server_name example.test www.example.test;\n    location = /a {\n      return 204;\n    }\n  }\n}\n';

test('nginx servers are named by server_name and described by listen', async () => {
  const outline = buildOutline(await parseText('nginx', nginxText), packs.nginx);
  const http = outline[0];
  const server = http.children.find((c) => c.category === 'server');
  assert.equal(server?.name, 'server example.test www.example.test');
  assert.equal(server?.detail, 'listen 80');
  assert.deepEqual(server?.children.map((c) => c.name), ['location = /a']);
  assert.ok(http.children.some((c) => c.name === 'upstream backend'));
});

test('Caddy sites, snippets, matchers and handle blocks are in the outline', async () => {
  const text = '(common) {\n  encode gzip\n}\nexample.com {\n  @api path /api/*\n  handle @api {\n    reverse_proxy localhost:9000\n  }\n}\n';
  const outline = buildOutline(await parseText('caddy', text), packs.caddy);
  assert.deepEqual(outline.map((o) => o.name), ['(common)', 'example.com']);
  assert.deepEqual(outline[1].children.map((c) => c.name), ['@api', 'handle @api']);
});

test('every multi-line block folds, keeping its closing brace visible', async () => {
  const ranges = foldingRanges(await parseText('nginx', nginxText));
  assert.ok(ranges.some((r) => r.startLine === 4 && r.endLine === 9), JSON.stringify(ranges));
  assert.ok(ranges.some((r) => r.startLine === 0 && r.endLine === 10));
});

test('selection grows from a word to its directive to its block', async () => {
  const file = await parseText('nginx', nginxText);
  const lines = new LineIndex(nginxText);
  const index = lines.indexAt({ line: 5, column: 12 }); // inside "80"
  const chain = selectionChain(file, index, lines.spanOf(0, nginxText.length)).map((s) => nginxText.slice(s.startIndex, s.endIndex));
  assert.equal(chain[0], '80');
  assert.equal(chain[1], 'listen 80;');
  assert.ok(chain[2].startsWith('{') && chain[2].includes('server_name'));
  assert.ok(chain[3].startsWith('server {'));
  assert.equal(chain[chain.length - 1], nginxText);
});
