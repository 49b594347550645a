/**
 * The request lifecycle end to end through `nginxRequestExplainer`: phases, internal redirects,
 * error_page, try_files, access, and the response nginx sends. Every expected value was observed on
 * real nginx 1.22.1 (.work/h4/probe.js with cases-basic.js, cases-2.js, cases-3.js).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from '../support/parse';
import { nginxRequestExplainer } from '../../server/src/core/dialects/nginx/routing/explainer';
import { nginxPack } from '../../server/src/core/dialects/nginx/pack';
import type { PreparedConfiguration } from '../../server/src/core/analysis/explain';
import type { FileProbe, HttpRequest } from '../../server/src/core/analysis/explain/types';
import type { WorkspaceGraph } from '../../server/src/core/workspace/includeGraph';

async function prepare(mainText: string): Promise<PreparedConfiguration> {
  const file = '/virtual/nginx.conf';
  const model = await parseText('nginx', mainText, file);
  const graph: WorkspaceGraph = { files: new Map([[file, model]]), edges: [], findings: [], includedBy: new Map() };
  return nginxRequestExplainer.prepare(graph, file);
}

/** A config whose http block holds `servers`. */
function withHttp(servers: string): Promise<PreparedConfiguration> {
  return prepare(`events {}\nhttp {\n${servers}\n}\n`);
}

function request(target: string, extra: Partial<HttpRequest> = {}): HttpRequest {
  return {
    method: 'GET', version: 'HTTP/1.1', scheme: 'http', address: '127.0.0.1', port: 20080, target,
    host: 'localhost', headers: [], clientAddress: '127.0.0.1', files: 'missing', ...extra,
  };
}

const page = (title: string): string =>
  `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n`;

test('the nginx pack offers the request explainer', () => {
  assert.equal(nginxPack.requestExplainer, nginxRequestExplainer);
});

test('return with text answers the expanded text and names the location', async () => {
  const config = await withHttp('server { listen 127.0.0.1:20080; location / { return 200 "L1 $uri $args $is_args $host"; } }');
  const answer = config.explain(request('/a?b=1'));
  assert.deepEqual(answer.response, { status: 200, body: 'L1 /a b=1 ? localhost' });
  assert.equal(answer.location?.text, 'location /');
  assert.equal(answer.handler.kind, 'return');
});

test('a redirect return gets the built-in page and an absolute Location from the Host header', async () => {
  const config = await withHttp('server { listen 127.0.0.1:20080; location = /r { return 301 /target?x=1; } }');
  const answer = config.explain(request('/r?q=2', { host: 'Foo.Example:20080' }));
  assert.deepEqual(answer.response, { status: 301, body: page('301 Moved Permanently'), location: 'http://foo.example:20080/target?x=1' });
});

test('without a Host header the Location names the local address', async () => {
  const config = await withHttp('server { listen 127.0.0.1:20080; location = /r { return 301 /target; } }');
  const answer = config.explain(request('/r', { version: 'HTTP/1.0', host: null }));
  assert.equal(answer.response.location, 'http://127.0.0.1:20080/target');
});

test('absolute_redirect off, server_name_in_redirect on and port_in_redirect off shape the Location', async () => {
  const config = await withHttp(`
    server { listen 127.0.0.1:20081; absolute_redirect off; location / { return 302 /rel; } }
    server { listen 127.0.0.1:20082; server_name_in_redirect on; server_name sn.test; location / { return 302 /rel; } }
    server { listen 127.0.0.1:20083; port_in_redirect off; location / { return 302 /rel; } }`);
  assert.equal(config.explain(request('/', { port: 20081, host: 'x' })).response.location, '/rel');
  assert.equal(config.explain(request('/', { port: 20082, host: 'x' })).response.location, 'http://sn.test:20082/rel');
  assert.equal(config.explain(request('/', { port: 20083, host: 'x' })).response.location, 'http://x/rel');
});

