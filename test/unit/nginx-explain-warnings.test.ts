/**
 * The traps the explainer warns about, each only when it applies to the request explained, and
 * the sentences of the location steps. A warning that states what nginx does (the URI sent, the
 * file opened) must say what the explainer computed (itself checked against nginx 1.22.1 in
 * nginx-explain-proxy-uri.test.ts, nginx-explain-static.test.ts and the agreement runs): the tests compare with the
 * explanation's own fields, never with a hand-written value.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from '../support/parse';
import { nginxRequestExplainer } from '../../server/src/core/dialects/nginx/routing/explainer';
import { buildConfigTree } from '../../server/src/core/dialects/nginx/routing/configTree';
import { buildLocationTree, findLocation } from '../../server/src/core/dialects/nginx/routing/locationTree';
import type { PrepareOptions, PreparedConfiguration } from '../../server/src/core/analysis/explain';
import type { ExplainStep, Explanation, HttpRequest } from '../../server/src/core/analysis/explain/types';
import type { WorkspaceGraph } from '../../server/src/core/workspace/includeGraph';

const FILE = '/virtual/nginx.conf';

async function graphOf(text: string): Promise<WorkspaceGraph> {
  const model = await parseText('nginx', text, FILE);
  return { files: new Map([[FILE, model]]), edges: [], findings: [], includedBy: new Map() };
}

/** `http` holds `httpBody`; one server on 127.0.0.1:20080 holds `serverBody`. */
async function configWith(serverBody: string, httpBody = '', options: PrepareOptions = {}): Promise<PreparedConfiguration> {
  const graph = await graphOf(`events {}\nhttp {\n${httpBody}\nserver {\nlisten 127.0.0.1:20080;\n${serverBody}\n}\n}\n`);
  return nginxRequestExplainer.prepare(graph, FILE, options);
}

function request(target: string, extra: Partial<HttpRequest> = {}): HttpRequest {
  return {
    method: 'GET', version: 'HTTP/1.1', scheme: 'http', address: '127.0.0.1', port: 20080, target,
    host: 'localhost', headers: [], clientAddress: '127.0.0.1', files: 'exist', ...extra,
  };
}

function warningSteps(answer: Explanation): ExplainStep[] {
  return answer.steps.filter((s) => s.kind === 'warning');
}

/** The single warning of the answer, checked to be a warning step as well, at a config line. */
function onlyWarning(answer: Explanation): { text: string; step: ExplainStep } {
  assert.equal(answer.warnings.length, 1, `warnings: ${JSON.stringify(answer.warnings)}`);
  const steps = warningSteps(answer);
  assert.equal(steps.length, 1);
  assert.equal(steps[0].message, answer.warnings[0]);
  assert.ok(steps[0].at, 'a warning step points at its config line');
  return { text: answer.warnings[0], step: steps[0] };
}

/** How an explainer value appears in a message: inline code. */
const shown = (value: string): string => `\`${value}\``;

// ---------------------------------------------------------------------------------------------
// proxy_pass URI part

test('proxy_pass URI part after a prefix without slash warns about the doubled slash', async () => {
  const config = await configWith('location /v1 {\nproxy_pass http://127.0.0.1:21001/;\n}');
  const answer = config.explain(request('/v1/users?id=7'));
  const sent = answer.upstream?.uri ?? assert.fail('no upstream');
  const { text, step } = onlyWarning(answer);
  assert.ok(text.includes(`reaches the upstream as ${shown(sent)}`), text);
  assert.match(text, /`location \/v1` \(nginx\.conf:6\) has no trailing slash/);
  assert.match(text, /write `location \/v1\/`/);
  assert.match(text, /drop the URI part: `proxy_pass http:\/\/127\.0\.0\.1:21001;`/);
  assert.equal(step.at?.text, 'proxy_pass http://127.0.0.1:21001/');
});

test('proxy_pass URI part after a prefix without slash does not warn when the URI is the prefix itself', async () => {
  const config = await configWith('location /v1 {\nproxy_pass http://127.0.0.1:21001/;\n}');
  assert.deepEqual(config.explain(request('/v1')).warnings, []);
});

