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
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Parser as WasmParser, Language as WasmLanguage, Query as WasmQuery } from 'web-tree-sitter';

const inCi = process.env.CI === 'true';
/** From out/test/grammar/ to the repository root. */
const repoRoot = path.resolve(__dirname, '..', '..', '..');
const grammarDir = path.join(repoRoot, 'grammars', 'tree-sitter-nginx');

interface Sample {
  readonly label: string;
  readonly text: string;
}

interface CorpusEntry extends Sample {
  readonly accepted: boolean;
  readonly lenientAccepted: boolean;
}

function sharedCorpusDir(): string | undefined {
  const candidates = [process.env.SWITCHYARD_CORPUS, path.resolve(__dirname, '../../../../shared/corpus')];
  return candidates.find((dir): dir is string => !!dir && fs.existsSync(path.join(dir, 'verdicts.jsonl')));
}

/** The nginx files listed in verdicts.jsonl (paths are relative to the corpus folder). */
function nginxCorpus(dir: string): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  for (const line of fs.readFileSync(path.join(dir, 'verdicts.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const verdict = JSON.parse(line) as { path: string; dialect: string; accepted: boolean; lenient?: { accepted?: boolean } | null };
    if (verdict.dialect !== 'nginx') continue;
    const file = path.join(dir, verdict.path);
    if (!fs.existsSync(file)) continue;
    entries.push({
      label: verdict.path,
      text: fs.readFileSync(file, 'utf8'),
      accepted: verdict.accepted,
      lenientAccepted: !verdict.accepted && verdict.lenient?.accepted === true,
    });
  }
  return entries;
}

/**
 * The inputs of test/corpus/*.txt, cut the way `tree-sitter test` cuts them: from the line after
 * the `===` header to the longest `---` divider, minus the one line break before the divider.
 */
function grammarCorpusSamples(): Sample[] {
  const dir = path.join(grammarDir, 'test', 'corpus');
  const header = /^===+\r?\n((?:[^=\r\n][^\r\n]*\r?\n)+)===+\r?\n/gm;
  const samples: Sample[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const content = fs.readFileSync(path.join(dir, file), 'utf8');
    const headers = [...content.matchAll(header)];
    headers.forEach((match, i) => {
      const start = match.index! + match[0].length;
      const end = i + 1 < headers.length ? headers[i + 1].index! : content.length;
      const section = content.slice(start, end);
      const dividers = [...section.matchAll(/^---+\r?\n/gm)];
      if (!dividers.length) return;
      const divider = dividers.reduce((a, b) => (b[0].length > a[0].length ? b : a));
      const input = section.slice(0, divider.index!).replace(/\n$/, '').replace(/\r$/, '');
      samples.push({ label: `${file}: ${match[1].trim()}`, text: input });
    });
  }
  return samples;
}

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

// --- walking trees ---------------------------------------------------------------------------

/** What this test reads from either engine's cursor. */
interface Cursor {
  readonly nodeType: string;
  readonly nodeIsMissing: boolean;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly currentFieldName: string | null | undefined;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
}

interface AnyTree {
  readonly rootNode: { toString(): string };
  walk(): Cursor;
}

/** Calls `visit` for every node, named or anonymous, in document order. */
function walk(tree: AnyTree, visit: (cursor: Cursor, depth: number) => void): void {
  const cursor = tree.walk();
  let depth = 0;
  for (;;) {
    visit(cursor, depth);
    if (cursor.gotoFirstChild()) {
      depth++;
      continue;
    }
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return;
      depth--;
    }
  }
}

/** The S-expression, then one line per node: depth, field, MISSING flag, type and range. */
function describe(tree: AnyTree): string {
  const lines = [tree.rootNode.toString()];
  walk(tree, (c, depth) => {
    const field = c.currentFieldName ? `${c.currentFieldName}: ` : '';
    lines.push(`${depth} ${field}${c.nodeIsMissing ? 'MISSING ' : ''}${JSON.stringify(c.nodeType)} ${c.startIndex}-${c.endIndex}`);
  });
  return lines.join('\n');
}

/** The ERROR and MISSING nodes of a tree, as `ERROR@offset` / `MISSING x@offset`. */
function syntaxProblems(tree: AnyTree): string[] {
  const found: string[] = [];
  walk(tree, (c) => {
    if (c.nodeType === 'ERROR') found.push(`ERROR@${c.startIndex}`);
    else if (c.nodeIsMissing) found.push(`MISSING ${c.nodeType}@${c.startIndex}`);
  });
  return found;
}

// --- engines -----------------------------------------------------------------------------------

