// Caddyfile TextMate grammar (syntaxes/caddyfile.tmLanguage.json, built from
// syntaxes/src/caddyfile.mjs) — snapshot and behaviour tests.
//
// Scope conventions:
//   comment.line.number-sign.caddyfile        # comments (only at the start of a token)
//   entity.name.tag.caddyfile                 site addresses (constant.numeric.port inside)
//   keyword.other.directive.caddyfile         directives, subdirectives and global options
//                                             (first token of a line inside a block)
//   entity.name.function.snippet.caddyfile    (snippet) definitions and import targets
//   entity.name.function.named-route.caddyfile &(route) definitions and invoke targets
//   entity.name.function.matcher.caddyfile    @matcher definitions and references
//   support.function.matcher.caddyfile        matcher types inside definitions (path, header ...)
//   keyword.operator.wildcard.caddyfile       the * matcher
//   string.unquoted.matcher.path.caddyfile    /path matchers
//   keyword.control.import.caddyfile          import
//   variable.other.placeholder.caddyfile      {path} {http.request.uri} {args[0]}
//   variable.other.env.caddyfile              {$VAR} {$VAR:default}
//   string.quoted.double.caddyfile            "..." (constant.character.escape for \")
//   string.quoted.other.backtick.caddyfile    `...`
//   string.unquoted.heredoc.caddyfile         <<MARKER ... MARKER
//   constant.numeric.caddyfile                numbers, durations, sizes, 5xx
//   constant.language.boolean.caddyfile       on / off
//   punctuation.section.block.{begin,end}.caddyfile
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
  tokenize,
} from './textmate';
import { fixtureTokenizer, snapshotTests } from './grammarTests';

const CADDY = 'source.caddyfile';

const fixture = fixtureTokenizer(CADDY);

snapshotTests('caddyfile', CADDY, /\.Caddyfile$/);

test('caddyfile: "#" starts a comment only at the start of a token', async () => {
  const lines = await fixture('strings-heredoc.Caddyfile');
  assertScope(lines, '# but this is', 'comment.line.number-sign.caddyfile');
  assertNoScope(lines, 'a#b', 'comment', { onLine: 'X-Weird' });
  assertNoScope(lines, 'a#b is not a comment', 'comment');
});

test('caddyfile: a lone "{" at the top opens the global options block', async () => {
  const lines = await fixture('global-and-sites.Caddyfile');
  assertScope(lines, '{', 'punctuation.section.block.begin.caddyfile', { onLine: '{' });
  assertScope(lines, 'email', 'keyword.other.directive.caddyfile');
  assertScope(lines, 'admin', 'keyword.other.directive.caddyfile', { onLine: 'admin off' });
  assertScope(lines, 'off', 'constant.language.boolean.caddyfile');
  assertScope(lines, 'protocols', 'keyword.other.directive.caddyfile');
  assertNoScope(lines, 'email', 'entity.name.tag');
});

test('caddyfile: comma-separated site addresses are tags, with schemes, wildcards and ports', async () => {
  const lines = await fixture('global-and-sites.Caddyfile');
  assertScope(lines, 'example.com', 'entity.name.tag.caddyfile', { onLine: 'www.' });
  assertScope(lines, ',', 'punctuation.separator.comma.caddyfile', { onLine: 'www.' });
  assertScope(lines, 'www.example.com', 'entity.name.tag.caddyfile');
  assertScope(lines, 'http://localhost:8080', 'entity.name.tag.caddyfile');
  assertScope(lines, 'https://*.example.org:8443', 'entity.name.tag.caddyfile');
  assertScope(lines, '8443', 'constant.numeric.port.caddyfile');
});

test('caddyfile: a trailing comma continues the address list on the next line', async () => {
  const lines = await fixture('global-and-sites.Caddyfile');
  assertScope(lines, 'api.example.net', 'entity.name.tag.caddyfile');
  assertNoScope(lines, 'api.example.net', 'keyword.other.directive');
  assertScope(lines, 'respond', 'keyword.other.directive.caddyfile', { onLine: 'multi-line' });
});

test('caddyfile: env placeholders can form site addresses', async () => {
  const lines = await fixture('global-and-sites.Caddyfile');
  assertScope(lines, ':9000', 'entity.name.tag.caddyfile');
  assertScope(lines, 'api.{$DOMAIN}', 'entity.name.tag.caddyfile');
  assertScope(lines, '{$DOMAIN}', 'variable.other.env.caddyfile');
  assertScope(lines, '{$SITE_ADDRESS:localhost}', 'entity.name.tag.caddyfile');
  assertScope(lines, 'encode', 'keyword.other.directive.caddyfile');
});

test('caddyfile: the first token of a line inside a block is a directive', async () => {
  const lines = await fixture('global-and-sites.Caddyfile');
  assertScope(lines, 'root', 'keyword.other.directive.caddyfile');
  assertScope(lines, 'file_server', 'keyword.other.directive.caddyfile');
  assertScope(lines, 'reverse_proxy', 'keyword.other.directive.caddyfile');
  assertNoScope(lines, 'zstd gzip', 'keyword.other.directive');
  assertNoScope(lines, '127.0.0.1:3000', 'keyword.other.directive');
});

