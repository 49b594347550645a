/**
 * Which nginx location handles a URI. Every case below was checked against real nginx 1.22.1
 * (each location answers `return 200 "<label>"`; the label, with $1.. and named captures filled in,
 * is what nginx answered). `none` = no location matched; `301 /x/` = nginx's auto redirect.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from '../support/parse';
import { buildConfigTree, type ConfigNode } from '../../server/src/core/dialects/nginx/routing/configTree';
import { buildLocationTree, findLocation, findNamedLocation, type LocationMatch, type LocationTree } from '../../server/src/core/dialects/nginx/routing/locationTree';
import type { WorkspaceGraph } from '../../server/src/core/workspace/includeGraph';

interface LocationCase {
  readonly name: string;
  /** The body of one `server` block. */
  readonly config: string;
  /** [request target (raw, percent-encoded), what nginx answers]. */
  readonly requests: readonly (readonly [string, string])[];
}

// cases:begin (read by .work/h3/verify-location-cases.mjs, which replays them against real nginx)
const CASES: readonly LocationCase[] = [
  {
    name: 'an exact match wins over a prefix of the same name and over regexes',
    config: `
      location /a { return 200 "prefix"; }
      location ~ a { return 200 "regex"; }
      location = /a { return 200 "exact"; }`,
    requests: [['/a', 'exact'], ['/a/', 'regex'], ['/b', 'none']],
  },
  {
    name: 'the longest prefix wins whatever the config order',
    config: `
      location /a { return 200 "a"; }
      location /a/b/ { return 200 "a/b/"; }
      location /a/b { return 200 "a/b"; }
      location / { return 200 "root"; }`,
    requests: [['/a/b/c', 'a/b/'], ['/a/bc', 'a/b'], ['/ab', 'a'], ['/x', 'root']],
  },
  {
    name: 'a matching regex wins over the longest prefix',
    config: `
      location /img/ { return 200 "prefix"; }
      location ~ \\.png$ { return 200 "regex"; }`,
    requests: [['/img/x.png', 'regex'], ['/img/x.gif', 'prefix']],
  },
  {
    name: '^~ prefix stops the regex search',
    config: `
      location ^~ /img/ { return 200 "noregex"; }
      location ~ \\.png$ { return 200 "regex"; }`,
    requests: [['/img/x.png', 'noregex'], ['/other/x.png', 'regex']],
  },
  {
    name: '^~ stops the regex search only when it is the longest prefix',
    config: `
      location ^~ /img/ { return 200 "noregex"; }
      location /img/raw/ { return 200 "raw"; }
      location ~ \\.png$ { return 200 "regex"; }`,
    requests: [['/img/raw/x.png', 'regex'], ['/img/x.png', 'noregex']],
  },
  {
    name: 'regexes are tried in config order and the first match wins',
    config: `
      location ~ b { return 200 "b"; }
      location ~ a { return 200 "a"; }
      location ~* A { return 200 "A"; }`,
    requests: [['/ab', 'b'], ['/a', 'a'], ['/xA', 'A']],
  },
  {
    name: 'without a matching regex the longest prefix handles the request',
    config: `
      location / { return 200 "root"; }
      location ~ \\.php$ { return 200 "php"; }`,
    requests: [['/x.html', 'root'], ['/x.php', 'php']],
  },
  {
    name: 'nested regex inside the longest prefix is checked before outer regexes',
    config: `
      location /a/ {
        location ~ \\.php$ { return 200 "nested"; }
        return 200 "a";
      }
      location ~ ^/a/.*\\.php$ { return 200 "outer"; }`,
    requests: [['/a/x.php', 'nested'], ['/a/x.html', 'a'], ['/b/a/x.php', 'none']],
  },
  {
    name: 'an outer regex still beats the longest prefix when no nested regex matches',
    config: `
      location /a/ {
        location ~ \\.php$ { return 200 "nested"; }
        return 200 "a";
      }
      location ~ \\.html$ { return 200 "outer"; }`,
    requests: [['/a/x.html', 'outer'], ['/a/x', 'a']],
  },
  {
    name: 'nested prefix locations refine the match',
    config: `
      location /a/ {
        location /a/b/ { return 200 "a/b/"; }
        return 200 "a/";
      }`,
    requests: [['/a/b/c', 'a/b/'], ['/a/c', 'a/'], ['/a/b', 'a/']],
  },
  {
    name: 'a nested exact match stops the search, nested regexes included',
    config: `
      location /a/ {
        location = /a/x { return 200 "exact"; }
        location ~ x { return 200 "nested regex"; }
        return 200 "a/";
      }
      location ~ x { return 200 "outer regex"; }`,
    requests: [['/a/x', 'exact'], ['/a/xx', 'nested regex']],
  },
  {
    name: 'an outer ^~ stops the outer regexes even when a nested prefix matched',
    config: `
      location ^~ /a/ {
        location /a/b/ { return 200 "a/b/"; }
        return 200 "a/";
      }
      location ~ b { return 200 "regex"; }`,
    requests: [['/a/b/c', 'a/b/'], ['/a/c', 'a/']],
  },
  {
    name: 'a nested ^~ skips only the regexes of its own level',
    config: `
      location /a/ {
        location ^~ /a/b/ { return 200 "a/b/"; }
        location ~ x { return 200 "nested regex"; }
        return 200 "a/";
      }
      location ~ y { return 200 "outer regex"; }`,
    requests: [['/a/b/x', 'a/b/'], ['/a/b/y', 'outer regex'], ['/a/x', 'nested regex']],
  },
  {
    name: 'nested regexes still run under an outer ^~ location',
    config: `
      location ^~ /a/ {
        location ~ \\.php$ { return 200 "nested"; }
        return 200 "a/";
      }
      location ~ php { return 200 "outer"; }`,
    requests: [['/a/x.php', 'nested'], ['/a/php', 'a/']],
  },
  {
    name: 'a URI no location matches is left to the server',
    config: `
      location /a/ { return 200 "a/"; }
      location = /b { return 200 "b"; }`,
    requests: [['/b/', 'none'], ['/a', 'none'], ['/c', 'none']],
  },
  {
    name: 'a pattern without a modifier is a prefix even when it looks like a regex',
    config: `
      location ^/a { return 200 "caret"; }
      location /.*\\.php { return 200 "dotstar"; }
      location / { return 200 "root"; }`,
    requests: [['/a', 'root'], ['/x.php', 'root'], ['/.*\\.php', 'dotstar']],
  },
  {
    name: 'prefix matching is case-sensitive',
    config: `
      location /A/ { return 200 "A"; }
      location / { return 200 "root"; }`,
    requests: [['/a/x', 'root'], ['/A/x', 'A']],
  },
  {
    name: '~* matches case-insensitively and ~ does not',
    config: `
      location ~ \\.PNG$ { return 200 "sensitive"; }
      location ~* \\.png$ { return 200 "insensitive"; }`,
    requests: [['/x.PNG', 'sensitive'], ['/X.Png', 'insensitive'], ['/x.png', 'insensitive']],
  },
  {
    name: '~* folds ASCII letters only, not bytes of UTF-8 letters',
    config: `
      location ~* é { return 200 "e-acute"; }
      location / { return 200 "root"; }`,
    requests: [['/%C3%A9', 'e-acute'], ['/%C3%89', 'root']],
  },
  {
    name: 'a prefix location ending in / with proxy_pass redirects the URI without the slash, before any regex',
    config: `
      location /app/ { proxy_pass http://127.0.0.1:9; return 200 "app/"; }
      location ~ ^/app$ { return 200 "regex"; }`,
    requests: [['/app', '301 /app/'], ['/app?x=1', '301 /app/?x=1'], ['/app/x', 'app/']],
  },
  {
    name: 'the auto redirect needs a *_pass handler',
    config: `
      location /app/ { return 200 "app/"; }
      location / { return 200 "root"; }`,
    requests: [['/app', 'root']],
  },
  {
    name: 'every *_pass handler enables the auto redirect',
    config: `
      location /f/ { fastcgi_pass 127.0.0.1:9; return 200 "f"; }
      location /u/ { uwsgi_pass 127.0.0.1:9; return 200 "u"; }
      location /s/ { scgi_pass 127.0.0.1:9; return 200 "s"; }
      location /m/ { set $memcached_key k; memcached_pass 127.0.0.1:9; return 200 "m"; }
      location /g/ { grpc_pass 127.0.0.1:9; return 200 "g"; }`,
    requests: [['/f', '301 /f/'], ['/u', '301 /u/'], ['/s', '301 /s/'], ['/m', '301 /m/'], ['/g', '301 /g/']],
  },
  {
    name: 'an exact location beats the auto redirect',
    config: `
      location = /app { return 200 "exact"; }
      location /app/ { proxy_pass http://127.0.0.1:9; return 200 "app/"; }`,
    requests: [['/app', 'exact']],
  },
  {
    name: 'an exact location ending in / with proxy_pass redirects too',
    config: `
      location = /app/ { proxy_pass http://127.0.0.1:9; return 200 "exact"; }
      location / { return 200 "root"; }`,
    requests: [['/app', '301 /app/'], ['/app/', 'exact']],
  },
  {
    name: 'a nested location can redirect to its slash',
    config: `
      location /a/ {
        location /a/b/ { proxy_pass http://127.0.0.1:9; return 200 "b/"; }
        return 200 "a/";
      }
      location ~ b { return 200 "regex"; }`,
    requests: [['/a/b', '301 /a/b/'], ['/a/b/', 'regex'], ['/a/c', 'a/']],
  },
  {
    name: 'the redirect target is the location name, URI-escaped',
    config: `
      location "/a b/" { proxy_pass http://127.0.0.1:9; return 200 "space"; }
      location /café/ { proxy_pass http://127.0.0.1:9; return 200 "cafe"; }
      location "/x{|}^/" { proxy_pass http://127.0.0.1:9; return 200 "braces"; }`,
    requests: [['/a%20b', '301 /a%20b/'], ['/caf%C3%A9', '301 /caf%C3%A9/'], ['/x%7B%7C%7D%5E', '301 /x%7B%7C%7D%5E/']],
  },
  {
    name: 'numbered and named captures come from the matching regex location',
    config: `
      location ~ ^/(\\w+)/(?<id>\\d+)$ { return 200 "user $1 $2 $id"; }`,
    requests: [['/user/42', 'user user 42 42']],
  },
  {
    name: 'captures come from the deepest regex location that matched',
    config: `
      location ~ ^/(a)/ {
        location ~ /(b)$ { return 200 "inner $1"; }
        return 200 "outer $1";
      }`,
    requests: [['/a/b', 'inner b'], ['/a/c', 'outer a']],
  },
  {
    name: 'an unset capture group is empty',
    config: `
      location ~ ^/(a)?(b)$ { return 200 "[$1][$2]"; }`,
    requests: [['/b', '[][b]'], ['/ab', '[a][b]']],
  },
  {
    name: 'prefix locations nested in a regex location are never searched',
    config: `
      location ~ /a {
        location /a/b { return 200 "nested prefix"; }
        location ~ /a/c { return 200 "nested regex"; }
        return 200 "regex";
      }`,
    requests: [['/a/b', 'regex'], ['/a/c', 'nested regex']],
  },
  {
    name: 'named locations never match a URI',
    config: `
      location @x { return 200 "named"; }
      location / { return 200 "root"; }`,
    requests: [['/@x', 'root']],
  },
  {
    name: 'if blocks do not take part in the location search',
    config: `
      if ($request_method = POST) { return 200 "server if"; }
      location /a/ {
        if ($request_method = POST) { return 200 "location if"; }
        location ~ \.php$ { return 200 "nested"; }
        return 200 "a/";
      }
      location ~ php { return 200 "outer"; }`,
    requests: [['/a/x.php', 'nested'], ['/a/x', 'a/'], ['/php', 'outer']],
  },
  {
    name: 'the tree search sorts / below every other byte',
    config: `
      location /a { return 200 "a"; }
      location /a- { return 200 "a-"; }
      location /a/ { return 200 "a/"; }
      location /a.b { return 200 "a.b"; }
      location /a-/x { return 200 "a-/x"; }
      location /ab { return 200 "ab"; }
      location /a! { return 200 "a!"; }`,
    requests: [['/a-/x', 'a-/x'], ['/a-b', 'a-'], ['/a/x', 'a/'], ['/a.bc', 'a.b'], ['/a!', 'a!'], ['/a.', 'a'], ['/abc', 'ab']],
  },
  {
    name: 'modifiers may be written glued to the name',
    config: `
      location =/a { return 200 "exact"; }
      location ^~/b { return 200 "noregex"; }
      location ~*\\.PHP$ { return 200 "regex"; }`,
    requests: [['/a', 'exact'], ['/b.php', 'noregex'], ['/c.php', 'regex']],
  },
  {
    name: 'a UTF-8 location name matches the percent-decoded bytes',
    config: `
      location /café/ { return 200 "cafe"; }
      location / { return 200 "root"; }`,
    requests: [['/caf%C3%A9/menu', 'cafe'], ['/caf%E9/menu', 'root']],
  },
];
// cases:end