let wasmReady: Promise<{ parser: WasmParser; language: WasmLanguage }> | undefined;
function wasmEngine(): Promise<{ parser: WasmParser; language: WasmLanguage }> {
  wasmReady ??= (async () => {
    await WasmParser.init();
    const language = await WasmLanguage.load(path.join(grammarDir, 'tree-sitter-nginx.wasm'));
    const parser = new WasmParser();
    parser.setLanguage(language);
    return { parser, language };
  })();
  return wasmReady;
}

/** Parses with web-tree-sitter, hands the tree to `use`, then frees it. */
function withWasmTree<T>(parser: WasmParser, text: string, use: (tree: AnyTree) => T): T {
  const tree = parser.parse(text);
  if (!tree) throw new Error('web-tree-sitter returned no tree');
  try {
    return use(tree as unknown as AnyTree);
  } finally {
    tree.delete();
  }
}

type NativeParserClass = (new () => { parse(text: string): AnyTree; setLanguage(language: unknown): void }) & {
  Query: new (language: unknown, source: string) => unknown;
};

/** The native engine, or why it does not load. */
function nativeEngine(): { TreeSitter: NativeParserClass; language: unknown } | string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const TreeSitter = require('tree-sitter') as NativeParserClass;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const language = require('tree-sitter-nginx') as unknown;
    return { TreeSitter, language };
  } catch (error) {
    return String(error);
  }
}

// --- tests -------------------------------------------------------------------------------------

const corpusDir = sharedCorpusDir();

test('nginx files of the shared corpus parse without ERROR or MISSING nodes', async (t) => {
  if (!corpusDir) {
    assert.ok(!inCi, 'shared corpus not found: set SWITCHYARD_CORPUS or provide <repo>/../shared/corpus');
    t.skip('shared corpus not found');
    return;
  }
  const { parser } = await wasmEngine();
  const entries = nginxCorpus(corpusDir);
  const accepted = entries.filter((e) => e.accepted);
  const lenient = entries.filter((e) => e.lenientAccepted);
  const rejected = entries.filter((e) => !e.accepted && !e.lenientAccepted);
  assert.ok(accepted.length > 0, 'the corpus lists no accepted nginx file');

  const failures = (group: CorpusEntry[]): string[] =>
    group.flatMap((entry) => {
      const found = withWasmTree(parser, entry.text, syntaxProblems);
      return found.length ? [`${entry.label}: ${found.slice(0, 4).join(', ')}`] : [];
    });
  const acceptedFailures = failures(accepted);
  const lenientFailures = failures(lenient);
  const rejectedWithProblems = failures(rejected).length;

  console.log(`nginx corpus: ${accepted.length} accepted files, ${accepted.length - acceptedFailures.length} clean`);
  console.log(`nginx corpus: ${lenient.length} accepted only with stubs, ${lenient.length - lenientFailures.length} clean`);
  console.log(`nginx corpus: ${rejected.length} rejected files, ${rejected.length - rejectedWithProblems} clean (the others have broken syntax)`);
  assert.deepEqual(acceptedFailures, []);
  assert.deepEqual(lenientFailures, []);
});

test('web-tree-sitter and the native binding build identical nginx trees', async (t) => {
  const native = nativeEngine();
  if (typeof native === 'string') {
    assert.ok(!inCi, `the native binding does not load: ${native}`);
    t.skip(`native binding not available: ${native}`);
    return;
  }
  const nativeParser = new native.TreeSitter();
  nativeParser.setLanguage(native.language);
  const { parser } = await wasmEngine();

  const corpusSamples = grammarCorpusSamples();
  assert.ok(corpusSamples.length >= 50, `only ${corpusSamples.length} inputs found in test/corpus`);
  const samples: Sample[] = [...corpusSamples, ...extraSamples, ...(corpusDir ? nginxCorpus(corpusDir) : [])];
  const differing = samples.filter((sample) => {
    const expected = describe(nativeParser.parse(sample.text));
    const actual = withWasmTree(parser, sample.text, describe);
    return actual !== expected;
  });
  console.log(`nginx engines: ${samples.length} inputs compared, ${samples.length - differing.length} identical`);
  assert.deepEqual(
    differing.map((s) => s.label),
    [],
  );
});

test('the nginx queries compile with both engines', async () => {
  const { language } = await wasmEngine();
  const native = nativeEngine();
  const dir = path.join(grammarDir, 'queries');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.scm')).sort();
  assert.deepEqual(files, ['folds.scm', 'highlights.scm', 'injections.scm']);
  for (const file of files) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    assert.doesNotThrow(() => new WasmQuery(language, source).delete(), `${file} with web-tree-sitter`);
    if (typeof native !== 'string') {
      assert.doesNotThrow(() => new native.TreeSitter.Query(native.language, source), `${file} with the native binding`);
    }
  }
});
