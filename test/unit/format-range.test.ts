// Range formatting: the whole statements a selection's lines touch are formatted, nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wasmParsers } from '../support/parse';
import { formatRange } from '../../server/src/core/format/rangeFormat';
import { packs } from '../../server/src/core/dialects/registry';
import type { Dialect } from '../../server/src/core/model/types';

/** Formats the lines [first, last] (1-based, whole lines) and returns the resulting text. */
async function formatLines(dialect: Dialect, text: string, first: number, last: number): Promise<string> {
  const parsers = await wasmParsers();
  const lines = text.split('\n');
  const start = lines.slice(0, first - 1).join('\n').length + (first > 1 ? 1 : 0);
  const end = lines.slice(0, last).join('\n').length;
  const outcome = formatRange({ text, pack: packs[dialect], parser: parsers.forDialect(dialect) }, start, end);
  if (outcome.kind === 'refused') assert.fail(outcome.reason);
  const r = outcome.replacement;
  return r ? text.slice(0, r.startIndex) + r.newText + text.slice(r.endIndex) : text;
}

const messy = ['http {', 'server {', '  listen   80;', '      server_name   a.example;', 'location / {', 'return 200;', '}', '}', '}', ''].join('\n');

test('a selection inside a block formats only the statements on its lines', async () => {
  const result = await formatLines('nginx', messy, 3, 3);
  assert.equal(result, messy.replace('  listen   80;', '        listen 80;'));
});

test('a selection that takes in a closing brace formats the whole block', async () => {
  const result = await formatLines('nginx', messy, 7, 7);
  assert.equal(result, messy.replace('location / {\nreturn 200;\n}', '        location / {\n            return 200;\n        }'));
});

test('one line of a statement written over several lines formats the whole statement', async () => {
  const text = 'http {\nlog_format main "a"\n"b"  "c";\n  gzip   on;\n}\n';
  assert.equal(await formatLines('nginx', text, 3, 3), 'http {\n    log_format main "a"\n        "b" "c";\n  gzip   on;\n}\n');
});

test('a selection of blank lines changes nothing', async () => {
  const text = 'http {\n\n\n  gzip   on;\n}\n';
  assert.equal(await formatLines('nginx', text, 2, 3), text);
});

test('a Caddy selection formats the directives on its lines', async () => {
  const text = 'a.com {\n  root   * /srv\n    file_server\n}\n';
  assert.equal(await formatLines('caddy', text, 2, 2), 'a.com {\n\troot * /srv\n    file_server\n}\n');
});

test('range formatting refuses a file with syntax errors', async () => {
  const parsers = await wasmParsers();
  const outcome = formatRange({ text: 'http {\n  listen 80\n', pack: packs.nginx, parser: parsers.forDialect('nginx') }, 0, 5);
  assert.equal(outcome.kind, 'refused');
});
