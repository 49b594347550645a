import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { fixturesDir, wasmParsers } from '../support/parse';
import { check, checkHttp, codes, located, MAIN, memorySource, only } from '../support/nginxChecks';
import { packs } from '../../server/src/core/dialects/registry';
import { checkConfigs } from '../../server/src/core/workspace/loadConfigs';
import { fileSystemSource } from '../../server/src/node/fileSource';

// ---- unknown directives ---------------------------------------------------------------------

test('a misspelt directive is unknown, with the closest name valid in its context', async () => {
  const findings = await checkHttp('server { location / { proxy_pas http://127.0.0.1; } }');
  const finding = only(findings, 'nginx/unknown-directive');
  assert.match(finding.message, /did you mean 'proxy_pass'\?/);
  assert.equal(finding.suggestion, 'proxy_pass');
  assert.equal(finding.severity, 'error');
});

test('the unknown-directive range is the directive name', async () => {
  const text = `events {}\nhttp {\n  gzipp on;\n}\n`;
  const finding = only(await check({ [MAIN]: text }), 'nginx/unknown-directive');
  assert.deepEqual(located(finding, text), { line: 3, text: 'gzipp' });
});

test('a directive of a dynamic module the configuration does not load names the package and the load_module line', async () => {
  const finding = only(await checkHttp('more_set_headers "X-A: b";'), 'nginx/unknown-directive');
  assert.match(finding.message, /libnginx-mod-http-headers-more-filter/);
  assert.match(finding.message, /load_module modules\/ngx_http_headers_more_filter_module\.so;/);
});

test('load_module makes the dynamic module directives known', async () => {
  const text = `load_module modules/ngx_http_headers_more_filter_module.so;\nevents {}\nhttp { more_set_headers "X-A: b"; }\n`;
  assert.deepEqual(codes(await check({ [MAIN]: text })), []);
});

test('modules named in the extraModules option count as loaded', async () => {
  assert.deepEqual(codes(await checkHttp('more_set_headers "X-A: b";', { checks: { extraModules: ['ngx_http_headers_more_filter_module'] } })), []);
});

test('a quoted directive name is read like the bare one', async () => {
  assert.deepEqual(codes(await check({ [MAIN]: `"events" {}\n'http' { }\n` })), []);
});

// ---- contexts ------------------------------------------------------------------------------

test('a directive outside its contexts names where it is and where it is allowed', async () => {
  const finding = only(await checkHttp('proxy_pass http://127.0.0.1;'), 'nginx/not-allowed-here');
  assert.match(finding.message, /'proxy_pass' is not allowed in the http context; it is allowed in location, 'if' in location, limit_except/);
});

test('an included file is checked in the context of its include site', async () => {
  const root = path.join(fixturesDir, 'nginx-checks', 'site');
  const { findings } = checkConfigs([path.join(root, 'nginx.conf')], packs.nginx, await wasmParsers(), fileSystemSource);
  const notAllowed = findings.filter((f) => f.code === 'nginx/not-allowed-here');
  // conf.d/app.conf is included in http: its top-level proxy_pass is wrong there;
  // snippets/proxy.conf is included in a location: its proxy_pass is fine.
  assert.deepEqual(
    notAllowed.map((f) => [path.relative(root, f.file), f.span.start.line + 1]),
    [['conf.d/app.conf', 1]],
  );
});

test('a directive repeated through an include in the same block is a duplicate', async () => {
  const root = path.join(fixturesDir, 'nginx-checks', 'site');
  const { findings } = checkConfigs([path.join(root, 'nginx.conf')], packs.nginx, await wasmParsers(), fileSystemSource);
  const duplicate = findings.find((f) => f.code === 'nginx/duplicate-directive');
  assert.equal(duplicate && path.relative(root, duplicate.file), 'nginx.conf');
  assert.equal(duplicate?.span.start.line, 7);
  assert.match(duplicate?.message ?? '', /proxy\.conf:3/);
});

test('variables are global: one set in another file and server is known', async () => {
  const root = path.join(fixturesDir, 'nginx-checks', 'site');
  const { findings } = checkConfigs([path.join(root, 'nginx.conf')], packs.nginx, await wasmParsers(), fileSystemSource);
  assert.ok(!findings.some((f) => f.code === 'nginx/unknown-variable'));
});

