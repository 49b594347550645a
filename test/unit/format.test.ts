// The formatter's guarantees beyond the fixture pairs: refusals, editor options, line endings,
// and the token-stream check it relies on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wasmParsers } from '../support/parse';
import { formatText, type FormatOutcome } from '../../server/src/core/format/formatter';
import { tokenStream, firstDifference } from '../../server/src/core/format/tokenStream';
import { editorIndent, type IndentStyle } from '../../server/src/core/format/rules';
import { packs } from '../../server/src/core/dialects/registry';
import type { CstParser } from '../../server/src/core/parse/cst';
import type { Dialect } from '../../server/src/core/model/types';

async function format(dialect: Dialect, text: string, indent?: IndentStyle): Promise<FormatOutcome> {
  const parsers = await wasmParsers();
  return formatText({ text, pack: packs[dialect], parser: parsers.forDialect(dialect), indent });
}

async function formatted(dialect: Dialect, text: string, indent?: IndentStyle): Promise<string> {
  const outcome = await format(dialect, text, indent);
  if (outcome.kind === 'refused') assert.fail(`refused: ${outcome.reason}`);
  return outcome.text;
}

async function streamsDiffer(dialect: Dialect, a: string, b: string): Promise<boolean> {
  const parser = (await wasmParsers()).forDialect(dialect);
  const [ta, tb] = [parser.parse(a), parser.parse(b)];
  const rules = packs[dialect].readingRules;
  return firstDifference(tokenStream(ta, a, rules), tokenStream(tb, b, rules)) !== undefined;
}

test('an nginx file with a missing semicolon is refused, naming the line', async () => {
  const outcome = await format('nginx', 'http {\n  server_name a;\n  listen 80\n}\n');
  assert.equal(outcome.kind, 'refused');
  assert.match(outcome.kind === 'refused' ? outcome.reason : '', /syntax error .*line 3/);
});

test('a Caddyfile with an unclosed block is refused', async () => {
  const outcome = await format('caddy', 'example.com {\n  respond "hi"\n');
  assert.equal(outcome.kind, 'refused');
});

test('blocks nested deeper than the model reads are refused, not a crash', async () => {
  const outcome = await format('nginx', `http {${' server {'.repeat(250)}${'}'.repeat(250)}}\n`);
  assert.equal(outcome.kind, 'refused');
  assert.match(outcome.kind === 'refused' ? outcome.reason : '', /nested more than/);
});

test('a result whose token stream differs from the input is refused', async () => {
  const real = (await wasmParsers()).forDialect('nginx');
  let calls = 0;
  // The second parse (of the formatted output) sees a token split in two, as a faulty rule would make.
  const lying: CstParser = { parse: (text) => real.parse(calls++ === 1 ? text.replace('80', '8 ') : text) };
  const outcome = formatText({ text: 'http { listen 80; }\n', pack: packs.nginx, parser: lying });
  assert.equal(outcome.kind, 'refused');
  assert.match(outcome.kind === 'refused' ? outcome.reason : '', /would change the tokens/);
});

test('an already formatted file is reported unchanged', async () => {
  const outcome = await format('nginx', 'events {}\nhttp {\n    sendfile on;\n}\n');
  assert.deepEqual(outcome, { kind: 'formatted', text: 'events {}\nhttp {\n    sendfile on;\n}\n', changed: false });
});

test('the editor can ask for tabs', async () => {
  assert.equal(await formatted('nginx', 'http {\nserver {\nlisten 80;\n}\n}\n', editorIndent(4, false)), 'http {\n\tserver {\n\t\tlisten 80;\n\t}\n}\n');
});

test('the editor can ask for two spaces, and continuation lines keep their offset', async () => {
  const text = 'http {\n    log_format main "a"\n                    "b";\n}\n';
  assert.equal(await formatted('nginx', text, editorIndent(2, true)), 'http {\n  log_format main "a"\n                  "b";\n}\n');
});

test('a Caddyfile gets spaces when the editor asks for them', async () => {
  assert.equal(await formatted('caddy', 'a.com {\n\trespond hi\n}\n', editorIndent(2, true)), 'a.com {\n  respond hi\n}\n');
});

test('CRLF line endings are kept', async () => {
  assert.equal(await formatted('nginx', 'http {\r\n  server { listen 80; }\r\n}\r\n'), 'http {\r\n    server {\r\n        listen 80;\r\n    }\r\n}\r\n');
});

test('a byte order mark stays at the start', async () => {
  assert.equal(await formatted('nginx', '\ufeffhttp {  }\n'), '\ufeffhttp {}\n');
});

test('nginx comments lose trailing blanks; Caddy comments are copied as caddy fmt does', async () => {
  assert.equal(await formatted('nginx', '# note   \nevents {}\n'), '# note\nevents {}\n');
  assert.equal(await formatted('caddy', '# note   \na.com {\n\trespond hi\n}\n'), '# note   \na.com {\n\trespond hi\n}\n');
});

test('a Caddy line continuation stays a continuation', async () => {
  assert.equal(await formatted('caddy', 'a.com {\n  header X-A \\\n      b\n}\n'), 'a.com {\n\theader X-A \\\n\tb\n}\n');
});

test('an empty nginx file stays empty; an empty Caddyfile becomes one line break, as caddy fmt', async () => {
  assert.equal(await formatted('nginx', '\n\n'), '');
  assert.equal(await formatted('caddy', ''), '\n');
});

test('the token stream ignores whitespace between tokens', async () => {
  assert.equal(await streamsDiffer('nginx', 'http { listen 80; }', 'http {\n    listen   80;\n}\n'), false);
});

test('the token stream sees whitespace inside a quoted string', async () => {
  assert.equal(await streamsDiffer('nginx', 'return 200 "a b";', 'return 200 "a  b";'), true);
  assert.equal(await streamsDiffer('caddy', 'respond "{a} {b}"\n', 'respond "{a}  {b}"\n'), true);
});

test('the token stream sees two Caddy lines joined into one', async () => {
  assert.equal(await streamsDiffer('caddy', 'a.com {\n\troot /srv\n\tfile_server\n}\n', 'a.com {\n\troot /srv file_server\n}\n'), true);
});
