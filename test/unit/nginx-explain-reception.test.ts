import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from '../support/parse';
import { buildConfigTree, type ConfigNode } from '../../server/src/core/dialects/nginx/routing/configTree';
import { buildServerTable, receiveRequest, type Reception, type ServerTable } from '../../server/src/core/dialects/nginx/routing/reception';
import type { HttpRequest } from '../../server/src/core/analysis/explain/types';
import type { WorkspaceGraph } from '../../server/src/core/workspace/includeGraph';

/** The `http` block of a one-file configuration whose http body is `body`. */
async function httpBlock(body: string): Promise<ConfigNode> {
  const file = '/virtual/nginx.conf';
  const model = await parseText('nginx', `events {}\nhttp {\n${body}\n}\n`, file);
  const graph: WorkspaceGraph = { files: new Map([[file, model]]), edges: [], findings: [], includedBy: new Map() };
  const http = buildConfigTree(graph, file).main.find((n) => n.name === 'http');
  assert.ok(http, 'no http block');
  return http;
}

async function table(body: string): Promise<ServerTable> {
  return buildServerTable(await httpBlock(body), { hostname: 'vm' });
}

function request(overrides: Partial<HttpRequest> & { target?: string }): HttpRequest {
  return {
    method: 'GET',
    version: 'HTTP/1.1',
    scheme: 'http',
    address: '127.0.0.1',
    port: 8080,
    target: '/',
    host: 'example.com',
    headers: [],
    clientAddress: '127.0.0.1',
    files: 'missing',
    ...overrides,
  };
}

/** Which server (by 0-based index) answered, or the rejection status, or 'unreachable'. */
function outcome(r: Reception): string {
  if (r.kind === 'accepted') return `s${r.server.index}`;
  if (r.kind === 'rejected') return `${r.status}`;
  return 'unreachable';
}

function accepted(r: Reception): Extract<Reception, { kind: 'accepted' }> {
  assert.equal(r.kind, 'accepted', JSON.stringify(r.steps));
  return r as Extract<Reception, { kind: 'accepted' }>;
}

// ---------------------------------------------------------------------------------------------
// Listening addresses

test('a specific address beats the wildcard on the same port', async () => {
  const t = await table(`
    server { listen 8080; server_name a.test; }
    server { listen 127.0.0.1:8080; server_name b.test; }`);
  assert.equal(outcome(receiveRequest(t, request({ host: 'a.test' }))), 's1');
  assert.equal(outcome(receiveRequest(t, request({ address: '127.0.0.2', host: 'b.test' }))), 's0');
});

test('servers on another address of the same port are never candidates', async () => {
  const t = await table(`
    server { listen 127.0.0.1:8080; server_name only.test; }
    server { listen 8080; server_name a.test; }`);
  assert.equal(outcome(receiveRequest(t, request({ host: 'a.test' }))), 's0');
});

test('nothing listening on the port is unreachable; a specific address elsewhere is too', async () => {
  const t = await table(`server { listen 127.0.0.1:8080; }`);
  assert.equal(outcome(receiveRequest(t, request({ port: 8081 }))), 'unreachable');
  assert.equal(outcome(receiveRequest(t, request({ address: '127.0.0.2' }))), 'unreachable');
});

test('a server without listen listens on *:80', async () => {
  const t = await table(`server { server_name a.test; }`);
  assert.equal(outcome(receiveRequest(t, request({ port: 80 }))), 's0');
});

test('IPv6 listens are their own family; [::] takes any IPv6 address', async () => {
  const t = await table(`
    server { listen 8080; }
    server { listen [::]:8080; }
    server { listen [0:0::1]:8080; }`);
  assert.equal(outcome(receiveRequest(t, request({ address: '::1' }))), 's2');
  assert.equal(outcome(receiveRequest(t, request({ address: '::2' }))), 's1');
  assert.equal(outcome(receiveRequest(t, request({}))), 's0');
});

test('the default server is the one marked default_server, else the first', async () => {
  const t = await table(`
    server { listen 8080; server_name a.test; }
    server { listen 8080 default_server; server_name b.test; }
    server { listen 8081; server_name c.test; }
    server { listen 8081; server_name d.test; }`);
  assert.equal(outcome(receiveRequest(t, request({ host: 'other.test' }))), 's1');
  assert.equal(outcome(receiveRequest(t, request({ port: 8081, host: 'other.test' }))), 's2');
});

// ---------------------------------------------------------------------------------------------
// Server names

