/**
 * Content handlers: what a location's `*_pass` sends upstream, where it dials, and what nginx's
 * static modules answer. Every expected value was observed on real nginx 1.22.1 (probe scripts:
 * .work/h5/probe.mjs with proxy-cases.mjs, static-cases.mjs, localhost-cases.mjs; an echo upstream
 * records the request line nginx sends). The request flags in each test are the ones nginx holds in
 * that scenario (see UriState).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseText } from '../support/parse';
import { buildConfigTree, type ConfigNode } from '../../server/src/core/dialects/nginx/routing/configTree';
import { autoRedirectLocation, contentHandler, hasAutoRedirect, type ContentDecision, type UriState } from '../../server/src/core/dialects/nginx/routing/handlers';
import { escapeUri } from '../../server/src/core/dialects/nginx/routing/uriEscape';
import { buildUpstreamTable, dialAddresses, hostsFileResolver, stockResolveHost, type ResolveHost } from '../../server/src/core/dialects/nginx/routing/upstreams';
import { mapUriToPath, serveStatic, type StaticInput, type StaticOutcome } from '../../server/src/core/dialects/nginx/routing/staticFiles';
import type { FileAssumption } from '../../server/src/core/analysis/explain/types';
import type { WorkspaceGraph } from '../../server/src/core/workspace/includeGraph';

const UP = 'http://127.0.0.1:21001';

async function httpBlock(httpBody: string): Promise<ConfigNode> {
  const file = '/virtual/nginx.conf';
  const model = await parseText('nginx', `events {}\nhttp {\n${httpBody}\n}\n`, file);
  const graph: WorkspaceGraph = { files: new Map([[file, model]]), edges: [], findings: [], includedBy: new Map() };
  const http = buildConfigTree(graph, file).main.find((n) => n.name === 'http');
  assert.ok(http, 'no http block');
  return http;
}

/** http, server, then the blocks whose heads are given (each searched inside the previous one). */
async function chainOf(serverBody: string, heads: readonly string[], httpExtra = ''): Promise<ConfigNode[]> {
  const http = await httpBlock(`${httpExtra}\nserver {\n${serverBody}\n}`);
  const server = http.children?.find((n) => n.name === 'server');
  assert.ok(server);
  const chain = [http, server];
  for (const head of heads) {
    const next = chain[chain.length - 1].children?.find((n) => n.at.text === head || (n.name === 'if' && head.startsWith('if ')));
    assert.ok(next, `no block ${head}`);
    chain.push(next);
  }
  return chain;
}

/** A request as received: nothing rewritten (flags as nginx sets them after parsing the request line). */
function received(requestUri: string, uri: string): UriState {
  const q = requestUri.indexOf('?');
  const path = q < 0 ? requestUri : requestUri.slice(0, q);
  return {
    method: 'GET',
    uri,
    args: q < 0 ? '' : requestUri.slice(q + 1),
    requestUri,
    unparsedUriValid: true,
    quotedUri: path.includes('%'),
    internal: false,
    locationValid: true,
  };
}

/** After `rewrite … break` in the final location (nginx: internal, unparsed URI invalid, location invalid). */
function rewrittenWithBreak(base: UriState, uri: string, args = base.args): UriState {
  return { ...base, uri, args, internal: true, unparsedUriValid: false, locationValid: false };
}

/** After an internal redirect or a rewrite that led to a new location lookup. */
function redirected(base: UriState, uri: string, args = base.args): UriState {
  return { ...base, uri, args, internal: true, unparsedUriValid: false, locationValid: true };
}

function expander(values: Record<string, string> = {}): (template: string) => string {
  return (template) => template.replace(/\$(\w+)/g, (_, name: string) => values[name] ?? '');
}

async function decide(serverBody: string, heads: readonly string[], state: UriState, options: { http?: string; vars?: Record<string, string>; resolveHost?: ResolveHost } = {}): Promise<ContentDecision> {
  const chain = await chainOf(serverBody, heads, options.http);
  const upstreams = buildUpstreamTable(chain[0], options.resolveHost ?? hostsFileResolver('127.0.0.1 localhost\n'));
  return contentHandler({ chain, state, upstreams, expand: expander({ request_uri: state.requestUri, uri: state.uri, args: state.args, ...options.vars }) });
}

