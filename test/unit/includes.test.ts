import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { fixturesDir, wasmParsers } from '../support/parse';
import { packs } from '../../server/src/core/dialects/registry';
import { checkConfigs } from '../../server/src/core/workspace/loadConfigs';
import { fileSystemSource } from '../../server/src/node/fileSource';

const nginxRoot = path.join(fixturesDir, 'includes', 'nginx');
const caddyRoot = path.join(fixturesDir, 'includes', 'caddy');

async function checkNginx() {
  return checkConfigs([path.join(nginxRoot, 'nginx.conf')], packs.nginx, await wasmParsers(), fileSystemSource);
}

test('an nginx include glob pulls in the matching files, relative to the main config folder', async () => {
  const { graph } = await checkNginx();
  assert.ok(graph.files.has(path.join(nginxRoot, 'conf.d', 'app.conf')));
  // Included from conf.d/app.conf, yet resolved against the conf prefix, as nginx does.
  assert.ok(graph.files.has(path.join(nginxRoot, 'snippets', 'common.conf')));
});

test('an included file knows the blocks it is included in', async () => {
  const { graph } = await checkNginx();
  const edges = graph.includedBy.get(path.join(nginxRoot, 'conf.d', 'app.conf'));
  assert.deepEqual(edges?.[0].enclosing, ['http']);
});

test('a missing nginx include target is an error at the include', async () => {
  const { findings } = await checkNginx();
  const missing = findings.find((f) => f.code === 'nginx/include-not-found');
  assert.equal(missing?.severity, 'error');
  assert.equal(missing?.span.start.line, 3);
  assert.match(missing?.message ?? '', /missing\.conf/);
});

test('an include cycle is reported once and not followed', async () => {
  const { findings } = await checkNginx();
  const cycles = findings.filter((f) => f.code === 'nginx/include-cycle');
  assert.equal(cycles.length, 1);
  assert.match(cycles[0].message, /a\.conf → b\.conf → a\.conf/);
});

test('a Caddy import of a snippet is not a file import', async () => {
  const { graph } = await checkConfigs([path.join(caddyRoot, 'Caddyfile')], packs.caddy, await wasmParsers(), fileSystemSource);
  const snippetEdge = graph.edges.find((e) => e.pattern === 'common');
  assert.equal(snippetEdge?.snippet, 'common');
});

test('Caddy imports resolve against the importing file, and cycles and missing files are reported', async () => {
  const { graph, findings } = await checkConfigs([path.join(caddyRoot, 'Caddyfile')], packs.caddy, await wasmParsers(), fileSystemSource);
  assert.ok(graph.files.has(path.join(caddyRoot, 'sites', 'two.caddy')));
  assert.ok(findings.some((f) => f.code === 'caddy/include-cycle'));
  assert.ok(findings.some((f) => f.code === 'caddy/include-not-found' && f.message.includes('nothere.caddy')));
});

test('checking an included file together with its includer checks it where it is included', async () => {
  const files = [path.join(nginxRoot, 'conf.d', 'app.conf'), path.join(nginxRoot, 'nginx.conf')];
  const { graph } = checkConfigs(files, packs.nginx, await wasmParsers(), fileSystemSource);
  // app.conf's include of snippets/common.conf only resolves against nginx.conf's folder.
  assert.ok(graph.files.has(path.join(nginxRoot, 'snippets', 'common.conf')));
});
