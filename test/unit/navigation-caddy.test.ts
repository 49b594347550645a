import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, indexFor, occurrenceAt, offsetOf, where } from '../support/navigationFixtures';
import { planRename } from '../../server/src/core/analysis/symbols/rename';

const caddyfile = fixture('caddy', 'Caddyfile');
const one = fixture('caddy', 'sites/one.caddy');
const two = fixture('caddy', 'sites/two.caddy');
const places = (list: readonly { file: string; span: { start: { line: number } } }[]): string[] => list.map((o) => where('caddy', o));

test('import NAME goes to the snippet, defined in another file', async () => {
  const index = await indexFor('caddy', one);
  assert.deepEqual(places(index.definitions(occurrenceAt(index, one, 'security'))), ['Caddyfile:1']);
});

test('invoke NAME goes to the named route', async () => {
  const index = await indexFor('caddy', one);
  assert.deepEqual(places(index.definitions(occurrenceAt(index, one, 'app-route'))), ['Caddyfile:6']);
});

test('a matcher token goes to the @name definition of its own site', async () => {
  const index = await indexFor('caddy', two);
  assert.deepEqual(places(index.definitions(occurrenceAt(index, two, '@blocked', 1))), ['sites/two.caddy:2']);
  const fromOne = await indexFor('caddy', one);
  assert.deepEqual(places(fromOne.definitions(occurrenceAt(fromOne, one, '@blocked', 1))), ['sites/one.caddy:2']);
});

test('a matcher used in a snippet resolves in the sites that import the snippet', async () => {
  const index = await indexFor('caddy', caddyfile);
  assert.deepEqual(places(index.definitions(occurrenceAt(index, caddyfile, '@blocked'))), ['sites/one.caddy:2']);
});

test('renaming a snippet changes its definition and every import of it', async () => {
  const index = await indexFor('caddy', one);
  const plan = planRename(index, one, offsetOf(one, 'security'), '(hardening)');
  assert.equal(plan.kind, 'edits');
  const edits = plan.kind === 'edits' ? plan.edits : [];
  assert.deepEqual(
    edits.map((e) => [where('caddy', e), e.newText]),
    [
      ['Caddyfile:1', 'hardening'],
      ['sites/one.caddy:3', 'hardening'],
    ],
  );
});

test('renaming a named matcher leaves the same name in another site alone', async () => {
  const index = await indexFor('caddy', one);
  const plan = planRename(index, one, offsetOf(one, '@blocked'), 'admin');
  const edits = plan.kind === 'edits' ? plan.edits : [];
  assert.deepEqual(places(edits), ['Caddyfile:3', 'sites/one.caddy:2', 'sites/one.caddy:5']);
});