test('caddyfile: snippets and named routes are entity.name.function', async () => {
  const lines = await fixture('snippets-and-routes.Caddyfile');
  assertScope(lines, 'common', 'entity.name.function.snippet.caddyfile', { onLine: '(common)' });
  assertScope(lines, 'backend', 'entity.name.function.named-route.caddyfile', { onLine: '&(backend)' });
  assertScope(lines, 'backend', 'entity.name.function.named-route.caddyfile', { onLine: 'invoke' });
  assertScope(lines, 'encode', 'keyword.other.directive.caddyfile', { onLine: 'encode gzip' });
});

test('caddyfile: import takes a snippet name or a file path, then arguments', async () => {
  const lines = await fixture('snippets-and-routes.Caddyfile');
  assertScope(lines, 'import', 'keyword.control.import.caddyfile');
  assertScope(lines, 'common', 'entity.name.function.snippet.caddyfile', { onLine: 'import common example logs' });
  assertNoScope(lines, 'example logs', 'entity.name.function');
  assertScope(lines, 'sites/*.caddy', 'string.unquoted.path.caddyfile');
  assertScope(lines, 'common', 'entity.name.function.snippet.caddyfile', { onLine: '\timport common' });
});

test('caddyfile: snippet argument placeholders {args[0]} and {args[:]}', async () => {
  const lines = await fixture('snippets-and-routes.Caddyfile');
  assertScope(lines, '{args[0]}', 'variable.other.placeholder.caddyfile');
  assertScope(lines, '{args[1]}', 'variable.other.placeholder.caddyfile');
  assertScope(lines, '{args[:]}', 'variable.other.placeholder.caddyfile');
  assertNoScope(lines, '.log', 'variable');
});

test('caddyfile: matcher tokens after a directive: *, /path and @name', async () => {
  const lines = await fixture('matchers.Caddyfile');
  assertScope(lines, '@api', 'entity.name.function.matcher.caddyfile', { onLine: 'reverse_proxy @api' });
  assertScope(lines, '/assets/*', 'string.unquoted.matcher.path.caddyfile');
  assertScope(lines, '/old', 'string.unquoted.matcher.path.caddyfile');
  assertNoScope(lines, '/new', 'string.unquoted.matcher');
  assertScope(lines, '*', 'keyword.operator.wildcard.caddyfile', { onLine: 'respond *' });
});

test('caddyfile: directives that take no matcher, and subdirectives, have no path matcher', async () => {
  const lines = await fixture('matchers.Caddyfile');
  assertNoScope(lines, '/etc/ssl/cert.pem', 'string.unquoted.matcher');
  const snippet = await tokenize(CADDY, 'x.com {\n\tphp_fastcgi unix//run/php.sock {\n\t\troot /var/www\n\t}\n}\n');
  assertScope(snippet, 'root', 'keyword.other.directive.caddyfile');
  assertNoScope(snippet, '/var/www', 'string.unquoted.matcher');
});

test('caddyfile: named matcher definitions, as a block and on one line', async () => {
  const lines = await fixture('matchers.Caddyfile');
  assertScope(lines, '@api', 'entity.name.function.matcher.caddyfile', { onLine: '@api path' });
  assertScope(lines, 'path', 'support.function.matcher.caddyfile', { onLine: '@api path' });
  assertScope(lines, '@websockets', 'entity.name.function.matcher.caddyfile', { onLine: '{' });
  assertScope(lines, 'header', 'support.function.matcher.caddyfile', { onLine: 'Connection' });
  assertScope(lines, 'not', 'keyword.operator.logical.caddyfile', { onLine: '/legacy/' });
  assertScope(lines, 'path_regexp', 'support.function.matcher.caddyfile');
});

test('caddyfile: blocks nest (handle, reverse_proxy { handle_response { } })', async () => {
  const lines = await fixture('matchers.Caddyfile');
  assertScope(lines, 'file_server', 'keyword.other.directive.caddyfile');
  assertScope(lines, 'lb_try_duration', 'keyword.other.directive.caddyfile');
  assertScope(lines, '@err', 'entity.name.function.matcher.caddyfile');
  assertScope(lines, 'respond', 'keyword.other.directive.caddyfile', { onLine: 'upstream failed' });
  const last = lines[lines.length - 1];
  assert.equal(last.line, '}');
  assert.ok(last.tokens[0].scopes.includes('punctuation.section.block.end.caddyfile'));
});

test('caddyfile: placeholders in bare words and quoted strings', async () => {
  const lines = await fixture('placeholders.Caddyfile');
  assertScope(lines, '{host}', 'variable.other.placeholder.caddyfile');
  assertScope(lines, '{uri}', 'variable.other.placeholder.caddyfile');
  assertScope(lines, '{http.request.uri.path}', 'variable.other.placeholder.caddyfile');
  assertScope(lines, '{system.hostname}', 'variable.other.placeholder.caddyfile');
  assertScope(lines, '{system.hostname}', 'string.quoted.double.caddyfile');
  assertScope(lines, '{path}', 'variable.other.placeholder.caddyfile', { onLine: 'rewrite' });
});

