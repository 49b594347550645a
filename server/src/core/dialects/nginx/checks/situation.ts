import type { NginxContext } from '../knowledge';
import type { LoadedModules } from './loadedModules';

/** How a walk over the configuration started. */
export interface WalkStart {
  readonly context: NginxContext | undefined;
  /** The context is a guess about a file nobody includes (from its folder and content). */
  readonly guessed: boolean;
  /** The walk reads a whole main configuration: modules and variables are all in view. */
  readonly complete: boolean;
}

/**
 * Where statements are read: which file (and through which includes), in which context, in which
 * walk and with which modules. It is everything a statement's own check results depend on besides
 * the statement, so results are memoised per statement and situation. Situations are interned —
 * the same reading is the same object — by `walkSituation` and the derivation methods.
 */
export class Situation {
  private readonly files = new Map<string, Situation>();
  private readonly bodies = new Map<NginxContext | undefined, Situation>();
  private readonly entryBodies = new Map<string, Situation>();

  constructor(
    readonly file: string,
    /** The files being read, outermost first: including one of them again is a cycle, not followed. */
    readonly stack: readonly string[],
    /** Undefined when the context is not known (then context checks stay silent). */
    readonly context: NginxContext | undefined,
    readonly start: WalkStart,
    /** The modules in effect: only a walk from a main configuration knows them. */
    readonly modules: LoadedModules,
    /** For the entries of a map-like block: the block's name (`context` is then the block's own context). */
    readonly entriesOf?: string,
  ) {}

  /** The same reading, continued in a file included here. */
  inFile(file: string): Situation {
    let next = this.files.get(file);
    if (!next) this.files.set(file, (next = new Situation(file, [...this.stack, file], this.context, this.start, this.modules, this.entriesOf)));
    return next;
  }

  /** The body of a block read here, whose directives are in `context`. */
  inBody(context: NginxContext | undefined): Situation {
    let next = this.bodies.get(context);
    if (!next) this.bodies.set(context, (next = new Situation(this.file, this.stack, context, this.start, this.modules)));
    return next;
  }

  /** The entries of a map-like block `owner`, read here, where the block itself is in `ownerContext`. */
  entriesIn(owner: string, ownerContext: NginxContext | undefined): Situation {
    const key = `${owner}\0${ownerContext ?? ''}`;
    let next = this.entryBodies.get(key);
    if (!next) this.entryBodies.set(key, (next = new Situation(this.file, this.stack, ownerContext, this.start, this.modules, owner)));
    return next;
  }
}

/** Past this many walk starts, interning starts over (what was kept is then read again once). */
const MAX_STARTS = 4096;
const starts = new Map<LoadedModules, Map<string, Situation>>();
let startCount = 0;

/** The situation at the top of a walk, interned (as all situations derived from it are). */
export function walkSituation(file: string, start: WalkStart, modules: LoadedModules): Situation {
  let byKey = starts.get(modules);
  if (!byKey) starts.set(modules, (byKey = new Map()));
  const key = `${file}\0${start.context ?? ''}\0${start.guessed}\0${start.complete}`;
  let situation = byKey.get(key);
  if (!situation) {
    if (++startCount > MAX_STARTS) {
      starts.clear();
      startCount = 1;
      starts.set(modules, (byKey = new Map()));
    }
    byKey.set(key, (situation = new Situation(file, [file], start.context, start, modules)));
  }
  return situation;
}