test('return codes: no text below 400 sends an empty body, 4xx without text is nginx\'s page, 444 closes', async () => {
  const config = await withHttp(`server { listen 127.0.0.1:20080;
    location = /r200 { return 200; } location = /r204 { return 204; } location = /r404 { return 404; }
    location = /r404t { return 404 "nf"; } location = /r418 { return 418; } location = /r444 { return 444; } }`);
  assert.deepEqual(config.explain(request('/r200')).response, { status: 200, body: '' });
  assert.deepEqual(config.explain(request('/r204')).response, { status: 204, body: '' });
  assert.deepEqual(config.explain(request('/r404')).response, { status: 404, body: page('404 Not Found') });
  assert.deepEqual(config.explain(request('/r404t')).response, { status: 404, body: 'nf' });
  assert.deepEqual(config.explain(request('/r418')).response, { status: 418, body: '' });
  assert.deepEqual(config.explain(request('/r444')).response, { closed: true });
});

test('HEAD gets no body', async () => {
  const config = await withHttp('server { listen 127.0.0.1:20080; location / { return 200 "x"; } location /n { return 404; } }');
  assert.deepEqual(config.explain(request('/', { method: 'HEAD' })).response, { status: 200, body: '' });
  assert.deepEqual(config.explain(request('/n', { method: 'HEAD' })).response, { status: 404, body: '' });
});

test('an internal location answers 404 to a client but serves a rewrite', async () => {
  const config = await withHttp(`server { listen 127.0.0.1:20080;
    location /int { internal; return 200 "INT"; } location /go { rewrite ^ /int last; } }`);
  assert.equal(config.explain(request('/int')).response.status, 404);
  assert.deepEqual(config.explain(request('/go')).response, { status: 200, body: 'INT' });
});

test('allow/deny: the first rule matching the client address decides', async () => {
  const config = await withHttp(`server { listen 127.0.0.1:20080;
    location /deny { deny 127.0.0.1; proxy_pass http://127.0.0.1:29001; }
    location /allow { allow 127.0.0.0/8; deny all; proxy_pass http://127.0.0.1:29001; }
    location /other { allow 10.0.0.0/8; deny all; proxy_pass http://127.0.0.1:29001; } }`);
  assert.equal(config.explain(request('/deny')).response.status, 403);
  assert.equal(config.explain(request('/allow')).handler.kind, 'proxy');
  assert.equal(config.explain(request('/other')).response.status, 403);
});

test('return runs in the rewrite phase, before access rules', async () => {
  const config = await withHttp('server { listen 127.0.0.1:20080; location /ret { deny all; return 200 "RET"; } }');
  assert.deepEqual(config.explain(request('/ret')).response, { status: 200, body: 'RET' });
});

test('auth_basic without credentials answers 401; with satisfy any an allow rule lets the request in', async () => {
  const config = await withHttp(`server { listen 127.0.0.1:20080; auth_basic "x"; auth_basic_user_file /x;
    location /auth { proxy_pass http://127.0.0.1:29001; }
    location /authdeny { deny all; proxy_pass http://127.0.0.1:29001; }
    location /any { satisfy any; allow 127.0.0.1; deny all; proxy_pass http://127.0.0.1:29001; }
    location /anyd { satisfy any; deny all; proxy_pass http://127.0.0.1:29001; } }`);
  assert.equal(config.explain(request('/auth')).response.status, 401);
  assert.equal(config.explain(request('/authdeny')).response.status, 403);
  assert.equal(config.explain(request('/any')).handler.kind, 'proxy');
  assert.equal(config.explain(request('/anyd')).response.status, 401);
});

test('limit_except: a method it does not list gets the block\'s rules (GET allows HEAD)', async () => {
  const config = await withHttp('server { listen 127.0.0.1:20080; location /le { limit_except GET { deny all; } proxy_pass http://127.0.0.1:29001; } }');
  assert.equal(config.explain(request('/le')).handler.kind, 'proxy');
  assert.equal(config.explain(request('/le', { method: 'HEAD' })).handler.kind, 'proxy');
  assert.equal(config.explain(request('/le', { method: 'POST' })).response.status, 403);
});

