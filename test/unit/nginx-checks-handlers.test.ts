import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, checkHttp, codes, located, MAIN, only } from '../support/nginxChecks';

// What single directive handlers of nginx 1.22.1 check in their arguments, each case confirmed
// with `nginx -t` (accepted forms next to the rejected ones).

/** The finding codes of a server block's body. */
async function serverCodes(body: string): Promise<string[]> {
  return codes(await checkHttp(`server {\n${body}\n}`));
}

// ---- access_log, error_log -------------------------------------------------------------------

test("'access_log off' takes nothing after it", async () => {
  assert.deepEqual(await serverCodes('access_log off;'), []);
  const text = `events {}\nhttp {\n  access_log off log_not_found off;\n}\n`;
  const finding = only(await check({ [MAIN]: text }), 'nginx/invalid-parameter');
  assert.deepEqual(located(finding, text), { line: 3, text: 'log_not_found' });
});

test('access_log parameters after the format are buffer=, flush=, gzip[=] and if= only', async () => {
  assert.deepEqual(await serverCodes('access_log /x.log combined gzip=3 buffer=8k flush=1s if=$arg_log;'), []);
  assert.deepEqual(await serverCodes('access_log /x.log combined off;'), ['nginx/invalid-parameter']);
});

test('error_log takes one level, or any number of debug_* levels', async () => {
  assert.deepEqual(await serverCodes('error_log /x.log warn;\nerror_log /y.log debug_http debug_core;'), []);
  const finding = only(await checkHttp('error_log /x.log info info;'), 'nginx/invalid-value');
  assert.match(finding.message, /^log level 'info' in 'error_log' joins another level/);
  assert.deepEqual(await serverCodes('error_log /x.log debug_http info;'), ['nginx/invalid-value']);
  assert.deepEqual(await serverCodes('error_log /x.log debug debug_http;'), ['nginx/invalid-value']);
});

// ---- error_page, return, rewrite -------------------------------------------------------------

test('every error_page argument before the URI (and an optional =code) is a status code from 300 to 599', async () => {
  assert.deepEqual(await serverCodes('error_page 500 502 503 504 /50x.html;\nerror_page 404 = @fallback;\nerror_page 403 =200 /empty;\nlocation @fallback { return 404; }'), []);
  const text = `events {}\nhttp {\n  server {\n    error_page 404 /404.html /404.html;\n  }\n}\n`;
  assert.deepEqual(located(only(await check({ [MAIN]: text }), 'nginx/invalid-value'), text), { line: 4, text: '/404.html' });
  assert.deepEqual(await serverCodes('error_page 200 /x;'), ['nginx/invalid-value']);
  assert.deepEqual(await serverCodes('error_page 499 /x;'), ['nginx/invalid-value']);
});

test("error_page's '=' needs a code before it, and a number after it if anything", async () => {
  assert.deepEqual(await serverCodes('error_page = /x;'), ['nginx/invalid-value']);
  assert.deepEqual(await serverCodes('error_page 404 =abc /x;'), ['nginx/invalid-value']);
});

test('return takes a status code up to 999, or alone a URL starting with http://, https:// or $scheme', async () => {
  assert.deepEqual(await serverCodes('location /a { return 301 https://example.com$request_uri; }\nlocation /b { return https://example.com; }\nlocation /c { return $scheme://example.com; }\nlocation /d { return 999; }'), []);
  assert.deepEqual(await serverCodes('return bar;'), ['nginx/invalid-value']);
  assert.deepEqual(await serverCodes('return 1000;'), ['nginx/invalid-value']);
  assert.deepEqual(await serverCodes('return https://example.com moved;'), ['nginx/invalid-value']);
});

test("rewrite's third argument is a flag: last, break, redirect or permanent (in lower case)", async () => {
  assert.deepEqual(await serverCodes('rewrite ^/a /b last;\nrewrite ^/c /d;'), []);
  assert.deepEqual(await serverCodes('rewrite ^/a /b http://example.com$uri;'), ['nginx/invalid-parameter']);
  assert.deepEqual(await serverCodes('rewrite ^/a /b LAST;'), ['nginx/invalid-parameter']);
});

test('proxy_cache_valid codes before the time are 100 to 599, or any', async () => {
  assert.deepEqual(await serverCodes('location / { proxy_cache_valid 10m; proxy_cache_valid 200 302 10m; proxy_cache_valid any 1m; }'), []);
  assert.deepEqual(await serverCodes('location / { proxy_cache_valid 200 10m 10m; }'), ['nginx/invalid-value']);
  assert.deepEqual(await serverCodes('location / { proxy_cache_valid 99 1m; }'), ['nginx/invalid-value']);
});

// ---- listen ----------------------------------------------------------------------------------

test("a listen parameter in the address's place is read as a host name nginx cannot find", async () => {
  assert.deepEqual(await serverCodes('listen 8081 default_server;'), []);
  const finding = only(await checkHttp('server { listen default_server; }'), 'nginx/invalid-parameter');
  assert.match(finding.message, /'default_server' in 'listen' is read as the address/);
});

test("an upstream server parameter in the address's place is read as a host name too", async () => {
  assert.deepEqual(codes(await checkHttp('upstream b { server 127.0.0.1:81 backup; server 127.0.0.1:82; }')), []);
  assert.deepEqual(codes(await checkHttp('upstream b { server backup; server 127.0.0.1:82; }')), ['nginx/invalid-parameter']);
});

