import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from '../support/parse';
import { fixture, indexFor, occurrenceAt, where } from '../support/navigationFixtures';
import { variableNamesIn } from '../../server/src/core/dialects/nginx/symbols';
import { namedCaptures } from '../../server/src/core/analysis/symbols/regexCaptures';
import { nginxNavigation } from '../../server/src/core/dialects/nginx/symbols';

const app = fixture('nginx', 'sites/app.conf');
const places = (list: readonly { file: string; span: { start: { line: number } } }[]): string[] => list.map((o) => where('nginx', o));

test('variable names follow nginx: letters, digits and _, ${name} touching text, $1 is a capture', () => {
  const names = variableNamesIn('"$a-${b}c$1$d_2x $ ${bad"');
  assert.deepEqual(
    names.map((n) => [n.name, n.from, n.sigilLength]),
    [
      ['a', 2, 1],
      ['b', 6, 2],
      ['d_2x', 12, 1],
    ],
  );
});

test('named groups are found in all three PCRE spellings, not in lookbehinds or escaped parentheses', () => {
  const pattern = "^(?<a>x)(?P<P>y)(?'c'z)(?<=w)\\(?<no>)";
  assert.deepEqual(
    namedCaptures(pattern).map((c) => [c.name, pattern.slice(c.from, c.to)]),
    [
      ['a', 'a'],
      ['P', 'P'],
      ['c', 'c'],
    ],
  );
});

test('a file reads its own definitions and references with exact name spans', async () => {
  const file = await parseText('nginx', 'server {\n  set $v "${host}x";\n  location @x { }\n  try_files $uri @x;\n}\n');
  const mentions = nginxNavigation.mentions(file).map((m) => `${m.role} ${m.kind} ${m.name} ${m.span.start.line}:${m.span.start.column}`);
  assert.deepEqual(mentions, ['definition variable v 1:7', 'reference variable host 1:12', 'definition named-location x 2:12', 'reference variable uri 3:13', 'reference named-location x 3:18']);
});

test('Perl code in perl_set is not read for nginx variables', async () => {
  const file = await parseText('nginx', "http {\n  perl_set $upper 'sub { my $r = shift; return uc $r->uri; }';\n}\n");
  assert.deepEqual(
    nginxNavigation.mentions(file).map((m) => `${m.role} ${m.name}`),
    ['definition upper'],
  );
});

test('proxy_pass http://NAME/ leads to the upstream block in another file', async () => {
  const index = await indexFor('nginx', app);
  const ref = occurrenceAt(index, app, 'backend/');
  assert.deepEqual(places(index.definitions(ref)), ['upstreams.conf:1']);
});

test('fastcgi_pass NAME without a scheme refers to an upstream too', async () => {
  const index = await indexFor('nginx', app);
  assert.deepEqual(places(index.definitions(occurrenceAt(index, app, 'php;'))), ['upstreams.conf:5']);
});

test('references of an upstream list its definition and every *_pass naming it', async () => {
  const upstreams = fixture('nginx', 'upstreams.conf');
  const index = await indexFor('nginx', upstreams);
  // Opened alone, the upstream file still finds the main config above it and the sites it includes.
  const def = occurrenceAt(index, upstreams, 'backend');
  assert.deepEqual(places(index.references(def, true)), ['upstreams.conf:1', 'sites/app.conf:10', 'sites/app.conf:25']);
  assert.deepEqual(places(index.references(def, false)), ['sites/app.conf:10', 'sites/app.conf:25']);
});

test('try_files @name goes to the named location of its own server', async () => {
  const index = await indexFor('nginx', app);
  assert.deepEqual(places(index.definitions(occurrenceAt(index, app, '@app', 0))), ['sites/app.conf:24']);
  assert.deepEqual(places(index.definitions(occurrenceAt(index, app, '@app', 2))), ['sites/app.conf:37']);
});

test('error_page @name in a file included inside a server resolves to that server', async () => {
  const errors = fixture('nginx', 'snippets/errors.conf');
  const index = await indexFor('nginx', app);
  assert.deepEqual(places(index.definitions(occurrenceAt(index, errors, 'app'))), ['sites/app.conf:24']);
});

test('a click on the sigil counts: $ of a variable, @ of a location', async () => {
  const index = await indexFor('nginx', app);
  assert.equal(occurrenceAt(index, app, '$connection_upgrade').name, 'connection_upgrade');
  assert.equal(occurrenceAt(index, app, '@app').name, 'app');
});

test('a variable set by map is defined in the main config', async () => {
  const index = await indexFor('nginx', app);
  assert.deepEqual(places(index.definitions(occurrenceAt(index, app, 'connection_upgrade'))), ['nginx.conf:5']);
});

test('${var} inside a string refers to the variable; the span covers only the name', async () => {
  const index = await indexFor('nginx', app);
  const ref = occurrenceAt(index, app, '${tenant}', 0, 2);
  assert.equal(ref.span.endIndex - ref.span.startIndex, 'tenant'.length);
  assert.deepEqual(places(index.definitions(ref)), ['nginx.conf:9']);
});

test('a named capture of a map regex and of a location regex defines a variable', async () => {
  const index = await indexFor('nginx', app);
  assert.deepEqual(places(index.definitions(occurrenceAt(index, app, 'tenant_name'))), ['nginx.conf:10']);
  assert.deepEqual(places(index.definitions(occurrenceAt(index, app, '$user_id'))), ['sites/app.conf:14']);
});

test('set defines a variable used in the same file', async () => {
  const file = fixture('nginx', 'sites/static.conf');
  const index = await indexFor('nginx', file);
  assert.deepEqual(places(index.definitions(occurrenceAt(index, file, '$site_root', 1))), ['sites/static.conf:4']);
});

test('a built-in variable has no definition to go to', async () => {
  const index = await indexFor('nginx', app);
  assert.deepEqual(index.definitions(occurrenceAt(index, app, '$host')), []);
});

test('a fragment no configuration includes is its own workspace', async () => {
  const lone = fixture('nginx', 'lone/fragment.conf');
  const index = await indexFor('nginx', lone);
  assert.deepEqual([...index.graph.files.keys()], [lone]);
  assert.deepEqual(places(index.definitions(occurrenceAt(index, lone, '@only_here', 1))), ['lone/fragment.conf:1']);
});
