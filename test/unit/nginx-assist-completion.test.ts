import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CURSOR as C, complete, fixture, labelsAt } from '../support/nginxAssist';

const site = fixture('conf.d', 'site.conf');

test('only directives allowed in the context are offered: upstream balancing inside upstream, no listen', async () => {
  const labels = await labelsAt(`upstream pool {\n    ${C}\n}\n`, fixture('conf.d', 'upstreams.conf'));
  for (const name of ['server', 'least_conn', 'ip_hash', 'hash', 'keepalive', 'zone']) assert.ok(labels.includes(name), name);
  for (const name of ['listen', 'location', 'proxy_pass', 'http']) assert.ok(!labels.includes(name), name);
});

test('a context the cursor cannot be placed in offers every directive', async () => {
  const labels = await labelsAt(`${C}\n`);
  for (const name of ['worker_processes', 'listen', 'proxy_pass', 'least_conn']) assert.ok(labels.includes(name), name);
});

test('directives are ranked by how common they are in real configurations', async () => {
  const labels = await labelsAt(`http {\n    server {\n        ${C}\n    }\n}\n`, fixture('nginx.conf'));
  const at = (name: string): number => labels.indexOf(name);
  assert.ok(at('listen') < at('server_name'), 'listen before server_name');
  assert.ok(at('server_name') < at('aio'), 'server_name before aio');
  assert.ok(at('location') < 5, 'location near the top');
});

test('directive names insert their usual shape as a snippet', async () => {
  const entries = await complete(`server {\n    ${C}\n}\n`);
  const insert = (label: string): string | undefined => entries.find((e) => e.label === label)?.insertText;
  assert.equal(insert('location'), 'location ${1:/} {\n\t$0\n}');
  assert.equal(insert('proxy_pass'), undefined, 'proxy_pass is not allowed in a server');
  assert.equal(insert('sendfile'), 'sendfile ${1|on,off|};');
  assert.equal(insert('server_name'), 'server_name $1;');
  const location = await complete(`location / {\n    ${C}\n}\n`);
  assert.equal(location.find((e) => e.label === 'proxy_pass')?.insertText, 'proxy_pass $1;');
  assert.equal(location.find((e) => e.label === 'proxy_pass')?.retrigger, true, 'asks again for the URL');
});

test('common blocks are offered as snippets next to their directive', async () => {
  const http = await complete(`http {\n    ${C}\n}\n`, fixture('nginx.conf'));
  const tls = http.find((e) => e.label === 'server (TLS)');
  assert.ok(tls?.insertText.includes('listen 443 ssl http2;'));
  assert.ok(http.find((e) => e.label === 'upstream (keepalive)')?.insertText.includes('keepalive'));
  const server = await complete(`server {\n    ${C}\n}\n`);
  const proxy = server.find((e) => e.label === 'location (reverse proxy + WebSocket)');
  assert.ok(proxy?.insertText.includes('proxy_set_header Upgrade \\$http_upgrade;'));
  assert.ok(proxy?.insertText.includes('proxy_set_header Connection "upgrade";'), 'no $connection_upgrade map in a lone file');
  const inWorkspace = await complete(`server {\n    ${C}\n}\n`, site);
  const withMap = inWorkspace.find((e) => e.label === 'location (reverse proxy + WebSocket)');
  assert.ok(withMap?.insertText.includes('Connection \\$connection_upgrade;'), 'the map in nginx.conf is used');
});

test('a flag directive offers on and off', async () => {
  assert.deepEqual(await labelsAt(`http {\n    gzip ${C}\n}\n`), ['on', 'off']);
});

test('enumerations and bitmasks offer their values, without the ones already written', async () => {
  assert.deepEqual(await labelsAt(`location / {\n    proxy_http_version ${C}\n}\n`), ['1.0', '1.1']);
  const protocols = await labelsAt(`server {\n    ssl_protocols TLSv1.2 ${C}\n}\n`);
  assert.ok(protocols.includes('TLSv1.3'));
  assert.ok(!protocols.includes('TLSv1.2'));
});

