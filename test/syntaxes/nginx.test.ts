// nginx TextMate grammar (syntaxes/nginx.tmLanguage.json, built from
// syntaxes/src/nginx.mjs) — snapshot and behaviour tests.
//
// Scope conventions:
//   comment.line.number-sign.nginx       # comments (only at the start of a token)
//   keyword.other.directive.nginx        directive names (first token of a statement)
//   storage.type.block.nginx             block directives: http server location upstream map ...
//   keyword.control.conditional.nginx    if
//   keyword.operator.modifier.nginx      location modifiers = ^~ ~ ~*
//   keyword.operator.{comparison,regex,test}.nginx   if operators = != ~ ~* !~ !~* -f !-d ...
//   string.unquoted.path.nginx           location prefix paths
//   string.regexp.nginx                  regular expressions (location, if, rewrite, map keys,
//                                        ~tokens), with *.regexp.nginx scopes inside
//   entity.name.function.location.nginx  named locations @name (definition and use)
//   string.quoted.{double,single}.nginx  quoted strings; constant.character.escape.nginx inside
//   variable.other.nginx                 $var ${var} (also in strings and bare words)
//   variable.parameter.nginx             name= of name=value parameters
//   constant.numeric.nginx               numbers, sizes and times (10m 512k 1h30m 0.5%)
//   constant.language.boolean.nginx      on / off
//   keyword.other.flag.nginx             rewrite flags
//   punctuation.section.block.{begin,end}.nginx / punctuation.terminator.statement.nginx
//   meta.embedded.block.lua              *_by_lua_block bodies (source.lua is included)
//
// Snapshots: test/syntaxes/snapshots/<fixture>.snap; refresh with
// UPDATE_SNAPSHOTS=1 node --test out/test/syntaxes/ and review the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertCrlfLikeLf,
  assertNoScope,
  assertScope,
  assertSingleToken,
  readFixture,
  scopesOfText,
} from './textmate';
import { fixtureTokenizer, snapshotTests } from './grammarTests';

const NGINX = 'source.nginx';

const fixture = fixtureTokenizer(NGINX);

snapshotTests('nginx', NGINX, /\.conf$/);

test('nginx: "#" inside a word does not start a comment (a#b is one word)', async () => {
  const lines = await fixture('hash-in-word.conf');
  assertNoScope(lines, 'a#b', 'comment');
  assertNoScope(lines, '/path#fragment', 'comment');
  assertScope(lines, ';', 'punctuation.terminator.statement.nginx', { onLine: 'a#b' });
});

test('nginx: "#" at the start of a token starts a comment, also right after ";"', async () => {
  const lines = await fixture('hash-in-word.conf');
  assertScope(lines, '# trailing comment', 'comment.line.number-sign.nginx');
  assertScope(lines, '#glued comment after semicolon', 'comment.line.number-sign.nginx');
});

test('nginx: "#" inside a quoted string is not a comment', async () => {
  const lines = await fixture('hash-in-word.conf');
  assertScope(lines, 'not # a comment', 'string.quoted.double.nginx');
  assertNoScope(lines, 'not # a comment', 'comment');
});

test('nginx: the first word of every statement is a directive, several per line', async () => {
  const lines = await fixture('multiline-directives.conf');
  assertScope(lines, 'listen', 'keyword.other.directive.nginx', { onLine: 'http {' });
  assertScope(lines, 'server_name', 'keyword.other.directive.nginx', { onLine: 'http {' });
  assertNoScope(lines, 'a.test', 'keyword.other.directive');
  assertScope(lines, 'worker_connections', 'keyword.other.directive.nginx', { onLine: 'events' });
});

test('nginx: a directive split over several lines keeps its arguments', async () => {
  const lines = await fixture('multiline-directives.conf');
  assertScope(lines, 'proxy_set_header', 'keyword.other.directive.nginx');
  assertNoScope(lines, 'Host', 'keyword.other.directive', { onLine: 'Host' });
  assertScope(lines, '$host', 'variable.other.nginx');
  assertScope(lines, ';', 'punctuation.terminator.statement.nginx', { onLine: '$host' });
});

