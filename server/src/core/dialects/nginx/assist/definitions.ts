/**
 * Names a configuration defines, with the directive that defines each: upstreams, `@named`
 * locations and variables as navigation reads them (`pack.navigation.mentions`), plus log
 * formats.
 *
 * Read per top-level statement (and per statement inside `http`/`stream`), cached by the
 * statement object: the incremental model keeps the statements an edit did not touch, so after
 * a keystroke only the edited server block is read again, not the 10k lines around it.
 */
import type { ConfigFile, Directive, Statement } from '../../../model/types';
import { walkDirectives } from '../../../model/walk';
import type { SymbolMention, SymbolScope } from '../../../analysis/symbols/types';
import type { WorkspaceView } from '../../../analysis/workspaceView';
import { nginxPack } from '../pack';
import { fileContexts } from '../context';
import { asContexts, subsystemOf } from './knowledge';

type Subsystem = 'http' | 'stream';

export interface Definition {
  readonly name: string;
  readonly file: string;
  /**
   * The defining directive (the upstream, the location, the `set` …). Positions are read from it
   * when needed: its spans follow the statement when an edit above moves it.
   */
  readonly directive: Directive;
  /** How it is defined, e.g. `set`, `map`, `upstream`. */
  readonly via: string;
  readonly scope: SymbolScope;
  /** `http` or `stream` when the blocks around it (or the file's include sites) say so. */
  readonly subsystem?: Subsystem;
}

export interface Definitions {
  readonly upstreams: readonly Definition[];
  readonly namedLocations: readonly Definition[];
  readonly logFormats: readonly Definition[];
  readonly variables: readonly Definition[];
}

/** The 0-based line a definition is written on. */
export function definitionLine(definition: Definition): number {
  return definition.directive.nameSpan.start.line;
}

/**
 * The innermost directive around each mention (mentions sorted by position) and the subsystem
 * block around it: one sweep over the directives in order with a stack of the ones still open.
 */
function definingDirectives(statements: readonly Statement[], mentions: readonly SymbolMention[]): { directive?: Directive; subsystem?: Subsystem }[] {
  const directives: Directive[] = [];
  walkDirectives(statements, (d) => directives.push(d));
  const open: Directive[] = [];
  const found: { directive?: Directive; subsystem?: Subsystem }[] = [];
  let next = 0;
  for (const mention of mentions) {
    const at = mention.span.startIndex;
    while (next < directives.length && directives[next].span.startIndex <= at) {
      const d = directives[next++];
      while (open.length && open[open.length - 1].span.endIndex <= d.span.startIndex) open.pop();
      open.push(d);
    }
    while (open.length && open[open.length - 1].span.endIndex < at) open.pop();
    const outer = open.find((d) => d.name === 'http' || d.name === 'stream');
    found.push({ directive: open[open.length - 1], subsystem: outer ? (outer.name as Subsystem) : undefined });
  }
  return found;
}

function howDefined(directive: Directive): string {
  if (directive.isEntry) return directive.name.startsWith('$') ? 'geoip2' : 'map regex capture';
  return directive.args.some((a) => a.kind === 'regex') ? 'regex capture' : directive.name;
}

/** Definitions written in one statement (a unit), read in a file of its own. */
function readUnit(statement: Statement, filePath: string, subsystem: Subsystem | undefined): Definitions {
  const upstreams: Definition[] = [];
  const namedLocations: Definition[] = [];
  const variables: Definition[] = [];
  const statements = [statement];
  const unit: ConfigFile = { path: filePath, dialect: 'nginx', statements, syntaxFindings: [] };
  const mentions = nginxPack.navigation.mentions(unit).filter((m) => m.role === 'definition');
  const directives = definingDirectives(statements, mentions);
  mentions.forEach((m, i) => {
    const { directive, subsystem: around } = directives[i];
    if (!directive) return;
    const name = m.kind === 'named-location' ? `@${m.name}` : m.name;
    const definition: Definition = { name, file: filePath, directive, via: howDefined(directive), scope: m.scope, subsystem: around ?? subsystem };
    if (m.kind === 'upstream') upstreams.push(definition);
    else if (m.kind === 'named-location') namedLocations.push(definition);
    else if (m.kind === 'variable') variables.push(definition);
  });
  const logFormats: Definition[] = [];
  if (statement.kind === 'directive' && !statement.isEntry && statement.name === 'log_format' && statement.args.length > 0) {
    logFormats.push({ name: statement.args[0].value, file: filePath, directive: statement, via: 'log_format', scope: { kind: 'global' }, subsystem });
  }
  return { upstreams, namedLocations, logFormats, variables };
}

/** The units of a file: its top-level statements, the contents of `http` and `stream` taken apart. */
function unitsOf(file: ConfigFile): { statement: Statement; subsystem?: Subsystem }[] {
  const units: { statement: Statement; subsystem?: Subsystem }[] = [];
  for (const statement of file.statements) {
    if (statement.kind === 'directive' && (statement.name === 'http' || statement.name === 'stream') && statement.block) {
      for (const child of statement.block.children) units.push({ statement: child, subsystem: statement.name });
    } else units.push({ statement });
  }
  return units;
}

const byUnit = new WeakMap<Statement, Map<string, Definitions>>();

function unitDefinitions(statement: Statement, filePath: string, subsystem: Subsystem | undefined): Definitions {
  let perPlace = byUnit.get(statement);
  if (!perPlace) byUnit.set(statement, (perPlace = new Map()));
  const key = `${filePath}\0${subsystem ?? ''}`;
  let definitions = perPlace.get(key);
  if (!definitions) perPlace.set(key, (definitions = readUnit(statement, filePath, subsystem)));
  return definitions;
}

function merge(all: readonly Definitions[]): Definitions {
  return {
    upstreams: all.flatMap((d) => d.upstreams),
    namedLocations: all.flatMap((d) => d.namedLocations),
    logFormats: all.flatMap((d) => d.logFormats),
    variables: all.flatMap((d) => d.variables),
  };
}

const byFile = new WeakMap<ConfigFile, Definitions>();

export function definitionsOf(file: ConfigFile): Definitions {
  let definitions = byFile.get(file);
  if (!definitions) byFile.set(file, (definitions = merge(unitsOf(file).map((u) => unitDefinitions(u.statement, file.path, u.subsystem)))));
  return definitions;
}

/** A file's subsystem from the contexts it is read in, when they agree. */
function fileSubsystem(view: WorkspaceView, file: ConfigFile): Subsystem | undefined {
  const contexts = file === view.file ? asContexts(view.fileScopes) : fileContexts(file, view.graph, view.roots);
  const subsystem = subsystemOf(contexts);
  return subsystem === 'http' || subsystem === 'stream' ? subsystem : undefined;
}

/** Top-level upstreams of an included file belong to the subsystem it is included in. */
function placed(view: WorkspaceView, file: ConfigFile, definitions: Definitions): Definitions {
  if (!definitions.upstreams.some((u) => !u.subsystem)) return definitions;
  const subsystem = fileSubsystem(view, file);
  return subsystem ? { ...definitions, upstreams: definitions.upstreams.map((u) => (u.subsystem ? u : { ...u, subsystem })) } : definitions;
}

const byView = new WeakMap<WorkspaceView, Definitions>();

/** Definitions of the document and of the configuration around it (the document's first). */
export function workspaceDefinitions(view: WorkspaceView): Definitions {
  let merged = byView.get(view);
  if (!merged) byView.set(view, (merged = merge([view.file, ...view.otherFiles].map((f) => placed(view, f, definitionsOf(f))))));
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
