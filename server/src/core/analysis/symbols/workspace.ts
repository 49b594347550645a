import * as path from 'node:path';
import type { DialectPack } from '../../dialects/pack';
import type { ConfigFile } from '../../model/types';
import type { ConfigSource } from '../../workspace/configSource';
import { buildWorkspaceGraph, rootsAmong, type ConfigLoader, type WorkspaceGraph } from '../../workspace/includeGraph';

/**
 * The graph of the open files that include `filePath`, for when no main configuration found on
 * disk reaches it (see `workspaceOf`): a main config named otherwise (`/srv/app/main.conf`) that
 * the user has open still lends the fragment its names. Undefined when no open file reaches it.
 */
export function graphFromOpenFiles(filePath: string, openFiles: readonly string[], pack: DialectPack, load: ConfigLoader, source: ConfigSource): WorkspaceGraph | undefined {
  const others = openFiles.filter((f) => f !== filePath && path.isAbsolute(f));
  if (others.length === 0) return undefined;
  const graphOf = (roots: readonly string[]): WorkspaceGraph => buildWorkspaceGraph(roots, pack, load, source);
  const reaching = rootsAmong(others, graphOf).filter((root) => graphOf([root]).files.has(filePath));
  return reaching.length > 0 ? graphOf(reaching) : undefined;
}

/** The files of several graphs, each once (the workspaces of all open documents, for workspace symbols). */
export function filesOfGraphs(graphs: Iterable<WorkspaceGraph>): ConfigFile[] {
  const files = new Map<string, ConfigFile>();
  for (const graph of graphs) for (const [p, file] of graph.files) if (!files.has(p)) files.set(p, file);
  return [...files.values()];
}