test('nginx: block directives are storage.type, including "server" with "{" on the next line', async () => {
  const lines = await fixture('multiline-directives.conf');
  for (const name of ['http', 'server', 'events']) assertScope(lines, name, 'storage.type.block.nginx');
  assertScope(lines, 'server', 'storage.type.block.nginx', { onLine: /^server$/ });
  assertScope(lines, '{', 'punctuation.section.block.begin.nginx', { onLine: /^\{$/ });
});

test('nginx: "server" inside upstream (with arguments) is a plain directive', async () => {
  const lines = await fixture('numbers-and-flags.conf');
  assertScope(lines, 'upstream', 'storage.type.block.nginx');
  assertScope(lines, 'server', 'keyword.other.directive.nginx', { onLine: 'weight=' });
});

test('nginx: a missing ";" before "}" still closes the block', async () => {
  const lines = await fixture('multiline-directives.conf');
  assertScope(lines, '}', 'punctuation.section.block.end.nginx', { onLine: 'return 200 }' });
  assertScope(lines, 'add_header', 'keyword.other.directive.nginx', { onLine: 'X-After-Missing' });
});

test('nginx: location modifiers = ^~ ~ ~* are operators', async () => {
  const lines = await fixture('location-regex.conf');
  assertSingleToken(lines, '=', { onLine: 'favicon' });
  assertScope(lines, '=', 'keyword.operator.modifier.nginx', { onLine: 'favicon' });
  assertScope(lines, '^~', 'keyword.operator.modifier.nginx');
  assertScope(lines, '~', 'keyword.operator.modifier.nginx', { onLine: '\\.php$' });
  assertScope(lines, '~*', 'keyword.operator.modifier.nginx', { onLine: 'img|css' });
  assertScope(lines, '=', 'keyword.operator.modifier.nginx', { onLine: '=/exact' });
});

test('nginx: location prefix paths are unquoted path strings', async () => {
  const lines = await fixture('location-regex.conf');
  assertScope(lines, '/favicon.ico', 'string.unquoted.path.nginx');
  assertScope(lines, '/static/', 'string.unquoted.path.nginx');
  assertScope(lines, '/api/', 'string.unquoted.path.nginx');
  assertScope(lines, '/exact', 'string.unquoted.path.nginx');
});

test('nginx: location paths after ~ and ~* are regular expressions', async () => {
  const lines = await fixture('location-regex.conf');
  assertScope(lines, '\\.php$', 'string.regexp.nginx');
  assertScope(lines, '^/(img|css)/.+\\.(png|jpe?g)$', 'string.regexp.nginx');
  assertScope(lines, '\\.txt$', 'string.regexp.nginx', { onLine: '~\\.txt$' });
  assertScope(lines, '(', 'punctuation.definition.group.begin.regexp.nginx', { onLine: 'img|css' });
  assertScope(lines, '$', 'keyword.control.anchor.regexp.nginx', { onLine: '\\.php$' });
});

test('nginx: {2,3} inside a quoted location regex is a quantifier inside string.regexp', async () => {
  const lines = await fixture('location-regex.conf');
  assertScope(lines, '"^/img/\\d{2,3}\\.png$"', 'string.regexp.nginx');
  assertScope(lines, '{2,3}', 'keyword.operator.quantifier.regexp.nginx');
  assertScope(lines, '{', 'punctuation.section.block.begin.nginx', { onLine: '{2,3}', nth: 1 });
  assertScope(lines, 'return', 'keyword.other.directive.nginx', { onLine: '{2,3}' });
});

test('nginx: named capture groups in a location regex are variables', async () => {
  const lines = await fixture('location-regex.conf');
  assertScope(lines, 'ver', 'variable.other.nginx', { onLine: '(?<ver>' });
  assertScope(lines, 'ver', 'string.regexp.nginx', { onLine: '(?<ver>' });
});

test('nginx: named locations @name are entity.name.function (definition and use)', async () => {
  const lines = await fixture('location-regex.conf');
  assertScope(lines, '@backend', 'entity.name.function.location.nginx', { onLine: 'location @backend' });
  assertScope(lines, '@backend', 'entity.name.function.location.nginx', { onLine: 'try_files' });
});

test('nginx: if conditions scope the parentheses and the operators', async () => {
  const lines = await fixture('if-conditions.conf');
  assertScope(lines, 'if', 'keyword.control.conditional.nginx');
  assertScope(lines, '(', 'punctuation.section.parens.begin.nginx', { onLine: 'POST' });
  assertScope(lines, ')', 'punctuation.section.parens.end.nginx', { onLine: 'POST' });
  assertScope(lines, '=', 'keyword.operator.comparison.nginx', { onLine: 'POST' });
  assertScope(lines, '~*', 'keyword.operator.regex.nginx', { onLine: 'msie' });
  assertScope(lines, '!~', 'keyword.operator.regex.nginx');
  assertScope(lines, '!-f', 'keyword.operator.test.nginx');
});

test('nginx: the regex operand of an if condition stops before the closing parenthesis', async () => {
  const lines = await fixture('if-conditions.conf');
  assertScope(lines, '^/old/(.*)$', 'string.regexp.nginx');
  const closing = scopesOfText(lines, ')', { onLine: '^/old/', nth: 1 })[0];
  assert.ok(closing.includes('punctuation.section.parens.end.nginx'), closing.join(' '));
  assertScope(lines, '"(msie|trident)"', 'string.regexp.nginx');
  assertScope(lines, '{3}', 'keyword.operator.quantifier.regexp.nginx');
});

test('nginx: ${var} and $var inside double-quoted strings are variables', async () => {
  const lines = await fixture('strings-variables.conf');
  assertScope(lines, '${name}', 'variable.other.nginx');
  assertScope(lines, '${name}', 'string.quoted.double.nginx');
  assertScope(lines, '$host', 'variable.other.nginx', { onLine: 'greeting' });
  assertNoScope(lines, '_suffix', 'variable');
});

test('nginx: escapes inside quoted strings do not end the string', async () => {
  const lines = await fixture('strings-variables.conf');
  assertScope(lines, "\\'", 'constant.character.escape.nginx');
  assertScope(lines, ' quoted', 'string.quoted.single.nginx');
  assertScope(lines, '\\"', 'constant.character.escape.nginx', { onLine: 'json' });
  assertScope(lines, '$uri', 'variable.other.nginx', { onLine: 'json' });
  assertScope(lines, ';', 'punctuation.terminator.statement.nginx', { onLine: 'json' });
});

test('nginx: variables are recognised inside bare words', async () => {
  const lines = await fixture('strings-variables.conf');
  assertScope(lines, '${backend}', 'variable.other.nginx');
  assertScope(lines, '$request_uri', 'variable.other.nginx', { onLine: 'proxy_pass' });
  assertNoScope(lines, 'http://', 'variable', { onLine: 'proxy_pass' });
});

test('nginx: a quoted string may span several lines', async () => {
  const lines = await fixture('strings-variables.conf');
  assertScope(lines, '"$request" $status', 'string.quoted.single.nginx');
  assertScope(lines, '$status', 'variable.other.nginx');
});

test('nginx: numbers, sizes and times are numeric; on/off are booleans', async () => {
  const lines = await fixture('numbers-and-flags.conf');
  for (const n of ['10m', '512k', '1h30m', '65', '-1', '1.1', '16']) {
    assertSingleToken(lines, n);
    assertScope(lines, n, 'constant.numeric.nginx');
  }
  assertScope(lines, 'on', 'constant.language.boolean.nginx', { onLine: 'gzip' });
  assertScope(lines, 'off', 'constant.language.boolean.nginx', { onLine: 'sendfile' });
  assertNoScope(lines, 'auto', 'constant');
});

test('nginx: name=value parameters scope the name and numeric values', async () => {
  const lines = await fixture('numbers-and-flags.conf');
  assertScope(lines, 'weight', 'variable.parameter.nginx');
  assertScope(lines, '5', 'constant.numeric.nginx', { onLine: 'weight=' });
  assertScope(lines, '30s', 'constant.numeric.nginx');
  assertNoScope(lines, '10.0.0.2:8080', 'constant.numeric');
});

test('nginx: map keys that are regexes (bare ~ and quoted "~...") are string.regexp', async () => {
  const lines = await fixture('map-regex-keys.conf');
  assertScope(lines, '~^/api', 'string.regexp.nginx');
  assertScope(lines, '~*\\.json$', 'string.regexp.nginx');
  assertScope(lines, '"~^/v[0-9]{1,2}/"', 'string.regexp.nginx');
  assertScope(lines, '{1,2}', 'keyword.operator.quantifier.regexp.nginx');
  assertScope(lines, "'~*^/static/'", 'string.regexp.nginx');
  assertScope(lines, '~*', 'keyword.operator.regex.nginx', { onLine: '~*\\.json$' });
});

test('nginx: map bodies are key/value tables, not directives', async () => {
  const lines = await fixture('map-regex-keys.conf');
  assertScope(lines, 'default', 'keyword.other.directive.nginx');
  assertScope(lines, 'hostnames', 'keyword.other.directive.nginx');
  assertNoScope(lines, '/exact', 'keyword.other.directive');
  assertNoScope(lines, '10.0.0.0/8', 'keyword.other.directive');
  assertScope(lines, '0.5%', 'constant.numeric.nginx');
  assertScope(lines, 'server_name', 'keyword.other.directive.nginx');
});

test('nginx: ~tokens in ordinary arguments (server_name) are regexes', async () => {
  const lines = await fixture('map-regex-keys.conf');
  assertScope(lines, '~^(?<sub>\\w+)\\.example\\.org$', 'string.regexp.nginx');
  assertNoScope(lines, 'example.com', 'string.regexp');
});

test('nginx: *_by_lua_block bodies are embedded Lua', async () => {
  const lines = await fixture('lua-block.conf');
  assertScope(lines, 'local t = ', 'meta.embedded.block.lua');
  assertScope(lines, 'if t.a.b == 1 then ngx.exit(200) end', 'meta.embedded.block.lua');
  assertNoScope(lines, 'content_by_lua_block', 'meta.embedded');
  assertScope(lines, 'content_by_lua_block', 'keyword.other.directive.nginx');
});

test('nginx: nested Lua tables do not end the Lua block', async () => {
  const lines = await fixture('lua-block.conf');
  assertScope(lines, '}', 'meta.embedded.block.lua', { onLine: 'local t', nth: 0 });
  assertScope(lines, '}', 'meta.embedded.block.lua', { onLine: 'local t', nth: 1 });
  assertScope(lines, 'ngx.say', 'meta.embedded.block.lua', { onLine: 'closing' });
});

test('nginx: "}" inside Lua strings and comments does not end the Lua block', async () => {
  const lines = await fixture('lua-block.conf');
  assertScope(lines, 'closing } in a string', 'string.quoted.double.lua');
  assertScope(lines, 'and { another }', 'string.quoted.single.lua');
  assertScope(lines, 'a comment with } brace', 'comment.line.double-dash.lua');
  assertScope(lines, ' long } string ', 'string.quoted.other.multiline.lua');
  assertScope(lines, ' block } comment ', 'comment.block.lua');
  assertScope(lines, 'if t.a.b', 'meta.embedded.block.lua');
});

test('nginx: the nginx block resumes after the closing brace of a Lua block', async () => {
  const lines = await fixture('lua-block.conf');
  assertScope(lines, '}', 'punctuation.section.block.end.nginx', { onLine: '"}" }', nth: 1 });
  assertNoScope(lines, '}', 'meta.embedded', { onLine: '"}" }', nth: 1 });
  assertScope(lines, 'add_header', 'keyword.other.directive.nginx');
  assertNoScope(lines, 'add_header', 'meta.embedded');
});

test('nginx: rewrite has a regex, a replacement with variables and a flag', async () => {
  const lines = await fixture('rewrite.conf');
  assertScope(lines, '^/old/(.*)$', 'string.regexp.nginx');
  assertNoScope(lines, '/new/', 'string.regexp');
  assertScope(lines, '$1', 'variable.other.nginx');
  assertScope(lines, 'permanent', 'keyword.other.flag.nginx');
  assertScope(lines, '"^/a{2,3}/(?<rest>.*)$"', 'string.regexp.nginx');
  assertScope(lines, 'break', 'keyword.other.flag.nginx');
  assertScope(lines, 'redirect', 'keyword.other.flag.nginx');
  assertScope(lines, '^(.+\\.php)(/.+)$', 'string.regexp.nginx');
});

test('nginx: template markers ({{ }}, {% %}, {# #}) do not open blocks', async () => {
  const lines = await fixture('templates.conf');
  assertScope(lines, '{{ nginx_port }}', 'meta.template.expression.nginx');
  assertScope(lines, ';', 'punctuation.terminator.statement.nginx', { onLine: 'nginx_port' });
  assertScope(lines, 'ssl_certificate', 'keyword.other.directive.nginx');
  assertScope(lines, '{# jinja comment #}', 'comment.block.template.nginx');
  assertScope(lines, '{', 'punctuation.section.block.begin.nginx', { onLine: '{#nginx' });
  assertScope(lines, '#nginx comment after brace', 'comment.line.number-sign.nginx');
});

test('nginx: a CRLF file is scoped exactly like the same file with LF endings', async () => {
  const crlf = readFixture('crlf.conf');
  assert.ok(crlf.includes('\r\n'), 'crlf.conf must keep CRLF line endings');
  await assertCrlfLikeLf(NGINX, crlf);
});
