import * as path from 'node:path';
import type { DialectPack } from '../dialects/pack';
import type { ConfigSource } from './configSource';
import { buildWorkspaceGraph, type ConfigLoader, type WorkspaceGraph } from './includeGraph';

/** The main configuration files a dialect is usually started from. */
const ROOT_NAMES: Record<DialectPack['dialect'], readonly string[]> = {
  nginx: ['nginx.conf'],
  caddy: ['Caddyfile'],
};

/** How far up from a file we look for the main configuration that may include it. */
const MAX_LEVELS_UP = 4;

/**
 * Candidate root configurations for a file: the configured root (if any), then main-config files
 * (`nginx.conf`, `Caddyfile`) in the file's folder and up to four folders above it, nearest first,
 * without leaving the workspace folder when one is given.
 */
export function candidateRoots(filePath: string, pack: DialectPack, source: ConfigSource, configuredRoot?: string, workspaceFolder?: string): string[] {
  const found: string[] = [];
  if (configuredRoot && source.isFile(configuredRoot)) found.push(configuredRoot);
  let folder = path.dirname(filePath);
  for (let level = 0; level <= MAX_LEVELS_UP; level++) {
    for (const name of ROOT_NAMES[pack.dialect]) {
      const candidate = path.join(folder, name);
      if (candidate !== filePath && !found.includes(candidate) && source.isFile(candidate)) found.push(candidate);
    }
    const parent = path.dirname(folder);
    if (parent === folder || (workspaceFolder && !parent.startsWith(workspaceFolder))) break;
    folder = parent;
  }
  return found;
}

export interface FileWorkspace {
  /**
   * The main configuration(s) the file is read under; empty when no main configuration reaches it
   * (then its context is guessed from its folder and content, see nginx `fileContexts`).
   */
  readonly roots: ReadonlySet<string>;
  readonly graph: WorkspaceGraph;
}

/**
 * The include graph a file belongs to: from the first candidate root that reaches it through
 * includes, else from the file itself (a standalone file or a fragment nobody includes).
 */
export function workspaceOf(filePath: string, pack: DialectPack, load: ConfigLoader, source: ConfigSource, configuredRoot?: string, workspaceFolder?: string): FileWorkspace {
  for (const root of candidateRoots(filePath, pack, source, configuredRoot, workspaceFolder)) {
    const graph = buildWorkspaceGraph([root], pack, load, source);
    if (graph.files.has(filePath)) return { roots: new Set([root]), graph };
  }
  // A file named like a main configuration is its own root.
  const ownRoot = ROOT_NAMES[pack.dialect].includes(path.basename(filePath));
  return { roots: new Set(ownRoot ? [filePath] : []), graph: buildWorkspaceGraph([filePath], pack, load, source) };
}
