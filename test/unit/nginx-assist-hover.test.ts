import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CURSOR as C, fixture, hoverOn } from '../support/nginxAssist';

const site = fixture('conf.d', 'site.conf');

test('a directive hover gives syntax, default, context, module, since-version, link and the Switchyard notes', async () => {
  const hover = await hoverOn(`location / {\n    proxy_http_ver${C}sion 1.1;\n}\n`);
  assert.ok(hover);
  const md = hover.markdown;
  assert.ok(md.includes('proxy_http_version 1.0 | 1.1;'), 'syntax');
  assert.ok(md.includes('**Default:** `proxy_http_version 1.0;`'), 'default');
  assert.ok(md.includes('**Context:** http, server, location'), 'contexts');
  assert.ok(md.includes("ngx_http_proxy_module (built into Debian's nginx)"), 'module');
  assert.ok(md.includes('**Since:** nginx 1.1.4'), 'since');
  assert.ok(md.includes('https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_http_version'), 'link');
  assert.ok(md.includes('**Pitfall:**') && md.includes('**Example:**'), 'summary, pitfall, example');
  assert.equal(hover.endIndex - hover.startIndex, 'proxy_http_version'.length);
});

test("a dynamic module's directive names the Debian package that provides it", async () => {
  const hover = await hoverOn(`location / {\n    content_by_lua_bl${C}ock {\n        ngx.say("hi")\n    }\n}\n`);
  assert.ok(hover?.markdown.includes('`libnginx-mod-http-lua`'));
  assert.ok(hover?.markdown.includes('load_module modules/ngx_http_lua_module.so;'));
});

test('a directive documented under another module page still gets its syntax', async () => {
  // The source module is ngx_http_gzip_filter_module; nginx.org documents ngx_http_gzip_module.
  const hover = await hoverOn(`http {\n    gz${C}ip on;\n}\n`);
  assert.ok(hover?.markdown.includes('gzip on | off;'));
});

test('a name defined by several modules shows the definition of the context it is in', async () => {
  const upstreamServer = await hoverOn(`upstream pool {\n    ser${C}ver 10.0.0.1;\n}\n`, fixture('conf.d', 'upstreams.conf'));
  assert.ok(upstreamServer?.markdown.includes('server address [parameters];'));
  assert.ok(!upstreamServer?.markdown.includes('server { ... }'));
});

test('a built-in variable hover explains it', async () => {
  const hover = await hoverOn(`server {\n    return 301 https://$ho${C}st$request_uri;\n}\n`);
  assert.ok(hover?.markdown.startsWith('**$host**'));
  assert.ok(hover?.markdown.includes('ngx_http_core_module'));
});

test('a member of a variable family names the header it reads', async () => {
  const hover = await hoverOn(`server {\n    return 200 $http_x_request${C}_id;\n}\n`);
  assert.ok(hover?.markdown.includes('request header `X-Request-Id`'));
});

test('a variable the configuration defines shows where', async () => {
  const hover = await hoverOn(`server {\n    set $site_root /srv/site;\n    root $site_ro${C}ot;\n}\n`, site);
  assert.ok(hover?.markdown.includes('site.conf:2'));
  assert.ok(hover?.markdown.includes('`set $site_root /srv/site;`'));
  const mapped = await hoverOn(`server {\n    proxy_set_header Connection $connection_up${C}grade;\n}\n`, site);
  assert.ok(mapped?.markdown.includes('nginx.conf:7'), 'the map in the main config');
});

test('an upstream named in proxy_pass shows the upstream block and where it is', async () => {
  const hover = await hoverOn(`server {\n    location / {\n        proxy_pass http://app_back${C}end/api;\n    }\n}\n`, site);
  assert.ok(hover);
  assert.ok(hover.markdown.includes('conf.d/upstreams.conf:1'));
  assert.ok(hover.markdown.includes('server 10.0.0.10:8080 weight=2;'));
  assert.ok(hover.markdown.includes('keepalive 16;'));
});

test('a named location in try_files shows the location', async () => {
  const hover = await hoverOn(`server {\n    location / {\n        try_files $uri @fall${C}back;\n    }\n    location @fallback {\n        return 404;\n    }\n}\n`, site);
  assert.ok(hover?.markdown.includes('location @fallback {'));
  assert.ok(hover?.markdown.includes('return 404;'));
});

test('an include glob shows the files it resolves to', async () => {
  const hover = await hoverOn(`http {\n    include conf.d/*.co${C}nf;\n}\n`, fixture('nginx.conf'));
  assert.ok(hover?.markdown.includes('→ 2 files'));
  assert.ok(hover?.markdown.includes('[conf.d/site.conf]'));
  assert.ok(hover?.markdown.includes('[conf.d/upstreams.conf]'));
});

test('an include that matches nothing says so', async () => {
  const hover = await hoverOn(`http {\n    include sites-enabled/*.co${C}nf;\n}\n`, fixture('nginx.conf'));
  assert.ok(hover?.markdown.includes('matches no files'));
});

test('nothing is shown over comments and unknown words', async () => {
  assert.equal(await hoverOn(`server {\n    # listen 8${C}0;\n}\n`), undefined);
  assert.equal(await hoverOn(`server {\n    not_a_direc${C}tive on;\n}\n`), undefined);
});
