import type { Directive } from '../../../model/types';
import type { DirectiveFact, NginxContext } from '../knowledge';
import { nginxTokenValue } from '../tokenValue';
import type { LoadedModules } from './loadedModules';
import { EMPTY_UNIT, type ReadingUnit } from './readingUnit';
import { fitting, resolveName, type Resolution } from './resolveDirective';
import type { Situation, WalkStart } from './situation';

/**
 * One directive as nginx reads it: the statement and where it is read, and what reading it gave.
 * The reader keeps it with the statement between runs, so what rules derive from it (its
 * resolution, the definition that applies) is worked out once per statement and situation.
 */
export class DirectiveVisit {
  #resolution: Resolution | undefined;
  #applied: DirectiveFact | null | undefined;
  /** What reading the directive, with its block, gave (set by the reader). */
  unit: ReadingUnit = EMPTY_UNIT;

  constructor(
    readonly directive: Directive,
    readonly situation: Situation,
  ) {}

  get file(): string {
    return this.situation.file;
  }

  /** Undefined when the context is not known (then context checks stay silent). */
  get context(): NginxContext | undefined {
    return this.situation.context;
  }

  get start(): WalkStart {
    return this.situation.start;
  }

  /** The modules in effect where it is read. */
  get modules(): LoadedModules {
    return this.situation.modules;
  }

  get resolution(): Resolution {
    this.#resolution ??= resolveName(this.modules, this.directive.name, this.context);
    return this.#resolution;
  }

  /**
   * The definition nginx applies when the directive is well formed (shape and argument count), or
   * undefined when it is not allowed, malformed, or several definitions could apply.
   */
  get applied(): DirectiveFact | undefined {
    if (this.#applied === undefined) {
      const resolution = this.resolution;
      this.#applied = (resolution.kind === 'allowed' ? fitting(resolution.facts, this.directive) : undefined) ?? null;
    }
    return this.#applied ?? undefined;
  }
}

/** An entry of a map-like block (`map`, `geo`, `types` …), also when it comes from an included file. */
export interface EntryVisit {
  readonly entry: Directive;
  /** The block's name. */
  readonly owner: string;
  /** The entry's file; the context and walk are the block's. */
  readonly situation: Situation;
}

/** nginx reads a quoted directive name (`"http" {`) like the bare one. */
export function unquotedName(directive: Directive): Directive {
  const first = directive.name.charCodeAt(0);
  return first === DOUBLE_QUOTE || first === SINGLE_QUOTE ? { ...directive, name: nginxTokenValue(directive.name) } : directive;
}

const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
