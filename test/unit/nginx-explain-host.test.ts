/**
 * Reception, the request itself: how the Host header, the request line (URI, method, length, version)
 * and header lines are read, and what a refused request still tells. The later cases were pinned
 * against nginx 1.22.1 (probed with raw requests).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { receiveRequest } from '../../server/src/core/dialects/nginx/routing/reception';
import { accepted, outcome, request, table } from '../support/explainReception';

// ---------------------------------------------------------------------------------------------
// Host

test('the Host header is lowercased, loses its port and one trailing dot', async () => {
  const t = await table(`
    server { listen 8080; }
    server { listen 8080; server_name a.test; }`);
  const r = accepted(receiveRequest(t, request({ host: 'A.Test.:8080' })));
  assert.equal(r.server.index, 1);
  assert.equal(r.host, 'a.test');
});

test('an empty, dotted-twice or slashed Host is a 400; HTTP/1.1 without Host is a 400', async () => {
  const t = await table(`server { listen 8080; }`);
  for (const host of ['', 'a..test', 'a/b', ':8080', '.']) {
    assert.equal(outcome(receiveRequest(t, request({ host }))), '400', host);
  }
  assert.equal(outcome(receiveRequest(t, request({ host: null }))), '400');
});

test('HTTP/1.0 without Host goes to the server named "" and $host is its first name', async () => {
  const t = await table(`
    server { listen 8080; server_name first.test; }
    server { listen 8080; server_name ""; }
    server { listen 8080; server_name .third.test; }`);
  const r = accepted(receiveRequest(t, request({ host: null, version: 'HTTP/1.0' })));
  assert.equal(r.server.index, 1);
  assert.equal(r.host, '');
  const t2 = await table(`server { listen 8080; server_name .third.test other; }`);
  assert.equal(accepted(receiveRequest(t2, request({ host: null, version: 'HTTP/1.0' }))).host, 'third.test');
});

test('an absolute target names the host, over the Host header', async () => {
  const t = await table(`
    server { listen 8080; server_name a.test; }
    server { listen 8080; server_name b.test; }`);
  const r = accepted(receiveRequest(t, request({ target: 'http://B.TEST:99/x?y', host: 'a.test' })));
  assert.equal(r.server.index, 1);
  assert.equal(r.host, 'b.test');
  assert.equal(r.uri, '/x');
  assert.equal(r.args, 'y');
  assert.equal(r.requestUri, '/x?y');
});

// ---------------------------------------------------------------------------------------------
// URI

test('the URI is decoded and normalised; $args and $request_uri stay raw', async () => {
  const t = await table(`server { listen 8080; }`);
  const r = accepted(receiveRequest(t, request({ target: '/a/./b/../c//d%2Fe%20f+g?x=%41#frag' })));
  assert.equal(r.uri, '/a/c/d/e f+g');
  assert.equal(r.args, 'x=%41');
  assert.equal(r.requestUri, '/a/./b/../c//d%2Fe%20f+g?x=%41#frag');
});

test('merge_slashes off keeps //', async () => {
  const t = await table(`server { listen 8080; merge_slashes off; }`);
  assert.equal(accepted(receiveRequest(t, request({ target: '//a//b' }))).uri, '//a//b');
});

test('.. above the root, %00, a bad escape, a * target are 400', async () => {
  const t = await table(`server { listen 8080; }`);
  for (const target of ['/..', '/a/../..', '/%00', '/%zz', '/%4', '*']) {
    assert.equal(outcome(receiveRequest(t, request({ target }))), '400', target);
  }
  assert.equal(outcome(receiveRequest(t, request({ method: 'OPTIONS', target: '*' }))), '400');
});

test('a request line longer than large_client_header_buffers is a 414', async () => {
  const t = await table(`server { listen 8080; }`);
  const fits = '/' + 'a'.repeat(8192 - 'GET / HTTP/1.1\r\n'.length);
  assert.equal(outcome(receiveRequest(t, request({ target: fits }))), 's0');
  assert.equal(outcome(receiveRequest(t, request({ target: fits + 'a' }))), '414');
});

test('CONNECT and TRACE are 405; a lowercase method is 400', async () => {
  const t = await table(`server { listen 8080; }`);
  assert.equal(outcome(receiveRequest(t, request({ method: 'TRACE' }))), '405');
  assert.equal(outcome(receiveRequest(t, request({ method: 'get' }))), '400');
  assert.equal(outcome(receiveRequest(t, request({ method: 'FOO' }))), 's0');
});

// ---------------------------------------------------------------------------------------------
// Behaviours pinned against nginx 1.22.1 (probed with raw requests)

test('header lines: a second Host, a space in a name, duplicate or bad Content-Length are 400', async () => {
  const t = await table(`server { listen 8080; }`);
  const with_ = (headers: [string, string][]) => outcome(receiveRequest(t, request({ headers })));
  assert.equal(with_([['host', 'b.test']]), '400');
  assert.equal(with_([['X Y', '1']]), '400');
  assert.equal(with_([['Content-Length', '5'], ['Content-Length', '5']]), '400');
  assert.equal(with_([['Content-Length', '-1']]), '400');
  assert.equal(with_([['Expect', 'x'], ['expect', 'y']]), '400');
  assert.equal(with_([['X_Y', '1']]), 's0');
  assert.equal(with_([['X@Y', '1']]), 's0');
});

test('Transfer-Encoding: unknown is 501, with HTTP/1.0 or with Content-Length is 400, Chunked is fine', async () => {
  const t = await table(`server { listen 8080; }`);
  assert.equal(outcome(receiveRequest(t, request({ headers: [['Transfer-Encoding', 'gzip']] }))), '501');
  assert.equal(outcome(receiveRequest(t, request({ version: 'HTTP/1.0', headers: [['Transfer-Encoding', 'chunked']] }))), '400');
  assert.equal(outcome(receiveRequest(t, request({ headers: [['Transfer-Encoding', 'chunked'], ['Content-Length', '5']] }))), '400');
  assert.equal(outcome(receiveRequest(t, request({ headers: [['Transfer-Encoding', 'Chunked']] }))), 's0');
});

test('Host keeps backslashes and unclosed brackets; a tab is a 400; spaces around it are trimmed', async () => {
  const t = await table(`server { listen 8080; }`);
  assert.equal(accepted(receiveRequest(t, request({ host: 'a\\b' }))).host, 'a\\b');
  assert.equal(accepted(receiveRequest(t, request({ host: '[::1' }))).host, '[::1');
  assert.equal(accepted(receiveRequest(t, request({ host: 'a.test:80:90' }))).host, 'a.test');
  assert.equal(accepted(receiveRequest(t, request({ host: ' a.test ' }))).host, 'a.test');
  assert.equal(outcome(receiveRequest(t, request({ host: '\ta.test' }))), '400');
});

test('a protocol version above 1 inside the target is a 505', async () => {
  const t = await table(`server { listen 8080; }`);
  assert.equal(outcome(receiveRequest(t, request({ target: '/ HTTP/2.0' }))), '505');
  assert.equal(outcome(receiveRequest(t, request({ target: '/ HTTP/1.1 x' }))), '400');
});

test('an absolute target without a path routes as /, and $request_uri is what follows the host', async () => {
  const t = await table(`server { listen 8080; }`);
  const bare = accepted(receiveRequest(t, request({ target: 'http://a.test' })));
  assert.deepEqual([bare.uri, bare.args, bare.requestUri], ['/', '', '/']);
  const query = accepted(receiveRequest(t, request({ target: 'http://a.test?x#y' })));
  assert.deepEqual([query.uri, query.args, query.requestUri], ['/', 'x', '?x#y']);
  assert.equal(outcome(receiveRequest(t, request({ target: 'http://a.test:99x/p' }))), '400');
});

test('%3F, %23 and %25 decode to plain characters; a # in the query ends it', async () => {
  const t = await table(`server { listen 8080; }`);
  const r = accepted(receiveRequest(t, request({ target: '/%3F%23%25?a#b' })));
  assert.deepEqual([r.uri, r.args, r.requestUri], ['/?#%', 'a', '/%3F%23%25?a#b']);
  assert.equal(accepted(receiveRequest(t, request({ target: '/a%2fb/%2E%2E/c' }))).uri, '/a/c');
});

test('merge_slashes of the default server applies, whichever server the host then picks', async () => {
  const t = await table(`
    server { listen 8080; server_name a.test; merge_slashes off; }
    server { listen 8080; server_name b.test; }`);
  const r = accepted(receiveRequest(t, request({ host: 'b.test', target: '//x//y' })));
  assert.equal(r.server.index, 1);
  assert.equal(r.uri, '//x//y');
});

test('a request line longer than the first buffer needs a large buffer that is bigger', async () => {
  const t = await table(`client_header_buffer_size 2k; large_client_header_buffers 4 1k; server { listen 8080; }`);
  const line = (n: number) => '/' + 'a'.repeat(n - 'GET / HTTP/1.1\r\n'.length);
  assert.equal(outcome(receiveRequest(t, request({ target: line(2048) }))), 's0');
  assert.equal(outcome(receiveRequest(t, request({ target: line(2049) }))), '414');
});

test('nginx parses the line as it reads it: an early error is a 400 even in a line too long to fit', async () => {
  const t = await table(`server { listen 8080; }`);
  assert.equal(outcome(receiveRequest(t, request({ method: 'get', target: '/' + 'a'.repeat(9000) }))), '400');
  assert.equal(outcome(receiveRequest(t, request({ target: '/a b' + 'c'.repeat(9000) }))), '400');
  assert.equal(outcome(receiveRequest(t, request({ target: '/' + 'a'.repeat(9000) + ' b' }))), '414');
});

test('a refused request still tells what nginx had read: $host, $uri, the method', async () => {
  const t = await table(`server { listen 8080; server_name first.test; }`);
  const trace = receiveRequest(t, request({ method: 'TRACE', host: 'A.test', target: '/x/../y?q' }));
  assert.equal(trace.kind, 'rejected');
  if (trace.kind !== 'rejected') return;
  assert.deepEqual([trace.request.method, trace.request.host, trace.request.uri, trace.request.args], ['TRACE', 'a.test', '/y', 'q']);
  const badUri = receiveRequest(t, request({ target: '/..' }));
  assert.equal(badUri.kind === 'rejected' && badUri.request.host, 'first.test');
  assert.equal(badUri.kind === 'rejected' && badUri.request.uri, '');
});

test('a refusal stops header reading: only the headers before it are known', async () => {
  const t = await table(`server { listen 8080; }`);
  const ua = ['User-Agent', 'MSIE 6.0'] as [string, string];
  const emptyHost = receiveRequest(t, request({ host: '', headers: [ua] }));
  assert.deepEqual(emptyHost.kind === 'rejected' && emptyHost.request.headers, [['Host', '']]);
  const badLine = receiveRequest(t, request({ target: '/a b', headers: [ua] }));
  assert.deepEqual(badLine.kind === 'rejected' && badLine.request.headers, []);
  const fine = accepted(receiveRequest(t, request({ host: ' a.test ', headers: [ua, ['X_Y', '1']] })));
  assert.deepEqual(fine.headers, [['Host', 'a.test'], ua]);
});
