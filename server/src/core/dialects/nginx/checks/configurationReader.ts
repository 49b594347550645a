import type { ConfigFile } from '../../../model/types';
import type { DirectiveCheckRequest } from '../../../analysis/directiveChecks/types';
import type { NotedFinding } from '../../../analysis/directiveChecks/notedFindings';
import { fileContexts } from '../context';
import type { NginxContext } from '../knowledge';
import type { ConfigFact } from './configurationFacts';
import { ANY_MODULES, loadedModulesOf, soFileOfModuleName, soFileOfPath, type LoadedModules } from './loadedModules';
import type { RuleParts } from './ruleTypes';
import { walkSituation, type WalkStart } from './situation';
import { edgeIndex, keptResults, StatementReader, type WalkResult } from './statementReader';
import { unquotedName } from './visit';

/** A configuration as read: its findings so far and the facts for the configuration-wide parts. */
export interface ConfigurationReading {
  readonly noted: NotedFinding[];
  readonly facts: readonly ConfigFact[];
  /** Some file is read more than once (included twice, or from two contexts): findings may repeat. */
  readonly revisited: boolean;
}

/**
 * Reads the configuration from its main files (context main), then every other wanted file nobody
 * reached from them, with the context of its include sites or a guess (unknown when there is none).
 */
export function readConfiguration(request: DirectiveCheckRequest, parts: RuleParts): ConfigurationReading {
  const { graph } = request;
  const reader = new StatementReader(edgeIndex(graph.edges), { files: graph.files, textOf: request.textOf }, parts, request.incremental ? keptResults : undefined);
  // What is read depends on the modules loaded, which are read too: assume what the main files'
  // top levels load, and read again in the rare case another walk from a main context loads more.
  const assumed = modulesAtTopOf(request, reader);
  let walks = readWalks(request, reader, assumed);
  const found = modulesRead(walks, request);
  if (found !== assumed) walks = readWalks(request, reader, found);
  const noted: NotedFinding[] = [];
  const facts: ConfigFact[] = [];
  const covered = new Set<string>();
  let revisited = false;
  for (const { result } of walks) {
    for (const filePath of result.unit.covered) {
      if (covered.has(filePath)) revisited = true;
      covered.add(filePath);
    }
    for (const n of result.unit.noted) noted.push(n);
    for (const f of result.unit.facts) facts.push(f);
  }
  return { noted, facts, revisited };
}

interface Walked {
  readonly start: WalkStart;
  readonly result: WalkResult;
}

function readWalks(request: DirectiveCheckRequest, reader: StatementReader, modules: LoadedModules): Walked[] {
  const { graph } = request;
  const walks: Walked[] = [];
  const covered = new Set<string>();
  const startWalk = (file: ConfigFile, context: NginxContext | undefined, guessed: boolean): void => {
    const start: WalkStart = { context, guessed, complete: context === 'main' };
    const situation = walkSituation(file.path, start, start.complete ? modules : ANY_MODULES);
    const result = reader.walk(file, situation);
    for (const filePath of result.unit.covered) covered.add(filePath);
    walks.push({ start: situation.start, result });
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
  return walks;
}

/** What the walks from main configurations load (every packaged module when none read a directive). */
function modulesRead(walks: readonly Walked[], request: DirectiveCheckRequest): LoadedModules {
  const soFiles: string[] = [];
  let known = false;
  for (const { start, result } of walks) {
    if (!start.complete) continue;
    known ||= result.anyVisit;
    for (const fact of result.unit.facts) if (fact.kind === 'module-loaded') soFiles.push(fact.soFile);
  }
  return withExtraModules(soFiles, known, request);
}

/**
 * The first assumption: what the main-context top levels of the walks that surely start there
 * load — the main files', and those of files nobody includes that read as main configurations —
 * with the files they include there.
 */
function modulesAtTopOf(request: DirectiveCheckRequest, reader: StatementReader): LoadedModules {
  const { graph } = request;
  const soFiles: string[] = [];
  let known = false;
  const read = (file: ConfigFile, stack: readonly string[]): void => {
    for (const s of file.statements) {
      if (s.kind !== 'directive' || s.isEntry) continue;
      known = true;
      const directive = unquotedName(s);
      if (directive.name === 'load_module' && directive.args.length === 1) soFiles.push(soFileOfPath(directive.args[0].value));
      for (const target of reader.targetsOf(s)) {
        const included = graph.files.get(target);
        if (included && !stack.includes(target)) read(included, [...stack, target]);
      }
    }
  };
  const mainFiles = new Set(request.roots);
  for (const filePath of request.reportFiles ?? graph.files.keys()) {
    const file = graph.files.get(filePath);
    if (file && !mainFiles.has(filePath) && !graph.includedBy.get(filePath)?.length && fileContexts(file, graph, request.roots).includes('main')) mainFiles.add(filePath);
  }
  for (const filePath of mainFiles) {
    const file = graph.files.get(filePath);
    if (file) read(file, [filePath]);
  }
  return withExtraModules(soFiles, known, request);
}

function withExtraModules(soFiles: string[], known: boolean, request: DirectiveCheckRequest): LoadedModules {
  for (const name of request.options?.extraModules ?? []) {
    const soFile = soFileOfModuleName(name);
    if (soFile) soFiles.push(soFile);
  }
  return loadedModulesOf(soFiles, known);
}
