/**
 * Directives in force at the final location. Each inheritance rule pinned here was observed on
 * real nginx 1.22.1 (.work/h5/effective-cases.mjs: which headers a response or the upstream
 * request carried, which status came back).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from '../support/parse';
import { buildConfigTree, type ConfigNode } from '../../server/src/core/dialects/nginx/routing/configTree';
import { effectiveDirectives } from '../../server/src/core/dialects/nginx/routing/effectiveConfig';
import type { WorkspaceGraph } from '../../server/src/core/workspace/includeGraph';

async function chainOf(httpBody: string, heads: readonly string[]): Promise<ConfigNode[]> {
  const file = '/virtual/nginx.conf';
  const model = await parseText('nginx', `events {}\nhttp {\n${httpBody}\n}\n`, file);
  const graph: WorkspaceGraph = { files: new Map([[file, model]]), edges: [], findings: [], includedBy: new Map() };
  const http = buildConfigTree(graph, file).main.find((n) => n.name === 'http');
  assert.ok(http);
  const chain = [http];
  for (const head of heads) {
    const next = chain[chain.length - 1].children?.find((n) => n.at.text === head || (n.name === head && head === 'if'));
    assert.ok(next, `no block ${head}`);
    chain.push(next);
  }
  return chain;
}

/** `name args (inherited?)` lines for the names asked about. */
async function inForce(httpBody: string, heads: readonly string[], names: readonly string[]): Promise<string[]> {
  return effectiveDirectives(await chainOf(httpBody, heads))
    .filter((d) => names.includes(d.name))
    .map((d) => [d.name, ...d.args].join(' ') + (d.inherited ? ' (inherited)' : ''));
}

test('add_header in a location replaces every add_header of outer levels', async () => {
  const config = 'server { add_header X-S s always; location /a/ { add_header X-L l always; } location /b/ { } }';
  assert.deepEqual(await inForce(config, ['server', 'location /a/'], ['add_header']), ['add_header X-L l always']);
  assert.deepEqual(await inForce(config, ['server', 'location /b/'], ['add_header']), ['add_header X-S s always (inherited)']);
});

test('add_header inside a true `if` replaces the location ones', async () => {
  const config = 'server { add_header X-S s always; location /c/ { if ($arg_x) { add_header X-I i always; } } }';
  assert.deepEqual(await inForce(config, ['server', 'location /c/', 'if'], ['add_header']), ['add_header X-I i always']);
  assert.deepEqual(await inForce(config, ['server', 'location /c/'], ['add_header']), ['add_header X-S s always (inherited)']);
});

test('proxy_set_header comes from the innermost level that sets any', async () => {
  const config = 'proxy_set_header X-H h; server { proxy_set_header X-S s; location /a/ { proxy_set_header X-L l; } location /b/ { } }';
  assert.deepEqual(await inForce(config, ['server', 'location /a/'], ['proxy_set_header']), ['proxy_set_header X-L l']);
  assert.deepEqual(await inForce(config, ['server', 'location /b/'], ['proxy_set_header']), ['proxy_set_header X-S s (inherited)']);
});

test('allow and deny are one list: a location allow drops the inherited deny all', async () => {
  const config = 'server { deny all; location /a/ { allow 10.0.0.1; } location /b/ { } }';
  assert.deepEqual(await inForce(config, ['server', 'location /a/'], ['allow', 'deny']), ['allow 10.0.0.1']);
  assert.deepEqual(await inForce(config, ['server', 'location /b/'], ['allow', 'deny']), ['deny all (inherited)']);
});

test('try_files at server level applies only when no location matches', async () => {
  const config = 'server { try_files /nope =418; location /b/ { } }';
  assert.deepEqual(await inForce(config, ['server', 'location /b/'], ['try_files']), []);
  assert.deepEqual(await inForce(config, ['server'], ['try_files']), ['try_files /nope =418']);
});

test('error_page lists are replaced, not merged', async () => {
  const config = 'server { error_page 404 =299 /e; location /a/ { error_page 500 /e; } location /b/ { } }';
  assert.deepEqual(await inForce(config, ['server', 'location /a/'], ['error_page']), ['error_page 500 /e']);
  assert.deepEqual(await inForce(config, ['server', 'location /b/'], ['error_page']), ['error_page 404 =299 /e (inherited)']);
});

test('internal is inherited by nested locations', async () => {
  const config = 'server { location /a/ { internal; location /a/b/ { } } }';
  assert.deepEqual(await inForce(config, ['server', 'location /a/', 'location /a/b/'], ['internal']), ['internal (inherited)']);
});

test('index in a location replaces the inherited list', async () => {
  const config = 'server { index i1.html; location /d/ { index i2.html; } }';
  assert.deepEqual(await inForce(config, ['server', 'location /d/'], ['index']), ['index i2.html']);
});

test('rewrite-module statements of outer levels are not in force at the location', async () => {
  const config = 'server { set $v srv; rewrite ^/x /y; location /b/ { set $v loc; } }';
  assert.deepEqual(await inForce(config, ['server', 'location /b/'], ['set', 'rewrite']), ['set $v loc']);
});

test('proxy_pass reaches a limit_except block but not a nested location', async () => {
  const config = 'server { location /a/ { proxy_pass http://u/x/; limit_except GET { allow 10.0.0.9; } location /a/n/ { } } }';
  assert.deepEqual(await inForce(config, ['server', 'location /a/', 'limit_except GET'], ['proxy_pass']), ['proxy_pass http://u/x/']);
  assert.deepEqual(await inForce(config, ['server', 'location /a/', 'location /a/n/'], ['proxy_pass']), []);
});

test('root and alias are one setting: an inner root replaces an outer alias', async () => {
  const config = 'server { location /img/ { alias /data/; location /img/sub/ { root /srv; } location /img/o/ { } } }';
  assert.deepEqual(await inForce(config, ['server', 'location /img/', 'location /img/sub/'], ['root', 'alias']), ['root /srv']);
  assert.deepEqual(await inForce(config, ['server', 'location /img/', 'location /img/o/'], ['root', 'alias']), ['alias /data/ (inherited)']);
});

test('server-only directives and blocks are not listed; scalar settings inherit from the nearest level', async () => {
  const config = 'sendfile on; server { listen 8080; server_name a; client_max_body_size 5m; location /a/ { client_max_body_size 9m; } }';
  const names = effectiveDirectives(await chainOf(config, ['server', 'location /a/'])).map((d) => `${d.name}${d.inherited ? '*' : ''}`);
  assert.deepEqual(names, ['sendfile*', 'client_max_body_size']);
});
