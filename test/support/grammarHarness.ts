// What the grammar tests (test/grammar/*-corpus.test.ts) share, for either grammar: the inputs
// (the grammar's `tree-sitter test` corpus, the shared corpus), both engines (web-tree-sitter, the
// native binding), walking a tree, and comparing trees or listing their ERROR and MISSING nodes.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TestContext } from 'node:test';
import { Parser as WasmParser, Language as WasmLanguage, Query as WasmQuery } from 'web-tree-sitter';
import type { Dialect } from '../../server/src/core/model/types';
import { corpusDir, corpusFiles, type CorpusTier } from './corpus';

/** In CI a missing corpus or native binding is a failure, not a skip. */
export const inCi = process.env.CI === 'true';

/** The repository root, from out/test/support/. */
const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** The grammar of each dialect: grammars/<name>/ holds <name>.wasm, and `require(<name>)` loads it natively. */
const grammarNames: Record<Dialect, string> = { nginx: 'tree-sitter-nginx', caddy: 'tree-sitter-caddyfile' };

export function grammarDir(dialect: Dialect): string {
  return path.join(repoRoot, 'grammars', grammarNames[dialect]);
}

// --- inputs -----------------------------------------------------------------------------------

export interface Sample {
  readonly label: string;
  readonly text: string;
}

export interface CorpusSample extends Sample {
  readonly tier: CorpusTier;
}

/**
 * The inputs of the grammar's test/corpus/*.txt, cut the way `tree-sitter test` cuts them: from
 * the line after the `===` header to the longest `---` divider, minus the one line break before
 * the divider.
 */
function grammarCorpusSamples(dialect: Dialect): Sample[] {
  const dir = path.join(grammarDir(dialect), 'test', 'corpus');
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

/** The dialect's files of the shared corpus, labelled with their corpus path; none without a corpus. */
function sharedCorpusSamples(dialect: Dialect): CorpusSample[] {
  return corpusFiles(dialect).map((f) => ({ label: f.path, text: f.text, tier: f.tier }));
}

/**
 * Whether the shared corpus is there. When it is not, the test is skipped — or, in CI, fails
 * with `missingMessage`.
 */
export function sharedCorpusOrSkip(t: TestContext, missingMessage: string): boolean {
  if (corpusDir()) return true;
  assert.ok(!inCi, missingMessage);
  t.skip('shared corpus not found');
  return false;
}

// --- walking trees ----------------------------------------------------------------------------

/** What the grammar tests read from either engine's cursor. */
export interface Cursor {
  readonly nodeType: string;
  readonly nodeIsMissing: boolean;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly currentFieldName: string | null | undefined;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
}

/** A tree of either engine. */
export interface AnyTree {
  readonly rootNode: { toString(): string };
  walk(): Cursor;
}

/** Calls `visit` for every node, named or anonymous, in document order. */
export function walkTree(tree: AnyTree, visit: (cursor: Cursor, depth: number) => void): void {
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
export function treeSignature(tree: AnyTree): string {
  const lines = [tree.rootNode.toString()];
  walkTree(tree, (c, depth) => {
    const field = c.currentFieldName ? `${c.currentFieldName}: ` : '';
    lines.push(`${depth} ${field}${c.nodeIsMissing ? 'MISSING ' : ''}${JSON.stringify(c.nodeType)} ${c.startIndex}-${c.endIndex}`);
  });
  return lines.join('\n');
}

/** The ERROR and MISSING nodes of a tree, as `ERROR@offset` / `MISSING x@offset`. */
export function syntaxProblems(tree: AnyTree): string[] {
  const found: string[] = [];
  walkTree(tree, (c) => {
    if (c.nodeType === 'ERROR') found.push(`ERROR@${c.startIndex}`);
    else if (c.nodeIsMissing) found.push(`MISSING ${c.nodeType}@${c.startIndex}`);
  });
  return found;
}

// --- engines ----------------------------------------------------------------------------------

export interface WasmEngine {
  readonly parser: WasmParser;
  readonly language: WasmLanguage;
}

const wasmEngines = new Map<Dialect, Promise<WasmEngine>>();

/** web-tree-sitter (the engine the language server uses) with the dialect's grammar; loaded once. */
export function wasmEngine(dialect: Dialect): Promise<WasmEngine> {
  let ready = wasmEngines.get(dialect);
  if (!ready) {
    ready = (async () => {
      await WasmParser.init();
      const language = await WasmLanguage.load(path.join(grammarDir(dialect), `${grammarNames[dialect]}.wasm`));
      const parser = new WasmParser();
      parser.setLanguage(language);
      return { parser, language };
    })();
    wasmEngines.set(dialect, ready);
  }
  return ready;
}

/** Parses with web-tree-sitter, hands the tree to `use`, then frees it. */
export function withWasmTree<T>(parser: WasmParser, text: string, use: (tree: AnyTree) => T): T {
  const tree = parser.parse(text);
  if (!tree) throw new Error('web-tree-sitter returned no tree');
  try {
    return use(tree as unknown as AnyTree);
  } finally {
    tree.delete();
  }
}

export interface NativeParser {
  parse(text: string): AnyTree;
  setLanguage(language: unknown): void;
}

type NativeModule = (new () => NativeParser) & { Query: new (language: unknown, source: string) => unknown };

export interface NativeEngine {
  readonly parser: NativeParser;
  readonly TreeSitter: NativeModule;
  readonly language: unknown;
}

/** The native binding with the dialect's grammar, or why it does not load. */
export function nativeEngine(dialect: Dialect): NativeEngine | string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const TreeSitter = require('tree-sitter') as NativeModule;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const language = require(grammarNames[dialect]) as unknown;
    const parser = new TreeSitter();
    parser.setLanguage(language);
    return { parser, TreeSitter, language };
  } catch (error) {
    return String(error);
  }
}

