import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from '../support/parse';

// These guard against crashes and hangs (each case is bounded by a timeout); speed itself is
// measured by `npm run bench`.
const BOUND = { timeout: 20_000 };

test('a 10 MB nginx file parses into a model', BOUND, async () => {
  const block = 'server {\n  listen 80;\n  server_name a.test;\n  location / { proxy_pass http://127.0.0.1:9000; }\n}\n';
  const text = `http {\n${block.repeat(Math.ceil((10 * 1024 * 1024) / block.length))}}\n`;
  const file = await parseText('nginx', text);
  assert.equal(file.syntaxFindings.length, 0);
});

test('10,000 nested blocks give a warning, not a stack overflow', BOUND, async () => {
  const text = 'a {'.repeat(10_000) + '}'.repeat(10_000);
  const file = await parseText('nginx', text);
  assert.ok(file.syntaxFindings.some((f) => f.code === 'syntax/too-deep'));
});

test('10,000 nested Caddy blocks give a warning, not a stack overflow', BOUND, async () => {
  const text = 'example.com {\n' + 'route {\n'.repeat(10_000) + '}\n'.repeat(10_001);
  const file = await parseText('caddy', text);
  assert.ok(file.syntaxFindings.some((f) => f.code === 'syntax/too-deep'));
});

test('a 1 MB single line parses', BOUND, async () => {
  const text = 'http { ' + 'add_header X-A b; '.repeat(Math.ceil((1024 * 1024) / 18)) + '}';
  const file = await parseText('nginx', text);
  assert.equal(file.syntaxFindings.length, 0);
});

test('random bytes give syntax errors, never a crash', BOUND, async () => {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  for (let round = 0; round < 20; round++) {
    let text = '';
    for (let i = 0; i < 20_000; i++) text += String.fromCharCode(next() % 256);
    for (const dialect of ['nginx', 'caddy'] as const) {
      const file = await parseText(dialect, text);
      assert.ok(Array.isArray(file.statements));
    }
  }
});

test('an unterminated quote does not swallow the editor', BOUND, async () => {
  const file = await parseText('nginx', 'http {\n  return 200 "oops;\n  server { listen 80; }\n}\n');
  assert.ok(file.syntaxFindings.length > 0);
});
