import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { fixture, indexFor, offsetOf, where } from '../support/navigationFixtures';
import { planRename, renameTarget, type RenamePlan, type TextEdit } from '../../server/src/core/analysis/symbols/rename';

const app = fixture('nginx', 'sites/app.conf');

function edits(plan: RenamePlan): readonly TextEdit[] {
  if (plan.kind !== 'edits') throw new Error(`expected edits, got ${JSON.stringify(plan)}`);
  return plan.edits;
}

/** The edited text of a file, to check the result reads as intended. */
function applied(file: string, list: readonly TextEdit[]): string {
  let text = fs.readFileSync(file, 'utf8');
  const mine = list.filter((e) => e.file === file).sort((a, b) => b.span.startIndex - a.span.startIndex);
  for (const e of mine) text = text.slice(0, e.span.startIndex) + e.newText + text.slice(e.span.endIndex);
  return text;
}

test('renaming an upstream changes the block and every proxy_pass, across files', async () => {
  const index = await indexFor('nginx', app);
  const plan = edits(planRename(index, app, offsetOf(app, 'backend/'), 'api'));
  assert.deepEqual(plan.map((e) => where('nginx', e)), ['upstreams.conf:1', 'sites/app.conf:10', 'sites/app.conf:25']);
  assert.match(applied(app, plan), /proxy_pass http:\/\/api\/;/);
  assert.match(applied(fixture('nginx', 'upstreams.conf'), plan), /^upstream api \{/);
});

test('renaming a named location stays inside its server and follows it into included files', async () => {
  const index = await indexFor('nginx', app);
  const plan = edits(planRename(index, app, offsetOf(app, '@app', 1), 'upstream_app'));
  assert.deepEqual(plan.map((e) => where('nginx', e)), ['sites/app.conf:11', 'sites/app.conf:24', 'snippets/errors.conf:1']);
  assert.match(applied(fixture('nginx', 'snippets/errors.conf'), plan), /= @upstream_app;/);
});

test('renaming a map variable keeps the sigil and the braces of ${name}', async () => {
  const index = await indexFor('nginx', app);
  const plan = edits(planRename(index, app, offsetOf(app, 'tenant}'), '$org'));
  assert.deepEqual(plan.map((e) => where('nginx', e)), ['nginx.conf:9', 'sites/app.conf:9']);
  assert.match(applied(app, plan), /"\$\{org\}-\$tenant_name"/);
});

test('a named capture renames inside its regex', async () => {
  const index = await indexFor('nginx', app);
  const plan = edits(planRename(index, app, offsetOf(app, 'user_id'), 'uid'));
  assert.match(applied(app, plan), /\(\?<uid>\\d\+\)\$ \{\n\s+return 200 "user \$uid on \$host";/);
});

test('a built-in variable cannot be renamed, and says why', async () => {
  const index = await indexFor('nginx', app);
  const target = renameTarget(index, app, offsetOf(app, '$host'));
  assert.equal(target.kind, 'refused');
  assert.match(target.kind === 'refused' ? target.reason : '', /\$host is a built-in nginx variable/);
});

test('a new name that is already used is refused rather than merging two symbols', async () => {
  const index = await indexFor('nginx', app);
  const plan = planRename(index, app, offsetOf(app, 'backend/'), 'php');
  assert.equal(plan.kind, 'refused');
});

test('a new variable name must be a name nginx can read', async () => {
  const index = await indexFor('nginx', app);
  assert.equal(planRename(index, app, offsetOf(app, 'tenant}'), 'has-dash').kind, 'refused');
  assert.equal(planRename(index, app, offsetOf(app, 'tenant}'), 'uri').kind, 'refused');
});

test('a host that no upstream defines is not a symbol to rename', async () => {
  const file = fixture('nginx', 'lone/fragment.conf');
  const index = await indexFor('nginx', file);
  assert.equal(renameTarget(index, file, offsetOf(file, 'return')).kind, 'none');
});
