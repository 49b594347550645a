/**
 * What nginx's static modules answer (static, index, autoindex, alias, root), observed on real nginx
 * 1.22.1 with real files under a temp root (probe scripts: .work/h5/probe.mjs with static-cases.mjs).
 *
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapUriToPath } from '../../server/src/core/dialects/nginx/routing/staticFiles';
import { chainOf } from '../support/explainFixtures';
import { expander, serve, summary } from '../support/explainHandlers';

test('static: method and file checks in nginx order', async () => {
  const root = (dir: string) => `root ${dir}/www;`;
  const cases: [string, string, string][] = [
    ['GET', '/f.txt', '200'], ['HEAD', '/f.txt', '200'], ['POST', '/f.txt', '405'], ['PUT', '/f.txt', '405'],
    ['DELETE', '/missing', '405'], ['POST', '/missing', '404'], ['POST', '/d', '301 /d/'], ['OPTIONS', '/d/', '405'],
    ['PUT', '/i/', '405'], ['FOO', '/f.txt', '405'], ['PATCH', '/d/', '405'], ['GET', '/missing', '404'],
    ['GET', '/d', '301 /d/'], ['GET', '/d?x=1', '301 /d/?x=1'], ['GET', '/d/', '403'], ['GET', '/e/', '403'],
    ['GET', '/nodir/', '404'], ['GET', '/i/', 'redirect /i/index.html'], ['POST', '/i/', 'redirect /i/index.html'],
    ['GET', '/f.txt/', '404'], ['GET', '/f.txt/x', '404'], ['GET', '/a%20b', '301 /a%20b/'], ['GET', '/a%20b?q', '301 /a%20b/?q'],
  ];
  for (const [method, target, expected] of cases) {
    assert.equal(summary(await serve(root, [], method, target)), expected, `${method} ${target}`);
  }
});

test('index: the first existing name wins; an absolute name redirects without checking', async () => {
  assert.equal(summary(await serve((d) => `root ${d}/www; index nope.html other.htm;`, [], 'GET', '/i/')), 'redirect /i/other.htm');
  assert.equal(summary(await serve((d) => `root ${d}/www; index nope.html other.htm;`, [], 'GET', '/e/')), '403');
  assert.equal(summary(await serve((d) => `root ${d}/www; index /f.txt;`, [], 'GET', '/nodir/')), 'redirect /f.txt');
  assert.equal(summary(await serve((d) => `root ${d}/www; index nope.html /f.txt;`, [], 'GET', '/nodir/')), '404');
  assert.equal(summary(await serve((d) => `root ${d}/www; index nope.html /f.txt;`, [], 'GET', '/e/')), 'redirect /f.txt');
});

test('autoindex lists an existing directory for GET and HEAD only', async () => {
  const config = (d: string) => `root ${d}/www; autoindex on;`;
  assert.equal(summary(await serve(config, [], 'GET', '/e/')), '200');
  assert.equal(summary(await serve(config, [], 'HEAD', '/e/')), '200');
  assert.equal(summary(await serve(config, [], 'POST', '/e/')), '403');
  assert.equal(summary(await serve(config, [], 'GET', '/nodir/')), '404');
  assert.equal(summary(await serve(config, [], 'GET', '/f.txt/')), '404');
});

test('alias replaces the location prefix (with or without trailing slash)', async () => {
  const slash = (d: string) => `location /img/ { alias ${d}/data/; }`;
  assert.equal(summary(await serve(slash, ['location /img/'], 'GET', '/img/f.txt')), '200');
  assert.equal(summary(await serve(slash, ['location /img/'], 'GET', '/img/sub')), '301 /img/sub/');
  assert.equal(summary(await serve(slash, ['location /img/'], 'GET', '/img/sub?q')), '301 /img/sub/?q');
  assert.equal(summary(await serve(slash, ['location /img/'], 'GET', '/img/')), '403');
  assert.equal(summary(await serve(slash, ['location /img/'], 'GET', '/img/nope')), '404');
  const bare = (d: string) => `location /img { alias ${d}/data; }`;
  assert.equal(summary(await serve(bare, ['location /img'], 'GET', '/img/f.txt')), '200');
  assert.equal(summary(await serve(bare, ['location /img'], 'GET', '/imgsub/g.txt')), '404');
  assert.equal(summary(await serve(bare, ['location /img'], 'GET', '/img')), '301 /img/');
});

test('alias in a regex location is the whole path (captures included)', async () => {
  const config = (d: string) => `location ~ ^/r/(.*)$ { alias ${d}/data/$1; }`;
  const head = ['location ~ ^/r/(.*)$'];
  assert.equal(summary(await serve(config, head, 'GET', '/r/f.txt', { vars: { 1: 'f.txt' } })), '200');
  assert.equal(summary(await serve(config, head, 'GET', '/r/sub', { vars: { 1: 'sub' } })), '301 /r/sub/');
  assert.equal(summary(await serve(config, head, 'GET', '/r/sub/', { vars: { 1: 'sub/' } })), '403');
  assert.equal(summary(await serve(config, head, 'GET', '/r/nope', { vars: { 1: 'nope' } })), '404');
});

test('a nested location inherits alias with the outer location name length', async () => {
  const config = (d: string) => `location /img/ { alias ${d}/data/; location /img/sub/ { } }`;
  assert.equal(summary(await serve(config, ['location /img/', 'location /img/sub/'], 'GET', '/img/sub/g.txt')), '200');
});

test('alias after the URI was rewritten with break in its location answers 500', async () => {
  const config = (d: string) => `location /img/ { alias ${d}/data/; rewrite ^/img/(.*)$ /img/sub/$1 break; }`;
  assert.equal(summary(await serve(config, ['location /img/'], 'GET', '/img/g.txt', { uri: '/img/sub/g.txt', locationValid: false })), '500');
});

test('root: trailing slash dropped, relative to the prefix, variables expanded, innermost wins, `if` overrides', async () => {
  assert.equal(summary(await serve((d) => `root ${d}/www/;`, [], 'GET', '/f.txt')), '200');
  assert.equal(summary(await serve(() => 'root www;', [], 'GET', '/f.txt')), '200');
  assert.equal(summary(await serve(() => 'root www;', [], 'GET', '/zz')), '404');
  assert.equal(summary(await serve((d) => `set $r www; root ${d}/$r;`, [], 'GET', '/f.txt', { vars: { r: 'www' } })), '200');
  assert.equal(summary(await serve((d) => `root ${d}/www; location /sub/ { root ${d}/data; }`, ['location /sub/'], 'GET', '/sub/g.txt')), '200');
  const withIf = (d: string) => `location / { root ${d}/data; if ($arg_x) { root ${d}/www; } }`;
  assert.equal(summary(await serve(withIf, ['location /', 'if ($arg_x)'], 'GET', '/d')), '301 /d/');
  assert.equal(summary(await serve(withIf, ['location /'], 'GET', '/d')), '404');
});

test('the default root is html under the prefix', async () => {
  const chain = await chainOf('', []);
  const mapped = mapUriToPath({ chain, uri: '/zz', locationValid: true, expand: expander(), prefix: '/p/' });
  assert.deepEqual(mapped.kind === 'path' && mapped.path, '/p/html/zz');
});

test('a regex location\'s alias is the whole path, or alias + URI once try_files chose the file', async () => {
  const chain = await chainOf('location ~ ^/img/ { alias /srv/pics/; }', ['location ~ ^/img/']);
  const map = (addUriToAlias: boolean) => mapUriToPath({ chain, uri: '/a.png', locationValid: true, expand: expander(), addUriToAlias });
  const whole = map(false);
  const appended = map(true);
  assert.deepEqual(whole.kind === 'path' && [whole.path, whole.documentRoot], ['/srv/pics/', '/srv/pics/']);
  assert.deepEqual(appended.kind === 'path' && [appended.path, appended.documentRoot], ['/srv/pics//a.png', '/srv/pics/']);
});

test("files 'exist' serves every file; 'missing' finds nothing, not even the directory", async () => {
  const root = () => 'root /srv;';
  assert.equal(summary(await serve(root, [], 'GET', '/a', { files: 'exist' })), '200');
  assert.equal(summary(await serve(root, [], 'GET', '/', { files: 'exist' })), 'redirect /index.html');
  assert.equal(summary(await serve(root, [], 'GET', '/a', { files: 'missing' })), '404');
  assert.equal(summary(await serve(root, [], 'GET', '/', { files: 'missing' })), '404');
});
