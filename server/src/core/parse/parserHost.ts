import * as path from 'node:path';
import * as fs from 'node:fs';
import type { Dialect } from '../model/types';
import { childReading } from '../model/readTree';
import { packs } from '../dialects/registry';
import type { CstParser, CstTree } from './cst';
import { FlatTree, type FlatTreeBinding } from './flatTree';
import { isTreeSitterModule, WasmTree } from './wasmTree';

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

/**
 * web-tree-sitter's module, set up once per process: `Parser.init` replaces the module every
 * web-tree-sitter object talks to, so a second one would strand the trees and parsers made before.
 * The object passed to it becomes the module (emscripten), which gives WasmTree its entry points.
 */
let wasmModule: Promise<object> | undefined;

function initWasm(runtime: string): Promise<object> {
  // Required lazily so that a CLI run on the native engine never pays for the wasm runtime;
  // `require` (not `import()`) so bundlers pick the CommonJS build.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Parser } = require('web-tree-sitter') as typeof import('web-tree-sitter');
  const module = { locateFile: () => runtime };
  wasmModule ??= Parser.init(module).then(
    () => module,
    (error: unknown) => {
      wasmModule = undefined; // let a later call try again
      throw error;
    },
  );
  return wasmModule;
}

/** web-tree-sitter: what the language server uses (no native build needed in VS Code). */
export async function loadWasmParsers(searchDirs: readonly string[] = defaultSearchDirs()): Promise<ParserSet> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Parser, Language } = require('web-tree-sitter') as typeof import('web-tree-sitter');
  const module = await initWasm(findWasm('tree-sitter.wasm', searchDirs));
  // Without the expected entry points (another web-tree-sitter version), its own cursor serves.
  const wrap = isTreeSitterModule(module) ? (tree: object): CstTree => new WasmTree(tree, module) : (tree: object): CstTree => tree as CstTree;
  const parsers = new Map<Dialect, CstParser>();
  for (const dialect of Object.keys(grammarFile) as Dialect[]) {
    const language = await Language.load(findWasm(grammarFile[dialect], searchDirs));
    const parser = new Parser();
    parser.setLanguage(language);
    parsers.set(dialect, {
      parse(text: string, previous?: CstTree): CstTree {
        const old = previous instanceof WasmTree ? previous.tree : previous;
        const tree = parser.parse(text, (old as Parameters<typeof parser.parse>[1]) ?? null);
        if (!tree) throw new Error('tree-sitter returned no tree');
        return wrap(tree);
      },
    });
  }
  return { engine: 'wasm', forDialect: (d) => parsers.get(d)! };
}


/**
 * The native bindings: parse and read the tree in one call (see grammars/common/flat_tree.h), for
 * full parses where speed matters (CLI, workspace checks). Trees are read-only, and hold only the
 * nodes the model reader visits (`childReading`): inside words and strings, and punctuation that is
 * present, are left out, which makes the export and the reader's walk about a third shorter.
 * Undefined when the addons are not built.
 */
export function loadNativeParsers(): ParserSet | undefined {
  try {
    const parsers = new Map<Dialect, CstParser>();
    for (const dialect of Object.keys(grammarPackage) as Dialect[]) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const binding = require(grammarPackage[dialect]) as FlatTreeBinding;
      if (typeof binding.parseFlat !== 'function') return undefined;
      const table = binding.symbolTable();
      const rules = packs[dialect].readingRules;
      const childModes = Uint8Array.from(table.symbols, (type) => childReading(rules, type));
      parsers.set(dialect, {
        parse(text: string): CstTree {
          return new FlatTree(binding.parseFlat(text, childModes), table);
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
