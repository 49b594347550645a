/**
 * The location tree beyond the answer: the chain of nested locations, named-location lookup, steps,
 * the problems nginx reports (duplicates, forbidden nesting, bad regexes), undetermined answers, and
 * speed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findLocation, findNamedLocation } from '../../server/src/core/dialects/nginx/routing/locationTree';
import { treeOf } from '../support/explainLocations';

test('the chain lists the locations from the outermost to the final one', async () => {
  const tree = await treeOf(`
    location /a/ {
      location /a/b/ {
        location ~ \\.php$ { return 200 "php"; }
      }
    }`);
  const match = findLocation(tree, '/a/b/x.php');
  assert.deepEqual(
    match.chain.map((e) => e.node.at.text),
    ['location /a/', 'location /a/b/', 'location ~ \\.php$'],
  );
});

test('named locations are found by name, with or without @', async () => {
  const tree = await treeOf(`
    location @fallback { return 200 "f"; }
    location / { return 200 "root"; }`);
  assert.equal(findNamedLocation(tree, '@fallback')?.node.at.text, 'location @fallback');
  assert.equal(findNamedLocation(tree, 'fallback')?.node.at.text, 'location @fallback');
  assert.equal(findNamedLocation(tree, 'other'), undefined);
});

// The wording of each step is pinned in nginx-explain-warnings.test.ts.

test('steps point at the location they are about', async () => {
  const tree = await treeOf(`
    location / { return 200 "root"; }
    location ~ \\.php$ { return 200 "php"; }`);
  const steps = findLocation(tree, '/x.php').steps;
  assert.equal(steps[steps.length - 1].at?.line, 4); // `server {`, an empty line, then the locations
  assert.equal(steps[steps.length - 1].at?.text, 'location ~ \\.php$');
});

test('duplicate locations are reported as problems', async () => {
  const tree = await treeOf(`
    location /a { return 200 "1"; }
    location /a { return 200 "2"; }
    location = /b { return 200 "3"; }
    location = /b { return 200 "4"; }`);
  assert.deepEqual(
    tree.problems.map((p) => [p.message, p.at.line]),
    [
      ['duplicate location "/a"', 4],
      ['duplicate location "/b"', 6],
    ],
  );
});

test('locations nested where nginx forbids it are reported as problems', async () => {
  const tree = await treeOf(`
    location = /a { location /a/b { return 200 "1"; } }
    location /b { location @n { return 200 "2"; } }
    location /c { location /d { return 200 "3"; } }
    location ~ /e { location ~ /f { return 200 "4"; } }`);
  assert.deepEqual(
    tree.problems.map((p) => p.message),
    [
      'location "/a/b" cannot be inside the exact location "/a"',
      'named location "@n" can be on the server level only',
      'location "/d" is outside location "/c"',
    ],
  );
});

test('a regex PCRE2 rejects is reported as a problem', async () => {
  const tree = await treeOf(`location ~ "(a" { return 200 "bad"; }`);
  assert.match(tree.problems[0].message, /missing closing parenthesis/);
});

test('a regex that cannot be evaluated safely leaves the answer undetermined', async () => {
  const tree = await treeOf(`
    location / { return 200 "root"; }
    location ~ ^/(a+)+$ { return 200 "bomb"; }`);
  const match = findLocation(tree, '/aaaa');
  assert.match(match.undetermined ?? '', /backtrack/);
  assert.equal(match.steps[match.steps.length - 1].kind, 'warning');
});

test('1,000 locations: building once and answering stays fast', async () => {
  const lines: string[] = [];
  for (let i = 0; i < 700; i++) lines.push(`location /p${i}/ { location /p${i}/n/ { return 200 "n${i}"; } return 200 "p${i}"; }`);
  for (let i = 0; i < 200; i++) lines.push(`location = /e${i} { return 200 "e${i}"; }`);
  for (let i = 0; i < 100; i++) lines.push(`location ~ ^/r${i}/(\\d+)$ { return 200 "r${i}"; }`);
  const tree = await treeOf(lines.join('\n'));
  const uris = Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? `/p${i % 700}/n/x` : i % 3 === 1 ? `/e${i % 200}` : `/r${i % 100}/${i}`));
  const start = process.hrtime.bigint();
  for (const uri of uris) findLocation(tree, uri);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  assert.ok(seconds < 1, `20,000 lookups took ${seconds.toFixed(3)} s`);
  assert.equal(findLocation(tree, '/p5/n/x').chain.length, 2);
  assert.deepEqual(findLocation(tree, '/r7/12').captures?.numbered, ['/r7/12', '12']);
});
