// The Caddyfile grammar against real files and against itself:
//  (a) every Caddyfile of the shared corpus that Caddy accepts parses without ERROR or MISSING
//      nodes (web-tree-sitter, the engine the language server uses);
//  (b) the native binding and web-tree-sitter build identical trees (same S-expression and the
//      same type and byte range for every node) for the grammar's own test corpus and for every
//      Caddy file of the shared corpus;
//  (c) the editor queries (queries/*.scm) compile with both engines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Parser as WasmParser, Language as WasmLanguage, Query as WasmQuery } from 'web-tree-sitter';

const ci = process.env.CI === 'true';
/** The repository root, from out/test/grammar/. */
const repoRoot = path.resolve(__dirname, '..', '..', '..');
const grammarDir = path.join(repoRoot, 'grammars', 'tree-sitter-caddyfile');

// --- inputs ------------------------------------------------------------------------------------

interface Input {
  readonly name: string;
  readonly text: string;
  readonly accepted?: boolean;
}

/** `$SWITCHYARD_CORPUS`, else `<repo>/../shared/corpus`; undefined when there is none. */
function corpusDir(): string | undefined {
  const candidates = [process.env.SWITCHYARD_CORPUS, path.resolve(__dirname, '../../../../shared/corpus')];
  return candidates.find((dir): dir is string => !!dir && fs.existsSync(path.join(dir, 'verdicts.jsonl')));
}

interface Verdict {
  path: string;
  dialect: string;
  kind?: string;
  accepted: boolean;
}

/**
 * Caddy adapt tests (`.caddyfiletest`, `.caddytest`, caddy-docker-proxy's multi-part `.txt`)
 * hold the Caddyfile only before their first `----------` line.
 */
function isMultiPart(v: Verdict): boolean {
  return v.kind === 'adapt-test' || v.kind === 'multi-part-test' || /\.caddy(file)?test$/.test(v.path);
}

function caddyfilePart(text: string): string {
  const divider = /^----------[ \t\r]*$/m.exec(text);
  return divider ? text.slice(0, divider.index) : text;
}

function corpusInputs(dir: string): Input[] {
  const verdicts = fs
    .readFileSync(path.join(dir, 'verdicts.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Verdict)
    .filter((v) => v.dialect === 'caddyfile' || v.dialect === 'caddy');
  return verdicts.flatMap((v) => {
    const file = path.join(dir, v.path);
    if (!fs.existsSync(file)) return [];
    const text = fs.readFileSync(file, 'utf8');
    return [{ name: v.path, text: isMultiPart(v) ? caddyfilePart(text) : text, accepted: v.accepted }];
  });
}

/** The inputs of the `tree-sitter test` corpus (test/corpus/*.txt). */
function grammarTestInputs(): Input[] {
  const dir = path.join(grammarDir, 'test', 'corpus');
  const inputs: Input[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      // header: a line of `=`, the test name, a line of `=`; then the input up to a line of `-`
      if (!/^={3,}\s*$/.test(lines[i]) || !/^={3,}\s*$/.test(lines[i + 2] ?? '')) continue;
      const name = `${file}: ${lines[i + 1].trim()}`;
      let end = i + 3;
      while (end < lines.length && !/^-{3,}\s*$/.test(lines[end])) end++;
      // the line break before the divider is not part of the input
      inputs.push({ name, text: lines.slice(i + 3, end).join('\n').replace(/\r?\n$/, '') });
      i = end;
    }
  }
  return inputs;
}

/** Inputs the test corpus cannot hold well: line endings, byte order mark, Unicode spaces. */
const extraInputs: Input[] = [
  { name: 'CRLF line endings', text: 'example.com {\r\n\trespond "hi" 200\r\n\theader {\r\n\t\tX-A b\r\n\t}\r\n}\r\n' },
  { name: 'byte order mark', text: '\ufeffexample.com {\n\trespond hi\n}\n' },
  { name: 'Unicode spaces', text: '\u3000\n:80 {\n\trespond\u00a0hi\u2003there\n}\n' },
  { name: 'non-ASCII text', text: 'é.example {\n\trespond "héllo ✓ {path}" 200\n\theader X-Ü `ü`\n}\n' },
  { name: 'CRLF heredoc', text: 'a.com {\r\n\trespond <<EOF\r\n\t\thi\r\n\t\tEOF 200\r\n}\r\n' },
  { name: 'unclosed everything', text: '{\n\tadmin off\n\n(x) {\n\trespond "hi"\n}\n\na.com {\n\troute {\n\t\trespond "x\n' },
];

// --- trees ---------------------------------------------------------------------------------------

/** The subset of the two engines' tree cursors this test reads. */
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

/** Visits every node (named or not) in document order. */
function eachNode(tree: AnyTree, visit: (c: Cursor, depth: number) => void): void {
  const c = tree.walk();
  let depth = 0;
  for (;;) {
    visit(c, depth);
    if (c.gotoFirstChild()) {
      depth++;
      continue;
    }
    while (!c.gotoNextSibling()) {
      if (!c.gotoParent()) return;
      depth--;
    }
  }
}

/** The S-expression plus every node's type, field, MISSING flag and range. */
function signature(tree: AnyTree): string {
  const out = [tree.rootNode.toString()];
  eachNode(tree, (c, depth) => {
    const field = c.currentFieldName ? `${c.currentFieldName}: ` : '';
    const missing = c.nodeIsMissing ? 'MISSING ' : '';
    out.push(`${depth} ${field}${missing}${JSON.stringify(c.nodeType)} ${c.startIndex}-${c.endIndex}`);
  });
  return out.join('\n');
}

/** ERROR and MISSING nodes, as `type@start`. */
function problems(tree: AnyTree): string[] {
  const found: string[] = [];
  eachNode(tree, (c) => {
    if (c.nodeType === 'ERROR') found.push(`ERROR@${c.startIndex}`);
    else if (c.nodeIsMissing) found.push(`MISSING ${c.nodeType}@${c.startIndex}`);
  });
  return found;
}

let wasmLanguage: Promise<WasmLanguage> | undefined;
function wasmLang(): Promise<WasmLanguage> {
  wasmLanguage ??= (async () => {
    await WasmParser.init();
    return WasmLanguage.load(path.join(grammarDir, 'tree-sitter-caddyfile.wasm'));
  })();
  return wasmLanguage;
}

let wasmParser: Promise<WasmParser> | undefined;
function wasm(): Promise<WasmParser> {
  wasmParser ??= (async () => {
    const language = await wasmLang(); // also initialises the runtime
    const parser = new WasmParser();
    parser.setLanguage(language);
    return parser;
  })();
  return wasmParser;
}

function wasmParse(parser: WasmParser, text: string): { tree: AnyTree; dispose(): void } {
  const tree = parser.parse(text);
  if (!tree) throw new Error('web-tree-sitter returned no tree');
  return { tree: tree as unknown as AnyTree, dispose: () => tree.delete() };
}

type NativeParser = { parse(text: string): AnyTree; setLanguage(language: unknown): void };
type NativeModule = (new () => NativeParser) & { Query: new (language: unknown, source: string) => unknown };

/** The native binding and its language, or a reason why they cannot be loaded. */
function native(): { parser: NativeParser; TreeSitter: NativeModule; language: unknown } | string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const TreeSitter = require('tree-sitter') as NativeModule;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const language = require('tree-sitter-caddyfile') as unknown;
    const parser = new TreeSitter();
    parser.setLanguage(language);
    return { parser, TreeSitter, language };
  } catch (error) {
    return String(error);
  }
}

