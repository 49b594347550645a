// tree-sitter-nginx checked against real configurations and against itself:
//  (a) every nginx file of the shared corpus that `nginx -t` accepts (and every one accepted in
//      the lenient tier) parses with web-tree-sitter without ERROR or MISSING nodes;
//  (b) web-tree-sitter and the native binding build the same tree — same S-expression, and the
//      same type, field, MISSING flag and range for every node — for the inputs of the grammar's
//      `tree-sitter test` corpus, a few inputs that corpus cannot hold, and the shared corpus;
//  (c) queries/*.scm compile with both engines.
// The shared corpus is `$SWITCHYARD_CORPUS` or `<repo>/../shared/corpus`; without it (a) is
// skipped, except in CI (CI=true), where its absence is a failure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTier } from '../support/corpus';
import { grammarHarness, sharedCorpusOrSkip, type Sample } from '../support/grammarHarness';

const nginx = grammarHarness('nginx');

/** Inputs whose point is in bytes a corpus file does not show well. */
const extraSamples: Sample[] = [
  { label: 'CRLF everywhere', text: 'user nginx;\r\n# c\r\nhttp {\r\n  server { listen 80; }\r\n}\r\n' },
  { label: 'byte order mark', text: '\ufeffworker_processes 1;\nevents {}\n' },
  { label: 'no trailing newline', text: 'events { worker_connections 8; }' },
  { label: 'non-ASCII text', text: 'add_header X-Ü "héllo ✓ $host";\nlocation /ü { return 200 "é"; }\n' },
  { label: 'unclosed blocks', text: 'http {\n  server {\n    location / {\n      content_by_lua_block { ngx.say("x")\n' },
  { label: 'truncated statement', text: 'http {\n  server {\n    listen' },
  { label: 'stray brace', text: 'events {}\n}\nhttp {}\n' },
];

test('nginx files of the shared corpus parse without ERROR or MISSING nodes', async (t) => {
  if (!sharedCorpusOrSkip(t, 'shared corpus not found: set SWITCHYARD_CORPUS or provide <repo>/../shared/corpus')) return;
  const { accepted, lenient, rejected } = byTier(nginx.sharedCorpusSamples());
  assert.ok(accepted.length > 0, 'the corpus lists no accepted nginx file');

  const acceptedFailures = await nginx.samplesWithProblems(accepted);
  const lenientFailures = await nginx.samplesWithProblems(lenient);
  const rejectedWithProblems = (await nginx.samplesWithProblems(rejected)).length;

  console.log(`nginx corpus: ${accepted.length} accepted files, ${accepted.length - acceptedFailures.length} clean`);
  console.log(`nginx corpus: ${lenient.length} accepted only with stubs, ${lenient.length - lenientFailures.length} clean`);
  console.log(`nginx corpus: ${rejected.length} rejected files, ${rejected.length - rejectedWithProblems} clean (the others have broken syntax)`);
  assert.deepEqual(acceptedFailures, []);
  assert.deepEqual(lenientFailures, []);
});

test('web-tree-sitter and the native binding build identical nginx trees', async (t) => {
  const native = nginx.nativeEngineOrSkip(t);
  if (!native) return;
  const corpusSamples = nginx.grammarCorpusSamples();
  assert.ok(corpusSamples.length >= 50, `only ${corpusSamples.length} inputs found in test/corpus`);
  const samples: Sample[] = [...corpusSamples, ...extraSamples, ...nginx.sharedCorpusSamples()];
  const differing = await nginx.samplesWithDifferingTrees(native, samples);
  console.log(`nginx engines: ${samples.length} inputs compared, ${samples.length - differing.length} identical`);
  assert.deepEqual(differing, []);
});

test('the nginx queries compile with both engines', async () => {
  const files = nginx.queryFiles();
  assert.deepEqual(files, ['folds.scm', 'highlights.scm', 'injections.scm']);
  await nginx.assertQueriesCompile(files);
});