const FILE = '/virtual/nginx.conf';

async function serverOf(body: string): Promise<ConfigNode> {
  const text = `server {\n${body}\n}\n`;
  const file = await parseText('nginx', text, FILE);
  const graph: WorkspaceGraph = { files: new Map([[FILE, file]]), edges: [], findings: [], includedBy: new Map() };
  const server = buildConfigTree(graph, FILE).main.find((n) => n.name === 'server');
  assert.ok(server, 'a server block');
  return server;
}

/** nginx decodes %XX before matching locations (the cases need no other normalisation). */
function decoded(target: string): string {
  return target.split('?')[0].replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** What nginx answers for the match: the `return` text with captures filled in, `301 /x/`, or `none`. */
function answerOf(match: LocationMatch, target: string): string {
  if (match.redirectToSlash) {
    const query = target.includes('?') ? '?' + target.split('?')[1] : '';
    return `301 ${match.redirectTarget}${query}`;
  }
  const final = match.chain[match.chain.length - 1];
  if (!final) return 'none';
  const ret = final.node.children?.find((c) => c.name === 'return');
  assert.ok(ret, `location ${final.pattern} has a return`);
  const text = ret.args[1];
  return text.replace(/\$(\d|[A-Za-z_]\w*)/g, (_, v: string) =>
    /^\d$/.test(v) ? (match.captures?.numbered[Number(v)] ?? '') : (match.captures?.named[v] ?? ''),
  );
}

for (const c of CASES) {
  test(c.name, async () => {
    const tree = buildLocationTree(await serverOf(c.config));
    assert.deepEqual(tree.problems, []);
    for (const [target, expected] of c.requests) {
      const uri = target.startsWith('/') ? decoded(target) : target;
      assert.equal(answerOf(findLocation(tree, uri), target), expected, `request ${target}`);
    }
  });
}

async function treeOf(body: string): Promise<LocationTree> {
  return buildLocationTree(await serverOf(body));
}

test('the chain lists the locations from the outermost to the final one', async () => {
  const tree = await treeOf(`
    location /a/ {
      location /a/b/ {
        location ~ \\.php$ { return 200 "php"; }
      }
    }`);
  const match = findLocation(tree, '/a/b/x.php');
  assert.deepEqual(
    match.chain.map((e) => e.node.at.text),
    ['location /a/', 'location /a/b/', 'location ~ \\.php$'],
  );
});

test('named locations are found by name, with or without @', async () => {
  const tree = await treeOf(`
    location @fallback { return 200 "f"; }
    location / { return 200 "root"; }`);
  assert.equal(findNamedLocation(tree, '@fallback')?.node.at.text, 'location @fallback');
  assert.equal(findNamedLocation(tree, 'fallback')?.node.at.text, 'location @fallback');
  assert.equal(findNamedLocation(tree, 'other'), undefined);
});

// The wording of each step is pinned in nginx-explain-warnings.test.ts.

test('steps point at the location they are about', async () => {
  const tree = await treeOf(`
    location / { return 200 "root"; }
    location ~ \\.php$ { return 200 "php"; }`);
  const steps = findLocation(tree, '/x.php').steps;
  assert.equal(steps[steps.length - 1].at?.line, 4); // `server {`, an empty line, then the locations
  assert.equal(steps[steps.length - 1].at?.text, 'location ~ \\.php$');
});

test('duplicate locations are reported as problems', async () => {
  const tree = await treeOf(`
    location /a { return 200 "1"; }
    location /a { return 200 "2"; }
    location = /b { return 200 "3"; }
    location = /b { return 200 "4"; }`);
  assert.deepEqual(
    tree.problems.map((p) => [p.message, p.at.line]),
    [
      ['duplicate location "/a"', 4],
      ['duplicate location "/b"', 6],
    ],
  );
});

test('locations nested where nginx forbids it are reported as problems', async () => {
  const tree = await treeOf(`
    location = /a { location /a/b { return 200 "1"; } }
    location /b { location @n { return 200 "2"; } }
    location /c { location /d { return 200 "3"; } }
    location ~ /e { location ~ /f { return 200 "4"; } }`);
  assert.deepEqual(
    tree.problems.map((p) => p.message),
    [
      'location "/a/b" cannot be inside the exact location "/a"',
      'named location "@n" can be on the server level only',
      'location "/d" is outside location "/c"',
    ],
  );
});

test('a regex PCRE2 rejects is reported as a problem', async () => {
  const tree = await treeOf(`location ~ "(a" { return 200 "bad"; }`);
  assert.match(tree.problems[0].message, /missing closing parenthesis/);
});

test('a regex that cannot be evaluated safely leaves the answer undetermined', async () => {
  const tree = await treeOf(`
    location / { return 200 "root"; }
    location ~ ^/(a+)+$ { return 200 "bomb"; }`);
  const match = findLocation(tree, '/aaaa');
  assert.match(match.undetermined ?? '', /backtrack/);
  assert.equal(match.steps[match.steps.length - 1].kind, 'warning');
});

test('1,000 locations: building once and answering stays fast', async () => {
  const lines: string[] = [];
  for (let i = 0; i < 700; i++) lines.push(`location /p${i}/ { location /p${i}/n/ { return 200 "n${i}"; } return 200 "p${i}"; }`);
  for (let i = 0; i < 200; i++) lines.push(`location = /e${i} { return 200 "e${i}"; }`);
  for (let i = 0; i < 100; i++) lines.push(`location ~ ^/r${i}/(\\d+)$ { return 200 "r${i}"; }`);
  const tree = await treeOf(lines.join('\n'));
  const uris = Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? `/p${i % 700}/n/x` : i % 3 === 1 ? `/e${i % 200}` : `/r${i % 100}/${i}`));
  const start = process.hrtime.bigint();
  for (const uri of uris) findLocation(tree, uri);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  assert.ok(seconds < 1, `20,000 lookups took ${seconds.toFixed(3)} s`);
  assert.equal(findLocation(tree, '/p5/n/x').chain.length, 2);
  assert.deepEqual(findLocation(tree, '/r7/12').captures?.numbered, ['/r7/12', '12']);
});
