import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, checkHttp, codes, located, MAIN, only } from '../support/nginxChecks';

// ---- listen and server names -----------------------------------------------------------------

test('a second default server on one address:port (80 and *:80 are the same)', async () => {
  const text = `events {}\nhttp {\n  server { listen 80 default_server; }\n  server { listen *:80 default_server; }\n}\n`;
  const finding = only(await check({ [MAIN]: text }), 'nginx/duplicate-default-server');
  assert.deepEqual(located(finding, text), { line: 4, text: 'default_server' });
  assert.match(finding.message, /0\.0\.0\.0:80/);
});

test('default servers on different ports are fine', async () => {
  assert.deepEqual(codes(await checkHttp('server { listen 80 default_server; }\nserver { listen 8080 default_server; }')), []);
});

test('one server listening twice on an address, and socket options given twice', async () => {
  assert.deepEqual(codes(await checkHttp('server { listen 80; listen 0.0.0.0:80; }')), ['nginx/duplicate-listen']);
  assert.deepEqual(codes(await checkHttp('server { listen 80 backlog=10; server_name a; }\nserver { listen 80 reuseport; server_name b; }')), ['nginx/duplicate-listen-options']);
});

test('a server name claimed twice on one address is a warning that says which server keeps it', async () => {
  const text = `events {}\nhttp {\n  server { listen 80; server_name example.com; }\n  server { listen 80; server_name www.example.com example.com; }\n}\n`;
  const finding = only(await check({ [MAIN]: text }), 'nginx/conflicting-server-name');
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(located(finding, text), { line: 4, text: 'example.com' });
  assert.match(finding.message, /conflicting server name "example\.com" on 0\.0\.0\.0:80, ignored: the server at line 3 keeps it/);
});

test('.example.com claims example.com and *.example.com', async () => {
  const findings = await checkHttp('server { server_name .example.com; }\nserver { server_name *.example.com; }\nserver { server_name example.com; }');
  assert.equal(findings.filter((f) => f.code === 'nginx/conflicting-server-name').length, 2);
});

test('the same name on different ports does not conflict', async () => {
  assert.deepEqual(codes(await checkHttp('server { listen 80; server_name a; }\nserver { listen 443; server_name a; }')), []);
});

// ---- variables -------------------------------------------------------------------------------

test('an unknown variable is an error at the reference, with a suggestion', async () => {
  const text = `events {}\nhttp {\n  server { return 301 https://$host$reqeust_uri; }\n}\n`;
  const finding = only(await check({ [MAIN]: text }), 'nginx/unknown-variable');
  assert.deepEqual(located(finding, text), { line: 3, text: '$reqeust_uri' });
  assert.equal(finding.suggestion, 'request_uri');
});

test('variables defined by set, map, geo, split_clients and named captures are known anywhere', async () => {
  const findings = await checkHttp(
    [
      'map $host $mapped { default 0; ~^(?<sub>\\w+)\\. 1; }',
      'geo $geo { default 0; }',
      'split_clients $remote_addr $variant { 50% a; * b; }',
      'server {',
      '  server_name ~^(?<name>.+)\\.example\\.com$;',
      '  return 200 "$mapped $geo $variant $sub $name $later ${later} $1 $http_x_custom $cookie_id $arg_q";',
      '  location / { set $later 1; }',
      '}',
    ].join('\n'),
  );
  assert.deepEqual(codes(findings), []);
});

test('regex anchors, Lua code and perl code are not variable references', async () => {
  const text = 'load_module modules/ndk_http_module.so;\nload_module modules/ngx_http_lua_module.so;\nevents {}\nhttp {\n  server {\n    location ~ \\.php$ { rewrite ^/(.*)$ /index.php?q=$1 last; }\n    location /lua { content_by_lua \'ngx.say(ngx.var.uri .. "$notnginx")\'; }\n  }\n}\n';
  assert.deepEqual(codes(await check({ [MAIN]: text })), []);
});

test("redefining a variable nginx keeps to itself", async () => {
  assert.deepEqual(codes(await checkHttp('server { set $uri /x; set $args a=1; }')), ['nginx/duplicate-variable']);
  assert.deepEqual(codes(await checkHttp('server { location ~ ^/(?<scheme>x) { } }')), ['nginx/duplicate-variable']);
});

// ---- log formats -----------------------------------------------------------------------------

test('access_log must name a format defined before it', async () => {
  const findings = await checkHttp("access_log /tmp/a.log main;\nlog_format main '$remote_addr';\naccess_log /tmp/b.log main;\naccess_log /tmp/c.log combined;\naccess_log /tmp/d.log buffer=32k;");
  assert.deepEqual(
    findings.filter((f) => f.code === 'nginx/unknown-log-format').map((f) => f.span.start.line),
    [2, 6],
  );
});

// ---- TLS -------------------------------------------------------------------------------------

test("the first server on an address with 'listen … ssl' needs a certificate", async () => {
  const text = `events {}\nhttp {\n  server {\n    listen 443 ssl;\n  }\n}\n`;
  const finding = only(await check({ [MAIN]: text }), 'nginx/ssl-certificate-missing');
  assert.deepEqual(located(finding, text), { line: 3, text: 'server' });
});

test('a certificate in the http block, or a default server that has one, is enough', async () => {
  assert.deepEqual(codes(await checkHttp('ssl_certificate a.pem; ssl_certificate_key a.key;\nserver { listen 443 ssl; }')), []);
  assert.deepEqual(
    codes(await checkHttp('server { listen 443 ssl default_server; server_name a; ssl_certificate a.pem; ssl_certificate_key a.key; }\nserver { listen 443 ssl; server_name b; }')),
    [],
  );
});

// ---- if, valid_referers, upstreams, events ----------------------------------------------------

test('an if condition must start with a variable or a file test with its path, and not be empty', async () => {
  const findings = await checkHttp('server {\n if (1) { }\n if () { }\n if (-f) { }\n if ($a) { }\n if (!-e $request_filename) { }\n}');
  assert.deepEqual(
    findings.filter((f) => f.code === 'nginx/invalid-condition').map((f) => f.span.start.line),
    [3, 4, 5],
  );
});

test('valid_referers may not list one host twice in a block', async () => {
  const finding = only(await checkHttp('server { valid_referers none example.com/a; valid_referers example.com/b; }'), 'nginx/conflicting-parameter');
  assert.match(finding.message, /'example\.com' is already listed/);
});

test('fastcgi_pass to a host without a port needs an upstream of that name', async () => {
  assert.deepEqual(codes(await checkHttp('server { location / { fastcgi_pass php; } }')), ['nginx/missing-upstream-port']);
  assert.deepEqual(codes(await checkHttp('server { location / { fastcgi_pass php; } }\nupstream php { server unix:/run/php.sock; }')), []);
  assert.deepEqual(codes(await checkHttp('server { location / { fastcgi_pass 127.0.0.1:9000; uwsgi_pass unix:/run/u.sock; } }')), []);
});

test('the events method must be one this nginx has', async () => {
  const finding = only(await check({ [MAIN]: 'events { use kqueue; }\n' }), 'nginx/invalid-value');
  assert.match(finding.message, /invalid event type 'kqueue'/);
});

test('a log format defined twice', async () => {
  assert.deepEqual(codes(await checkHttp("log_format main '$remote_addr';\nlog_format main '$host';\nlog_format combined '$uri';")), ['nginx/duplicate-log-format', 'nginx/duplicate-log-format']);
});