test('proxy_pass URI part without slash after a prefix with one warns that the path is glued', async () => {
  const config = await configWith('location /api/ {\nproxy_pass http://127.0.0.1:21001/v2;\n}');
  const answer = config.explain(request('/api/users'));
  const sent = answer.upstream?.uri ?? assert.fail('no upstream');
  const { text } = onlyWarning(answer);
  assert.ok(text.includes(`${shown('/api/users')} reaches the upstream as ${shown(sent)} (path glued)`), text);
  assert.match(text, /Write `proxy_pass http:\/\/127\.0\.0\.1:21001\/v2\/;`/);
});

test('proxy_pass URI part glued after a prefix that also matches longer names suggests whole segments', async () => {
  const config = await configWith('location /api {\nproxy_pass http://127.0.0.1:21001/v2;\n}');
  const answer = config.explain(request('/apiary'));
  const sent = answer.upstream?.uri ?? assert.fail('no upstream');
  const { text } = onlyWarning(answer);
  assert.ok(text.includes(`reaches the upstream as ${shown(sent)}`), text);
  assert.match(text, /`location \/api` also matches names that merely start with `\/api`/);
});

test('proxy_pass whose URI part and location agree on the slash warns about nothing', async () => {
  const config = await configWith('location /api/ {\nproxy_pass http://127.0.0.1:21001/v2/;\n}\nlocation /b {\nproxy_pass http://127.0.0.1:21001;\n}');
  assert.deepEqual(config.explain(request('/api/users')).warnings, []);
  assert.deepEqual(config.explain(request('/b/users')).warnings, []);
});

// ---------------------------------------------------------------------------------------------
// localhost and ::1

const bothLoopbacks = { resolveHost: (name: string) => (name === 'localhost' ? ['::1', '127.0.0.1'] : undefined) };

test('proxy_pass to localhost resolving to ::1 first warns at the proxy_pass line', async () => {
  const config = await configWith('location / {\nproxy_pass http://localhost:21001;\n}', '', bothLoopbacks);
  const answer = config.explain(request('/'));
  const { text, step } = onlyWarning(answer);
  assert.deepEqual(answer.upstream?.addresses, ['[::1]:21001', '127.0.0.1:21001']);
  assert.match(text, /^`proxy_pass http:\/\/localhost:21001` \(nginx\.conf:7\): `localhost` resolves to ::1 and 127\.0\.0\.1/);
  assert.equal(step.at?.text, 'proxy_pass http://localhost:21001');
});

test('an upstream group server on localhost warns at the upstream block', async () => {
  const config = await configWith('location / {\nproxy_pass http://app;\n}', 'upstream app {\nserver localhost:21001;\n}', bothLoopbacks);
  const { step } = onlyWarning(config.explain(request('/')));
  assert.equal(step.at?.text, 'upstream app');
});

// ---------------------------------------------------------------------------------------------
// WebSocket

const upgrade = { headers: [['Upgrade', 'websocket'], ['Connection', 'Upgrade']] as const };

test('a WebSocket request to a proxy location without the upgrade headers warns', async () => {
  const config = await configWith('location /ws/ {\nproxy_pass http://127.0.0.1:21001;\n}');
  const { text } = onlyWarning(config.explain(request('/ws/', upgrade)));
  assert.match(text, /`Upgrade: websocket`/);
  assert.match(text, /Add `proxy_http_version 1\.1;` `proxy_set_header Upgrade \$http_upgrade;` `proxy_set_header Connection "upgrade";` to `location \/ws\/`\./);
});

test('a WebSocket request warns only about the upgrade settings that are missing', async () => {
  const config = await configWith('location /ws/ {\nproxy_pass http://127.0.0.1:21001;\nproxy_set_header Upgrade $http_upgrade;\nproxy_set_header Connection "upgrade";\n}', 'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\nproxy_http_version 1.1;');
  const answer = config.explain(request('/ws/', upgrade));
  assert.ok(!answer.warnings.some((w) => w.includes('WebSocket')), JSON.stringify(answer.warnings));
});

test('a plain request to a proxy location without the upgrade headers does not warn', async () => {
  const config = await configWith('location /ws/ {\nproxy_pass http://127.0.0.1:21001;\n}');
  assert.deepEqual(config.explain(request('/ws/')).warnings, []);
});