test('exact name, then the longest leading wildcard, then the longest trailing wildcard, then regexes in order', async () => {
  const t = await table(`
    server { listen 8080; server_name _; }
    server { listen 8080; server_name ~^www\\.; }
    server { listen 8080; server_name www.example.*; }
    server { listen 8080; server_name *.example.com; }
    server { listen 8080; server_name *.b.example.com; }
    server { listen 8080; server_name www.example.com; }
    server { listen 8080; server_name ~example; }`);
  assert.equal(outcome(receiveRequest(t, request({ host: 'www.example.com' }))), 's5');
  assert.equal(outcome(receiveRequest(t, request({ host: 'a.b.example.com' }))), 's4');
  assert.equal(outcome(receiveRequest(t, request({ host: 'www.b.example.com' }))), 's4');
  assert.equal(outcome(receiveRequest(t, request({ host: 'www.example.org' }))), 's2');
  assert.equal(outcome(receiveRequest(t, request({ host: 'www.test' }))), 's1');
  assert.equal(outcome(receiveRequest(t, request({ host: 'example.net' }))), 's6');
  assert.equal(outcome(receiveRequest(t, request({ host: 'nothing.test' }))), 's0');
});

test('.example.com matches example.com itself and its subdomains; *.example.com only subdomains', async () => {
  const t = await table(`
    server { listen 8080; server_name _; }
    server { listen 8080; server_name .a.test; }
    server { listen 8080; server_name *.b.test; }`);
  assert.equal(outcome(receiveRequest(t, request({ host: 'a.test' }))), 's1');
  assert.equal(outcome(receiveRequest(t, request({ host: 'x.y.a.test' }))), 's1');
  assert.equal(outcome(receiveRequest(t, request({ host: 'b.test' }))), 's0');
  assert.equal(outcome(receiveRequest(t, request({ host: 'x.b.test' }))), 's2');
});

test('a name already taken on the address is ignored, with nginx\'s warning', async () => {
  const t = await table(`
    server { listen 8080; server_name a.test; }
    server { listen 8080; server_name A.test b.test; }`);
  assert.equal(outcome(receiveRequest(t, request({ host: 'a.test' }))), 's0');
  assert.equal(outcome(receiveRequest(t, request({ host: 'b.test' }))), 's1');
  assert.equal(t.warnings.length, 1);
  assert.match(t.warnings[0], /conflicting server name "a\.test" on 0\.0\.0\.0:8080, ignored/);
});

test('.example.com reserves example.com even when its wildcard half collides', async () => {
  const t = await table(`
    server { listen 8080; server_name *.a.test; }
    server { listen 8080; server_name .a.test; }
    server { listen 8080; server_name a.test; }`);
  assert.equal(t.warnings.length, 2);
  assert.equal(outcome(receiveRequest(t, request({ host: 'a.test' }))), 's0');
  assert.equal(outcome(receiveRequest(t, request({ host: 'x.a.test' }))), 's0');
});

test('regex captures of the chosen server are exposed', async () => {
  const t = await table(`
    server { listen 8080; }
    server { listen 8080; server_name ~^(?<sub>[a-z]+)\\.(x)\\.test$; }`);
  const r = accepted(receiveRequest(t, request({ host: 'api.x.test' })));
  assert.equal(r.server.index, 1);
  assert.equal(r.serverCaptures?.named.sub, 'api');
  assert.equal(r.serverCaptures?.numbered[2], 'x');
});

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

test('listen accepts 127.1, 0 and port ranges as getaddrinfo and this nginx build read them', async () => {
  const t = await table(`
    server { listen 127.1:8080; server_name a.test; }
    server { listen 0:8081; server_name b.test; }
    server { listen 8090-8091; server_name c.test; }`);
  assert.equal(outcome(receiveRequest(t, request({}))), 's0');
  assert.equal(outcome(receiveRequest(t, request({ address: '127.0.0.9', port: 8081 }))), 's1');
  assert.equal(outcome(receiveRequest(t, request({ port: 8091 }))), 's2');
  assert.deepEqual(t.errors, []);
});

test('a wildcard and a separately bound address on one port cannot both bind; reuseport on both can', async () => {
  const clash = await table(`
    server { listen 8080; }
    server { listen 127.0.0.1:8080 bind; }`);
  assert.match(clash.errors.join('\n'), /bind\(\) to 0\.0\.0\.0:8080 failed/);
  const dualStack = await table(`
    server { listen 127.0.0.1:8080; }
    server { listen [::]:8080 ipv6only=off; }`);
  assert.match(dualStack.errors.join('\n'), /bind\(\) to \[::\]:8080 failed/);
  const shared = await table(`
    server { listen 8080 reuseport; }
    server { listen 127.0.0.1:8080 reuseport; }`);
  assert.deepEqual(shared.errors, []);
  const implicit = await table(`
    server { listen 8080; }
    server { listen 127.0.0.1:8080; }`);
  assert.deepEqual(implicit.errors, []);
});

test('[::]:port ipv6only=off also takes IPv4 connections', async () => {
  const t = await table(`
    server { listen [::1]:8080; }
    server { listen [::]:8080 ipv6only=off; }`);
  assert.equal(outcome(receiveRequest(t, request({ address: '127.0.0.1' }))), 's1');
  assert.equal(outcome(receiveRequest(t, request({ address: '::1' }))), 's0');
});

