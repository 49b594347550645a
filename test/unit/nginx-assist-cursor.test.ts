import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CursorContext } from '../../server/src/core/analysis/cursorContext';
import { CURSOR as C, cursorIn, fixture } from '../support/nginxAssist';

function scopes(cursor: CursorContext): readonly string[] | string {
  return cursor.body.kind === 'scopes' ? [...cursor.body.scopes].sort() : cursor.body.kind;
}

test('a word being typed at the start of a statement is a directive name', async () => {
  const cursor = await cursorIn(`server {\n    listen 80;\n    prox${C}\n}\n`);
  assert.equal(cursor.position.kind, 'name');
  assert.equal(cursor.position.kind === 'name' && cursor.position.token.typed, 'prox');
});

test('an unfinished name glued by the parser to the next line is still read as a name', async () => {
  // tree-sitter reads `proxy_pa⏎ listen 80;` as one directive `proxy_pa` with two arguments.
  const cursor = await cursorIn(`server {\n    proxy_pa${C}\n    listen 80;\n}\n`);
  assert.equal(cursor.position.kind, 'name');
});

test('a word on a new line after a directive missing its semicolon starts a new directive', async () => {
  const cursor = await cursorIn(`server {\n    listen 80\n    serv${C}\n}\n`);
  assert.equal(cursor.position.kind, 'name');
  assert.deepEqual(scopes(cursor), ['server']);
});

test('a known directive at the start of a line is its own statement even when the line above lacks its semicolon', async () => {
  const cursor = await cursorIn(`location / {\n    prox\n    proxy_pass http://app${C}_backend;\n}\n`);
  assert.equal(cursor.position.kind === 'argument' && cursor.position.name, 'proxy_pass');
  assert.equal(cursor.position.kind === 'argument' && cursor.position.index, 0);
});

test('arguments are counted from the directive name, earlier values kept', async () => {
  const cursor = await cursorIn(`http {\n    ssl_protocols TLSv1.2 TLSv1.3 ${C}\n}\n`);
  assert.equal(cursor.position.kind, 'argument');
  if (cursor.position.kind !== 'argument') return;
  assert.equal(cursor.position.name, 'ssl_protocols');
  assert.equal(cursor.position.index, 2);
  assert.deepEqual(cursor.position.previous, ['TLSv1.2', 'TLSv1.3']);
});

test('the cursor in the middle of an argument sees the whole word and the typed part', async () => {
  const cursor = await cursorIn(`location / {\n    proxy_pass http://app${C}_backend/api;\n}\n`);
  assert.equal(cursor.position.kind === 'argument' && cursor.position.token.raw, 'http://app_backend/api');
  assert.equal(cursor.position.kind === 'argument' && cursor.position.token.typed, 'http://app');
});

test('a quoted argument keeps its quote out of the typed value', async () => {
  const cursor = await cursorIn(`server {\n    add_header X-Test "one tw${C}\n}\n`);
  assert.equal(cursor.position.kind === 'argument' && cursor.position.token.quote, '"');
  assert.equal(cursor.position.kind === 'argument' && cursor.position.token.typedValue, 'one tw');
});

test('a $variable inside an argument is found, braces or not', async () => {
  const plain = await cursorIn(`server {\n    return 200 "x$req${C}uest_uri";\n}\n`);
  assert.equal(plain.variable?.name, 'request_uri');
  assert.equal(plain.variable?.typed, 'req');
  const braced = await cursorIn(`server {\n    return 200 \${ho${C}st}x;\n}\n`);
  assert.equal(braced.variable?.name, 'host');
});

test('a cursor in a comment is in a comment, also at the end of its line', async () => {
  assert.equal((await cursorIn(`server {\n    # listen ${C}80;\n}\n`)).position.kind, 'comment');
  assert.equal((await cursorIn(`server {\n    # note${C}\n    listen 80;\n}\n`)).position.kind, 'comment');
});

test('a Lua block body is foreign code', async () => {
  const cursor = await cursorIn(`location / {\n    content_by_lua_block {\n        ngx.say(${C})\n    }\n}\n`);
  assert.equal(cursor.position.kind, 'raw');
});

test('a map body holds entries, not directives', async () => {
  const cursor = await cursorIn(`map $uri $target {\n    default 0;\n    /a ${C}\n}\n`);
  assert.equal(cursor.body.kind, 'entries');
});

test('the same block name opens a different context under http and under stream', async () => {
  assert.deepEqual(scopes(await cursorIn(`http {\n    server {\n        ${C}\n    }\n}\n`, fixture('nginx.conf'))), ['server']);
  assert.deepEqual(scopes(await cursorIn(`stream {\n    server {\n        ${C}\n    }\n}\n`, fixture('nginx.conf'))), ['stream-server']);
});

test('an included file takes the context of its include site', async () => {
  // snippets/common.conf is included inside a server block of conf.d/site.conf.
  assert.deepEqual(scopes(await cursorIn(`location /static/ {\n    root /srv;\n}\n${C}\n`, fixture('snippets', 'common.conf'))), ['server']);
  assert.deepEqual(scopes(await cursorIn(`${C}\n`, fixture('conf.d', 'upstreams.conf'))), ['http']);
  assert.deepEqual(scopes(await cursorIn(`server {\n    ${C}\n}\n`, fixture('stream.d', 'dns.conf'))), ['stream-server']);
});

test('a fragment nobody includes is read in the context its content suggests', async () => {
  // A top-level `server {` is an http server in the common sites-enabled/conf.d layout.
  assert.deepEqual(scopes(await cursorIn(`server {\n    ${C}\n}\n`)), ['server']);
});

test('in a fragment of unknown context the blocks alone decide, keeping every reading', async () => {
  assert.deepEqual(scopes(await cursorIn(`${C}\n`)), []);
  assert.deepEqual(scopes(await cursorIn(`if ($host) {\n    ${C}\n}\n`)), ['if-in-location', 'if-in-server']);
  assert.deepEqual(scopes(await cursorIn(`limit_except GET {\n    ${C}\n}\n`)), ['limit_except']);
});