async function sentUri(serverBody: string, heads: readonly string[], state: UriState, options: Parameters<typeof decide>[3] = {}): Promise<string | undefined> {
  return (await decide(serverBody, heads, state, options)).upstream?.uri;
}

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
// Upstream groups and addresses

test('an upstream group is found without regard to case and its URI part still applies', async () => {
  const decision = await decide(`location /a/ { proxy_pass http://grp/x/; }`, ['location /a/'], received('/a/b', '/a/b'), { http: 'upstream Grp { server 127.0.0.1:21003; }' });
  assert.equal(decision.upstream?.uri, '/x/b');
  assert.equal(decision.upstream?.group?.name, 'Grp');
  assert.equal(decision.upstream?.url, 'http://grp/x/b');
});

test('localhost on a stock Debian hosts file is dialled at ::1 first, then 127.0.0.1, with a warning', () => {
  // nginx logged `connect() failed (111) … upstream: "http://[::1]:21001/1"`, then answered from 127.0.0.1.
  const plan = dialAddresses('localhost:21001', 80, stockResolveHost);
  assert.deepEqual(plan.addresses, ['[::1]:21001', '127.0.0.1:21001']);
  assert.match(plan.warnings.join("\n"), /::1 and 127\.0\.0\.1 \(in that order\).*dials \[::1\]:21001 first/);
});

test('a hosts file with only 127.0.0.1 localhost gives one address and no warning', () => {
  const plan = dialAddresses('localhost:8080', 80, hostsFileResolver('127.0.0.1 localhost\n127.0.0.1 vm\n'));
  assert.deepEqual(plan.addresses, ['127.0.0.1:8080']);
  assert.deepEqual(plan.warnings, []);
});

test('addresses: default port 80, IPv6 in brackets, unix sockets as written', () => {
  assert.deepEqual(dialAddresses('10.0.0.1').addresses, ['10.0.0.1:80']);
  assert.deepEqual(dialAddresses('[::1]:9000').addresses, ['[::1]:9000']);
  assert.deepEqual(dialAddresses('unix:/run/app.sock').addresses, ['unix:/run/app.sock']);
});

test('an upstream block lists its servers with their parameters', async () => {
  const http = await httpBlock('upstream app { server 10.0.0.1:81 weight=3; server unix:/s backup; server 10.0.0.2 down; }');
  const group = buildUpstreamTable(http).groups.get('app');
  assert.deepEqual(group?.servers.map((s) => [s.addresses, s.weight, s.backup, s.down]), [
    [['10.0.0.1:81'], 3, false, false],
    [['unix:/s'], 1, true, false],
    [['10.0.0.2:80'], 1, false, true],
  ]);
});

test('a group lists its peers in the order nginx tries them: heaviest first, backups last, down skipped', async () => {
  const http = 'upstream app { server 10.0.0.1 weight=1; server 10.0.0.2 weight=3; server 10.0.0.3 down; server 10.0.0.4 backup; }';
  const decision = await decide('location / { proxy_pass http://app; }', ['location /'], received('/p', '/p'), { http });
  assert.deepEqual(decision.upstream?.addresses, ['10.0.0.2:80', '10.0.0.1:80', '10.0.0.4:80']);
});

test('a unix socket URL takes its URI part after the second colon', async () => {
  // Observed with an echo server on a unix socket (.work/h5/unix-probe.mjs).
  const decision = await decide('location /a/ { proxy_pass http://unix:/tmp/up.sock:/x/; }', ['location /a/'], received('/a/b?q', '/a/b'));
  assert.equal(decision.upstream?.uri, '/x/b?q');
  assert.deepEqual(decision.upstream?.addresses, ['unix:/tmp/up.sock']);
  assert.equal(await sentUri('location /b/ { proxy_pass http://unix:/tmp/up.sock; }', ['location /b/'], received('/b/c%20d', '/b/c d')), '/b/c%20d');
});

test('an https URL dials port 443 by default', async () => {
  const decision = await decide(`location / { proxy_pass https://10.1.1.1; }`, ['location /'], received('/p', '/p'));
  assert.deepEqual(decision.upstream?.addresses, ['10.1.1.1:443']);
  assert.equal(decision.upstream?.url, 'https://10.1.1.1/p');
});

