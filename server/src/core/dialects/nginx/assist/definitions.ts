/**
 * Names a configuration defines, with the directive that defines each: upstreams, `@named`
 * locations and variables as navigation reads them (`pack.navigation.mentions`), plus log
 * formats. Read once per file version (models are immutable, so a WeakMap keyed by the model is
 * a cache that empties itself) and merged per workspace view.
 */
import type { ConfigFile, Directive, Statement } from '../../../model/types';
import { walkDirectives } from '../../../model/walk';
import type { Span } from '../../../text/span';
import type { SymbolMention, SymbolScope } from '../../../analysis/symbols/types';
import type { WorkspaceView } from '../../../analysis/workspaceView';
import { nginxPack } from '../pack';

export interface Definition {
  readonly name: string;
  readonly file: string;
  /** The defining directive (the upstream, the location, the `set` …). */
  readonly directive: Directive;
  /** The name as written (without its sigil). */
  readonly span: Span;
  /** How it is defined, e.g. `set`, `map`, `upstream`. */
  readonly via: string;
  readonly scope: SymbolScope;
}

export interface Definitions {
  readonly upstreams: readonly Definition[];
  readonly namedLocations: readonly Definition[];
  readonly logFormats: readonly Definition[];
  readonly variables: readonly Definition[];
}

/**
 * The innermost directive around each mention (mentions sorted by position): one sweep over the
 * directives in file order with a stack of the ones still open.
 */
function definingDirectives(file: ConfigFile, mentions: readonly SymbolMention[]): (Directive | undefined)[] {
  const directives: Directive[] = [];
  walkDirectives(file.statements, (d) => directives.push(d));
  const open: Directive[] = [];
  const found: (Directive | undefined)[] = [];
  let next = 0;
  for (const mention of mentions) {
    const at = mention.span.startIndex;
    while (next < directives.length && directives[next].span.startIndex <= at) {
      const d = directives[next++];
      while (open.length && open[open.length - 1].span.endIndex <= d.span.startIndex) open.pop();
      open.push(d);
    }
    while (open.length && open[open.length - 1].span.endIndex < at) open.pop();
    found.push(open[open.length - 1]);
  }
  return found;
}

const mentionsByFile = new WeakMap<ConfigFile, readonly SymbolMention[]>();

/** Every definition and reference in a file, in file order. */
export function mentionsOf(file: ConfigFile): readonly SymbolMention[] {
  let mentions = mentionsByFile.get(file);
  if (!mentions) mentionsByFile.set(file, (mentions = nginxPack.navigation.mentions(file)));
  return mentions;
}

/** The mention under `index` (its sigil included), if any. */
export function mentionAt(file: ConfigFile, index: number): SymbolMention | undefined {
  const mentions = mentionsOf(file);
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].span.endIndex < index) lo = mid + 1;
    else hi = mid;
  }
  const m = mentions[lo];
  return m && m.span.startIndex - m.sigilLength <= index ? m : undefined;
}

function howDefined(directive: Directive): string {
  if (directive.isEntry) return directive.name.startsWith('$') ? 'geoip2' : 'map regex capture';
  return directive.args.some((a) => a.kind === 'regex') ? 'regex capture' : directive.name;
}

function readDefinitions(file: ConfigFile): Definitions {
  const upstreams: Definition[] = [];
  const namedLocations: Definition[] = [];
  const variables: Definition[] = [];
  const mentions = mentionsOf(file).filter((m) => m.role === 'definition');
  const directives = definingDirectives(file, mentions);
  mentions.forEach((m, i) => {
    const directive = directives[i];
    if (!directive) return;
    const via = howDefined(directive);
    const definition: Definition = { name: m.kind === 'named-location' ? `@${m.name}` : m.name, file: file.path, directive, span: m.span, via, scope: m.scope };
    if (m.kind === 'upstream') upstreams.push(definition);
    else if (m.kind === 'named-location') namedLocations.push(definition);
    else if (m.kind === 'variable') variables.push(definition);
  });
  const logFormats: Definition[] = [];
  for (const s of file.statements) collectLogFormats(s, file.path, logFormats);
  return { upstreams, namedLocations, logFormats, variables };
}

/** `log_format` is only allowed at http level: no need to look inside servers. */
function collectLogFormats(statement: Statement, filePath: string, into: Definition[]): void {
  if (statement.kind !== 'directive' || statement.isEntry) return;
  if (statement.name === 'log_format' && statement.args.length > 0) {
    into.push({ name: statement.args[0].value, file: filePath, directive: statement, span: statement.args[0].span, via: 'log_format', scope: { kind: 'global' } });
  } else if (statement.name === 'http' || statement.name === 'stream') {
    for (const child of statement.block?.children ?? []) collectLogFormats(child, filePath, into);
  }
}

const byFile = new WeakMap<ConfigFile, Definitions>();

export function definitionsOf(file: ConfigFile): Definitions {
  let definitions = byFile.get(file);
  if (!definitions) byFile.set(file, (definitions = readDefinitions(file)));
  return definitions;
}

const byView = new WeakMap<WorkspaceView, Definitions>();

/** Definitions of the document and of the configuration around it (the document's first). */
export function workspaceDefinitions(view: WorkspaceView): Definitions {
  let merged = byView.get(view);
  if (merged) return merged;
  const all = [view.file, ...view.otherFiles].map(definitionsOf);
  merged = {
    upstreams: all.flatMap((d) => d.upstreams),
    namedLocations: all.flatMap((d) => d.namedLocations),
    logFormats: all.flatMap((d) => d.logFormats),
    variables: all.flatMap((d) => d.variables),
  };
  byView.set(view, merged);
  return merged;
}

/**
 * Named locations a `try_files`/`error_page` at the cursor can reach: those of the server
 * around it, and those whose server is decided elsewhere (a fragment's top level).
 */
export function reachableNamedLocations(view: WorkspaceView, enclosing: readonly Statement[]): readonly Definition[] {
  const server = [...enclosing].reverse().find((s) => s.kind === 'directive' && s.name === 'server');
  const all = workspaceDefinitions(view).namedLocations;
  if (!server) return all;
  return all.filter((l) => l.scope.kind !== 'block' || l.scope.block === server);
}

/** Number of capture groups in a regex (`(…)` and named groups, not `(?:…)`, lookarounds or escaped parens). */
export function captureCount(regex: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < regex.length; i++) {
    const ch = regex[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') {
      if (regex[i + 1] !== '?') count++;
      else if (/^\(\?(P?<[A-Za-z_]|')/.test(regex.slice(i, i + 4))) count++;
    }
  }
  return count;
}