/** The native engine; when it does not load the test is skipped — or, in CI, fails. */
function nativeEngineOrSkip(t: TestContext, dialect: Dialect): NativeEngine | undefined {
  const native = nativeEngine(dialect);
  if (typeof native !== 'string') return native;
  assert.ok(!inCi, `the native binding does not load: ${native}`);
  t.skip(`native binding not available: ${native}`);
  return undefined;
}

// --- checks -----------------------------------------------------------------------------------

/** `label: ERROR@…, MISSING …@…` for each sample whose web-tree-sitter tree has such nodes. */
function samplesWithProblems(parser: WasmParser, samples: readonly Sample[]): string[] {
  return samples.flatMap((sample) => {
    const found = withWasmTree(parser, sample.text, syntaxProblems);
    return found.length ? [`${sample.label}: ${found.slice(0, 5).join(', ')}`] : [];
  });
}

/** The labels of the samples for which the two engines build different trees (see treeSignature). */
function samplesWithDifferingTrees(native: NativeEngine, parser: WasmParser, samples: readonly Sample[]): string[] {
  return samples.flatMap((sample) => {
    const expected = treeSignature(native.parser.parse(sample.text));
    const actual = withWasmTree(parser, sample.text, treeSignature);
    return actual === expected ? [] : [sample.label];
  });
}

/** Asserts that each query compiles with web-tree-sitter and, when it loads, the native binding. */
async function assertQueriesCompile(dialect: Dialect, files: readonly string[]): Promise<void> {
  const { language } = await wasmEngine(dialect);
  const native = nativeEngine(dialect);
  for (const file of files) {
    const source = fs.readFileSync(path.join(grammarDir(dialect), 'queries', file), 'utf8');
    assert.doesNotThrow(() => new WasmQuery(language, source).delete(), `${file} with web-tree-sitter`);
    if (typeof native !== 'string') {
      assert.doesNotThrow(() => new native.TreeSitter.Query(native.language, source), `${file} with the native binding`);
    }
  }
}

// --- one grammar ------------------------------------------------------------------------------

/** The checks of this module bound to one dialect's grammar, as a grammar test uses them. */
export interface GrammarHarness {
  /** test/corpus/*.txt inputs (see grammarCorpusSamples). */
  grammarCorpusSamples(): Sample[];
  /** The dialect's shared-corpus files; none without a corpus. */
  sharedCorpusSamples(): CorpusSample[];
  /** The native engine, or undefined after skipping the test (failing it in CI) when it does not load. */
  nativeEngineOrSkip(t: TestContext): NativeEngine | undefined;
  /** `label: problems` for each sample that web-tree-sitter parses with ERROR or MISSING nodes. */
  samplesWithProblems(samples: readonly Sample[]): Promise<string[]>;
  /** The labels of the samples for which the native binding and web-tree-sitter build different trees. */
  samplesWithDifferingTrees(native: NativeEngine, samples: readonly Sample[]): Promise<string[]>;
  /** The names of queries/*.scm, sorted. */
  queryFiles(): string[];
  /** Asserts that the queries compile with web-tree-sitter and, when it loads, the native binding. */
  assertQueriesCompile(files: readonly string[]): Promise<void>;
}

export function grammarHarness(dialect: Dialect): GrammarHarness {
  return {
    grammarCorpusSamples: () => grammarCorpusSamples(dialect),
    sharedCorpusSamples: () => sharedCorpusSamples(dialect),
    nativeEngineOrSkip: (t) => nativeEngineOrSkip(t, dialect),
    samplesWithProblems: async (samples) => samplesWithProblems((await wasmEngine(dialect)).parser, samples),
    samplesWithDifferingTrees: async (native, samples) => samplesWithDifferingTrees(native, (await wasmEngine(dialect)).parser, samples),
    queryFiles: () =>
      fs
        .readdirSync(path.join(grammarDir(dialect), 'queries'))
        .filter((f) => f.endsWith('.scm'))
        .sort(),
    assertQueriesCompile: (files) => assertQueriesCompile(dialect, files),
  };
}
