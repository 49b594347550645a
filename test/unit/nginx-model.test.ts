import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allDirectives, directiveNamed, parseText } from '../support/parse';

test('a directive keeps its name and arguments in order', async () => {
  const file = await parseText('nginx', 'worker_processes 4;\nerror_log logs/error.log warn;\n');
  const d = directiveNamed(file, 'error_log');
  assert.deepEqual(d.args.map((a) => a.value), ['logs/error.log', 'warn']);
  assert.equal(d.terminated, true);
});

test('quoted arguments lose their quotes and keep their escapes as nginx does', async () => {
  const file = await parseText('nginx', `add_header X-A "say \\"hi\\"" always;\nreturn 200 'it\\'s';\n`);
  assert.deepEqual(directiveNamed(file, 'add_header').args.map((a) => [a.kind, a.value]), [
    ['word', 'X-A'],
    ['quoted', 'say "hi"'],
    ['word', 'always'],
  ]);
  assert.equal(directiveNamed(file, 'return').args[1].value, "it's");
});

test('arguments with variables are expressions', async () => {
  const file = await parseText('nginx', 'proxy_set_header Host $host;\nset $a "${scheme}://x";\n');
  assert.equal(directiveNamed(file, 'proxy_set_header').args[1].kind, 'expression');
  assert.equal(directiveNamed(file, 'set').args[1].kind, 'expression');
});

test('blocks nest their children', async () => {
  const file = await parseText('nginx', 'http { server { listen 80; location / { root /srv; } } }');
  const names = allDirectives(file).map((d) => d.name);
  assert.deepEqual(names, ['http', 'server', 'listen', 'location', 'root']);
  const http = directiveNamed(file, 'http');
  assert.equal(http.block?.children.length, 1);
});

test('location modifiers and paths are separate arguments and regex paths are regexes', async () => {
  const file = await parseText('nginx', 'location = /exact { }\nlocation ~* \\.php$ { }\nlocation ^~ /static/ { }\nlocation @fallback { }\nlocation /plain { }\n');
  const locations = allDirectives(file).filter((d) => d.name === 'location');
  assert.deepEqual(locations.map((l) => l.args.map((a) => `${a.kind}:${a.value}`)), [
    ['word:=', 'word:/exact'],
    ['word:~*', 'regex:\\.php$'],
    ['word:^~', 'word:/static/'],
    ['word:@fallback'],
    ['word:/plain'],
  ]);
});

test('attached location modifiers are split like nginx splits them', async () => {
  const file = await parseText('nginx', 'location =/x { }\n');
  assert.deepEqual(directiveNamed(file, 'location').args.map((a) => a.value), ['=', '/x']);
});

test('a location modifier alone is the only argument, and a quoted modifier reads as the modifier', async () => {
  const file = await parseText('nginx', 'location = { }\nlocation ~* { }\nlocation ^~{ }\nlocation "~" \\.php$ { }\nlocation \'=\' { }\n');
  const locations = allDirectives(file).filter((d) => d.name === 'location');
  assert.deepEqual(locations.map((l) => l.args.map((a) => `${a.kind}:${a.value}`)), [
    ['word:='],
    ['word:~*'],
    ['word:^~'],
    ['quoted:~', 'regex:\\.php$'],
    ['quoted:='],
  ]);
});

test('a quoted location regex with a {n,m} quantifier is one regex argument', async () => {
  const file = await parseText('nginx', 'location ~ "^/a{2,3}$" { return 204; }\n');
  const loc = directiveNamed(file, 'location');
  assert.equal(loc.args[1].kind, 'regex');
  assert.equal(loc.args[1].value, '^/a{2,3}$');
  assert.equal(directiveNamed(file, 'return').args[0].value, '204');
});

test('if conditions become the tokens between the parentheses', async () => {
  const file = await parseText('nginx', 'if ($request_uri ~* "^/(a|b)") { return 403; }\nif (!-f $request_filename) { break; }\n');
  const ifs = allDirectives(file).filter((d) => d.name === 'if');
  assert.deepEqual(ifs[0].args.map((a) => a.value), ['$request_uri', '~*', '^/(a|b)']);
  assert.equal(ifs[0].args[2].kind, 'regex');
  assert.deepEqual(ifs[1].args.map((a) => a.value), ['!-f', '$request_filename']);
});

test('map bodies are key-value entries', async () => {
  const file = await parseText('nginx', 'map $uri $target {\n  default 0;\n  "~^/api" 1;\n  /exact 2;\n}\n');
  const entries = allDirectives(file).filter((d) => d.isEntry);
  assert.deepEqual(entries.map((e) => [e.name, e.args.map((a) => a.value)]), [
    ['default', ['0']],
    ['~^/api', ['1']],
    ['/exact', ['2']],
  ]);
});

test('lua block bodies are kept verbatim, braces inside strings included', async () => {
  const body = `\n    local t = { a = "}" }\n    ngx.say(t.a)\n`;
  const file = await parseText('nginx', `location / {\n  content_by_lua_block {${body}}\n}\n`);
  const lua = directiveNamed(file, 'content_by_lua_block');
  assert.equal(lua.rawBody?.text, body);
});

test('a # inside a word is not a comment', async () => {
  const file = await parseText('nginx', 'return 200 a#b;\n# real comment\n');
  assert.equal(directiveNamed(file, 'return').args[1].value, 'a#b');
  assert.equal(file.statements.filter((s) => s.kind === 'comment').length, 1);
});

test('CRLF line endings and a BOM parse like plain text', async () => {
  const file = await parseText('nginx', '\ufeffevents {\r\n  worker_connections 10;\r\n}\r\n');
  assert.equal(file.syntaxFindings.length, 0);
  assert.equal(directiveNamed(file, 'worker_connections').args[0].value, '10');
});

test('ranges point at the exact text', async () => {
  const text = 'http {\n  server_name  example.test;\n}\n';
  const file = await parseText('nginx', text);
  const d = directiveNamed(file, 'server_name');
  assert.equal(text.slice(d.nameSpan.startIndex, d.nameSpan.endIndex), 'server_name');
  assert.deepEqual(d.args[0].span.start, { line: 1, column: 15 });
});
