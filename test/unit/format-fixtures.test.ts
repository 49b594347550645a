// Formatter fixtures: test/fixtures/format/<dialect>/<behaviour>.in.<ext> formats to
// <behaviour>.out.<ext>, and formatting the expected output again changes nothing. Caddy fixtures
// are also run through the real `caddy fmt -` (when installed): the formatter mirrors it, except
// where a fixture name is listed below with the reason it differs on purpose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fixturesDir, wasmParsers } from '../support/parse';
import { formatText } from '../../server/src/core/format/formatter';
import { packs } from '../../server/src/core/dialects/registry';
import type { Dialect } from '../../server/src/core/model/types';

const extensions: Record<Dialect, string> = { nginx: 'conf', caddy: 'Caddyfile' };

/** Where Switchyard and `caddy fmt` 2.6 part ways, and why. */
const differsFromCaddyFmt: Record<string, string> = {
  'heredocs-and-backtick-strings-stay-verbatim': 'caddy fmt 2.6 re-indents heredoc bodies and collapses spaces inside backtick strings',
  'comments-after-braces-stay-on-their-line': 'caddy fmt 2.6 moves a comment after `{` or a top-level `}` to a line of its own',
};

async function format(dialect: Dialect, text: string): Promise<string> {
  const parsers = await wasmParsers();
  const outcome = formatText({ text, pack: packs[dialect], parser: parsers.forDialect(dialect) });
  assert.equal(outcome.kind, 'formatted', outcome.kind === 'refused' ? outcome.reason : '');
  return outcome.kind === 'formatted' ? outcome.text : text;
}

function caddyFmt(text: string): string | undefined {
  const result = spawnSync('caddy', ['fmt', '-'], { input: text, encoding: 'utf8' });
  return result.status === 0 ? result.stdout : undefined;
}

for (const dialect of ['nginx', 'caddy'] as const) {
  const dir = path.join(fixturesDir, 'format', dialect);
  const inputs = fs.readdirSync(dir).filter((f) => f.endsWith(`.in.${extensions[dialect]}`));
  for (const input of inputs) {
    const behaviour = input.slice(0, -`.in.${extensions[dialect]}`.length);
    test(`${dialect}: ${behaviour.replace(/-/g, ' ')}`, async () => {
      const text = fs.readFileSync(path.join(dir, input), 'utf8');
      const expected = fs.readFileSync(path.join(dir, `${behaviour}.out.${extensions[dialect]}`), 'utf8');
      assert.equal(await format(dialect, text), expected);
      assert.equal(await format(dialect, expected), expected, 'formatting the result again changes it');
    });
    if (dialect === 'caddy' && !(behaviour in differsFromCaddyFmt)) {
      test(`caddy: ${behaviour.replace(/-/g, ' ')} as caddy fmt does`, async (t) => {
        const text = fs.readFileSync(path.join(dir, input), 'utf8');
        const theirs = caddyFmt(text);
        if (theirs === undefined) return t.skip('caddy is not installed');
        assert.equal(await format('caddy', text), theirs);
      });
    }
  }
}
