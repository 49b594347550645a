import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { wasmParsers } from '../support/parse';
import { fixture, indexFor, navigationDir, offsetOf } from '../support/navigationFixtures';
import { packs } from '../../server/src/core/dialects/registry';
import { configLoader } from '../../server/src/core/workspace/loadConfigs';
import { fileSystemSource } from '../../server/src/node/fileSource';
import { documentLinks, includeTargetsAt } from '../../server/src/core/analysis/symbols/links';
import { filesOfGraphs, graphFromOpenFiles } from '../../server/src/core/analysis/symbols/workspace';
import { workspaceOf } from '../../server/src/core/workspace/rootDiscovery';
import { SymbolIndex } from '../../server/src/core/analysis/symbols/symbolIndex';
import { matchesQuery, workspaceSymbols } from '../../server/src/core/analysis/symbols/workspaceSymbols';

const nginxDir = path.join(navigationDir, 'nginx');
const app = fixture('nginx', 'sites/app.conf');

test('include paths link to the file they bring in; a glob matching several files does not', async () => {
  const main = fixture('nginx', 'nginx.conf');
  const index = await indexFor('nginx', main);
  const links = documentLinks(index.graph, packs.nginx, main, fileSystemSource);
  assert.deepEqual(
    links.map((l) => path.relative(nginxDir, l.target)),
    ['upstreams.conf'],
  );
});

test('certificate and key paths link to their files, resolved against the conf prefix', async () => {
  const index = await indexFor('nginx', app);
  const links = documentLinks(index.graph, packs.nginx, app, fileSystemSource);
  assert.deepEqual(
    links.map((l) => [l.span.start.line + 1, path.relative(nginxDir, l.target)]),
    [
      [4, 'certs/app.pem'],
      [5, 'certs/app.key'],
      [22, 'snippets/errors.conf'],
    ],
  );
});

test('Caddy tls cert key paths link to files next to the importing file', async () => {
  const one = fixture('caddy', 'sites/one.caddy');
  const index = await indexFor('caddy', one);
  const links = documentLinks(index.graph, packs.caddy, one, fileSystemSource);
  assert.deepEqual(
    links.map((l) => path.basename(l.target)),
    ['one.pem', 'one.key'],
  );
});

test('go to definition on a glob include lists every file it matches', async () => {
  const main = fixture('nginx', 'nginx.conf');
  const index = await indexFor('nginx', main);
  const targets = includeTargetsAt(index.graph, main, offsetOf(main, 'sites/*.conf'));
  assert.deepEqual(
    targets.map((t) => path.basename(t)),
    ['app.conf', 'static.conf'],
  );
});

test('workspace symbols list servers by name, locations and upstreams from every reachable file', async () => {
  const load = configLoader(await wasmParsers(), packs.nginx, fileSystemSource);
  const graph = filesOfGraphs([workspaceOf(app, packs.nginx, load, fileSystemSource).graph]);
  const names = workspaceSymbols(graph, packs.nginx, '').map((s) => `${s.category} ${s.name}`);
  for (const expected of ['server server app.example.test', 'server server static.example.test', 'upstream upstream backend', 'route location @app']) {
    assert.ok(names.includes(expected), `${expected} in ${names.join(', ')}`);
  }
  assert.ok(!names.some((n) => n.startsWith('block ')), 'plain blocks are not workspace symbols');
});

test('workspace symbols filter by a fuzzy query and name their container', async () => {
  const load = configLoader(await wasmParsers(), packs.nginx, fileSystemSource);
  const graph = filesOfGraphs([workspaceOf(app, packs.nginx, load, fileSystemSource).graph]);
  const found = workspaceSymbols(graph, packs.nginx, 'static');
  assert.deepEqual(
    found.map((s) => s.name),
    ['server static.example.test'],
  );
  const users = workspaceSymbols(graph, packs.nginx, 'users');
  assert.equal(users[0].container, 'server app.example.test');
});

test('Caddy sites and snippets are workspace symbols', async () => {
  const caddyfile = fixture('caddy', 'Caddyfile');
  const load = configLoader(await wasmParsers(), packs.caddy, fileSystemSource);
  const graph = filesOfGraphs([workspaceOf(caddyfile, packs.caddy, load, fileSystemSource).graph]);
  const names = workspaceSymbols(graph, packs.caddy, '').map((s) => s.name);
  for (const expected of ['(security)', '&(app-route)', 'one.example.test', 'two.example.test']) assert.ok(names.includes(expected), `${expected} in ${names.join(', ')}`);
});

test('the fuzzy query matches characters in order, case ignored', () => {
  assert.ok(matchesQuery('server static.example.test', 'SrvStat'));
  assert.ok(!matchesQuery('upstream backend', 'dnekcab'));
});

test('an open main config with another name lends an included fragment its names', async () => {
  const main = path.join(navigationDir, 'custom', 'main.conf');
  const part = path.join(navigationDir, 'custom', 'part.conf');
  const load = configLoader(await wasmParsers(), packs.nginx, fileSystemSource);
  assert.equal(graphFromOpenFiles(part, [part], packs.nginx, load, fileSystemSource), undefined);
  const graph = graphFromOpenFiles(part, [main, part], packs.nginx, load, fileSystemSource);
  assert.ok(graph);
  const index = new SymbolIndex(graph, packs.nginx);
  const ref = index.at(part, offsetOf(part, 'app_servers'));
  assert.deepEqual(
    ref && index.definitions(ref).map((d) => path.basename(d.file)),
    ['main.conf'],
  );
});