test('a location name ending in "/" with proxy_pass redirects its name without the slash', async () => {
  const [, , api] = await chainOf(`location /api/ { proxy_pass ${UP}; }`, ['location /api/']);
  const [, , exact] = await chainOf(`location = /e/ { proxy_pass ${UP}; }`, ['location = /e/']);
  const [, , plain] = await chainOf(`location /s/ { root /srv; }`, ['location /s/']);
  assert.equal(hasAutoRedirect(api), true);
  assert.equal(hasAutoRedirect(exact), true);
  assert.equal(hasAutoRedirect(plain), false);
});

test('the auto-redirect Location is the escaped location name plus the arguments', async () => {
  const http = await httpBlock(`server { location "/a b/" { proxy_pass ${UP}; } location /c/ { fastcgi_pass 127.0.0.1:9000; } location /m/ { set $memcached_key k; memcached_pass 127.0.0.1:11211; } }`);
  const locations = http.children?.find((n) => n.name === 'server')?.children?.filter((n) => n.name === 'location') ?? [];
  assert.deepEqual(locations.map((l) => hasAutoRedirect(l)), [true, true, true]);
  assert.equal(autoRedirectLocation(locations[0], ''), '/a%20b/');
  assert.equal(autoRedirectLocation(locations[0], 'q=1'), '/a%20b/?q=1');
});

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

test('an IPv6 literal upstream keeps its brackets in the URL and the address', async () => {
  const decision = await decide('location / { proxy_pass http://[::1]:21002/v6/; }', ['location /'], received('/p?q', '/p'));
  assert.equal(decision.upstream?.uri, '/v6/p?q');
  assert.deepEqual(decision.upstream?.addresses, ['[::1]:21002']);
  assert.equal(decision.upstream?.url, 'http://[::1]:21002/v6/p?q');
});

test('fastcgi_pass reports the address dialled and the request URI the stock params pass', async () => {
  const decision = await decide('location ~ \\.php$ { fastcgi_pass unix:/run/php.sock; }', ['location ~ \\.php$'], received('/i.php?a', '/i.php'));
  assert.equal(decision.handler.kind, 'fastcgi');
  assert.deepEqual(decision.upstream?.addresses, ['unix:/run/php.sock']);
  assert.equal(decision.upstream?.uri, '/i.php?a');
});

test('grpc_pass sends the raw target as :path, or the rewritten URI escaped with its arguments', async () => {
  // Observed with an h2c echo server (.work/h5/grpc-probe.mjs).
  const config = 'location /g/ { grpc_pass grpc://127.0.0.1:21005; } location /r/ { rewrite ^/r/(.*)$ /rw/$1 break; grpc_pass 127.0.0.1:21005; }';
  assert.equal(await sentUri(config, ['location /g/'], received('/g/a%20b//c?x=1', '/g/a b/c')), '/g/a%20b//c?x=1');
  assert.equal(await sentUri(config, ['location /r/'], rewrittenWithBreak(received('/r/a%20b?q', '/r/a b'), '/rw/a b')), '/rw/a%20b?q');
  assert.deepEqual((await decide(config, ['location /g/'], received('/g/x', '/g/x'))).upstream?.addresses, ['127.0.0.1:21005']);
});

test('escapeUri escapes what ngx_escape_uri(NGX_ESCAPE_URI) escapes', () => {
  assert.equal(escapeUri(' "#%<>?\\^`{|}\u007f\u00e9~!$&\'()*+,;=:@[]'), '%20%22%23%25%3C%3E%3F%5C%5E%60%7B%7C%7D%7F%E9~!$&\'()*+,;=:@[]');
});

// ---------------------------------------------------------------------------------------------
// Static files (observed with real files under a temp root)

const fsProbe = {
  isFile: (p: string) => { try { return fs.statSync(p).isFile(); } catch { return false; } },
  isDirectory: (p: string) => { try { return fs.statSync(p).isDirectory(); } catch { return false; } },
};

function tree(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-static-'));
  for (const f of ['www/f.txt', 'www/d/x.txt', 'www/i/index.html', 'www/i/other.htm', 'data/f.txt', 'data/sub/g.txt', 'www/a b/c.txt']) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), 'x');
  }
  fs.mkdirSync(path.join(dir, 'www/e'));
  return dir;
}