test("error_log's level comes after the file", async () => {
  const levels = await labelsAt(`http {\n    error_log /var/log/nginx/error.log ${C}\n}\n`);
  assert.deepEqual(levels.slice(0, 8), ['debug', 'info', 'notice', 'warn', 'error', 'crit', 'alert', 'emerg']);
});

test('proxy_pass offers its schemes and the upstreams of the whole configuration', async () => {
  const labels = await labelsAt(`server {\n    location /api/ {\n        proxy_pass ${C}\n    }\n}\n`, site);
  assert.equal(labels[0], 'http://app_backend', 'upstream from conf.d/upstreams.conf');
  assert.ok(labels.includes('http://') && labels.includes('https://'));
});

test('after the scheme only upstream names are offered, replacing what follows the scheme', async () => {
  const entries = await complete(`server {\n    location /api/ {\n        proxy_pass http://ap${C}\n    }\n}\n`, site);
  assert.deepEqual(entries.map((e) => e.label), ['app_backend']);
  assert.equal(entries[0].detail, 'upstream · upstreams.conf:1');
});

test("a stream server's proxy_pass takes a bare upstream name", async () => {
  const labels = await labelsAt(`server {\n    listen 53 udp;\n    proxy_pass ${C}\n}\n`, fixture('stream.d', 'dns.conf'));
  assert.ok(labels.includes('dns_pool'));
  assert.ok(!labels.includes('http://'));
});

test('try_files offers the named locations of its own server only', async () => {
  const labels = await labelsAt(`server {\n    location / {\n        try_files $uri @${C}\n    }\n    location @fallback { return 404; }\n}\nserver {\n    location @elsewhere { return 200; }\n}\n`, site);
  assert.ok(labels.includes('@fallback'));
  assert.ok(!labels.includes('@elsewhere'));
});

test('$ offers variables the configuration defines before the built-in ones', async () => {
  const entries = await complete(`server {\n    set $site_root /srv;\n    location / {\n        return 200 $${C}\n    }\n}\n`, site);
  const labels = entries.map((e) => e.label);
  assert.equal(labels[0], '$site_root');
  assert.ok(labels.includes('$connection_upgrade'), 'defined by the map in nginx.conf');
  assert.ok(labels.includes('$host') && labels.includes('$request_uri'));
  assert.ok(labels.includes('$http_upgrade'), 'a common member of the $http_ family');
  assert.ok(!labels.includes('$ssl_preread_server_name'), 'stream-only variables stay out of http');
});

test('inside a regex location its numbered captures are offered', async () => {
  const labels = await labelsAt(`server {\n    location ~ ^/users/(\\d+)/(.*)$ {\n        return 301 /u/$${C}\n    }\n}\n`);
  assert.deepEqual(labels.slice(0, 2), ['$1', '$2']);
});

test('include completes files of the configuration folder and offers a glob', async () => {
  const entries = await complete(`http {\n    include conf.d/${C}\n}\n`, fixture('nginx.conf'));
  const labels = entries.map((e) => e.label);
  assert.ok(labels.includes('site.conf') && labels.includes('upstreams.conf'));
  assert.equal(labels[0], '*.conf');
  const folders = await labelsAt(`http {\n    include ${C}\n}\n`, fixture('nginx.conf'));
  assert.ok(folders.includes('conf.d/') && folders.includes('snippets/'));
});

test('ssl_certificate completes certificate files', async () => {
  const labels = await labelsAt(`server {\n    ssl_certificate ssl/${C}\n}\n`, site);
  assert.deepEqual(labels.sort(), ['site.key', 'site.pem']);
});

test('a space typed in indentation or in a comment asks for nothing', async () => {
  assert.deepEqual(await labelsAt(`server {\n     ${C}\n}\n`, undefined, ' '), []);
  assert.deepEqual(await labelsAt(`server {\n    # listen ${C}\n}\n`, undefined, ' '), []);
});

test('what is already typed narrows the list', async () => {
  const labels = await labelsAt(`location / {\n    proxy_set_h${C}\n}\n`);
  assert.ok(labels.includes('proxy_set_header'));
  assert.ok(!labels.includes('root'));
});
