import type { ConfigFile, Directive, Statement } from '../../../model/types';
import { SituatedMemo } from '../../../analysis/directiveChecks/situatedMemo';
import type { IncludeEdge } from '../../../workspace/includeGraph';
import { bodyContext, type BodyKind } from '../context';
import type { NginxContext } from '../knowledge';
import type { ConfigFact } from './configurationFacts';
import { soFileOfPath } from './loadedModules';
import { EMPTY_UNIT, UnitBuilder, type IncludeRead, type ReadingUnit } from './readingUnit';
import type { BlockCheck, ReadingSource, RuleParts } from './ruleTypes';
import type { Situation } from './situation';
import { DirectiveVisit, unquotedName, type EntryVisit } from './visit';

/*
 * Reads statements the way nginx reads them — includes expanded in place, every directive in its
 * context — and runs the rules' parts on them, keeping each statement's results between runs
 * (configurationReader.ts decides where walks start). A document's model keeps its unchanged
 * statements (same objects) from one edit to the next, and files nobody edits keep their models,
 * so after a keystroke the reader reads again only the statements the edit rebuilt, plus the
 * statement lists around them: a block whose statements are all kept takes its results from the
 * memo in one step.
 *
 * What a statement's results depend on, so that keeping them is sound:
 * - the statement itself, with its block: a kept statement has the same text;
 * - its situation (file, include stack, context, walk, modules), compared by identity;
 * - how the graph resolves the includes inside (targets, and their models): checked on every reuse.
 * Findings keep the model's spans (which move with their statement) or spans derived from them
 * (liveSpans.ts), and a message that quotes a line is written when it is reported.
 */

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

export interface WalkResult {
  readonly situation: Situation;
  readonly unit: ReadingUnit;
  /** The walk read at least one directive (then a main configuration's modules are known). */
  readonly anyVisit: boolean;
}

interface EntryResult {
  readonly situation: Situation;
  readonly unit: ReadingUnit;
}

/**
 * Results kept between runs, per statement (or file) and situation, for callers that check again
 * after small edits (see DirectiveCheckRequest.incremental).
 */
export class KeptResults {
  readonly directives = new SituatedMemo<Directive, Situation, DirectiveVisit>((visit) => visit.situation);
  readonly entries = new SituatedMemo<Directive, Situation, EntryResult>((entry) => entry.situation);
  readonly walks = new SituatedMemo<ConfigFile, Situation, WalkResult>((walk) => walk.situation);
}

/** One store for every incremental caller: results are kept per statement, which only one lineage of models has. */
export const keptResults = new KeptResults();

/** Each graph's include edges by directive (a graph is rebuilt whenever its includes may have changed). */
const edgeIndexes = new WeakMap<readonly IncludeEdge[], ReadonlyMap<Directive, IncludeEdge>>();

export function edgeIndex(edges: readonly IncludeEdge[]): ReadonlyMap<Directive, IncludeEdge> {
  let index = edgeIndexes.get(edges);
  if (!index) {
    const byDirective = new Map<Directive, IncludeEdge>();
    for (const edge of edges) byDirective.set(edge.directive, edge);
    edgeIndexes.set(edges, (index = byDirective));
  }
  return index;
}

interface RankedCheck {
  readonly rank: number;
  readonly check: BlockCheck;
}

/** One run's reading: memoised units where they hold, computed (and memoised) where not. */
export class StatementReader {
  /** The builder for directives without a block (most): they hold no other builder while they are read. */
  private readonly leafBuilder: UnitBuilder;

  constructor(
    private readonly edgeOf: ReadonlyMap<Directive, IncludeEdge>,
    private readonly source: ReadingSource,
    private readonly parts: RuleParts,
    /** Undefined when nothing is kept: a one-off check pays neither for keeping nor for looking up. */
    private readonly kept: KeptResults | undefined,
  ) {
    this.leafBuilder = new UnitBuilder(source);
  }

  /** What an include brings in (nothing for another directive). */
  targetsOf(s: Directive): readonly string[] {
    return this.edgeOf.get(s)?.targets ?? [];
  }

  /** A file's top level read as the start of a walk. */
  walk(file: ConfigFile, situation: Situation): WalkResult {
    const kept = this.kept?.walks.get(file, situation);
    if (kept && this.holds(kept.unit)) return kept;
    const out = new UnitBuilder(this.source);
    out.cover(file.path);
    const checks = this.blockChecks(undefined, situation);
    const anyVisit = this.scope(undefined, file.statements, situation, out, checks);
    this.finish(checks, out);
    const result = { situation, unit: out.done(), anyVisit };
    this.kept?.walks.set(file, result);
    return result;
  }

  /** The statements of one block (or a walk's top level); included files' statements join it in place. */
  private scope(owner: DirectiveVisit | undefined, statements: readonly Statement[], situation: Situation, out: UnitBuilder, checks: readonly RankedCheck[]): boolean {
    let anyVisit = false;
    for (const s of statements) {
      if (s.kind !== 'directive') continue;
      if (s.isEntry) {
        if (owner) out.add(this.entry(s, situation.entriesIn(owner.directive.name, owner.context)));
        continue;
      }
      anyVisit = true;
      const visit = this.directive(s, situation);
      const unit = visit.unit;
      for (let i = 0; i < checks.length; i++) {
        out.rank = checks[i].rank;
        checks[i].check.statement(visit, unit.summary, out);
      }
      out.add(unit);
      if (this.isInclude(s)) this.expand(s, situation, out, (included, inner) => this.scope(owner, included.statements, inner, out, checks));
    }
    return anyVisit;
  }