test('caddyfile: env placeholders {$VAR} and {$VAR:default}, also inside strings', async () => {
  const lines = await fixture('placeholders.Caddyfile');
  assertScope(lines, '{$TOKEN}', 'variable.other.env.caddyfile');
  assertScope(lines, '{$REGION:eu-west-1}', 'variable.other.env.caddyfile');
  assertScope(lines, 'eu-west-1', 'string.unquoted.default.caddyfile');
  assertScope(lines, '{$APP_ENV:development}', 'variable.other.env.caddyfile');
  assertScope(lines, '{$APP_ENV:development}', 'string.quoted.double.caddyfile');
});

test('caddyfile: escaped braces and regex quantifiers are not placeholders', async () => {
  const lines = await fixture('placeholders.Caddyfile');
  assertScope(lines, '\\{', 'constant.character.escape.caddyfile');
  assertNoScope(lines, 'not a placeholder', 'variable');
  assertNoScope(lines, '{2}', 'variable');
});

test('caddyfile: \\" inside a quoted string is an escape and does not end it', async () => {
  const lines = await fixture('strings-heredoc.Caddyfile');
  assertScope(lines, '\\"', 'constant.character.escape.caddyfile', { onLine: 'say' });
  assertScope(lines, 'say \\"hi\\" to {remote_host}', 'string.quoted.double.caddyfile');
  assertScope(lines, '{remote_host}', 'variable.other.placeholder.caddyfile');
  assertScope(lines, '200', 'constant.numeric.caddyfile', { onLine: 'say' });
});

test('caddyfile: backtick strings hold double quotes and placeholders', async () => {
  const lines = await fixture('strings-heredoc.Caddyfile');
  assertScope(lines, '`backtick "quotes" {path}`', 'string.quoted.other.backtick.caddyfile');
  assertNoScope(lines, '"quotes"', 'string.quoted.double');
  assertScope(lines, '{path}', 'variable.other.placeholder.caddyfile', { onLine: 'backtick' });
});

test('caddyfile: a heredoc body is a string up to its closing marker', async () => {
  const lines = await fixture('strings-heredoc.Caddyfile');
  assertScope(lines, '<<HTML', 'string.unquoted.heredoc.caddyfile');
  assertScope(lines, '<html>', 'string.unquoted.heredoc.caddyfile');
  assertScope(lines, '<body>Hello from ', 'string.unquoted.heredoc.caddyfile');
  assertScope(lines, '{host}', 'variable.other.placeholder.caddyfile', { onLine: '<body>' });
  assertScope(lines, 'HTML', 'keyword.control.heredoc-token.caddyfile', { onLine: 'HTML 200' });
  assertNoScope(lines, '200', 'string', { onLine: 'HTML 200' });
  assertScope(lines, '200', 'constant.numeric.caddyfile', { onLine: 'HTML 200' });
  assertScope(lines, 'header', 'keyword.other.directive.caddyfile', { onLine: 'Content-Type' });
});

test('caddyfile: numbers, durations and sizes are numeric', async () => {
  const lines = await fixture('strings-heredoc.Caddyfile');
  assertSingleToken(lines, '10MB');
  assertScope(lines, '10MB', 'constant.numeric.caddyfile');
  const matchers = await fixture('matchers.Caddyfile');
  assertScope(matchers, '5s', 'constant.numeric.caddyfile');
  assertScope(matchers, '404', 'constant.numeric.caddyfile');
  assertNoScope(matchers, '6001', 'constant.numeric');
});

test('caddyfile: a trailing backslash continues the directive on the next line', async () => {
  const lines = await fixture('strings-heredoc.Caddyfile');
  assertScope(lines, '\\', 'constant.character.escape.line-continuation.caddyfile', { onLine: 'localhost:8080' });
  assertNoScope(lines, 'localhost:8081', 'keyword.other.directive');
});

test('caddyfile: a site without braces: first line addresses, then directives', async () => {
  const lines = await fixture('site-without-braces.Caddyfile');
  assertScope(lines, 'localhost:8443', 'entity.name.tag.caddyfile');
  assertScope(lines, '# dev site', 'comment.line.number-sign.caddyfile');
  assertScope(lines, 'encode', 'keyword.other.directive.caddyfile');
  assertScope(lines, '/health', 'string.unquoted.matcher.path.caddyfile');
  assertScope(lines, 'file_server', 'keyword.other.directive.caddyfile');
  assertNoScope(lines, 'file_server', 'entity.name.tag');
});

test('caddyfile: a CRLF file is scoped exactly like the same file with LF endings', async () => {
  const crlf = readFixture('crlf.Caddyfile');
  assert.ok(crlf.includes('\r\n'), 'crlf.Caddyfile must keep CRLF line endings');
  await assertCrlfLikeLf(CADDY, crlf);
});