test('an upstream server or a stream proxy_pass is host:port: a scheme or a path makes an invalid host', async () => {
  assert.deepEqual(codes(await checkHttp('upstream b { server unix:/run/app.sock; server http://127.0.0.1:81; }')), ['nginx/invalid-value']);
  const stream = (pass: string): Promise<string[]> =>
    check({ [MAIN]: `load_module modules/ngx_stream_module.so;\nevents {}\nstream {\nserver { listen 5300; proxy_pass ${pass}; }\n}\n` }).then(codes);
  assert.deepEqual(await stream('127.0.0.1:9'), []);
  assert.deepEqual(await stream('unix:/run/app.sock'), []);
  assert.deepEqual(await stream('http://127.0.0.1:9'), ['nginx/invalid-value']);
  assert.deepEqual(await stream('127.0.0.1:9/x'), ['nginx/invalid-value']);
});

// ---- split_clients ---------------------------------------------------------------------------

test('a split_clients line starts with a percentage above zero, at most two decimals, or *', async () => {
  const split = (lines: string): Promise<string[]> => checkHttp(`split_clients $remote_addr $variant {\n${lines}\n}\nserver { return 200 $variant; }`).then(codes);
  assert.deepEqual(await split('0.5% a;\n49.55% b;\n.5% c;\n* d;'), []);
  assert.deepEqual(await split('0% a;'), ['nginx/invalid-value']);
  assert.deepEqual(await split('50 a;'), ['nginx/invalid-value']);
  assert.deepEqual(await split('1.234% a;'), ['nginx/invalid-value']);
  // A missing '}' makes the next directive a line of the block.
  assert.deepEqual(await split('50% a;\nlimit_req_zone $binary_remote_addr zone=one:1m rate=1r/s;'), ['nginx/invalid-value']);
});

// ---- duplicates -----------------------------------------------------------------------------

test("proxy_redirect and proxy_cookie_* repeat freely, but 'off' goes alone in its block", async () => {
  const location = (body: string): Promise<string[]> => serverCodes(`location / { proxy_pass http://127.0.0.1; ${body} }`);
  assert.deepEqual(await location('proxy_redirect /a /b; proxy_redirect /c /d; proxy_cookie_domain a b; proxy_cookie_domain c d;'), []);
  assert.deepEqual(await location('proxy_redirect off; proxy_redirect off;'), ['nginx/duplicate-directive']);
  assert.deepEqual(await location('proxy_redirect /a /b; proxy_redirect off;'), ['nginx/duplicate-directive']);
  assert.deepEqual(await location('proxy_cookie_path off; proxy_cookie_path /a /b;'), ['nginx/duplicate-directive']);
  assert.deepEqual(await serverCodes('proxy_redirect off;\nlocation / { proxy_pass http://127.0.0.1; proxy_redirect off; }'), []);
});

// ---- names nginx keeps once for the whole configuration --------------------------------------

test('shared memory zones share one namespace: cache keys zones, limit zones and lua_shared_dict', async () => {
  const lua = 'load_module modules/ndk_http_module.so;\nload_module modules/ngx_http_lua_module.so;\nevents {}\n';
  assert.deepEqual(codes(await check({ [MAIN]: `${lua}http { lua_shared_dict a 1m; lua_shared_dict b 1m; }\n` })), []);
  assert.deepEqual(codes(await check({ [MAIN]: `${lua}http { lua_shared_dict a 1m; lua_shared_dict a 1m; }\n` })), ['nginx/duplicate-zone']);
  assert.deepEqual(codes(await checkHttp('proxy_cache_path /c keys_zone=a:1m;\nfastcgi_cache_path /d keys_zone=a:1m;')), ['nginx/duplicate-zone']);
});

test('two caches in one directory, as written (a trailing / makes another name for nginx)', async () => {
  assert.deepEqual(codes(await checkHttp('proxy_cache_path /c keys_zone=a:1m;\nproxy_cache_path /c/ keys_zone=b:1m;')), []);
  const finding = only(await checkHttp('proxy_cache_path /c keys_zone=a:1m;\nfastcgi_cache_path /c keys_zone=b:1m;'), 'nginx/duplicate-cache-path');
  assert.match(finding.message, /already used by 'proxy_cache_path'/);
});

test('stream servers listen on an address (per protocol) once between them', async () => {
  const stream = (servers: string): Promise<string[]> =>
    check({ [MAIN]: `load_module modules/ngx_stream_module.so;\nevents {}\nstream {\n${servers}\n}\n` }).then(codes);
  const server = (listen: string): string => `server { ${listen} proxy_pass 127.0.0.1:1; }`;
  assert.deepEqual(await stream(server('listen 127.0.0.1:5300;') + server('listen 127.0.0.1:5300 udp;') + server('listen 5300;')), []);
  assert.deepEqual(await stream(server('listen 127.0.0.1:5300;') + server('listen 127.0.0.1:5300;')), ['nginx/duplicate-listen']);
  assert.deepEqual(await stream(server('listen 5300 udp; listen 5300 udp;')), ['nginx/duplicate-listen']);
});

// ---- variables -------------------------------------------------------------------------------

test('server_name arguments are names, never variables', async () => {
  assert.deepEqual(await serverCodes('server_name $not_a_variable;'), []);
});

test('named captures define variables only in a regular expression nginx compiles', async () => {
  assert.deepEqual(await serverCodes('location ~ ^/(?<name>[a-z]+)$ { return 200 $name; }'), []);
  assert.deepEqual(await serverCodes('location ^/(?<name>[a-z]+)$ { return 200 $name; }'), ['nginx/unknown-variable']);
  assert.deepEqual(await serverCodes('location = (?<name>x) { return 200 $name; }'), ['nginx/unknown-variable']);
  assert.deepEqual(await serverCodes('server_name (?<sub>.+)x; return 200 $sub;'), ['nginx/unknown-variable']);
  assert.deepEqual(await serverCodes('server_name ~^(?<sub>.+)x$; return 200 $sub;'), []);
});