// --- tests ---------------------------------------------------------------------------------------

const corpus = corpusDir();

test('every Caddyfile that Caddy accepts parses without ERROR or MISSING nodes', async (t) => {
  if (!corpus) {
    assert.ok(!ci, 'the shared corpus is missing (set SWITCHYARD_CORPUS or provide <repo>/../shared/corpus)');
    t.skip('shared corpus not found');
    return;
  }
  const parser = await wasm();
  const inputs = corpusInputs(corpus);
  const accepted = inputs.filter((i) => i.accepted);
  const rejected = inputs.filter((i) => !i.accepted);
  assert.ok(accepted.length > 0, 'no accepted Caddy files in the corpus');

  const failures: string[] = [];
  for (const input of accepted) {
    const { tree, dispose } = wasmParse(parser, input.text);
    const found = problems(tree);
    dispose();
    if (found.length) failures.push(`${input.name}: ${found.slice(0, 5).join(', ')}`);
  }
  let rejectedClean = 0;
  for (const input of rejected) {
    const { tree, dispose } = wasmParse(parser, input.text);
    if (problems(tree).length === 0) rejectedClean++;
    dispose();
  }
  console.log(`caddy corpus: ${accepted.length} accepted files, ${accepted.length - failures.length} clean`);
  console.log(`caddy corpus: ${rejected.length} rejected files, ${rejectedClean} parse without syntax errors`);
  assert.deepEqual(failures, []);
});

test('native tree-sitter and web-tree-sitter build identical Caddyfile trees', async (t) => {
  const loaded = native();
  if (typeof loaded === 'string') {
    assert.ok(!ci, `the native binding does not load: ${loaded}`);
    t.skip(`native binding not available: ${loaded}`);
    return;
  }
  const nativeParser = loaded.parser;
  const parser = await wasm();
  const inputs = [...grammarTestInputs(), ...extraInputs, ...(corpus ? corpusInputs(corpus) : [])];
  assert.ok(inputs.length > extraInputs.length, 'no test corpus inputs found');
  const differing: string[] = [];
  for (const input of inputs) {
    const expected = signature(nativeParser.parse(input.text));
    const { tree, dispose } = wasmParse(parser, input.text);
    const actual = signature(tree);
    dispose();
    if (actual !== expected) differing.push(input.name);
  }
  console.log(`caddy engines: ${inputs.length} inputs compared, ${inputs.length - differing.length} identical`);
  assert.deepEqual(differing, []);
});

test('the Caddyfile queries compile with web-tree-sitter and the native binding', async () => {
  const language = await wasmLang();
  const loaded = native();
  const dir = path.join(grammarDir, 'queries');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.scm'));
  assert.ok(files.includes('highlights.scm') && files.includes('folds.scm'), `queries: ${files.join(', ')}`);
  for (const file of files) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    assert.doesNotThrow(() => new WasmQuery(language, source).delete(), `${file} (web-tree-sitter)`);
    if (typeof loaded !== 'string') {
      assert.doesNotThrow(() => new loaded.TreeSitter.Query(loaded.language, source), `${file} (native)`);
    }
  }
});
