/**
 * proxy_pass: the request URI nginx sends upstream (without and with a URI part, with variables, after
 * rewrites and internal redirects, and how it is escaped).
 * Every expected value was observed on real nginx 1.22.1 (probe scripts: .work/h5/probe.mjs with
 * proxy-cases.mjs; an echo upstream records the request line nginx sends). The request flags in each
 * test are the ones nginx holds in that scenario (see UriState).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeUri } from '../../server/src/core/dialects/nginx/routing/uriEscape';
import type { UriState } from '../../server/src/core/dialects/nginx/routing/handlers';
import { UP, decide, received, redirected, rewrittenWithBreak, sentUri } from '../support/explainHandlers';

// ---------------------------------------------------------------------------------------------
// proxy_pass without a URI part

test('proxy_pass without URI part sends the target exactly as the client wrote it', async () => {
  const config = `location /a/ { proxy_pass ${UP}; }`;
  assert.equal(await sentUri(config, ['location /a/'], received('/a/b%20c?x=1', '/a/b c')), '/a/b%20c?x=1');
  assert.equal(await sentUri(config, ['location /a/'], received('/a//b/../c?y', '/c')), '/a//b/../c?y');
  assert.equal(await sentUri(config, ['location /a/'], received('/a/%7e%41', '/a/~A')), '/a/%7e%41');
  assert.equal(await sentUri(config, ['location /a/'], received('/a/./b', '/a/b')), '/a/./b');
});

test('proxy_pass without URI part in a regex location also sends the raw target', async () => {
  assert.equal(await sentUri(`location ~ ^/r/ { proxy_pass ${UP}; }`, ['location ~ ^/r/'], received('/r//x', '/r/x')), '/r//x');
});

test('an empty path (absolute-form target without a path) sends "/" and the arguments', async () => {
  const state: UriState = { ...received('?x=1', '/'), requestUri: '', unparsedUriValid: false };
  assert.equal(await sentUri(`location / { proxy_pass ${UP}; }`, ['location /'], state), '/?x=1');
});

test('after a named-location jump the raw target is still sent (the jump keeps valid_unparsed_uri)', async () => {
  const state: UriState = { ...received('/a%20b//c?q', '/a b/c'), internal: true };
  assert.equal(await sentUri(`location / { try_files /nope @px; } location @px { proxy_pass ${UP}; }`, ['location @px'], state), '/a%20b//c?q');
});

test('after a rewrite the current URI is sent, escaped again, with its arguments', async () => {
  const base = received('/a/b%20c', '/a/b c');
  const config = `location /a/ { rewrite ^/a/(.*)$ /new/$1 break; proxy_pass ${UP}; }`;
  assert.equal(await sentUri(config, ['location /a/'], rewrittenWithBreak(base, '/new/b c')), '/new/b%20c');
  assert.equal(await sentUri(config, ['location /a/'], rewrittenWithBreak(received('/a/b%3Fc', '/a/b?c'), '/new/b?c')), '/new/b%3Fc');
  assert.equal(await sentUri(config, ['location /a/'], rewrittenWithBreak(received('/a/b?q', '/a/b'), '/new/b', '')), '/new/b');
});

test('after `set $args` the normalised URI is sent with the new arguments (setting $args clears valid_unparsed_uri)', async () => {
  const config = `location / { set $args "$args&y=2"; proxy_pass ${UP}; }`;
  const afterSet = (state: UriState, args: string): UriState => ({ ...state, args, unparsedUriValid: false });
  assert.equal(await sentUri(config, ['location /'], afterSet(received('/a//b?x', '/a/b'), 'x&y=2')), '/a/b?x&y=2');
  assert.equal(await sentUri(config, ['location /'], afterSet(received('/a%20b', '/a b'), '&y=2')), '/a%20b?&y=2');
  assert.equal(await sentUri(config, ['location /'], afterSet(received('/c/./d', '/c/d'), '&y=2')), '/c/d?&y=2');
});

test('an internal redirect (try_files fallback) sends the new URI with the arguments it carries', async () => {
  const config = `location / { try_files /nope /a/fb; } location /a/ { proxy_pass ${UP}; }`;
  assert.equal(await sentUri(config, ['location /a/'], redirected(received('/z%20?q=1', '/z '), '/a/fb', '')), '/a/fb');
  assert.equal(await sentUri(config, ['location /a/'], redirected(received('/z%20?q=1', '/z '), '/a/fb', 'k=/z ')), '/a/fb?k=/z ');
});

// ---------------------------------------------------------------------------------------------
// proxy_pass with a URI part

test('a URI part replaces the matched location prefix of the normalised URI', async () => {
  const config = `location /a/ { proxy_pass ${UP}/x/; }`;
  assert.equal(await sentUri(config, ['location /a/'], received('/a/b%20c?q', '/a/b c')), '/x/b%20c?q');
  assert.equal(await sentUri(config, ['location /a/'], received('/a//b', '/a/b')), '/x/b');
  assert.equal(await sentUri(config, ['location /a/'], received('/a/%7e', '/a/~')), '/x/~');
  assert.equal(await sentUri(config, ['location /a/'], received('/a/b?', '/a/b')), '/x/b');
  assert.equal(await sentUri(config, ['location /a/'], received('/a/%3F%25x', '/a/?%x')), '/x/%3F%25x');
  assert.equal(await sentUri(config, ['location /a/'], received('/a/b/../c', '/a/c')), '/x/c');
});

test('without a %-escape in the request the rest of the URI is copied unescaped (bytes ≥ 0x80 too)', async () => {
  assert.equal(await sentUri(`location /a/ { proxy_pass ${UP}/x/; }`, ['location /a/'], received('/a/\u00e9', '/a/\u00e9')), '/x/\u00e9');
});

test('the URI part is pasted as written: no slash is added', async () => {
  const config = `location /a/ { proxy_pass ${UP}/x; }`;
  assert.equal(await sentUri(config, ['location /a/'], received('/a/b', '/a/b')), '/xb');
  assert.equal(await sentUri(`location /a { proxy_pass ${UP}/z/; }`, ['location /a'], received('/a/b', '/a/b')), '/z//b');
  assert.equal(await sentUri(`location /a/ { proxy_pass ${UP}/; }`, ['location /a/'], received('/a/b?k=v', '/a/b')), '/b?k=v');
});

test('an exact location replaces its whole name', async () => {
  assert.equal(await sentUri(`location = /a { proxy_pass ${UP}/z; }`, ['location = /a'], received('/a?k', '/a')), '/z?k');
});

test('after rewrite … break the URI part is dropped and the rewritten URI is sent', async () => {
  const config = `location /a/ { rewrite ^/a/(.*)$ /new/$1 break; proxy_pass ${UP}/x/; }`;
  const decision = await decide(config, ['location /a/'], rewrittenWithBreak(received('/a/b?q', '/a/b'), '/new/b'));
  assert.equal(decision.upstream?.uri, '/new/b?q');
  assert.match(decision.warnings.join('\n'), /URI part `\/x\/` .* ignored/);
});

test('a bare break after a rewrite without flag also drops the URI part', async () => {
  const config = `location /a/ { rewrite ^ /a/zz; break; proxy_pass ${UP}/x/; }`;
  assert.equal(await sentUri(config, ['location /a/'], rewrittenWithBreak(received('/a/b?q', '/a/b'), '/a/zz')), '/a/zz?q');
});

test('a URI rewritten before location lookup is matched anew and its prefix replaced', async () => {
  const config = `rewrite ^/old/(.*)$ /a/$1; location /a/ { proxy_pass ${UP}/x/; }`;
  assert.equal(await sentUri(config, ['location /a/'], redirected(received('/old/b%20c?z', '/old/b c'), '/a/b c')), '/x/b%20c?z');
  assert.equal(await sentUri(`error_page 404 /a/err; location /a/ { proxy_pass ${UP}/x/; }`, ['location /a/'], redirected(received('/zz?q=1', '/zz'), '/a/err', '')), '/x/err');
});

test('an `if` block inherits the location proxy_pass with its prefix', async () => {
  const config = `location /a/ { proxy_pass ${UP}/x/; if ($arg_t) { add_header X-T 1; } }`;
  assert.equal(await sentUri(config, ['location /a/', 'if ($arg_t)'], received('/a/b%20c?t=1', '/a/b c')), '/x/b%20c?t=1');
});

test('an `if` block with its own proxy_pass uses it', async () => {
  const config = `location /a/ { proxy_pass ${UP}/x/; if ($arg_t) { proxy_pass http://127.0.0.1:21003; } }`;
  const decision = await decide(config, ['location /a/', 'if ($arg_t)'], received('/a/b?t=1', '/a/b'));
  assert.equal(decision.upstream?.uri, '/a/b?t=1');
  assert.deepEqual(decision.upstream?.addresses, ['127.0.0.1:21003']);
});

test('the last handler directive written in a location wins', async () => {
  assert.equal((await decide(`location / { proxy_pass ${UP}; empty_gif; }`, ['location /'], received('/a', '/a'))).handler.kind, 'unknown');
  assert.equal((await decide(`location / { empty_gif; proxy_pass ${UP}; }`, ['location /'], received('/a', '/a'))).handler.kind, 'proxy');
});

test('a limit_except block in force uses its own proxy_pass (without the location prefix)', async () => {
  const config = `location /a/ { proxy_pass ${UP}/x/; limit_except GET { proxy_pass http://127.0.0.1:21003; } }`;
  const post = await decide(config, ['location /a/', 'limit_except GET'], { ...received('/a/b?q', '/a/b'), method: 'POST' });
  assert.equal(post.upstream?.uri, '/a/b?q');
  assert.deepEqual(post.upstream?.addresses, ['127.0.0.1:21003']);
  assert.equal(await sentUri(config, ['location /a/'], received('/a/b?q', '/a/b')), '/x/b?q');
});

test('an `if` with another *_pass switches the handler', async () => {
  const config = `location /a/ { proxy_pass ${UP}/x/; if ($arg_t) { fastcgi_pass 127.0.0.1:21003; } }`;
  assert.equal((await decide(config, ['location /a/', 'if ($arg_t)'], received('/a/b?t=1', '/a/b'))).handler.kind, 'fastcgi');
});

test('a nested location does not inherit proxy_pass: the static modules serve it', async () => {
  const decision = await decide(`location /a/ { proxy_pass ${UP}; location /a/n/ { } }`, ['location /a/', 'location /a/n/'], received('/a/n/x', '/a/n/x'));
  assert.equal(decision.handler.kind, 'static');
});

// ---------------------------------------------------------------------------------------------
// proxy_pass with variables

test('a URL with variables and a URI part sends exactly the expanded URI, without arguments', async () => {
  const config = `location ~ ^/v/(.*)$ { proxy_pass ${UP}/p/$1; }`;
  assert.equal(await sentUri(config, ['location ~ ^/v/(.*)$'], received('/v/b%20c?x=1', '/v/b c'), { vars: { 1: 'b c' } }), '/p/b c');
  assert.equal(await sentUri(`location /a/ { proxy_pass ${UP}$request_uri; }`, ['location /a/'], received('/a/b%20c?x', '/a/b c')), '/a/b%20c?x');
});

test('a URL with variables and no URI part behaves like a static one without URI part', async () => {
  const config = `location /a/ { set $u ${UP}; proxy_pass $u; }`;
  assert.equal(await sentUri(config, ['location /a/'], received('/a//b', '/a/b'), { vars: { u: UP } }), '/a//b');
});

test('a URI part from variables that starts with "?" gets a "/" in front', async () => {
  assert.equal(await sentUri(`location /a/ { proxy_pass $u; }`, ['location /a/'], received('/a/b?x', '/a/b'), { vars: { u: `${UP}?z` } }), '/?z');
});

test('a host from variables that no upstream names needs a resolver: 502', async () => {
  const decision = await decide(`location /a/ { proxy_pass http://$h:21001; }`, ['location /a/'], received('/a/b', '/a/b'), { vars: { h: 'localhost' } });
  assert.equal(decision.status, 502);
});

test('a host from variables matching an implicit upstream of a static proxy_pass needs no resolver', async () => {
  const config = `location /a/ { proxy_pass http://$h:21001; } location /z/ { proxy_pass http://localhost:21001; }`;
  const decision = await decide(config, ['location /a/'], received('/a/b', '/a/b'), { vars: { h: 'localhost' } });
  assert.equal(decision.status, undefined);
  assert.equal(decision.upstream?.uri, '/a/b');
});

test('a host from variables naming an upstream group uses the group', async () => {
  const decision = await decide(`location /a/ { proxy_pass http://$h; }`, ['location /a/'], received('/a/b', '/a/b'), { http: 'upstream grp { server 127.0.0.1:21003; }', vars: { h: 'grp' } });
  assert.equal(decision.upstream?.group?.name, 'grp');
  assert.deepEqual(decision.upstream?.addresses, ['127.0.0.1:21003']);
});

test('a URL from variables with another scheme fails the request with 500', async () => {
  const decision = await decide(`location /a/ { proxy_pass $h; }`, ['location /a/'], received('/a/b', '/a/b'), { vars: { h: 'ftp://x' } });
  assert.equal(decision.status, 500);
});

// ---------------------------------------------------------------------------------------------
// Escaping

test('escaped slashes and plus signs come out decoded and re-escaped by the URI rules', async () => {
  const config = `location /a/ { proxy_pass ${UP}/x/; }`;
  assert.equal(await sentUri(config, ['location /a/'], received('/a/b%2Fc', '/a/b/c')), '/x/b/c');
  assert.equal(await sentUri(config, ['location /a/'], received('/a/b%2bc', '/a/b+c')), '/x/b+c');
  assert.equal(await sentUri(config, ['location /a/'], received('/a/b%23c', '/a/b#c')), '/x/b%23c');
  assert.equal(await sentUri(config, ['location /a/'], received('/a/b?c=%20&d', '/a/b')), '/x/b?c=%20&d');
});

test('$uri in the URL sends the decoded URI unescaped', async () => {
  assert.equal(await sentUri(`location /a/ { proxy_pass ${UP}$uri; }`, ['location /a/'], received('/a/b%20c?q', '/a/b c')), '/a/b c');
});

test('an exact root location replaces "/" with the URI part', async () => {
  assert.equal(await sentUri(`location = / { proxy_pass ${UP}/x; }`, ['location = /'], received('/?k', '/')), '/x?k');
});

test('an index redirect into a proxying location sends the index URI with the original arguments', async () => {
  const config = `location /d/ { } location ~ \\.html$ { proxy_pass ${UP}; }`;
  assert.equal(await sentUri(config, ['location ~ \\.html$'], redirected(received('/d/?a=%20', '/d/'), '/d/index.html')), '/d/index.html?a=%20');
});

test('escapeUri escapes what ngx_escape_uri(NGX_ESCAPE_URI) escapes', () => {
  assert.equal(escapeUri(' "#%<>?\\^`{|}\u007f\u00e9~!$&\'()*+,;=:@[]'), '%20%22%23%25%3C%3E%3F%5C%5E%60%7B%7C%7D%7F%E9~!$&\'()*+,;=:@[]');
});
