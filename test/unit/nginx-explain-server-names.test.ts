/**
 * Reception, server names: which server_name takes the Host (exact, wildcards, regexes in order,
 * conflicts, captures, $hostname, hash bucket size). The later cases were pinned against nginx 1.22.1
 * (probed with raw requests).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { receiveRequest } from '../../server/src/core/dialects/nginx/routing/reception';
import { accepted, outcome, request, table } from '../support/explainReception';

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
// Behaviours pinned against nginx 1.22.1 (probed with raw requests)

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

test('the server step says when a later server\'s same name was ignored', async () => {
  const t = await table(`
    server { listen 8080; server_name a.test; }
    server { listen 8080; server_name a.test; }`);
  const r = accepted(receiveRequest(t, request({ host: 'a.test' })));
  const step = r.steps.find((s) => s.kind === 'server');
  assert.match(step?.message ?? '', /conflicting server name/);
  assert.match(step?.message ?? '', /the server at line 5 is ignored/);
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