test('a server_name regex with an uppercase letter is caseless', async () => {
  const t = await table(`
    server { listen 8080; }
    server { listen 8080; server_name ~^(?<z>B)$; }`);
  const r = accepted(receiveRequest(t, request({ host: 'b' })));
  assert.equal(r.server.index, 1);
  assert.equal(r.serverCaptures?.numbered[1], 'b');
});

test('server_name $hostname is the machine name', async () => {
  const t = await table(`
    server { listen 8080; }
    server { listen 8080; server_name $hostname; }`);
  assert.equal(outcome(receiveRequest(t, request({ host: 'vm' }))), 's1');
});

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

test('plain HTTP to an ssl port finalizes with 497 on the chosen server', async () => {
  const t = await table(`
    ssl_certificate c.pem; ssl_certificate_key k.pem;
    server { listen 8080 ssl; }
    server { listen 8080; server_name b.test; }`);
  const r = receiveRequest(t, request({ host: 'b.test' }));
  assert.equal(outcome(r), '497');
  assert.equal(r.kind === 'rejected' && r.server?.index, 1);
  assert.match((await table(`server { listen 8080 ssl; }`)).errors.join('\n'), /no "ssl_certificate"/);
});

test('plain http2 and proxy_protocol listeners give an HTTP/1 request no response', async () => {
  const t = await table(`
    server { listen 8080 http2; }
    server { listen 8081 proxy_protocol; }`);
  assert.equal(outcome(receiveRequest(t, request({}))), 'unreachable');
  assert.equal(outcome(receiveRequest(t, request({ port: 8081 }))), 'unreachable');
});

test('a request line longer than the first buffer needs a large buffer that is bigger', async () => {
  const t = await table(`client_header_buffer_size 2k; large_client_header_buffers 4 1k; server { listen 8080; }`);
  const line = (n: number) => '/' + 'a'.repeat(n - 'GET / HTTP/1.1\r\n'.length);
  assert.equal(outcome(receiveRequest(t, request({ target: line(2048) }))), 's0');
  assert.equal(outcome(receiveRequest(t, request({ target: line(2049) }))), '414');
});

test('the server step says when a later server\'s same name was ignored', async () => {
  const t = await table(`
    server { listen 8080; server_name a.test; }
    server { listen 8080; server_name a.test; }`);
  const r = accepted(receiveRequest(t, request({ host: 'a.test' })));
  const step = r.steps.find((s) => s.kind === 'server');
  assert.match(step?.message ?? '', /conflicting server name/);
  assert.match(step?.message ?? '', /the server at line 5 is ignored/);
});

test('listen with a host name listens on every address it resolves to', async () => {
  const http = await httpBlock(`server { listen localhost:8080; }`);
  const stock = buildServerTable(http);
  assert.equal(outcome(receiveRequest(stock, request({ address: '::1' }))), 's0');
  assert.equal(outcome(receiveRequest(stock, request({ address: '127.0.0.1' }))), 's0');
  const ipv4Only = buildServerTable(http, { resolveHost: (name) => (name === 'localhost' ? ['127.0.0.1'] : undefined) });
  assert.equal(outcome(receiveRequest(ipv4Only, request({ address: '::1' }))), 'unreachable');
  const unknown = buildServerTable(await httpBlock(`server { listen nowhere.invalid:8080; }`));
  assert.match(unknown.errors.join('\n'), /host not found/);
});

test('alone on its address, a server runs its regex names only if its last regex captures', async () => {
  const lastCaptures = await table(`server { listen 8080; server_name ~^b$ ~^(a)\\.test$; }`);
  assert.equal(accepted(receiveRequest(lastCaptures, request({ host: 'a.test' }))).serverCaptures?.numbered[1], 'a');
  const lastPlain = await table(`server { listen 8080; server_name ~^(a)\\.test$ ~^b$; }`);
  assert.equal(accepted(receiveRequest(lastPlain, request({ host: 'a.test' }))).serverCaptures, undefined);
});

test('an exact name longer than 46 bytes does not fit the default server_names_hash bucket', async () => {
  const name = (n: number) => 'a'.repeat(n - 5) + '.test';
  const fits = await table(`server { listen 8080; server_name ${name(46)}; } server { listen 8080; }`);
  assert.deepEqual(fits.errors, []);
  const tooLong = await table(`server { listen 8080; server_name ${name(47)}; } server { listen 8080; }`);
  assert.match(tooLong.errors.join('\n'), /server_names_hash_bucket_size: 64/);
  const bigger = await table(`server_names_hash_bucket_size 128; server { listen 8080; server_name ${name(47)}; } server { listen 8080; }`);
  assert.deepEqual(bigger.errors, []);
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