// ---------------------------------------------------------------------------------------------
// Lists replaced as a whole

test('proxy_set_header in the location hides the inherited ones, named with their line', async () => {
  const config = await configWith(
    'location /api/ {\nproxy_pass http://127.0.0.1:21001;\nproxy_set_header Host $host;\nproxy_set_header X-Real-IP $remote_addr;\n}',
    'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\nproxy_set_header Host $proxy_host;',
  );
  const answer = config.explain(request('/api/x'));
  const { text, step } = onlyWarning(answer);
  // Host is written again in the location: only X-Forwarded-For is lost.
  assert.match(text, /^`proxy_set_header` in `location \/api\/` \(nginx\.conf:7\) replaces every inherited `proxy_set_header`, so `X-Forwarded-For` \(nginx\.conf:3\) is not sent to the upstream\./);
  assert.equal(step.at?.text, 'proxy_set_header Host $host');
  assert.deepEqual(answer.effective.filter((d) => d.name === 'proxy_set_header').map((d) => d.args[0]), ['Host', 'X-Real-IP']);
});

test('fastcgi_param in the location hides the inherited params', async () => {
  const config = await configWith('fastcgi_param QUERY_STRING $query_string;\nfastcgi_param REQUEST_METHOD $request_method;\nlocation ~ \\.php$ {\nfastcgi_pass 127.0.0.1:9000;\nfastcgi_param SCRIPT_FILENAME /srv$fastcgi_script_name;\n}');
  const { text } = onlyWarning(config.explain(request('/a.php')));
  assert.match(text, /so `QUERY_STRING` \(nginx\.conf:6\), `REQUEST_METHOD` \(nginx\.conf:7\) are not passed to the FastCGI application/);
});

test('add_header in the location hides the inherited ones for a static file', async () => {
  const config = await configWith('add_header X-Frame-Options DENY;\nlocation /img/ {\nroot /srv;\nadd_header Cache-Control public;\n}');
  const answer = config.explain(request('/img/a.png'));
  const steps = warningSteps(answer);
  assert.equal(steps.length, 1);
  assert.match(steps[0].message, /`add_header` in `location \/img\/` \(nginx\.conf:7\) replaces every inherited `add_header`, so `X-Frame-Options` \(nginx\.conf:6\) is not added to responses here\./);
});

test('a list written only at one level warns about nothing', async () => {
  const config = await configWith('location /api/ {\nproxy_pass http://127.0.0.1:21001;\nproxy_set_header Host $host;\nadd_header X-A 1;\n}');
  assert.deepEqual(config.explain(request('/api/x')).warnings, []);
});

// ---------------------------------------------------------------------------------------------
// alias

test('alias with a trailing slash in a prefix location without one warns about the doubled slash', async () => {
  const config = await configWith('location /img {\nalias /srv/images/;\n}');
  const answer = config.explain(request('/img/a.png'));
  const file = answer.handler.file ?? assert.fail('no file');
  const steps = warningSteps(answer);
  assert.equal(steps.length, 1);
  assert.ok(steps[0].message.includes(`${shown('/img/a.png')} maps to ${shown(file)} (doubled slash)`), steps[0].message);
  assert.equal(steps[0].at?.text, 'alias /srv/images/');
});

test('alias with a trailing slash in a prefix location without one warns that `..` after the name leaves the directory', async () => {
  const config = await configWith('location /img {\nalias /srv/images/;\n}');
  const answer = config.explain(request('/img../secret'));
  const file = answer.handler.file ?? assert.fail('no file');
  const steps = warningSteps(answer);
  assert.equal(steps.length, 1);
  assert.ok(steps[0].message.includes(`maps to ${shown(file)}, outside the alias directory (path traversal)`), steps[0].message);
});

test('alias without a trailing slash in a prefix location with one warns that the path is glued', async () => {
  const config = await configWith('location /pics/ {\nalias /srv/pictures;\n}');
  const answer = config.explain(request('/pics/a.png'));
  const file = answer.handler.file ?? assert.fail('no file');
  const steps = warningSteps(answer);
  assert.equal(steps.length, 1);
  assert.ok(steps[0].message.includes(`maps to ${shown(file)} (path glued). Write \`alias /srv/pictures/;\`.`), steps[0].message);
});

