import * as path from 'node:path';
import * as fs from 'node:fs';
import type { Dialect } from '../model/types';
import type { CstParser, CstTree } from './cst';

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
  // Required lazily so that a CLI run on the native engine never pays for the wasm runtime.
  const { Parser, Language } = await import('web-tree-sitter');
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

interface NativeParser {
  setLanguage(language: unknown): void;
  parse(input: string, oldTree?: unknown, options?: { bufferSize?: number }): CstTree;
}

/** The native binding: faster, but it needs a compiled addon; undefined when unavailable. */
export function loadNativeParsers(): ParserSet | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const NativeParserClass = require('tree-sitter') as new () => NativeParser;
    const parsers = new Map<Dialect, CstParser>();
    for (const dialect of Object.keys(grammarPackage) as Dialect[]) {
      const language = require(grammarPackage[dialect]) as unknown;
      const parser = new NativeParserClass();
      parser.setLanguage(language);
      parsers.set(dialect, {
        parse(text: string, previous?: CstTree): CstTree {
          // The binding reads the string in chunks of bufferSize; one chunk is fastest.
          return parser.parse(text, previous, { bufferSize: Math.max(text.length * 2 + 16, 32 * 1024) });
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
