/**
 * Where a `*_pass` dials: upstream groups and their peers, addresses (localhost, IPv6, unix sockets,
 * https), the other *_pass handlers (fastcgi, grpc), and the auto redirect of a location whose name
 * ends in "/". Every expected value was observed on real
 * nginx 1.22.1 (probe scripts: .work/h5/probe.mjs with proxy-cases.mjs, localhost-cases.mjs).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { autoRedirectLocation, hasAutoRedirect } from '../../server/src/core/dialects/nginx/routing/handlers';
import { buildUpstreamTable, dialAddresses, hostsFileResolver, stockResolveHost } from '../../server/src/core/dialects/nginx/routing/upstreams';
import { chainOf, httpBlock } from '../support/explainFixtures';
import { UP, decide, received, rewrittenWithBreak, sentUri } from '../support/explainHandlers';

// ---------------------------------------------------------------------------------------------
// Upstream groups and addresses

test('an upstream group is found without regard to case and its URI part still applies', async () => {
  const decision = await decide(`location /a/ { proxy_pass http://grp/x/; }`, ['location /a/'], received('/a/b', '/a/b'), { http: 'upstream Grp { server 127.0.0.1:21003; }' });
  assert.equal(decision.upstream?.uri, '/x/b');
  assert.equal(decision.upstream?.group?.name, 'Grp');
  assert.equal(decision.upstream?.url, 'http://grp/x/b');
});

test('localhost on a stock Debian hosts file is dialled at ::1 first, then 127.0.0.1, with a warning', () => {
  // nginx logged `connect() failed (111) … upstream: "http://[::1]:21001/1"`, then answered from 127.0.0.1.
  const plan = dialAddresses('localhost:21001', 80, stockResolveHost);
  assert.deepEqual(plan.addresses, ['[::1]:21001', '127.0.0.1:21001']);
  assert.match(plan.warnings.join("\n"), /::1 and 127\.0\.0\.1 \(in that order\).*dials \[::1\]:21001 first/);
});

test('a hosts file with only 127.0.0.1 localhost gives one address and no warning', () => {
  const plan = dialAddresses('localhost:8080', 80, hostsFileResolver('127.0.0.1 localhost\n127.0.0.1 vm\n'));
  assert.deepEqual(plan.addresses, ['127.0.0.1:8080']);
  assert.deepEqual(plan.warnings, []);
});

test('addresses: default port 80, IPv6 in brackets, unix sockets as written', () => {
  assert.deepEqual(dialAddresses('10.0.0.1').addresses, ['10.0.0.1:80']);
  assert.deepEqual(dialAddresses('[::1]:9000').addresses, ['[::1]:9000']);
  assert.deepEqual(dialAddresses('unix:/run/app.sock').addresses, ['unix:/run/app.sock']);
});

test('an upstream block lists its servers with their parameters', async () => {
  const http = await httpBlock('upstream app { server 10.0.0.1:81 weight=3; server unix:/s backup; server 10.0.0.2 down; }');
  const group = buildUpstreamTable(http).groups.get('app');
  assert.deepEqual(group?.servers.map((s) => [s.addresses, s.weight, s.backup, s.down]), [
    [['10.0.0.1:81'], 3, false, false],
    [['unix:/s'], 1, true, false],
    [['10.0.0.2:80'], 1, false, true],
  ]);
});

test('a group lists its peers in the order nginx tries them: heaviest first, backups last, down skipped', async () => {
  const http = 'upstream app { server 10.0.0.1 weight=1; server 10.0.0.2 weight=3; server 10.0.0.3 down; server 10.0.0.4 backup; }';
  const decision = await decide('location / { proxy_pass http://app; }', ['location /'], received('/p', '/p'), { http });
  assert.deepEqual(decision.upstream?.addresses, ['10.0.0.2:80', '10.0.0.1:80', '10.0.0.4:80']);
});

test('a unix socket URL takes its URI part after the second colon', async () => {
  // Observed with an echo server on a unix socket (.work/h5/unix-probe.mjs).
  const decision = await decide('location /a/ { proxy_pass http://unix:/tmp/up.sock:/x/; }', ['location /a/'], received('/a/b?q', '/a/b'));
  assert.equal(decision.upstream?.uri, '/x/b?q');
  assert.deepEqual(decision.upstream?.addresses, ['unix:/tmp/up.sock']);
  assert.equal(await sentUri('location /b/ { proxy_pass http://unix:/tmp/up.sock; }', ['location /b/'], received('/b/c%20d', '/b/c d')), '/b/c%20d');
});

test('an https URL dials port 443 by default', async () => {
  const decision = await decide(`location / { proxy_pass https://10.1.1.1; }`, ['location /'], received('/p', '/p'));
  assert.deepEqual(decision.upstream?.addresses, ['10.1.1.1:443']);
  assert.equal(decision.upstream?.url, 'https://10.1.1.1/p');
});

test('a location name ending in "/" with proxy_pass redirects its name without the slash', async () => {
  const [, , api] = await chainOf(`location /api/ { proxy_pass ${UP}; }`, ['location /api/']);
  const [, , exact] = await chainOf(`location = /e/ { proxy_pass ${UP}; }`, ['location = /e/']);
  const [, , plain] = await chainOf(`location /s/ { root /srv; }`, ['location /s/']);
  assert.equal(hasAutoRedirect(api), true);
  assert.equal(hasAutoRedirect(exact), true);
  assert.equal(hasAutoRedirect(plain), false);
});

test('the auto-redirect Location is the escaped location name plus the arguments', async () => {
  const http = await httpBlock(`server { location "/a b/" { proxy_pass ${UP}; } location /c/ { fastcgi_pass 127.0.0.1:9000; } location /m/ { set $memcached_key k; memcached_pass 127.0.0.1:11211; } }`);
  const locations = http.children?.find((n) => n.name === 'server')?.children?.filter((n) => n.name === 'location') ?? [];
  assert.deepEqual(locations.map((l) => hasAutoRedirect(l)), [true, true, true]);
  assert.equal(autoRedirectLocation(locations[0], ''), '/a%20b/');
  assert.equal(autoRedirectLocation(locations[0], 'q=1'), '/a%20b/?q=1');
});

test('an IPv6 literal upstream keeps its brackets in the URL and the address', async () => {
  const decision = await decide('location / { proxy_pass http://[::1]:21002/v6/; }', ['location /'], received('/p?q', '/p'));
  assert.equal(decision.upstream?.uri, '/v6/p?q');
  assert.deepEqual(decision.upstream?.addresses, ['[::1]:21002']);
  assert.equal(decision.upstream?.url, 'http://[::1]:21002/v6/p?q');
});

test('fastcgi_pass reports the address dialled and the request URI the stock params pass', async () => {
  const decision = await decide('location ~ \\.php$ { fastcgi_pass unix:/run/php.sock; }', ['location ~ \\.php$'], received('/i.php?a', '/i.php'));
  assert.equal(decision.handler.kind, 'fastcgi');
  assert.deepEqual(decision.upstream?.addresses, ['unix:/run/php.sock']);
  assert.equal(decision.upstream?.uri, '/i.php?a');
});

test('grpc_pass sends the raw target as :path, or the rewritten URI escaped with its arguments', async () => {
  // Observed with an h2c echo server (.work/h5/grpc-probe.mjs).
  const config = 'location /g/ { grpc_pass grpc://127.0.0.1:21005; } location /r/ { rewrite ^/r/(.*)$ /rw/$1 break; grpc_pass 127.0.0.1:21005; }';
  assert.equal(await sentUri(config, ['location /g/'], received('/g/a%20b//c?x=1', '/g/a b/c')), '/g/a%20b//c?x=1');
  assert.equal(await sentUri(config, ['location /r/'], rewrittenWithBreak(received('/r/a%20b?q', '/r/a b'), '/rw/a b')), '/rw/a%20b?q');
  assert.deepEqual((await decide(config, ['location /g/'], received('/g/x', '/g/x'))).upstream?.addresses, ['127.0.0.1:21005']);
});