test('a *_pass location ending in / redirects the URI without the slash, keeping the arguments', async () => {
  const config = await withHttp('server { listen 127.0.0.1:20080; location /api/ { proxy_pass http://127.0.0.1:29001; } }');
  const answer = config.explain(request('/api?x=1'));
  assert.deepEqual(answer.response, { status: 301, body: page('301 Moved Permanently'), location: 'http://localhost:20080/api/?x=1' });
  const proxied = config.explain(request('/api/?x=1'));
  assert.equal(proxied.handler.kind, 'proxy');
  assert.equal(proxied.upstream?.uri, '/api/?x=1');
  assert.equal(proxied.response.status, undefined);
});

test('rewrite … last finds the location again and the upstream gets the rewritten URI', async () => {
  const config = await withHttp(`server { listen 127.0.0.1:20080;
    location /api/ { proxy_pass http://127.0.0.1:9000/v1/; }
    location ~ ^/r/(.*)$ { rewrite ^/r/(.*)$ /api/$1 last; } }`);
  const answer = config.explain(request('/r/zz?k=v'));
  assert.equal(answer.location?.text, 'location /api/');
  assert.equal(answer.upstream?.uri, '/v1/zz?k=v');
});

test('ten URI changes are the limit: a rewrite loop ends in 500', async () => {
  const config = await withHttp('server { listen 127.0.0.1:20080; location /k/ { rewrite ^ /k/ last; } }');
  assert.deepEqual(config.explain(request('/k/x')).response, { status: 500, body: page('500 Internal Server Error') });
});

test('try_files: a missing file falls back to the last URI with its own arguments', async () => {
  const config = await withHttp(`server { listen 127.0.0.1:20080; root /srv;
    location / { try_files $uri $uri/ /fallback?from=$uri; }
    location = /fallback { return 200 "FB $uri $args $request_uri"; } }`);
  assert.deepEqual(config.explain(request('/missing?a=1')).response, { status: 200, body: 'FB /fallback from=/missing /missing?a=1' });
});

test('try_files: an existing file becomes the URI and the static module serves it', async () => {
  const config = await withHttp('server { listen 127.0.0.1:20080; root /srv; location / { try_files $uri /fallback; } }');
  const probe: FileProbe = { isFile: (p) => p === '/srv/exists.html', isDirectory: () => false };
  const answer = config.explain(request('/exists.html', { files: 'fs' }), probe);
  assert.equal(answer.response.status, 200);
  assert.deepEqual(answer.handler, { kind: 'static', file: '/srv/exists.html' });
});

test('try_files: =code finishes with that code, @name jumps to the named location', async () => {
  const config = await withHttp(`server { listen 127.0.0.1:20080;
    location /n/ { try_files $uri =418; }
    location /o/ { try_files $uri @up; } location @up { return 200 "UP $uri $args"; } }`);
  assert.equal(config.explain(request('/n/x')).response.status, 418);
  assert.deepEqual(config.explain(request('/o/x?k')).response, { status: 200, body: 'UP /o/x k' });
});

test('error_page to a URI keeps the error status and turns the method into GET', async () => {
  const config = await withHttp(`server { listen 127.0.0.1:20080; root /srv; error_page 404 /e404;
    location = /e404 { return 200 "E404 $uri $args $request_method"; } location /a { } }`);
  assert.deepEqual(config.explain(request('/a', { method: 'POST' })).response, { status: 404, body: 'E404 /e404  GET' });
});

test('error_page =200 and = take the status of the page; @named and URLs work too', async () => {
  const config = await withHttp(`server { listen 127.0.0.1:20080; root /srv;
    location = /e404 { return 200 "E404 $uri $args"; }
    location /b { error_page 404 =200 /e404?x=1; }
    location /c { error_page 404 = @named; } location @named { return 201 "NAMED $uri"; }
    location /d { error_page 404 http://ex.test/nf; }
    location /e { error_page 404 =301 http://ex.test/nf; } }`);
  assert.deepEqual(config.explain(request('/b')).response, { status: 200, body: 'E404 /e404 x=1' });
  assert.deepEqual(config.explain(request('/c')).response, { status: 201, body: 'NAMED /c' });
  assert.deepEqual(config.explain(request('/d')).response, { status: 302, body: page('302 Found'), location: 'http://ex.test/nf' });
  assert.deepEqual(config.explain(request('/e')).response, { status: 301, body: page('301 Moved Permanently'), location: 'http://ex.test/nf' });
});

