// The Caddyfile grammar against real files and against itself:
//  (a) every Caddyfile of the shared corpus that Caddy accepts parses without ERROR or MISSING
//      nodes (web-tree-sitter, the engine the language server uses);
//  (b) the native binding and web-tree-sitter build identical trees (same S-expression and the
//      same type, field, MISSING flag and byte range for every node) for the grammar's own test
//      corpus, a few inputs it cannot hold, and every Caddy file of the shared corpus;
//  (c) the editor queries (queries/*.scm) compile with both engines.
// The shared corpus is `$SWITCHYARD_CORPUS` or `<repo>/../shared/corpus`; without it (a) is
// skipped, except in CI (CI=true), where its absence is a failure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { grammarHarness, sharedCorpusOrSkip, type Sample } from '../support/grammarHarness';

const caddy = grammarHarness('caddy');

/** Inputs the test corpus cannot hold well: line endings, byte order mark, Unicode spaces. */
const extraInputs: Sample[] = [
  { label: 'CRLF line endings', text: 'example.com {\r\n\trespond "hi" 200\r\n\theader {\r\n\t\tX-A b\r\n\t}\r\n}\r\n' },
  { label: 'byte order mark', text: '\ufeffexample.com {\n\trespond hi\n}\n' },
  { label: 'Unicode spaces', text: '\u3000\n:80 {\n\trespond\u00a0hi\u2003there\n}\n' },
  { label: 'non-ASCII text', text: 'é.example {\n\trespond "héllo ✓ {path}" 200\n\theader X-Ü `ü`\n}\n' },
  { label: 'CRLF heredoc', text: 'a.com {\r\n\trespond <<EOF\r\n\t\thi\r\n\t\tEOF 200\r\n}\r\n' },
  { label: 'unclosed everything', text: '{\n\tadmin off\n\n(x) {\n\trespond "hi"\n}\n\na.com {\n\troute {\n\t\trespond "x\n' },
];

test('every Caddyfile that Caddy accepts parses without ERROR or MISSING nodes', async (t) => {
  if (!sharedCorpusOrSkip(t, 'the shared corpus is missing (set SWITCHYARD_CORPUS or provide <repo>/../shared/corpus)')) return;
  const inputs = caddy.sharedCorpusSamples();
  const accepted = inputs.filter((i) => i.tier === 'accepted');
  const rejected = inputs.filter((i) => i.tier !== 'accepted');
  assert.ok(accepted.length > 0, 'no accepted Caddy files in the corpus');

  const failures = await caddy.samplesWithProblems(accepted);
  const rejectedClean = rejected.length - (await caddy.samplesWithProblems(rejected)).length;
  console.log(`caddy corpus: ${accepted.length} accepted files, ${accepted.length - failures.length} clean`);
  console.log(`caddy corpus: ${rejected.length} rejected files, ${rejectedClean} parse without syntax errors`);
  assert.deepEqual(failures, []);
});

test('native tree-sitter and web-tree-sitter build identical Caddyfile trees', async (t) => {
  const native = caddy.nativeEngineOrSkip(t);
  if (!native) return;
  const inputs = [...caddy.grammarCorpusSamples(), ...extraInputs, ...caddy.sharedCorpusSamples()];
  assert.ok(inputs.length > extraInputs.length, 'no test corpus inputs found');
  const differing = await caddy.samplesWithDifferingTrees(native, inputs);
  console.log(`caddy engines: ${inputs.length} inputs compared, ${inputs.length - differing.length} identical`);
  assert.deepEqual(differing, []);
});

test('the Caddyfile queries compile with web-tree-sitter and the native binding', async () => {
  const files = caddy.queryFiles();
  assert.ok(files.includes('highlights.scm') && files.includes('folds.scm'), `queries: ${files.join(', ')}`);
  await caddy.assertQueriesCompile(files);
});
