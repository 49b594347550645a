import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allDirectives, parseText } from '../support/parse';

test("a missing ';' before '}' is reported after the directive", async () => {
  const file = await parseText('nginx', 'http {\n  server {\n    listen 80\n  }\n}\n');
  const [finding] = file.syntaxFindings;
  assert.equal(finding.code, 'syntax/missing-semicolon');
  assert.equal(finding.message, "expected ';' after 'listen 80'");
  assert.equal(finding.span.start.line, 2);
});

test('an unclosed block names the block and the line it opened on', async () => {
  const file = await parseText('nginx', 'http {\n  server {\n    listen 80;\n}\n');
  const finding = file.syntaxFindings.find((f) => f.code === 'syntax/unclosed-block');
  assert.ok(finding, JSON.stringify(file.syntaxFindings));
  assert.match(finding.message, /unclosed block '(http|server)' opened at line [12]/);
});

test('the rest of the file still parses into blocks after a missing semicolon', async () => {
  const file = await parseText('nginx', 'http {\n  server {\n    listen 80\n  }\n  server {\n    listen 81;\n  }\n}\n');
  const servers = allDirectives(file).filter((d) => d.name === 'server');
  assert.equal(servers.length, 2);
});

test("a stray '}' is reported as unexpected", async () => {
  const file = await parseText('nginx', 'events { }\n}\n');
  assert.ok(file.syntaxFindings.some((f) => f.message.startsWith("unexpected '}'")), JSON.stringify(file.syntaxFindings));
});

test('a valid nginx config has no syntax findings', async () => {
  const file = await parseText('nginx', 'events {}\nhttp {\n  server {\n    listen 80;\n    location / { return 200 "ok"; }\n  }\n}\n');
  assert.deepEqual(file.syntaxFindings, []);
});

test('an unclosed Caddy site block is reported', async () => {
  const file = await parseText('caddy', 'example.com {\n  respond "hi"\n');
  assert.ok(file.syntaxFindings.some((f) => f.code === 'syntax/unclosed-block' || f.severity === 'error'), JSON.stringify(file.syntaxFindings));
});

test('a valid Caddyfile has no syntax findings', async () => {
  const file = await parseText('caddy', '{\n  admin off\n}\nexample.com {\n  reverse_proxy localhost:8080\n}\n');
  assert.deepEqual(file.syntaxFindings, []);
});
