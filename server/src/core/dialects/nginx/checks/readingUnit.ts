import type { CheckFinding } from '../../../analysis/directiveChecks/types';
import type { NotedFinding } from '../../../analysis/directiveChecks/notedFindings';
import type { ConfigFile, Directive } from '../../../model/types';
import type { BlockSummary, ConfigFact } from './configurationFacts';
import type { ReadingSource, RuleOutput } from './ruleTypes';

/** An include as the graph resolved it when a unit was read: its targets and their models (undefined: not loaded). */
export interface IncludeRead {
  readonly directive: Directive;
  readonly targets: readonly string[];
  readonly files: readonly (ConfigFile | undefined)[];
}

/**
 * What reading one statement (with its block, includes expanded) or one walk gave: findings and
 * facts in reading order, the files whose top level it read, and the included files it depends on.
 */
export interface ReadingUnit {
  readonly noted: readonly NotedFinding[];
  readonly facts: readonly ConfigFact[];
  /** Files whose top level was read, in order: a file read twice may repeat its findings. */
  readonly covered: readonly string[];
  /** The unit holds while the graph resolves these includes the same (the statement and its situation being the same). */
  readonly includes: readonly IncludeRead[];
  readonly summary?: BlockSummary;
}

/** Most directives give nothing: they share this. */
export const EMPTY_UNIT: ReadingUnit = { noted: [], facts: [], covered: [], includes: [] };

function append<T>(to: T[] | undefined, items: readonly T[]): T[] | undefined {
  if (items.length === 0) return to;
  const list = to ?? [];
  for (const item of items) list.push(item);
  return list;
}

/** Collects a unit as rules and the reader write into it; `rank` is the rule writing now. */
export class UnitBuilder implements RuleOutput {
  rank = 0;
  private noted: NotedFinding[] | undefined;
  private facts: ConfigFact[] | undefined;
  private covered: string[] | undefined;
  private includes: IncludeRead[] | undefined;
  private summary: BlockSummary | undefined;

  constructor(readonly source: ReadingSource) {}

  report(finding: CheckFinding): void {
    (this.noted ??= []).push({ rank: this.rank, file: finding.file, finding });
  }

  reportLater(file: string, write: () => CheckFinding): void {
    (this.noted ??= []).push({ rank: this.rank, file, finding: write });
  }

  fact(fact: ConfigFact): void {
    (this.facts ??= []).push(fact);
  }

  summarise(summary: BlockSummary): void {
    this.summary = summary;
  }

  cover(filePath: string): void {
    (this.covered ??= []).push(filePath);
  }

  include(read: IncludeRead): void {
    (this.includes ??= []).push(read);
  }

  /** A nested unit's findings, facts and dependencies (not its summary: that is for this block's checks). */
  add(unit: ReadingUnit): void {
    if (unit === EMPTY_UNIT) return;
    this.noted = append(this.noted, unit.noted);
    this.facts = append(this.facts, unit.facts);
    this.covered = append(this.covered, unit.covered);
    this.includes = append(this.includes, unit.includes);
  }

  /** The unit collected; the builder is empty again afterwards (and can be used for the next one). */
  done(): ReadingUnit {
    if (!this.noted && !this.facts && !this.covered && !this.includes && !this.summary) return EMPTY_UNIT;
    const unit = { noted: this.noted ?? [], facts: this.facts ?? [], covered: this.covered ?? [], includes: this.includes ?? [], summary: this.summary };
    this.noted = this.facts = this.covered = this.includes = this.summary = undefined;
    return unit;
  }
}