async function serve(serverBody: (dir: string) => string, heads: readonly string[], method: string, target: string, options: { files?: FileAssumption; uri?: string; vars?: Record<string, string>; locationValid?: boolean } = {}): Promise<StaticOutcome> {
  const dir = tree();
  try {
    const chain = await chainOf(serverBody(dir), heads);
    const q = target.indexOf('?');
    const uri = options.uri ?? decodeURIComponent(q < 0 ? target : target.slice(0, q));
    const input: StaticInput = {
      chain, method, uri, args: q < 0 ? '' : target.slice(q + 1), locationValid: options.locationValid ?? true,
      files: options.files ?? 'fs', probe: fsProbe, expand: expander(options.vars), prefix: `${dir}/`,
    };
    return serveStatic(input);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function summary(outcome: StaticOutcome): string {
  if (outcome.kind === 'internal-redirect') return `redirect ${outcome.uri}`;
  if (outcome.kind === 'unknown') return 'unknown';
  return outcome.location ? `${outcome.status} ${outcome.location}` : String(outcome.status);
}

test('static: method and file checks in nginx order', async () => {
  const root = (dir: string) => `root ${dir}/www;`;
  const cases: [string, string, string][] = [
    ['GET', '/f.txt', '200'], ['HEAD', '/f.txt', '200'], ['POST', '/f.txt', '405'], ['PUT', '/f.txt', '405'],
    ['DELETE', '/missing', '405'], ['POST', '/missing', '404'], ['POST', '/d', '301 /d/'], ['OPTIONS', '/d/', '405'],
    ['PUT', '/i/', '405'], ['FOO', '/f.txt', '405'], ['PATCH', '/d/', '405'], ['GET', '/missing', '404'],
    ['GET', '/d', '301 /d/'], ['GET', '/d?x=1', '301 /d/?x=1'], ['GET', '/d/', '403'], ['GET', '/e/', '403'],
    ['GET', '/nodir/', '404'], ['GET', '/i/', 'redirect /i/index.html'], ['POST', '/i/', 'redirect /i/index.html'],
    ['GET', '/f.txt/', '404'], ['GET', '/f.txt/x', '404'], ['GET', '/a%20b', '301 /a%20b/'], ['GET', '/a%20b?q', '301 /a%20b/?q'],
  ];
  for (const [method, target, expected] of cases) {
    assert.equal(summary(await serve(root, [], method, target)), expected, `${method} ${target}`);
  }
});

test('index: the first existing name wins; an absolute name redirects without checking', async () => {
  assert.equal(summary(await serve((d) => `root ${d}/www; index nope.html other.htm;`, [], 'GET', '/i/')), 'redirect /i/other.htm');
  assert.equal(summary(await serve((d) => `root ${d}/www; index nope.html other.htm;`, [], 'GET', '/e/')), '403');
  assert.equal(summary(await serve((d) => `root ${d}/www; index /f.txt;`, [], 'GET', '/nodir/')), 'redirect /f.txt');
  assert.equal(summary(await serve((d) => `root ${d}/www; index nope.html /f.txt;`, [], 'GET', '/nodir/')), '404');
  assert.equal(summary(await serve((d) => `root ${d}/www; index nope.html /f.txt;`, [], 'GET', '/e/')), 'redirect /f.txt');
});

test('autoindex lists an existing directory for GET and HEAD only', async () => {
  const config = (d: string) => `root ${d}/www; autoindex on;`;
  assert.equal(summary(await serve(config, [], 'GET', '/e/')), '200');
  assert.equal(summary(await serve(config, [], 'HEAD', '/e/')), '200');
  assert.equal(summary(await serve(config, [], 'POST', '/e/')), '403');
  assert.equal(summary(await serve(config, [], 'GET', '/nodir/')), '404');
  assert.equal(summary(await serve(config, [], 'GET', '/f.txt/')), '404');
});

test('alias replaces the location prefix (with or without trailing slash)', async () => {
  const slash = (d: string) => `location /img/ { alias ${d}/data/; }`;
  assert.equal(summary(await serve(slash, ['location /img/'], 'GET', '/img/f.txt')), '200');
  assert.equal(summary(await serve(slash, ['location /img/'], 'GET', '/img/sub')), '301 /img/sub/');
  assert.equal(summary(await serve(slash, ['location /img/'], 'GET', '/img/sub?q')), '301 /img/sub/?q');
  assert.equal(summary(await serve(slash, ['location /img/'], 'GET', '/img/')), '403');
  assert.equal(summary(await serve(slash, ['location /img/'], 'GET', '/img/nope')), '404');
  const bare = (d: string) => `location /img { alias ${d}/data; }`;
  assert.equal(summary(await serve(bare, ['location /img'], 'GET', '/img/f.txt')), '200');
  assert.equal(summary(await serve(bare, ['location /img'], 'GET', '/imgsub/g.txt')), '404');
  assert.equal(summary(await serve(bare, ['location /img'], 'GET', '/img')), '301 /img/');
});

test('alias in a regex location is the whole path (captures included)', async () => {
  const config = (d: string) => `location ~ ^/r/(.*)$ { alias ${d}/data/$1; }`;
  const head = ['location ~ ^/r/(.*)$'];
  assert.equal(summary(await serve(config, head, 'GET', '/r/f.txt', { vars: { 1: 'f.txt' } })), '200');
  assert.equal(summary(await serve(config, head, 'GET', '/r/sub', { vars: { 1: 'sub' } })), '301 /r/sub/');
  assert.equal(summary(await serve(config, head, 'GET', '/r/sub/', { vars: { 1: 'sub/' } })), '403');
  assert.equal(summary(await serve(config, head, 'GET', '/r/nope', { vars: { 1: 'nope' } })), '404');
});

test('a nested location inherits alias with the outer location name length', async () => {
  const config = (d: string) => `location /img/ { alias ${d}/data/; location /img/sub/ { } }`;
  assert.equal(summary(await serve(config, ['location /img/', 'location /img/sub/'], 'GET', '/img/sub/g.txt')), '200');
});

test('alias after the URI was rewritten with break in its location answers 500', async () => {
  const config = (d: string) => `location /img/ { alias ${d}/data/; rewrite ^/img/(.*)$ /img/sub/$1 break; }`;
  assert.equal(summary(await serve(config, ['location /img/'], 'GET', '/img/g.txt', { uri: '/img/sub/g.txt', locationValid: false })), '500');
});

test('root: trailing slash dropped, relative to the prefix, variables expanded, innermost wins, `if` overrides', async () => {
  assert.equal(summary(await serve((d) => `root ${d}/www/;`, [], 'GET', '/f.txt')), '200');
  assert.equal(summary(await serve(() => 'root www;', [], 'GET', '/f.txt')), '200');
  assert.equal(summary(await serve(() => 'root www;', [], 'GET', '/zz')), '404');
  assert.equal(summary(await serve((d) => `set $r www; root ${d}/$r;`, [], 'GET', '/f.txt', { vars: { r: 'www' } })), '200');
  assert.equal(summary(await serve((d) => `root ${d}/www; location /sub/ { root ${d}/data; }`, ['location /sub/'], 'GET', '/sub/g.txt')), '200');
  const withIf = (d: string) => `location / { root ${d}/data; if ($arg_x) { root ${d}/www; } }`;
  assert.equal(summary(await serve(withIf, ['location /', 'if ($arg_x)'], 'GET', '/d')), '301 /d/');
  assert.equal(summary(await serve(withIf, ['location /'], 'GET', '/d')), '404');
});

test('the default root is html under the prefix', async () => {
  const chain = await chainOf('', []);
  const mapped = mapUriToPath({ chain, uri: '/zz', locationValid: true, expand: expander(), prefix: '/p/' });
  assert.deepEqual(mapped.kind === 'path' && mapped.path, '/p/html/zz');
});

test('a regex location\'s alias is the whole path, or alias + URI once try_files chose the file', async () => {
  const chain = await chainOf('location ~ ^/img/ { alias /srv/pics/; }', ['location ~ ^/img/']);
  const map = (addUriToAlias: boolean) => mapUriToPath({ chain, uri: '/a.png', locationValid: true, expand: expander(), addUriToAlias });
  const whole = map(false);
  const appended = map(true);
  assert.deepEqual(whole.kind === 'path' && [whole.path, whole.documentRoot], ['/srv/pics/', '/srv/pics/']);
  assert.deepEqual(appended.kind === 'path' && [appended.path, appended.documentRoot], ['/srv/pics//a.png', '/srv/pics/']);
});

test("files 'exist' serves every file; 'missing' finds nothing, not even the directory", async () => {
  const root = () => 'root /srv;';
  assert.equal(summary(await serve(root, [], 'GET', '/a', { files: 'exist' })), '200');
  assert.equal(summary(await serve(root, [], 'GET', '/', { files: 'exist' })), 'redirect /index.html');
  assert.equal(summary(await serve(root, [], 'GET', '/a', { files: 'missing' })), '404');
  assert.equal(summary(await serve(root, [], 'GET', '/', { files: 'missing' })), '404');
});
