import type { ConfigFile, Directive, Statement } from '../../../model/types';
import type { DirectiveCheckRequest } from '../../../analysis/directiveChecks/types';
import type { IncludeEdge } from '../../../workspace/includeGraph';
import { bodyContext, fileContexts, type BodyKind } from '../context';
import type { NginxContext } from '../knowledge';
import { nginxTokenValue } from '../tokenValue';
import { LoadedModules, soFileOfModuleName, soFileOfPath } from './loadedModules';

/** Where a walk over the configuration started. */
export interface WalkStart {
  readonly file: string;
  readonly context: NginxContext | undefined;
  /** The context is a guess about a file nobody includes (from its folder and content). */
  readonly guessed: boolean;
  /** The walk reads a whole main configuration: modules and variables are all in view. */
  readonly complete: boolean;
}

/** One directive as nginx reads it: where it is written, in which context, inside which blocks. */
export interface DirectiveVisit {
  /** Its position in `NginxConfigView.visits` (rules keep per-visit facts in arrays). */
  readonly index: number;
  readonly directive: Directive;
  readonly file: string;
  /** Undefined when the context is not known (then context checks stay silent). */
  readonly context: NginxContext | undefined;
  /** The blocks around it, outermost first, across include boundaries. */
  readonly parents: readonly DirectiveVisit[];
  /** The block whose configuration it sets: its innermost parent, or the walk itself at top level. */
  readonly scope: DirectiveVisit | WalkStart;
  readonly start: WalkStart;
}

/** An entry of a map-like block (`map`, `geo`, `types` …), also when it comes from an included file. */
export interface EntryVisit {
  readonly entry: Directive;
  readonly file: string;
  readonly owner: DirectiveVisit;
}

/** A configuration read the way nginx reads it: includes expanded in place, contexts known. */
export interface NginxConfigView {
  /** Every directive in reading order; a file included twice is visited twice. */
  readonly visits: readonly DirectiveVisit[];
  readonly entries: readonly EntryVisit[];
  /** What the main configuration loads (every packaged module when no main configuration is in view). */
  readonly modules: LoadedModules;
  readonly files: ReadonlyMap<string, ConfigFile>;
  readonly textOf?: (filePath: string) => string | undefined;
  /** Some file is read more than once (included twice, or from two contexts): findings may repeat. */
  readonly revisited: boolean;
}

/** Blocks whose body is a known context whatever encloses them. */
const CONTEXT_OPENERS_ANYWHERE: Readonly<Record<string, NginxContext>> = { events: 'main', http: 'main', stream: 'main', mail: 'main', rtmp: 'main', location: 'location', limit_except: 'location' };
/** Blocks nginx knows whose body context depends on where they are (http or stream server …). */
const AMBIGUOUS_BLOCKS = new Set(['server', 'upstream', 'if', 'application', 'recorder']);

type Body = BodyKind | { readonly kind: 'unknown-context' } | undefined;

function bodyOf(context: NginxContext | undefined, block: Directive): Body {
  if (context) return bodyContext(context, block);
  const parent = CONTEXT_OPENERS_ANYWHERE[block.name];
  if (parent) return bodyContext(parent, block);
  const anywhere = bodyContext('http', block);
  if (anywhere?.kind === 'entries' || anywhere?.kind === 'raw') return anywhere;
  return AMBIGUOUS_BLOCKS.has(block.name) ? { kind: 'unknown-context' } : undefined;
}

/** nginx reads a quoted directive name (`"http" {`) like the bare one. */
function unquotedName(directive: Directive): Directive {
  const first = directive.name[0];
  return first === '"' || first === "'" ? { ...directive, name: nginxTokenValue(directive.name) } : directive;
}

/**
 * Reads the configuration from its main files (context main), then every other wanted file nobody
 * reached from them, with the context of its include sites or a guess (unknown when there is none).
 */