test('a second error uses the built-in page unless recursive_error_pages is on', async () => {
  const config = await withHttp(`server { listen 127.0.0.1:20080; root /srv;
    location /f { error_page 404 /missing; }
    location /g { error_page 404 /missing; recursive_error_pages on; } }`);
  assert.deepEqual(config.explain(request('/f')).response, { status: 404, body: page('404 Not Found') });
  assert.deepEqual(config.explain(request('/g')).response, { status: 404, body: page('404 Not Found') });
});

test('error_page applies to a return without text, not to one with text', async () => {
  const config = await withHttp(`server { listen 127.0.0.1:20080; error_page 404 /e; location = /e { return 200 "E"; }
    location /h { return 404; } location /i { return 404 "txt"; } }`);
  assert.deepEqual(config.explain(request('/h')).response, { status: 404, body: 'E' });
  assert.deepEqual(config.explain(request('/i')).response, { status: 404, body: 'txt' });
});

test('a redirect handled by error_page keeps its Location header', async () => {
  const config = await withHttp(`server { listen 127.0.0.1:20080; location = /e404 { return 200 "E"; }
    location /k { error_page 301 /e404; return 301 /x; } }`);
  assert.deepEqual(config.explain(request('/k')).response, { status: 301, body: 'E', location: 'http://localhost:20080/x' });
});

test('a forbidden request can be sent to an internal error page', async () => {
  const config = await withHttp(`server { listen 127.0.0.1:20080;
    location /l { error_page 403 /e403; deny all; } location = /e403 { internal; return 200 "E403"; } }`);
  assert.deepEqual(config.explain(request('/l')).response, { status: 403, body: 'E403' });
});

test('the index module redirects internally and keeps the arguments', async () => {
  const config = await withHttp(`server { listen 127.0.0.1:20080; root /www;
    location / { } location = /d/index.html { return 200 "IDX $uri $args"; } }`);
  const answer = config.explain(request('/d/?q=1', { files: 'exist' }));
  assert.deepEqual(answer.response, { status: 200, body: 'IDX /d/index.html q=1' });
});

test('server-level directives run first: return, rewrite permanent, if', async () => {
  const config = await withHttp(`
    server { listen 127.0.0.1:20080; rewrite ^/old/(.*)$ /new/$1 permanent;
      if ($arg_block) { return 403; } error_page 403 /forbidden;
      location = /forbidden { return 200 "FORBIDDEN $uri $args"; } location /new/ { return 200 "NEW $uri"; } }
    server { listen 127.0.0.1:20081; return 200 "SRVRET $uri"; location / { return 200 "never"; } }`);
  assert.equal(config.explain(request('/old/a?b')).response.location, 'http://localhost:20080/new/a?b');
  assert.deepEqual(config.explain(request('/new/a?block=1')).response, { status: 403, body: 'FORBIDDEN /forbidden ' });
  assert.deepEqual(config.explain(request('/a', { port: 20081 })).response, { status: 200, body: 'SRVRET /a' });
});

test('a request rejected at reception still gets the server\'s error page rules', async () => {
  const config = await withHttp('server { listen 127.0.0.1:20080; error_page 400 /bad; location = /bad { return 200 "BAD"; } }');
  const answer = config.explain(request('/%zz'));
  assert.deepEqual(answer.response, { status: 400, body: 'BAD' });
});

test('a configuration without http, or without servers, is explained, not thrown at', async () => {
  const noHttp = await prepare('events {}\n');
  assert.match(noHttp.explain(request('/')).steps[0].message, /no `http` block/);
  const noServers = await prepare('events {}\nhttp { }\n');
  assert.match(noServers.explain(request('/')).steps[0].message, /no `server`/);
});

test('nothing listening on the address and port: no response', async () => {
  const config = await withHttp('server { listen 127.0.0.1:20080; }');
  const answer = config.explain(request('/', { port: 20999 }));
  assert.deepEqual(answer.response, {});
  assert.equal(answer.handler.kind, 'error');
});

