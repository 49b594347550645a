/**
 * The rewrite module's script as the explainer runs it: `rewrite` flags and arguments, redirects,
 * `if` conditions and blocks, `set`, `break`. Every expected value was observed on real nginx 1.22.1
 * (.work/h4/probe.js with cases-basic.js and cases-2.js).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from '../support/parse';
import { nginxRequestExplainer } from '../../server/src/core/dialects/nginx/routing/explainer';
import { compileCondition } from '../../server/src/core/dialects/nginx/routing/rewriteProgram';
import type { PreparedConfiguration } from '../../server/src/core/analysis/explain';
import type { HttpRequest } from '../../server/src/core/analysis/explain/types';
import type { WorkspaceGraph } from '../../server/src/core/workspace/includeGraph';

async function withServer(serverBody: string): Promise<PreparedConfiguration> {
  const file = '/virtual/nginx.conf';
  const model = await parseText('nginx', `events {}\nhttp {\nserver { listen 127.0.0.1:20080; root /srv;\n${serverBody}\n}\n}\n`, file);
  const graph: WorkspaceGraph = { files: new Map([[file, model]]), edges: [], findings: [], includedBy: new Map() };
  return nginxRequestExplainer.prepare(graph, file);
}

function get(target: string, headers: readonly (readonly [string, string])[] = []): HttpRequest {
  return { method: 'GET', version: 'HTTP/1.1', scheme: 'http', address: '127.0.0.1', port: 20080, target, host: 'localhost', headers, clientAddress: '127.0.0.1', files: 'missing' };
}

async function bodyOf(serverBody: string, target: string, headers: readonly (readonly [string, string])[] = []): Promise<string | undefined> {
  return (await withServer(serverBody)).explain(get(target, headers)).response.body;
}

const flags = `
  rewrite ^/srv/(.*)$ /loc/$1 last;
  location /loc/ { return 200 "LOC $uri $args"; }
  location /a/ { rewrite ^/a/(.*)$ /b/$1; return 200 "A $uri $args"; }
  location /b/ { return 200 "B $uri $args"; }
  location /c/ { rewrite ^/c/(.*)$ /b/$1 break; return 200 "C $uri $args"; }
  location /d/ { rewrite ^/d/(.*)$ /b/$1?z=1; return 200 "D $uri $args"; }
  location /e/ { rewrite ^/e/(.*)$ /b/$1?z=1? last; }
  location /f/ { rewrite ^/f/(.*)$ http://ex.test/$1 ; }
  location /g/ { rewrite ^/g/(.*)$ /h/$1 permanent; }
  location /i/ { rewrite ^/i/(.*)$ /j/$1 redirect; }
  location /m/ { rewrite ^/m/(.*)$ /b/$1?q=$1 last; }
  location /n/ { rewrite ^/n/(.*)$ http://ex.test/$1?q=$1 ; }`;

test('a server-level rewrite … last picks the location with the new URI', async () => {
  assert.equal(await bodyOf(flags, '/srv/x?y=1'), 'LOC /loc/x y=1');
});

test('a rewrite without flag changes the URI and the script goes on', async () => {
  assert.equal(await bodyOf(flags, '/a/x?y=1'), 'A /b/x y=1');
});

test('rewrite … break stops the script and stays in the location (its static files then decide)', async () => {
  const answer = (await withServer(flags)).explain(get('/c/x?y'));
  assert.equal(answer.location?.text, 'location /c/');
  assert.equal(answer.response.status, 404);
});

test('a replacement with `?` sets new arguments, the original ones follow after `&`', async () => {
  assert.equal(await bodyOf(flags, '/d/x?y=2'), 'D /b/x z=1&y=2');
  assert.equal(await bodyOf(flags, '/d/x'), 'D /b/x z=1');
});

test('a trailing `?` drops the original arguments', async () => {
  assert.equal(await bodyOf(flags, '/e/x?y=2'), 'B /b/x z=1');
});

test('a replacement starting with http:// is a 302 with the arguments appended', async () => {
  const answer = (await withServer(flags)).explain(get('/f/x%20y?q'));
  assert.equal(answer.response.status, 302);
  assert.equal(answer.response.location, 'http://ex.test/x%20y?q');
});

test('permanent and redirect flags answer 301 and 302 with an absolute Location', async () => {
  const config = await withServer(flags);
  assert.deepEqual([config.explain(get('/g/x?q')).response.status, config.explain(get('/g/x?q')).response.location], [301, 'http://localhost:20080/h/x?q']);
  assert.deepEqual([config.explain(get('/i/x')).response.status, config.explain(get('/i/x')).response.location], [302, 'http://localhost:20080/j/x']);
});

test('captures copied into arguments are escaped when the request path had % or +', async () => {
  assert.equal(await bodyOf(flags, '/m/a%20b+c?w'), 'B /b/a b+c q=a%20b%2Bc&w');
  assert.equal(await bodyOf(flags, '/m/a+b'), 'B /b/a+b q=a%2Bb');
});

test('a redirect escapes its captures, then decodes everything before the first ?', async () => {
  const config = await withServer(flags);
  assert.equal(config.explain(get('/n/a%20b?w')).response.location, 'http://ex.test/a%20b?q=a%20b&w');
  assert.equal(config.explain(get('/n/a%3fb')).response.location, 'http://ex.test/a?b?q=a%3Fb');
  assert.equal(config.explain(get('/n/%C3%A9')).response.location, 'http://ex.test/%C3%A9?q=%C3%A9');
});

const ifs = `
  location / {
    set $v "none";
    if ($arg_a = "1") { set $v "one"; }
    if ($arg_b) { return 200 "B $v"; }
    if ($http_x_t ~* ^(ab)(?<rest>.*)$) { return 200 "X $1 $rest $v"; }
    if ($uri ~ /p/) { proxy_pass http://127.0.0.1:29001; }
    return 200 "END $v";
  }
  location /q/ { if ($arg_z) { proxy_pass http://127.0.0.1:29001; } return 200 "Q"; }
  location /w/ { proxy_pass http://127.0.0.1:29001/w2/; if ($arg_z) { set $foo 1; } }
  location /two/ { if ($arg_a) { return 200 "IA"; } if ($arg_b) { return 200 "IB"; } return 200 "NONE"; }
  location /cap/ { if ($uri ~ ^/cap/(.+)$) { } return 200 "C $1"; }
  location /capf/ { if ($uri ~ ^/nomatch/(.+)$) { } return 200 "C [$1]"; }`;

test('if ($var = value) and set: the block runs when the condition holds, the script continues after it', async () => {
  assert.equal(await bodyOf(ifs, '/x?a=1&b=2'), 'B one');
});

test('if ($var) is false for an empty value and for "0"', async () => {
  assert.equal(await bodyOf(ifs, '/x?a=1&b=0'), 'END one');
  assert.equal(await bodyOf(ifs, '/x?b='), 'END none');
});

test('if ($var ~* regex) is caseless and sets numbered and named captures', async () => {
  assert.equal(await bodyOf(ifs, '/x', [['X-T', 'ABcd']]), 'X AB cd none');
});

test('a failed regex condition clears the captures; a matching one sets them for later directives', async () => {
  assert.equal(await bodyOf(ifs, '/cap/hello'), 'C hello');
  assert.equal(await bodyOf(ifs, '/capf/hello'), 'C []');
});

test('the code after a true if block still runs: its return answers even when the block set proxy_pass', async () => {
  const config = await withServer(ifs);
  assert.equal(config.explain(get('/q/x?z=1')).response.body, 'Q');
  assert.equal(config.explain(get('/q/x')).response.body, 'Q');
});

test('proxy_pass inside a true if block handles the request', async () => {
  const config = await withServer('location /pp/ { if ($arg_z) { proxy_pass http://127.0.0.1:29001; } }');
  const answer = config.explain(get('/pp/x?z=1'));
  assert.equal(answer.handler.kind, 'proxy');
  assert.equal(answer.upstream?.uri, '/pp/x?z=1');
  assert.equal(config.explain(get('/pp/x')).response.status, 404);
});

test('captures of a location regex and of server_name stay available to later directives', async () => {
  const config = await withServer(`
    location ~ ^/cap/(?<word>[a-z]+)/(\\d+) { rewrite ^/cap/(.*)$ /c2/$1; return 200 "CAP $1 $2 $word"; }
    location /keep/ { return 200 "K [$1] [$word]"; }
    location ~ ^/l(\\d)/ { set $x $1; rewrite ^ /keep/$x last; }`);
  assert.equal(config.explain(get('/cap/ab/12')).response.body, 'CAP ab/12  ab');
  assert.equal(config.explain(get('/l5/x')).response.body, 'K [] []');
});

test('an if block keeps the location\'s proxy_pass and its URI part', async () => {
  const config = await withServer(ifs);
  assert.equal(config.explain(get('/w/x?z=1')).upstream?.uri, '/w2/x?z=1');
  assert.equal(config.explain(get('/w/x')).upstream?.uri, '/w2/x');
});

test('the first if whose block returns wins', async () => {
  assert.equal(await bodyOf(ifs, '/two/?a=1&b=1'), 'IA');
});

test('break stops the rewrite directives; the rewritten URI stays in the location', async () => {
  const config = await withServer(`
    location /br/ { rewrite ^/br/(.*)$ /x/$1; break; return 200 "NOTREACHED"; }
    location /x/ { return 200 "X $uri"; }`);
  const answer = config.explain(get('/br/q?z'));
  assert.equal(answer.location?.text, 'location /br/');
  assert.equal(answer.response.status, 404);
});

test('conditions compile as nginx reads them', () => {
  assert.deepEqual(compileCondition(['$a']), { kind: 'variable', name: 'a' });
  assert.deepEqual(compileCondition(['$a', '!=', 'x']), { kind: 'compare', name: 'a', equal: false, value: 'x' });
  assert.deepEqual(compileCondition(['!-f', '$request_filename']), { kind: 'file', test: 'f', negative: true, value: '$request_filename' });
  assert.equal(compileCondition(['$a', '~', '(']).kind, 'invalid');
  assert.equal(compileCondition(['$a', '<', 'b']).kind, 'invalid');
});

test('file conditions follow the request\'s file assumption', async () => {
  const config = await withServer('location / { if (-f $request_filename) { return 200 "FILE"; } if (!-e $request_filename) { return 200 "NONE"; } return 200 "OTHER"; }');
  assert.equal(config.explain({ ...get('/a'), files: 'exist' }).response.body, 'FILE');
  assert.equal(config.explain({ ...get('/a'), files: 'missing' }).response.body, 'NONE');
  assert.equal(config.explain({ ...get('/a/'), files: 'exist' }).response.body, 'OTHER');
});
