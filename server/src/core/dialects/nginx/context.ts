import * as path from 'node:path';
import type { ConfigFile, Directive, Statement } from '../../model/types';
import type { WorkspaceGraph } from '../../workspace/includeGraph';
import type { NginxContext } from './knowledge';

/** What a block's body holds: directives of a context, map-like entries, or raw code. */
export type BodyKind = { readonly kind: 'context'; readonly context: NginxContext } | { readonly kind: 'entries' } | { readonly kind: 'raw' };

const ENTRY_BLOCKS = new Set(['map', 'geo', 'types', 'split_clients', 'charset_map', 'match']);

/**
 * The context of the directives inside `block`'s body when `block` appears in `parent`, as nginx
 * decides it (e.g. `server` inside `http` opens a server context, inside `stream` a stream-server).
 * Undefined when nginx would not accept such a block there (the directive check reports that).
 */
export function bodyContext(parent: NginxContext, block: Directive): BodyKind | undefined {
  if (block.rawBody) return { kind: 'raw' };
  if (ENTRY_BLOCKS.has(block.name)) return { kind: 'entries' };
  const to = (context: NginxContext): BodyKind => ({ kind: 'context', context });
  switch (block.name) {
    case 'events':
      return to('events');
    case 'http':
      return to('http');
    case 'stream':
      return to('stream');
    case 'mail':
      return to('mail');
    case 'rtmp':
      return to('rtmp');
    case 'server':
      if (parent === 'http') return to('server');
      if (parent === 'stream') return to('stream-server');
      if (parent === 'mail') return to('mail-server');
      if (parent === 'rtmp') return to('rtmp-server');
      return undefined;
    case 'upstream':
      if (parent === 'http') return to('upstream');
      if (parent === 'stream') return to('stream-upstream');
      return undefined;
    case 'location':
      return parent === 'server' || parent === 'location' ? to('location') : undefined;
    case 'if':
      if (parent === 'server') return to('if-in-server');
      if (parent === 'location') return to('if-in-location');
      return undefined;
    case 'limit_except':
      return parent === 'location' ? to('limit_except') : undefined;
    case 'application':
      return parent === 'rtmp-server' ? to('rtmp-application') : undefined;
    case 'recorder':
      return parent === 'rtmp-application' || parent === 'rtmp-server' ? to('rtmp-recorder') : undefined;
    default:
      return undefined;
  }
}

/** The context reached by following block names from `start` (e.g. main → http → server). */
export function contextAlong(start: NginxContext, blockNames: readonly string[]): NginxContext | undefined {
  let context: NginxContext | undefined = start;
  for (const name of blockNames) {
    if (!context) return undefined;
    const body: BodyKind | undefined = bodyContext(context, { kind: 'directive', name, nameSpan: EMPTY, args: [], span: EMPTY, terminated: true });
    context = body?.kind === 'context' ? body.context : undefined;
  }
  return context;
}

const EMPTY = { startIndex: 0, endIndex: 0, start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };

const HTTP_FOLDERS = new Set(['sites-available', 'sites-enabled', 'conf.d']);

/** A guess for a file nobody includes: from where it lives and what it starts with. */
export function inferStandaloneContext(file: ConfigFile): NginxContext | undefined {
  const top = file.statements.filter((s): s is Directive => s.kind === 'directive');
  const names = new Set(top.map((d) => d.name));
  if (['http', 'events', 'stream', 'mail', 'worker_processes', 'user', 'pid', 'load_module'].some((n) => names.has(n))) return 'main';
  if (names.has('location') || names.has('listen') || names.has('server_name')) return 'server';
  if (names.has('server') || names.has('upstream') || names.has('map')) {
    // `server {` at the top of a stream config is still a server block of some kind; http is
    // by far the common case (sites-enabled/, conf.d/).
    return 'http';
  }
  const folder = path.basename(path.dirname(file.path));
  if (HTTP_FOLDERS.has(folder)) return 'http';
  if (path.basename(file.path) === 'nginx.conf') return 'main';
  return undefined;
}

/**
 * The contexts a file's top-level directives are read in: `main` for a root config, the include
 * sites' contexts for an included file (one per distinct site), or a guess for a lone fragment.
 * Empty means unknown: context checks must then stay silent.
 */
export function fileContexts(file: ConfigFile, graph: WorkspaceGraph | undefined, roots: ReadonlySet<string>, seen = new Set<string>()): NginxContext[] {
  if (roots.has(file.path)) return ['main'];
  const edges = graph?.includedBy.get(file.path);
  if (!edges || edges.length === 0) {
    const guess = inferStandaloneContext(file);
    return guess ? [guess] : [];
  }
  if (seen.has(file.path)) return [];
  seen.add(file.path);
  const contexts = new Set<NginxContext>();
  for (const edge of edges) {
    const includer = graph?.files.get(edge.from);
    if (!includer) continue;
    for (const start of fileContexts(includer, graph, roots, seen)) {
      const context = contextAlong(start, edge.enclosing);
      if (context) contexts.add(context);
    }
  }
  return [...contexts];
}

/** Visits every directive with the context nginx reads it in (entries and raw bodies are skipped). */
export function walkWithContext(
  statements: readonly Statement[],
  context: NginxContext,
  visit: (directive: Directive, context: NginxContext, ancestors: readonly Directive[]) => void,
  ancestors: Directive[] = [],
): void {
  for (const s of statements) {
    if (s.kind !== 'directive' || s.isEntry) continue;
    visit(s, context, ancestors);
    if (!s.block) continue;
    const body = bodyContext(context, s);
    if (body?.kind !== 'context') continue;
    ancestors.push(s);
    walkWithContext(s.block.children, body.context, visit, ancestors);
    ancestors.pop();
  }
}
