import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixturesDir, wasmParsers } from './parse';
import { packs } from '../../server/src/core/dialects/registry';
import type { Dialect } from '../../server/src/core/model/types';
import { configLoader } from '../../server/src/core/workspace/loadConfigs';
import { fileSystemSource } from '../../server/src/node/fileSource';
import { SymbolIndex } from '../../server/src/core/analysis/symbols/symbolIndex';
import { workspaceOf } from '../../server/src/core/workspace/rootDiscovery';
import type { SymbolOccurrence } from '../../server/src/core/analysis/symbols/types';

export const navigationDir = path.join(fixturesDir, 'navigation');

/** A fixture file's absolute path, e.g. fixture('nginx', 'sites/app.conf'). */
export function fixture(dialect: Dialect, relative: string): string {
  return path.join(navigationDir, dialect, relative);
}

/** The index navigation builds for `file`: over the include graph of the main config that reaches it. */
export async function indexFor(dialect: Dialect, file: string): Promise<SymbolIndex> {
  const pack = packs[dialect];
  const load = configLoader(await wasmParsers(), pack, fileSystemSource);
  return new SymbolIndex(workspaceOf(file, pack, load, fileSystemSource).graph, pack);
}

/** The string index of the `nth` (0-based) occurrence of `needle` in a fixture, plus `shift`. */
export function offsetOf(file: string, needle: string, nth = 0, shift = 0): number {
  const text = fs.readFileSync(file, 'utf8');
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`'${needle}' #${nth} not in ${file}`);
  }
  return at + shift;
}

/** `file:line` (1-based line, file relative to the dialect's fixture folder) for readable assertions. */
export function where(dialect: Dialect, o: { file: string; span: { start: { line: number } } }): string {
  return `${path.relative(path.join(navigationDir, dialect), o.file)}:${o.span.start.line + 1}`;
}

/** The occurrence at `needle` (its first character, or `shift` into it) in a fixture. */
export function occurrenceAt(index: SymbolIndex, file: string, needle: string, nth = 0, shift = 0): SymbolOccurrence {
  const found = index.at(file, offsetOf(file, needle, nth, shift));
  if (!found) throw new Error(`no symbol at '${needle}' #${nth} in ${file}`);
  return found;
}