test('alias and location that agree on the slash warn about nothing', async () => {
  const config = await configWith('location /img/ {\nalias /srv/images/;\n}');
  assert.deepEqual(warningSteps(config.explain(request('/img/a.png'))), []);
});

// ---------------------------------------------------------------------------------------------
// Location steps

async function locationMessages(serverBody: string, uri: string): Promise<string[]> {
  const graph = await graphOf(`events {}\nhttp {\nserver {\n${serverBody}\n}\n}\n`);
  const http = buildConfigTree(graph, FILE).main.find((n) => n.name === 'http');
  const server = http?.children?.find((n) => n.name === 'server') ?? assert.fail('no server');
  return findLocation(buildLocationTree(server), uri).steps.map((s) => s.message);
}

const LOCATIONS = 'location / { }\nlocation ^~ /static/ { }\nlocation = /exact { }\nlocation ~ \\.php$ { }\nlocation ~ \\.txt$ { }';

test('an exact match step says that it ends the search', async () => {
  assert.deepEqual(await locationMessages(LOCATIONS, '/exact'), ['`location = /exact` matches `/exact` exactly; an exact match ends the search.']);
});

test('a ^~ prefix step says that it skips the regex locations and handles the request', async () => {
  assert.deepEqual(await locationMessages(LOCATIONS, '/static/a.php'), ['The longest matching prefix, `location ^~ /static/`, handles the request: its `^~` skips the regex locations.']);
});

test('a matching regex step says it wins over the longest prefix, named with its line', async () => {
  assert.deepEqual(await locationMessages(LOCATIONS, '/x.php'), [
    'The longest matching prefix is `location /`; it has no `^~`, so the regex locations are checked next.',
    'The regex `location ~ \\.php$` matches `/x.php` (the first regex location in config order); a matching regex wins over the prefix `location /` (line 4).',
  ]);
});

test('when no regex matches, one step says so and names the prefix that handles the request', async () => {
  assert.deepEqual(await locationMessages(LOCATIONS, '/x'), [
    'The longest matching prefix is `location /`; it has no `^~`, so the regex locations are checked next.',
    'None of the 2 regex locations matches `/x`, so the prefix `location /` handles the request.',
  ]);
});

test('a prefix without regex locations to check handles the request in one step', async () => {
  assert.deepEqual(await locationMessages('location /a { }', '/a/b'), ['The longest matching prefix, `location /a`, handles the request (no regex location applies).']);
});

test('nested location steps say which level they search', async () => {
  assert.deepEqual(await locationMessages('location /a/ {\nlocation /a/b/ { }\nlocation ~ \\.cgi$ { }\n}', '/a/b/c.cgi'), [
    'The longest matching prefix is `location /a/`; its nested locations are searched first.',
    'The longest matching prefix inside `location /a/` is `location /a/b/`; it has no `^~`, so the regex locations are checked next.',
    'The regex `location ~ \\.cgi$` inside `location /a/` matches `/a/b/c.cgi`; a matching regex wins over the prefix `location /a/b/` (line 5).',
  ]);
});

test('no matching location says the server configuration handles the request', async () => {
  assert.deepEqual(await locationMessages('location /a { }', '/b'), ['No location matches `/b`, so the server\'s own configuration handles the request.']);
});

test('a regex nested in a regex location takes over from it, and a non-matching one leaves it in charge', async () => {
  const body = 'location ~ \\.x$ {\nlocation ~ ^/r/ { }\n}';
  assert.deepEqual(await locationMessages(body, '/r/q.x'), [
    'The regex `location ~ \\.x$` matches `/r/q.x`.',
    'The regex `location ~ ^/r/` inside `location ~ \\.x$` matches `/r/q.x`, so it takes over from the regex location that encloses it.',
  ]);
  assert.deepEqual(await locationMessages(body, '/q.x'), [
    'The regex `location ~ \\.x$` matches `/q.x`.',
    'The only regex location inside `location ~ \\.x$`, `location ~ ^/r/`, does not match `/q.x`, so `location ~ \\.x$` itself handles the request.',
  ]);
});
