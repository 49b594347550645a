/**
 * Reception, listening addresses: which server's listen takes a connection (specific vs wildcard,
 * IPv6, default_server, bind conflicts, host names, ssl/http2/proxy_protocol listeners). The later
 * cases were pinned against nginx 1.22.1 (probed with raw requests).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildServerTable, receiveRequest } from '../../server/src/core/dialects/nginx/routing/reception';
import { httpBlock } from '../support/explainFixtures';
import { outcome, request, table } from '../support/explainReception';

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
