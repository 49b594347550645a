import type { ParserSet } from '../parse/parserHost';
import type { DialectPack } from '../dialects/pack';
import { modelFromTree } from '../document';
import type { ConfigFile, Finding } from '../model/types';
import type { ConfigSource } from './configSource';
import { buildWorkspaceGraph, rootsAmong, type ConfigLoader, type WorkspaceGraph } from './includeGraph';

/** A loader that reads through `source` and parses with the dialect's parser, caching by path. */
export function configLoader(parsers: ParserSet, pack: DialectPack, source: ConfigSource, cache = new Map<string, ConfigFile>()): ConfigLoader {
  return (filePath: string) => {
    const cached = cache.get(filePath);
    if (cached) return cached;
    const text = source.readText(filePath);
    if (text === undefined) return undefined;
    const tree = parsers.forDialect(pack.dialect).parse(text);
    const file = modelFromTree(tree, text, filePath, pack);
    tree.delete?.();
    cache.set(filePath, file);
    return file;
  };
}

export interface CheckOutcome {
  readonly graph: WorkspaceGraph;
  /** Every finding for the checked files and the files they include, in file then position order. */
  readonly findings: readonly Finding[];
}

/**
 * Checks a set of files of one dialect together: a file that another one includes is checked
 * where it is included, and each file is read and parsed once.
 */
export function checkConfigs(files: readonly string[], pack: DialectPack, parsers: ParserSet, source: ConfigSource): CheckOutcome {
  const cache = new Map<string, ConfigFile>();
  const load = configLoader(parsers, pack, source, cache);
  const graphOf = (roots: readonly string[]) => buildWorkspaceGraph(roots, pack, load, source);
  const roots = rootsAmong(files, graphOf);
  const graph = graphOf(roots);
  const findings: Finding[] = [];
  for (const file of graph.files.values()) findings.push(...file.syntaxFindings);
  findings.push(...graph.findings);
  const order = [...graph.files.keys()];
  findings.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file) || a.span.startIndex - b.span.startIndex);
  return { graph, findings };
}