test('effective directives come from the final location chain', async () => {
  const config = await withHttp('server { listen 127.0.0.1:20080; client_max_body_size 5m; location / { return 200 "x"; } }');
  const answer = config.explain(request('/'));
  assert.ok(answer.effective.some((d) => d.name === 'client_max_body_size' && d.inherited));
});

test('internal is inherited by nested locations', async () => {
  const config = await withHttp('server { listen 127.0.0.1:20080; location /a/ { internal; location /a/b/ { return 200 "ab"; } } }');
  assert.equal(config.explain(request('/a/b/x')).response.status, 404);
});

test('a limit_except block in force replaces the location\'s rewrite directives too (.work/requests-h5.md item 6)', async () => {
  const config = await withHttp(`server { listen 127.0.0.1:20080; root /srv;
    location /d { limit_except POST { deny all; } return 200 "ret"; }
    location /a { limit_except POST { allow all; } return 200 "ret"; } }`);
  assert.equal(config.explain(request('/d')).response.status, 403);
  assert.equal(config.explain(request('/a')).response.status, 404);
  assert.deepEqual(config.explain(request('/a', { method: 'POST' })).response, { status: 200, body: 'ret' });
});

test('set $args replaces the arguments the upstream receives (.work/requests-h5.md item 5)', async () => {
  const config = await withHttp('server { listen 127.0.0.1:20080; location / { set $args "$args&y=2"; proxy_pass http://127.0.0.1:29001; } }');
  assert.equal(config.explain(request('/a//b?x')).upstream?.uri, '/a/b?x&y=2');
});

test('finishing with a code below 300 (try_files =200) sends nothing: nginx closes the connection', async () => {
  const config = await withHttp('server { listen 127.0.0.1:20080; location / { try_files $uri =200; } }');
  assert.deepEqual(config.explain(request('/x')).response, { closed: true });
});

test('Chrome and MSIE get msie_padding after a 4xx page; Firefox does not (.work/h4/cases-11.js)', async () => {
  const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36';
  const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0';
  const config = await withHttp('server { listen 127.0.0.1:20080; location / { return 404; } location /off { msie_padding off; return 404; } }');
  const padded = config.explain(request('/', { headers: [['User-Agent', chrome]] })).response.body ?? '';
  assert.ok(padded.startsWith(page('404 Not Found')) && padded.endsWith('friendly error page -->\r\n'));
  assert.equal(config.explain(request('/', { headers: [['User-Agent', firefox]] })).response.body, page('404 Not Found'));
  assert.equal(config.explain(request('/off', { headers: [['User-Agent', chrome]] })).response.body, page('404 Not Found'));
});

test('a true `if` in a location replaces its configuration: try_files is gone, error_page inside it applies (.work/h4/cases-17.js)', async () => {
  const config = await withHttp(`server { listen 127.0.0.1:20080; root /srv;
    location / { try_files $uri /fb; if ($arg_x) { set $a 1; } }
    location = /fb { return 200 "FB $uri"; }
    location /two/ { if ($arg_a) { error_page 404 /fb; } if ($arg_b) { return 200 "B"; } } }`);
  assert.deepEqual(config.explain(request('/zz')).response, { status: 200, body: 'FB /fb' });
  assert.equal(config.explain(request('/zz?x=1')).response.status, 404);
  assert.deepEqual(config.explain(request('/two/q?a=1')).response, { status: 404, body: 'FB /fb' });
  assert.deepEqual(config.explain(request('/two/q?a=1&b=1')).response, { status: 200, body: 'B' });
});

test('a body over client_max_body_size is refused with 413 and the step names the limit in force', async () => {
  const config = await withHttp('server { listen 127.0.0.1:20080; client_max_body_size 10k;\n location / { return 200 "ok"; } }');
  const answer = config.explain(request('/upload', { method: 'POST', headers: [['Content-Length', '20000']] }));
  assert.equal(answer.response.status, 413);
  const step = answer.steps.find((s) => s.kind === 'access');
  assert.match(step?.message ?? '', /20000 bytes .* `client_max_body_size 10k`/);
  assert.equal(step?.at?.line, 3);
});
