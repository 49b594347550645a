import * as path from 'node:path';
import type { DialectPack } from '../../dialects/pack';
import type { Span } from '../../text/span';
import type { ConfigSource } from '../../workspace/configSource';
import type { WorkspaceGraph } from '../../workspace/includeGraph';

/** A stretch of text that names a file: an include target, a certificate, a key. */
export interface FileLink {
  readonly span: Span;
  readonly target: string;
}

/** The root config a file is reached from (itself when nothing includes it): its folder is the conf prefix. */
export function rootOf(graph: WorkspaceGraph, filePath: string): string {
  const seen = new Set<string>();
  let current = filePath;
  while (!seen.has(current)) {
    seen.add(current);
    const edge = graph.includedBy.get(current)?.[0];
    if (!edge) break;
    current = edge.from;
  }
  return current;
}

/** Resolves a path argument the way the server resolves a relative include written in that file. */
export function resolveLikeInclude(graph: WorkspaceGraph, pack: DialectPack, filePath: string, written: string, source: ConfigSource): string | undefined {
  if (path.isAbsolute(written)) return source.isFile(written) ? written : undefined;
  for (const folder of pack.includeBase(rootOf(graph, filePath), filePath)) {
    const candidate = path.resolve(folder, written);
    if (source.isFile(candidate)) return candidate;
  }
  return undefined;
}

/** Includes whose argument covers `index`: the files they bring in (a glob may bring several). */
export function includeTargetsAt(graph: WorkspaceGraph, filePath: string, index: number): readonly string[] {
  for (const edge of graph.edges) {
    const argument = edge.directive.args[0];
    if (edge.from !== filePath || edge.snippet || !argument) continue;
    if (argument.span.startIndex <= index && index <= argument.span.endIndex) return edge.targets;
  }
  return [];
}

/**
 * Links for a file of the graph: each include/import that resolves to one file, and each
 * certificate or key path the pack names that exists (resolved like a relative include).
 */
export function documentLinks(graph: WorkspaceGraph, pack: DialectPack, filePath: string, source: ConfigSource): FileLink[] {
  const links: FileLink[] = [];
  const linked = new Set<number>();
  for (const edge of graph.edges) {
    const argument = edge.directive.args[0];
    if (edge.from !== filePath || edge.snippet || !argument || edge.targets.length !== 1 || linked.has(argument.span.startIndex)) continue;
    linked.add(argument.span.startIndex);
    links.push({ span: argument.span, target: edge.targets[0] });
  }
  const file = graph.files.get(filePath);
  if (!file) return links;
  for (const argument of pack.navigation.fileArguments(file)) {
    const target = resolveLikeInclude(graph, pack, filePath, argument.value, source);
    if (target) links.push({ span: argument.span, target });
  }
  return links.sort((a, b) => a.span.startIndex - b.span.startIndex);
}
