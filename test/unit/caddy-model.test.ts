import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allStatements, directiveNamed, parseText } from '../support/parse';
import type { SiteBlock } from '../../server/src/core/model/types';

function sites(statements: ReturnType<typeof allStatements>): SiteBlock[] {
  return statements.filter((s): s is SiteBlock => s.kind === 'site');
}

test('a site block keeps every address, comma or space separated', async () => {
  const file = await parseText('caddy', 'example.com, www.example.com :8080 {\n  respond "hi"\n}\n');
  const [site] = sites(allStatements(file));
  assert.deepEqual(site.addresses.map((a) => a.value), ['example.com', 'www.example.com', ':8080']);
});

test('a single-site file without braces holds its directives', async () => {
  const file = await parseText('caddy', 'localhost:2015\n\nrespond "ok"\nfile_server\n');
  const [site] = sites(allStatements(file));
  assert.equal(site.braceless, true);
  assert.deepEqual(site.block.children.filter((c) => c.kind === 'directive').map((c) => (c.kind === 'directive' ? c.name : '')), ['respond', 'file_server']);
});

test('global options, snippets and named routes are named blocks', async () => {
  const file = await parseText('caddy', '{\n  admin off\n}\n(common) {\n  encode gzip\n}\n&(app) {\n  respond "x"\n}\nexample.com {\n  import common\n}\n');
  const kinds = file.statements.filter((s) => s.kind !== 'comment').map((s) => s.kind);
  assert.deepEqual(kinds, ['global-options', 'snippet', 'named-route', 'site']);
});

test('a directive matcher is kept apart from the arguments', async () => {
  const file = await parseText('caddy', 'example.com {\n  reverse_proxy /api/* localhost:9000\n  respond @blocked 403\n}\n');
  const proxy = directiveNamed(file, 'reverse_proxy');
  assert.equal(proxy.matcher?.value, '/api/*');
  assert.deepEqual(proxy.args.map((a) => a.value), ['localhost:9000']);
  assert.equal(directiveNamed(file, 'respond').matcher?.value, '@blocked');
});

test('named matchers are definitions, in block and one-line form', async () => {
  const file = await parseText('caddy', 'example.com {\n  @api path /api/*\n  @post {\n    method POST\n  }\n}\n');
  const defs = allStatements(file).filter((s) => s.kind === 'matcher-definition');
  assert.deepEqual(defs.map((d) => (d.kind === 'matcher-definition' ? [d.name, d.inline] : [])), [
    ['@api', true],
    ['@post', false],
  ]);
});

test('placeholders make an argument an expression', async () => {
  const file = await parseText('caddy', 'example.com {\n  redir https://{host}{uri}\n}\n');
  assert.equal(directiveNamed(file, 'redir').args[0].kind, 'expression');
});

test('quoted, backtick and heredoc arguments keep their text as Caddy reads it', async () => {
  const file = await parseText('caddy', 'example.com {\n  respond "say \\"hi\\""\n  header X `a "b"`\n  respond <<TXT\n    line one\n    line two\n    TXT 200\n}\n');
  const responds = allStatements(file).filter((s) => s.kind === 'directive' && s.name === 'respond');
  const first = responds[0].kind === 'directive' ? responds[0].args[0] : undefined;
  assert.equal(first?.value, 'say "hi"');
  assert.equal(directiveNamed(file, 'header').args[1].value, 'a "b"');
  const heredoc = responds[1].kind === 'directive' ? responds[1].args[0] : undefined;
  assert.equal(heredoc?.quote, 'heredoc');
  assert.equal(heredoc?.value, 'line one\nline two');
});
