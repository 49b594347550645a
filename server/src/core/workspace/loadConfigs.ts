import type { ParserSet } from '../parse/parserHost';
import type { DialectPack } from '../dialects/pack';
import { modelFromTree } from '../document';
import type { ConfigFile, Finding } from '../model/types';
import type { ConfigSource } from './configSource';
import { buildWorkspaceGraph, rootsAmong, type ConfigLoader, type WorkspaceGraph } from './includeGraph';
import { directiveFindings, type DirectiveCheckOptions } from '../analysis/directiveChecks';

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
 * where it is included, and each file is read and parsed once. Besides syntax and include
 * findings, the dialect's directive checks run over the whole include graph; which files are
 * main configurations is left to the dialect (nginx: a file holding `http`, `events` … or named
 * nginx.conf), so a fragment given alone is read in the context it is written for.
 */
export interface CheckConfigsOptions {
  /** User settings for the directive checks (e.g. nginx modules loaded outside the configuration). */
  readonly checks?: DirectiveCheckOptions;
  /** Files known to be main configurations (nginx: the `-c` file), whatever their content suggests. */
  readonly mainConfigs?: readonly string[];
}

export function checkConfigs(files: readonly string[], pack: DialectPack, parsers: ParserSet, source: ConfigSource, options: CheckConfigsOptions = {}): CheckOutcome {
  const cache = new Map<string, ConfigFile>();
  const load = configLoader(parsers, pack, source, cache);
  const graphOf = (roots: readonly string[]) => buildWorkspaceGraph(roots, pack, load, source);
  const roots = rootsAmong(files, graphOf);
  const graph = graphOf(roots);
  const findings: Finding[] = [];
  for (const file of graph.files.values()) findings.push(...file.syntaxFindings);
  findings.push(...graph.findings);
  const mainConfigs = new Set(options.mainConfigs ?? []);
  findings.push(...directiveFindings(pack, { graph, roots: mainConfigs, textOf: (p) => source.readText(p), options: options.checks }));
  const order = new Map([...graph.files.keys()].map((file, i) => [file, i]));
  findings.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.span.startIndex - b.span.startIndex);
  return { graph, findings };
}

/** Reads one main configuration and everything it includes, each file parsed once. */
export function loadIncludeGraph(root: string, pack: DialectPack, parsers: ParserSet, source: ConfigSource): WorkspaceGraph {
  return buildWorkspaceGraph([root], pack, configLoader(parsers, pack, source), source);
}