test('a fragment whose context is unknown gets no context findings, and its unknown variables are warnings', async () => {
  const file = path.join(fixturesDir, 'nginx-checks', 'lone', 'fragment.conf');
  const { findings } = checkConfigs([file], packs.nginx, await wasmParsers(), fileSystemSource);
  assert.ok(!findings.some((f) => f.code === 'nginx/not-allowed-here' || f.code === 'nginx/unknown-directive'), findings.map((f) => f.message).join('\n'));
  assert.equal(findings.find((f) => f.code === 'nginx/unknown-variable')?.severity, 'warning');
  // A flag is on or off wherever the directive is.
  assert.equal(findings.find((f) => f.code === 'nginx/invalid-flag')?.severity, 'error');
});

test('a lone site file is read in the http context its content suggests, and context findings are warnings', async () => {
  const file = '/virtual/sites-enabled/site.conf';
  const { findings } = checkConfigs([file], packs.nginx, await wasmParsers(), memorySource({ [file]: 'server { listen 80; }\nproxy_pass http://x;\n' }));
  const finding = only(findings, 'nginx/not-allowed-here');
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /context is a guess/);
});

// ---- shape and arguments ---------------------------------------------------------------------

test('too few arguments: the message says how many the directive takes', async () => {
  const finding = only(await checkHttp('server { listen; }'), 'nginx/argument-count');
  assert.equal(finding.message, "'listen' takes 1 or more arguments, got 0");
});

test('too many arguments: the range covers the extra ones', async () => {
  const text = `events {}\nhttp {\n  server { location / { proxy_pass http://a http://b; } }\n}\n`;
  const finding = only(await check({ [MAIN]: text }), 'nginx/argument-count');
  assert.equal(finding.message, "'proxy_pass' takes exactly 1 argument, got 2");
  assert.equal(located(finding, text).text, 'http://b');
});

test('a block directive written without a block, and a simple one given a block', async () => {
  assert.deepEqual(codes(await checkHttp('upstream backend;')), ['nginx/missing-block']);
  assert.deepEqual(codes(await checkHttp('server { location / { proxy_pass http://a { } } }')), ['nginx/unexpected-block']);
});

test('a location modifier touching its path is one argument, as nginx reads it', async () => {
  assert.deepEqual(codes(await checkHttp('server { location =/exact { } location ~*\\.png$ { } }')), []);
});

// ---- values ----------------------------------------------------------------------------------

test('a flag must be on or off (in any case)', async () => {
  const text = `events {}\nhttp {\n  gzip yes;\n  sendfile ON;\n}\n`;
  const finding = only(await check({ [MAIN]: text }), 'nginx/invalid-flag');
  assert.deepEqual(located(finding, text), { line: 3, text: 'yes' });
});

test('an enumeration value must be one nginx knows', async () => {
  const finding = only(await checkHttp('proxy_http_version 2.0;'), 'nginx/invalid-value');
  assert.match(finding.message, /'1\.0', '1\.1'/);
});

test('every value of a bit mask is checked', async () => {
  const text = `events {}\nhttp {\n  ssl_protocols TLSv1.2 TLSv1.4;\n}\n`;
  assert.equal(located(only(await check({ [MAIN]: text }), 'nginx/invalid-value'), text).text, 'TLSv1.4');
});

test('listen and upstream server parameters must be ones nginx knows', async () => {
  const findings = await checkHttp('upstream b { server 127.0.0.1:81 wieght=2; }\nserver { listen 80 defualt_server; }');
  assert.deepEqual(
    findings.filter((f) => f.code === 'nginx/invalid-parameter').map((f) => f.message.split(':')[0]),
    ["invalid parameter 'wieght=2' in 'server'", "invalid parameter 'defualt_server' in 'listen'"],
  );
});

test("a third fastcgi_param argument can only be if_not_empty, a third add_header argument only always", async () => {
  const findings = await checkHttp('server { location / { fastcgi_param A $uri $args; add_header X y never; add_header Z y always; } }');
  assert.deepEqual(codes(findings), ['nginx/invalid-parameter', 'nginx/invalid-parameter']);
});

test('a map entry is a key and one value', async () => {
  const finding = only(await checkHttp('map $host $x {\n  default 0;\n  example.com 1 2;\n}\nserver { return 200 $x; }'), 'nginx/invalid-entry');
  assert.match(finding.message, /got 2 values/);
});

// ---- duplicates ------------------------------------------------------------------------------

test('a directive nginx allows once per block is reported at its second occurrence', async () => {
  const text = `events {}\nhttp {\n  server {\n    root /a;\n    root /b;\n  }\n}\n`;
  const finding = only(await check({ [MAIN]: text }), 'nginx/duplicate-directive');
  assert.equal(located(finding, text).line, 5);
  assert.equal(finding.related?.[0].span.start.line, 3);
});

