/**
 * Variables and templates as nginx computes them (ngx_http_variables.c, ngx_http_script.c), and the
 * escaping rules of ngx_string.c the rewrite module relies on. End-to-end values were observed on
 * real nginx 1.22.1 (.work/h4/probe.js with cases-2.js, "server-if-and-vars").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from '../support/parse';
import { nginxRequestExplainer } from '../../server/src/core/dialects/nginx/routing/explainer';
import { parseTemplate } from '../../server/src/core/dialects/nginx/routing/variables';
import { cookieValue, queryArgument } from '../../server/src/core/dialects/nginx/routing/requestHeaders';
import { escapeArgs, escapeUri, unescapeRedirect } from '../../server/src/core/dialects/nginx/routing/uriEscape';
import type { HttpRequest } from '../../server/src/core/analysis/explain/types';
import type { WorkspaceGraph } from '../../server/src/core/workspace/includeGraph';

async function explain(serverBody: string, request: Partial<HttpRequest>) {
  const file = '/virtual/nginx.conf';
  const model = await parseText('nginx', `events {}\nhttp {\nserver { listen 127.0.0.1:20080;\n${serverBody}\n}\n}\n`, file);
  const graph: WorkspaceGraph = { files: new Map([[file, model]]), edges: [], findings: [], includedBy: new Map() };
  const full: HttpRequest = { method: 'GET', version: 'HTTP/1.1', scheme: 'http', address: '127.0.0.1', port: 20080, target: '/', host: 'localhost', headers: [], clientAddress: '127.0.0.1', files: 'missing', ...request };
  return nginxRequestExplainer.prepare(graph, file).explain(full);
}

const everything = `server_name www.Example.com alt;
  set $s "srv";
  location / { return 200 "$s|$server_name|$host|$http_host|$request_uri|$document_uri|$scheme|$server_port|$request_method|$arg_X|$cookie_c|$content_length|$server_protocol|$query_string"; }`;

test('request variables: server_name lowercased, $host from Host, raw $request_uri, decoded $uri, $arg_ case-insensitive', async () => {
  const answer = await explain(everything, { target: '/a%20b?x=1&X=2', host: 'Other.Test' });
  assert.equal(answer.response.body, 'srv|www.example.com|other.test|Other.Test|/a%20b?x=1&X=2|/a b|http|20080|GET|1|||HTTP/1.1|x=1&X=2');
});

test('$cookie_ and $content_length read the request headers', async () => {
  const answer = await explain(everything, { target: '/c', headers: [['Cookie', 'a=1; c=2'], ['Content-Length', '0']] });
  assert.equal(answer.response.body, 'srv|www.example.com|localhost|localhost|/c|/c|http|20080|GET||2|0|HTTP/1.1|');
});

test('without a Host header $host is the server name', async () => {
  const answer = await explain(everything, { target: '/v10', version: 'HTTP/1.0', host: null });
  assert.equal(answer.response.body, 'srv|www.example.com|www.example.com||/v10|/v10|http|20080|GET||||HTTP/1.0|');
});

test('text built from a variable the request cannot determine is not predicted, and the warning says why', async () => {
  const answer = await explain('location / { return 200 "[$remote_port]"; }', {});
  assert.deepEqual(answer.response, { status: 200 });
  assert.ok(answer.warnings.some((w) => w.includes('$remote_port')));
});

test('a condition on an undetermined variable stops the explanation instead of guessing', async () => {
  const answer = await explain('location / { if ($remote_port = "1") { return 200 "one"; } return 200 "other"; }', {});
  assert.equal(answer.handler.kind, 'unknown');
  assert.equal(answer.response.status, undefined);
});

test('a named capture or set variable the request never set is empty, not undetermined', async () => {
  const answer = await explain('location /a { if ($uri ~ ^/(?<word>z+)$) { set $late 1; } return 200 "[$word][$late]"; }', { target: '/a' });
  assert.deepEqual(answer.response, { status: 200, body: '[][]' });
});

test('templates: $1..$9, ${name}, and a rewrite replacement\'s first ? as the args mark', () => {
  assert.deepEqual(parseTemplate('/a/$1${Host}x$uri_').parts, [
    { kind: 'text', text: '/a/' }, { kind: 'capture', index: 1 }, { kind: 'variable', name: 'host' },
    { kind: 'text', text: 'x' }, { kind: 'variable', name: 'uri_' },
  ]);
  const rewrite = parseTemplate('/b?x=$1?y', true);
  assert.deepEqual(rewrite.parts, [{ kind: 'text', text: '/b' }, { kind: 'args' }, { kind: 'text', text: 'x=' }, { kind: 'capture', index: 1 }, { kind: 'text', text: '?y' }]);
  assert.equal(rewrite.hasArgs, true);
});

test('$arg_name: the first argument with that name, any case, value raw', () => {
  assert.equal(queryArgument('a=1&B=2&b=3', 'b'), '2');
  assert.equal(queryArgument('xa=1&a=2', 'a'), '2');
  assert.equal(queryArgument('a', 'a'), undefined);
  assert.equal(queryArgument('a=%20', 'a'), '%20');
});

test('$cookie_name reads name=value pairs across Cookie headers', () => {
  const headers = [['Cookie', 'x=1; session=abc'], ['Cookie', 'y=2']] as const;
  assert.equal(cookieValue(headers, 'session'), 'abc');
  assert.equal(cookieValue(headers, 'y'), '2');
  assert.equal(cookieValue(headers, 'sess'), undefined);
});

test('escaping for arguments and location names, and unescaping a redirect as nginx does', () => {
  assert.equal(escapeArgs('a b+c&d=%é;/'), 'a%20b%2Bc%26d=%25%E9%3B/');
  assert.equal(escapeUri('/a b?#'), '/a%20b%3F%23');
  assert.equal(unescapeRedirect('/a%20b%41?c%20d'), '/a%20bA?c%20d');
  assert.equal(unescapeRedirect('/a%3fb%3F'), '/a?b%3F');
});

async function explainHttp(httpBody: string, request: Partial<HttpRequest>) {
  const file = '/virtual/nginx.conf';
  const model = await parseText('nginx', `events {}\nhttp {\n${httpBody}\n}\n`, file);
  const graph: WorkspaceGraph = { files: new Map([[file, model]]), edges: [], findings: [], includedBy: new Map() };
  const full: HttpRequest = { method: 'GET', version: 'HTTP/1.1', scheme: 'http', address: '127.0.0.1', port: 20080, target: '/', host: 'localhost', headers: [], clientAddress: '127.0.0.1', files: 'missing', ...request };
  return nginxRequestExplainer.prepare(graph, file).explain(full).response.body;
}

// Observed on nginx 1.22.1: .work/h4/probe.js with cases-9.js.
const maps = `
  map $http_upgrade $conn { default upgrade; '' close; }
  map $arg_k $mk { default "def"; Abc "exact-abc"; ~^re(?<tail>\\d+)$ "re-$1-$tail"; ~*^CI "ci"; \\default "escaped"; }
  map $host $hm { hostnames; default none; *.ex.test star; .dot.test dot; www.tail.* tail; exact.test exact; }
  map $mk $chain { default "c:$mk"; }
  server { listen 127.0.0.1:20080;
    location / { return 200 "[$conn][$mk][$hm]"; }
    location /cap/ { if ($uri ~ ^/cap/(.*)$) { } return 200 "[$1][$mk][$1]"; }
    location /chain/ { return 200 "[$chain]"; } }`;

test('map: an empty source matches the \'\' key, anything else the default', async () => {
  assert.equal(await explainHttp(maps, {}), '[close][def][none]');
  assert.equal(await explainHttp(maps, { headers: [['Upgrade', 'websocket']] }), '[upgrade][def][none]');
});

test('map: string keys match case-insensitively; a leading backslash escapes a key like `default`', async () => {
  assert.equal(await explainHttp(maps, { target: '/?k=ABC' }), '[close][exact-abc][none]');
  assert.equal(await explainHttp(maps, { target: '/?k=default' }), '[close][escaped][none]');
});

test('map: regex keys in order, ~* caseless, their captures usable in the value', async () => {
  assert.equal(await explainHttp(maps, { target: '/?k=re12' }), '[close][re-12-12][none]');
  assert.equal(await explainHttp(maps, { target: '/?k=cI' }), '[close][ci][none]');
});

test('map with hostnames: wildcards and a trailing dot', async () => {
  assert.equal(await explainHttp(maps, { host: 'a.ex.test' }), '[close][def][star]');
  assert.equal(await explainHttp(maps, { host: 'ex.test' }), '[close][def][none]');
  assert.equal(await explainHttp(maps, { host: 'a.b.dot.test' }), '[close][def][dot]');
  assert.equal(await explainHttp(maps, { host: 'www.tail.org' }), '[close][def][tail]');
  assert.equal(await explainHttp(maps, { host: 'EXACT.test.' }), '[close][def][exact]');
});

test('a map regex evaluated inside a template changes every $N of that template', async () => {
  assert.equal(await explainHttp(maps, { target: '/cap/zz?k=re7' }), '[7][re-7-7][7]');
});

test('a map can read another map', async () => {
  assert.equal(await explainHttp(maps, { target: '/chain/?k=Abc' }), '[c:exact-abc]');
});

test('$request is the request line as sent, absolute target included', async () => {
  const answer = await explain('location / { return 200 "$request"; }', { target: 'http://a.test/x%41?q' });
  assert.equal(answer.response.body, 'GET http://a.test/x%41?q HTTP/1.1');
});

// Observed on nginx 1.22.1: .work/h4/probe.js with cases-12.js.
const tables = `
  geo $g { default def; 127.0.0.0/8 lo8; 127.0.0.1 lo1; 10.0.0.0/8 ten; ::1 v6lo; }
  geo $arg_ip $gs { 192.168.0.0/16 priv; 192.168.1.0/24 net1; delete 192.168.1.0/24; 0.0.0.0/1 low; }
  split_clients "$arg_k" $sc { 0.5% a; 20% b; 30.25% c; * d; }
  split_clients "$arg_k" $sc2 { 10% a; 10% b; }
  server { listen 127.0.0.1:20080; location / { return 200 "[$g][$gs][$sc][$sc2]"; } }`;

test('geo: the longest network holding the client address, or the source variable\'s address', async () => {
  assert.equal(await explainHttp(tables, {}), '[lo1][][a][a]');
  assert.equal(await explainHttp(tables, { clientAddress: '::1' }), '[v6lo][][a][a]');
  assert.equal(await explainHttp(tables, { target: '/?ip=192.168.1.5' }), '[lo1][priv][a][a]');
  assert.equal(await explainHttp(tables, { target: '/?ip=10.1.1.1' }), '[lo1][low][a][a]');
  assert.equal(await explainHttp(tables, { target: '/?ip=::ffff:192.168.3.3' }), '[lo1][priv][a][a]');
  assert.equal(await explainHttp(tables, { target: '/?ip=bogus' }), '[lo1][][a][a]');
});

test('split_clients: MurmurHash2 of the key picks the part; past the listed shares the value is empty', async () => {
  const expected: Record<string, string> = { '': '[a][a]', a: '[d][]', abcdefgh: '[b][a]', k2: '[b][b]', k3: '[c][]', k9: '[b][a]' };
  for (const [key, body] of Object.entries(expected)) {
    assert.equal(await explainHttp(tables, { target: `/?k=${key}` }), `[lo1][]${body}`, key);
  }
});

test('$status: the error status an error_page keeps, else the status `return` is sending, else 000 (.work/h4/cases-16.js)', async () => {
  const config = `error_page 404 /e;
    location = /e { return 200 "E[$status]"; }
    location = /s { set $x "[$status]"; return 200 "S$x[$status]"; }
    location = /n { return 404; }
    location = /f { error_page 404 = /g; return 404; }
    location = /g { set $y "$status"; return 201 "G[$y][$status]"; }`;
  assert.equal((await explain(config, { target: '/s' })).response.body, 'S[000][200]');
  assert.equal((await explain(config, { target: '/n' })).response.body, 'E[404]');
  assert.equal((await explain(config, { target: '/f' })).response.body, 'G[000][201]');
});

test('$invalid_referer follows valid_referers: none, blocked, server_names, wildcards, URI parts, regexes (.work/h4/cases-18.js)', async () => {
  const config = `server_name site.test *.wild.test;
    valid_referers none blocked server_names example.com *.ex.org shop.* www.a.test/pics/ ~\\.google\\.;
    location / { return 200 "[$invalid_referer]"; }
    location /strict/ { valid_referers example.com; return 200 "S[$invalid_referer]"; }`;
  const withReferer = (referer: string | null, target = '/') => explain(config, { target, headers: referer === null ? [] : [['Referer', referer]] });
  const expected: [string | null, string][] = [
    [null, '[]'], ['garbage', '[]'], ['https://EXAMPLE.com:8080/x', '[]'], ['http://evil.com/', '[1]'], ['http://a.ex.org/', '[]'],
    ['http://ex.org/', '[1]'], ['http://shop.co.uk/x', '[]'], ['http://www.a.test/pics/1.png', '[]'], ['http://www.a.test/other', '[1]'],
    ['http://www.google.com/search', '[]'], ['http://x.wild.test/', '[]'],
  ];
  for (const [referer, body] of expected) assert.equal((await withReferer(referer)).response.body, body, String(referer));
  assert.equal((await withReferer(null, '/strict/')).response.body, 'S[1]');
});
