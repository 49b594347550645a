import * as path from 'node:path';
import * as fs from 'node:fs';
import type { Dialect } from '../model/types';
import type { CstParser, CstTree } from './cst';
import { FlatTree, type FlatTreeBinding } from './flatTree';

/** Where the .wasm files live: next to the bundle in dist/, or in the source tree during tests. */
function findWasm(fileName: string, searchDirs: readonly string[]): string {
  for (const dir of searchDirs) {
    const candidate = path.join(dir, fileName);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`cannot find ${fileName} (looked in ${searchDirs.join(', ')})`);
}

const grammarFile: Record<Dialect, string> = {
  nginx: 'tree-sitter-nginx.wasm',
  caddy: 'tree-sitter-caddyfile.wasm',
};
const grammarPackage: Record<Dialect, string> = {
  nginx: 'tree-sitter-nginx',
  caddy: 'tree-sitter-caddyfile',
};

function defaultSearchDirs(): string[] {
  // __dirname is dist/ when bundled, out/server/src/core/parse when compiled by tsc.
  const dirs = [__dirname, path.join(__dirname, '..', 'dist')];
  for (let dir = __dirname, i = 0; i < 6; i++, dir = path.dirname(dir)) {
    dirs.push(path.join(dir, 'dist'));
    dirs.push(path.join(dir, 'grammars', 'tree-sitter-nginx'), path.join(dir, 'grammars', 'tree-sitter-caddyfile'));
    dirs.push(path.join(dir, 'node_modules', 'web-tree-sitter'));
  }
  return dirs;
}

export type ParserEngine = 'wasm' | 'native';

export interface ParserSet {
  readonly engine: ParserEngine;
  forDialect(dialect: Dialect): CstParser;
}

/** web-tree-sitter: what the language server uses (no native build needed in VS Code). */
export async function loadWasmParsers(searchDirs: readonly string[] = defaultSearchDirs()): Promise<ParserSet> {
  // Required lazily so that a CLI run on the native engine never pays for the wasm runtime;
  // `require` (not `import()`) so bundlers pick the CommonJS build.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Parser, Language } = require('web-tree-sitter') as typeof import('web-tree-sitter');
  const runtime = findWasm('tree-sitter.wasm', searchDirs);
  await Parser.init({ locateFile: () => runtime });
  const parsers = new Map<Dialect, CstParser>();
  for (const dialect of Object.keys(grammarFile) as Dialect[]) {
    const language = await Language.load(findWasm(grammarFile[dialect], searchDirs));
    const parser = new Parser();
    parser.setLanguage(language);
    parsers.set(dialect, {
      parse(text: string, previous?: CstTree): CstTree {
        const tree = parser.parse(text, (previous as Parameters<typeof parser.parse>[1]) ?? null);
        if (!tree) throw new Error('tree-sitter returned no tree');
        return tree as unknown as CstTree;
      },
    });
  }
  return { engine: 'wasm', forDialect: (d) => parsers.get(d)! };
}


/**
 * The native bindings: parse and read the whole tree in one call (see grammars/common/flat_tree.h),
 * for full parses where speed matters (CLI, workspace checks). Trees are read-only. Undefined when
 * the addons are not built.
 */
export function loadNativeParsers(): ParserSet | undefined {
  try {
    const parsers = new Map<Dialect, CstParser>();
    for (const dialect of Object.keys(grammarPackage) as Dialect[]) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const binding = require(grammarPackage[dialect]) as FlatTreeBinding;
      if (typeof binding.parseFlat !== 'function') return undefined;
      const table = binding.symbolTable();
      parsers.set(dialect, {
        parse(text: string): CstTree {
          return new FlatTree(binding.parseFlat(text), table);
        },
      });
    }
    return { engine: 'native', forDialect: (d) => parsers.get(d)! };
  } catch {
    return undefined;
  }
}

/** Native when it loads, else wasm. */
export async function loadFastestParsers(): Promise<ParserSet> {
  return loadNativeParsers() ?? (await loadWasmParsers());
}
