import * as path from 'node:path';
import { loadNativeParsers, loadWasmParsers, type ParserSet } from '../../server/src/core/parse/parserHost';
import { modelFromTree } from '../../server/src/core/document';
import { packs } from '../../server/src/core/dialects/registry';
import type { ConfigFile, Dialect, Directive, Statement } from '../../server/src/core/model/types';
import { walkStatements } from '../../server/src/core/model/walk';

/** The repository root, from out/test/support/. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');

let wasm: Promise<ParserSet> | undefined;
export function wasmParsers(): Promise<ParserSet> {
  wasm ??= loadWasmParsers();
  return wasm;
}

export function nativeParsers(): ParserSet | undefined {
  return loadNativeParsers();
}

/** Parses text into the model with web-tree-sitter (what the language server uses). */
export async function parseText(dialect: Dialect, text: string, file = `/virtual/test.${dialect}`): Promise<ConfigFile> {
  const parsers = await wasmParsers();
  const tree = parsers.forDialect(dialect).parse(text);
  const model = modelFromTree(tree, text, file, packs[dialect]);
  tree.delete?.();
  return model;
}

/** All directives of a model in file order (depth-first). */
export function allDirectives(file: ConfigFile): Directive[] {
  const out: Directive[] = [];
  walkStatements(file.statements, (s) => {
    if (s.kind === 'directive') out.push(s);
  });
  return out;
}

export function allStatements(file: ConfigFile): Statement[] {
  const out: Statement[] = [];
  walkStatements(file.statements, (s) => out.push(s));
  return out;
}

export function directiveNamed(file: ConfigFile, name: string): Directive {
  const found = allDirectives(file).find((d) => d.name === name);
  if (!found) throw new Error(`no directive '${name}'`);
  return found;
}
