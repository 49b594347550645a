import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDir } from '../support/corpus';
import { repoRoot } from '../support/parse';
import { directiveUse, variableUse } from '../../server/src/core/dialects/nginx/assist/knowledge';

const committed = join(repoRoot, 'server', 'src', 'core', 'dialects', 'nginx', 'knowledge', 'frequency.json');

test('the ranking table puts everyday directives first', () => {
  assert.ok(directiveUse('listen') > directiveUse('ssl_stapling'));
  assert.ok(directiveUse('proxy_pass') > 0);
  assert.equal(directiveUse('not_a_directive'), 0);
  assert.ok(variableUse('host') > variableUse('ssl_preread_server_name'));
});

const corpus = corpusDir();
test('frequency.json is what the script derives from the shared corpus', { skip: corpus ? undefined : 'shared corpus not present' }, () => {
  const out = mkdtempSync(join(tmpdir(), 'switchyard-frequency-'));
  try {
    const run = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'knowledge', 'directive-frequency.mjs'), '--corpus', corpus ?? '', '--out', join(out, 'frequency.json')], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(readFileSync(join(out, 'frequency.json')).equals(readFileSync(committed)), 'frequency.json differs from a fresh derivation: run node scripts/knowledge/directive-frequency.mjs');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