  private directive(s: Directive, situation: Situation): DirectiveVisit {
    const kept = this.kept?.directives.get(s, situation);
    if (kept && this.holds(kept.unit)) return kept;
    const visit = kept ?? new DirectiveVisit(unquotedName(s), situation);
    const out = s.block ? new UnitBuilder(this.source) : this.leafBuilder;
    for (const { rank, part } of this.parts.directive) {
      out.rank = rank;
      part(visit, out);
    }
    const loaded = situation.start.complete ? loadedModule(visit) : undefined;
    if (loaded) out.fact(loaded);
    // An include's block (if any) is not read: the included files stand in its place.
    if (s.block && !(this.isInclude(s) && this.edgeOf.has(s))) this.body(visit, s.block.children, out);
    visit.unit = out.done();
    this.kept?.directives.set(s, visit);
    return visit;
  }

  private body(visit: DirectiveVisit, children: readonly Statement[], out: UnitBuilder): void {
    const body = bodyOf(visit.context, visit.directive);
    if (!body || body.kind === 'raw') return;
    if (body.kind === 'entries') {
      this.entryScope(children, visit.situation.entriesIn(visit.directive.name, visit.context), out);
      return;
    }
    const inner = visit.situation.inBody(body.kind === 'context' ? body.context : undefined);
    const checks = this.blockChecks(visit, inner);
    this.scope(visit, children, inner, out, checks);
    this.finish(checks, out);
  }

  /** The body of a map-like block: every statement is an entry, included ones too. */
  private entryScope(statements: readonly Statement[], situation: Situation, out: UnitBuilder): void {
    for (const s of statements) {
      if (s.kind !== 'directive') continue;
      if (!this.isInclude(s) || !this.expand(s, situation, out, (included, inner) => this.entryScope(included.statements, inner, out))) out.add(this.entry(s, situation));
    }
  }

  private entry(s: Directive, situation: Situation): ReadingUnit {
    const kept = this.kept?.entries.get(s, situation);
    if (kept) return kept.unit;
    const out = new UnitBuilder(this.source);
    const visit: EntryVisit = { entry: s, owner: situation.entriesOf ?? '', situation };
    for (const { rank, part } of this.parts.entry) {
      out.rank = rank;
      part(visit, out);
    }
    const unit = out.done();
    this.kept?.entries.set(s, { situation, unit });
    return unit;
  }

  /**
   * Whether `s` is an include: the graph's edges are all `include` directives (see the nginx pack),
   * and one it has no edge for is noted too (should it get one, what was read would not hold).
   */
  private isInclude(s: Directive): boolean {
    return s.name === 'include';
  }

  /**
   * Reads the files include `s` brings in, where it stands (a file already being read is a cycle:
   * skipped), and notes how the graph resolved it. False when the graph has no edge for it.
   */
  private expand(s: Directive, situation: Situation, out: UnitBuilder, read: (file: ConfigFile, situation: Situation) => void): boolean {
    const edge = this.edgeOf.get(s);
    const targets = edge?.targets ?? [];
    const files = targets.map((target) => this.source.files.get(target));
    out.include({ directive: s, targets, files });
    if (!edge) return false;
    targets.forEach((target, i) => {
      const included = files[i];
      if (!included || situation.stack.includes(target)) return;
      out.cover(target);
      read(included, situation.inFile(target));
    });
    return true;
  }

  private blockChecks(owner: DirectiveVisit | undefined, inner: Situation): RankedCheck[] {
    const checks: RankedCheck[] = [];
    for (const { rank, part } of this.parts.block) {
      const check = part(owner, inner, this.source);
      if (check) checks.push({ rank, check });
    }
    return checks;
  }

  private finish(checks: readonly RankedCheck[], out: UnitBuilder): void {
    for (const { rank, check } of checks) {
      if (!check.end) continue;
      out.rank = rank;
      check.end(out);
    }
  }

  /** A kept unit holds while the graph resolves the includes it read the same, to the same models. */
  private holds(unit: ReadingUnit): boolean {
    if (unit === EMPTY_UNIT) return true;
    for (const read of unit.includes) if (!this.resolvesAlike(read)) return false;
    return true;
  }

  private resolvesAlike({ directive, targets, files }: IncludeRead): boolean {
    const now = this.edgeOf.get(directive)?.targets ?? [];
    if (now.length !== targets.length) return false;
    for (let i = 0; i < now.length; i++) if (now[i] !== targets[i] || this.source.files.get(now[i]) !== files[i]) return false;
    return true;
  }
}

function loadedModule(visit: DirectiveVisit): ConfigFact | undefined {
  const { directive } = visit;
  if (directive.name !== 'load_module' || visit.context !== 'main' || directive.args.length !== 1) return undefined;
  return { kind: 'module-loaded', soFile: soFileOfPath(directive.args[0].value) };
}

