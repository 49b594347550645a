/**
 * The part of the workspace that assistance for one document needs: the configuration the
 * document belongs to (root discovery: the main config above it whose includes reach it), the
 * scopes its top level is read in, and the other files whose definitions it may refer to.
 *
 * Building it follows includes and globs on disk, so `WorkspaceViewCache` keeps it until a
 * different document changes or this document's own includes change: typing in a document
 * only costs a walk of its includes.
 */
import * as path from 'node:path';
import type { DialectPack } from '../dialects/pack';
import type { ConfigFile } from '../model/types';
import type { ConfigSource } from '../workspace/configSource';
import type { ConfigLoader, WorkspaceGraph } from '../workspace/includeGraph';
import { workspaceOf } from '../workspace/rootDiscovery';
import type { DialectAssist } from './assist';

export interface WorkspaceView {
  /** The document as it is now. */
  readonly file: ConfigFile;
  readonly text: string;
  readonly source: ConfigSource;
  readonly graph?: WorkspaceGraph;
  /** Main configs the document is read from (the document itself when it is one). */
  readonly roots: ReadonlySet<string>;
  /** Scopes of the document's top level; empty when unknown. */
  readonly fileScopes: readonly string[];
  /** Folders a relative path written in the document is resolved against, in order. */
  readonly pathBases: readonly string[];
  /** The configuration's other files: where upstreams, named locations and variables may be defined. */
  readonly otherFiles: readonly ConfigFile[];
}

export interface WorkspaceViewOptions {
  readonly pack: DialectPack;
  readonly assist: DialectAssist;
  readonly load: ConfigLoader;
  readonly source: ConfigSource;
  /** A main config named by the user (e.g. `switchyard.nginx.rootConfig`), tried first. */
  readonly configuredRoot?: () => string | undefined;
  /** Root discovery does not look above this folder. */
  readonly workspaceFolder?: () => string | undefined;
}

/** Builds the view from scratch (see `WorkspaceViewCache` for the cached form). */
export function buildWorkspaceView(file: ConfigFile, text: string, options: WorkspaceViewOptions): WorkspaceView {
  const { pack, assist, load, source } = options;
  if (!path.isAbsolute(file.path)) {
    // An untitled buffer: no folder to resolve includes from, so no configuration around it.
    return { file, text, source, roots: new Set(), fileScopes: assist.fileScopes(file, undefined, new Set()), pathBases: [], otherFiles: [] };
  }
  // The loader must see the document as it is now, whatever it would read from disk.
  const loadCurrent: ConfigLoader = (p) => (p === file.path ? file : load(p));
  const { graph, roots } = workspaceOf(file.path, pack, loadCurrent, source, options.configuredRoot?.(), options.workspaceFolder?.());
  const root = [...roots][0];
  return {
    file,
    text,
    source,
    graph,
    roots,
    fileScopes: assist.fileScopes(file, graph, roots),
    pathBases: pack.includeBase(root ?? file.path, file.path),
    otherFiles: [...graph.files.values()].filter((f) => f.path !== file.path),
  };
}

/** What decides whether a cached graph still holds for a new version of the document. */
function includeSignature(pack: DialectPack, file: ConfigFile): string {
  return pack.includeReferences(file).map((r) => r.pattern).join('\0');
}

interface CachedView {
  readonly othersGeneration: string;
  readonly signature: string;
  readonly view: WorkspaceView;
}

/** Views per document path, rebuilt only when other files or the document's includes change. */
export class WorkspaceViewCache {
  private readonly views = new Map<string, CachedView>();

  constructor(private readonly options: WorkspaceViewOptions) {}

  /** `othersGeneration` must change whenever a file other than `file` (or a setting) may have changed. */
  view(file: ConfigFile, text: string, othersGeneration: string): WorkspaceView {
    const cached = this.views.get(file.path);
    if (cached && cached.view.file === file && cached.othersGeneration === othersGeneration) return cached.view;
    const signature = includeSignature(this.options.pack, file);
    if (cached && cached.othersGeneration === othersGeneration && cached.signature === signature) {
      // Same configuration around a new version of the document: only its own scopes may differ
      // (a lone fragment's guess depends on its top-level directives).
      const { graph, roots } = cached.view;
      const view: WorkspaceView = { ...cached.view, file, text, fileScopes: this.options.assist.fileScopes(file, graph, roots) };
      this.views.set(file.path, { othersGeneration, signature, view });
      return view;
    }
    const view = buildWorkspaceView(file, text, this.options);
    this.views.set(file.path, { othersGeneration, signature, view });
    return view;
  }

  /** Drops the views of documents no longer open. */
  retainOnly(filePaths: ReadonlySet<string>): void {
    for (const filePath of this.views.keys()) if (!filePaths.has(filePath)) this.views.delete(filePath);
  }

  get size(): number {
    return this.views.size;
  }
}