test('the same directive in different blocks, or one that may repeat, is not a duplicate', async () => {
  assert.deepEqual(codes(await checkHttp('root /a;\nserver { root /b; location / { root /c; } add_header A 1; add_header B 2; }')), []);
});

test('alias after root in one location: nginx names the earlier one', async () => {
  const finding = only(await checkHttp('server { location /a/ { root /x; alias /y/; } }'), 'nginx/duplicate-directive');
  assert.match(finding.message, /'root' is already specified/);
});

test('limit_conn may repeat with another zone, not with the same one', async () => {
  const zones = 'limit_conn_zone $binary_remote_addr zone=a:1m;\nlimit_conn_zone $server_name zone=b:1m;\n';
  assert.deepEqual(codes(await checkHttp(`${zones}server { limit_conn a 1; limit_conn b 5; }`)), []);
  assert.deepEqual(codes(await checkHttp(`${zones}server { limit_conn a 1; limit_conn a 5; }`)), ['nginx/duplicate-directive']);
});

test('two shared memory zones with one name', async () => {
  const finding = only(await checkHttp('limit_req_zone $binary_remote_addr zone=one:1m rate=1r/s;\nlimit_conn_zone $binary_remote_addr zone=one:1m;'), 'nginx/duplicate-zone');
  assert.match(finding.message, /'one' is already defined by 'limit_req_zone'/);
});

// ---- locations -------------------------------------------------------------------------------

test('an invalid location modifier is reported at the modifier', async () => {
  const text = `events {}\nhttp {\n  server { location foo /bar { } }\n}\n`;
  const finding = only(await check({ [MAIN]: text }), 'nginx/invalid-location-modifier');
  assert.equal(located(finding, text).text, 'foo');
});

test('a location inside a named location, a named location inside a location, and a prefix outside its parent', async () => {
  const findings = await checkHttp('server {\n location @named { location /a { } }\n location /a { location @b { } location /b { } location /a/c { } }\n}');
  assert.deepEqual(
    findings.filter((f) => f.code === 'nginx/location-nesting').map((f) => f.message.split(':')[0]),
    ["location '/a' cannot be inside the named location '@named'", "named location '@b' can be on the server level only", "location '/b' is outside location '/a'"],
  );
});

test('two prefix locations with one path in a server', async () => {
  const finding = only(await checkHttp('server { location /a { } location = /a { } location ^~ /a { } }'), 'nginx/duplicate-location');
  assert.match(finding.message, /duplicate location '\/a'/);
});

test('a location modifier alone names the empty location, as nginx reads it', async () => {
  assert.deepEqual(codes(await checkHttp('server { location = { } location ~ { } location ~* { } location ^~ { } location "=" /y { } }')), []);
  const finding = only(await checkHttp('server { location = { return 204; } location "=" { } }'), 'nginx/duplicate-location');
  assert.match(finding.message, /duplicate location ''/);
});

test('proxy_pass with a URI part in a regex location, a named location or an if block', async () => {
  const findings = await checkHttp(
    'server {\n location ~ \\.php$ { proxy_pass http://127.0.0.1:9000/app; }\n location @fallback { proxy_pass http://b/; }\n location /x/ { if ($args) { proxy_pass http://c/y; } }\n}',
  );
  assert.deepEqual(
    findings.filter((f) => f.code === 'nginx/proxy-pass-uri-in-regex-location').map((f) => f.span.start.line),
    [3, 4, 5],
  );
});

test('proxy_pass with a URI in a prefix location, or without one in a regex location, is fine', async () => {
  assert.deepEqual(codes(await checkHttp('server { location /a/ { proxy_pass http://b/c/; } location ~ x { proxy_pass http://b; } location ~ y { proxy_pass http://b$request_uri; } }')), []);
});

// ---- the CLI's engine ------------------------------------------------------------------------

test('checkConfigs reports directive findings with syntax and include findings, in file order', async () => {
  const outcome = checkConfigs([MAIN], packs.nginx, await wasmParsers(), memorySource({ [MAIN]: 'events {}\nhttp {\n  gzipp on;\n  include missing.conf;\n  listen 80\n}\n' }), { mainConfigs: [MAIN] });
  assert.deepEqual(codes(outcome.findings), ['nginx/unknown-directive', 'nginx/include-not-found', 'nginx/not-allowed-here', 'syntax/missing-semicolon']);
});