export function buildConfigView(request: DirectiveCheckRequest): NginxConfigView {
  const { graph } = request;
  const edgeOf = new Map<Directive, IncludeEdge>();
  for (const edge of graph.edges) edgeOf.set(edge.directive, edge);
  const visits: DirectiveVisit[] = [];
  const entries: EntryVisit[] = [];
  const covered = new Set<string>();
  let revisited = false;

  const walkEntries = (file: ConfigFile, statements: readonly Statement[], owner: DirectiveVisit, stack: string[]): void => {
    if (statements === file.statements && covered.has(file.path)) revisited = true;
    covered.add(file.path);
    for (const s of statements) {
      if (s.kind !== 'directive') continue;
      const edge = edgeOf.get(s);
      if (edge) {
        for (const target of edge.targets) {
          const included = graph.files.get(target);
          if (!included || stack.includes(target)) continue;
          walkEntries(included, included.statements, owner, [...stack, target]);
        }
        continue;
      }
      entries.push({ entry: s, file: file.path, owner });
    }
  };

  // `parents` is shared by all the directives of one block: it is copied once per block, not per directive.
  const walk = (file: ConfigFile, statements: readonly Statement[], context: NginxContext | undefined, parents: readonly DirectiveVisit[], scope: DirectiveVisit | WalkStart, start: WalkStart, stack: string[]): void => {
    if (statements === file.statements && covered.has(file.path)) revisited = true;
    covered.add(file.path);
    for (const s of statements) {
      if (s.kind !== 'directive') continue;
      if (s.isEntry) {
        const owner = parents[parents.length - 1];
        if (owner) entries.push({ entry: s, file: file.path, owner });
        continue;
      }
      const visit: DirectiveVisit = { index: visits.length, directive: unquotedName(s), file: file.path, context, parents, scope, start };
      visits.push(visit);
      const edge = edgeOf.get(s);
      if (edge) {
        for (const target of edge.targets) {
          const included = graph.files.get(target);
          // A cycle is reported by the include graph; reading it once is enough here.
          if (!included || stack.includes(target)) continue;
          walk(included, included.statements, context, parents, scope, start, [...stack, target]);
        }
        continue;
      }
      if (!s.block) continue;
      const body = bodyOf(context, visit.directive);
      if (!body || body.kind === 'raw') continue;
      if (body.kind === 'entries') walkEntries(file, s.block.children, visit, stack);
      else walk(file, s.block.children, body.kind === 'context' ? body.context : undefined, [...parents, visit], visit, start, stack);
    }
  };

  const startWalk = (file: ConfigFile, context: NginxContext | undefined, guessed: boolean): void => {
    const start: WalkStart = { file: file.path, context, guessed, complete: context === 'main' };
    walk(file, file.statements, context, [], start, start, [file.path]);
  };

  for (const root of request.roots) {
    const file = graph.files.get(root);
    if (file) startWalk(file, 'main', false);
  }
  const wanted = request.reportFiles ? [...request.reportFiles] : [...graph.files.keys()];
  // Files nobody includes first: walking them reads what they include in its real place.
  const ordered = [...wanted.filter((p) => !graph.includedBy.get(p)?.length), ...wanted.filter((p) => graph.includedBy.get(p)?.length)];
  for (const filePath of ordered) {
    const file = graph.files.get(filePath);
    if (!file || covered.has(filePath)) continue;
    const contexts = fileContexts(file, graph, request.roots);
    // A file that holds `http`, `events` … is a main configuration whoever guesses it.
    const guessed = !graph.includedBy.get(filePath)?.length && contexts[0] !== 'main';
    if (contexts.length === 0) startWalk(file, undefined, false);
    for (const context of contexts) startWalk(file, context, guessed);
  }

  return { visits, entries, modules: loadedModules(visits, request), files: graph.files, textOf: request.textOf, revisited };
}

function loadedModules(visits: readonly DirectiveVisit[], request: DirectiveCheckRequest): LoadedModules {
  const soFiles = new Set<string>();
  let known = false;
  for (const visit of visits) {
    if (!visit.start.complete) continue;
    known = true;
    if (visit.directive.name === 'load_module' && visit.context === 'main' && visit.directive.args.length === 1) soFiles.add(soFileOfPath(visit.directive.args[0].value));
  }
  for (const name of request.options?.extraModules ?? []) {
    const soFile = soFileOfModuleName(name);
    if (soFile) soFiles.add(soFile);
  }
  return new LoadedModules(soFiles, known);
}

/** The innermost block visit around a visit, if any. */
export function parentOf(visit: DirectiveVisit): DirectiveVisit | undefined {
  return visit.parents[visit.parents.length - 1];
}

const ANY_MODULES = new LoadedModules([], false);

/** The modules in effect where a directive is read: only a walk from a main configuration knows them. */
export function modulesAt(view: NginxConfigView, visit: DirectiveVisit): LoadedModules {
  return visit.start.complete ? view.modules : ANY_MODULES;
}
