import type { CheckFinding } from '../../../analysis/directiveChecks/types';
import type { ConfigFile } from '../../../model/types';
import type { BlockSummary, ConfigFact } from './configurationFacts';
import type { Situation } from './situation';
import type { DirectiveVisit, EntryVisit } from './visit';

/** What a check run reads besides the models' statements. */
export interface ReadingSource {
  readonly files: ReadonlyMap<string, ConfigFile>;
  /** The text of a file, for the rare check that needs tokens the model dropped on a syntax error. */
  readonly textOf?: (filePath: string) => string | undefined;
}

/** Where a rule part puts what it finds; what it puts there is memoised with the statement it is about. */
export interface RuleOutput {
  readonly source: ReadingSource;
  report(finding: CheckFinding): void;
  /** A finding whose message quotes a line number: written when it is reported, since its statement may move. */
  reportLater(file: string, write: () => CheckFinding): void;
  /** A fact for the configuration-wide parts. */
  fact(fact: ConfigFact): void;
  /** What this block tells the block around it. */
  summarise(summary: BlockSummary): void;
}

/** A comparison of the statements of one block, fed its directives in reading order (includes expanded). */
export interface BlockCheck {
  statement(visit: DirectiveVisit, summary: BlockSummary | undefined, out: RuleOutput): void;
  end?(out: RuleOutput): void;
}

/**
 * One family of nginx checks, split by what its findings depend on, so that the reader can keep
 * each part's results as long as what it depends on holds (see configurationReader.ts). Each
 * reports only what `nginx -t` rejects (or warns about).
 */
export interface NginxRule {
  /** The finding codes this rule can report, e.g. `nginx/duplicate-directive`. */
  readonly codes: readonly string[];
  /** About one directive, from the directive (its block's contents aside) and where it is read. */
  readonly directive?: (visit: DirectiveVisit, out: RuleOutput) => void;
  /** About one entry of a map-like block. */
  readonly entry?: (entry: EntryVisit, out: RuleOutput) => void;
  /**
   * About the statements of one block together (duplicates, nesting): `owner` is the block's
   * directive — undefined at the top level of a walk — and `inner` where its statements are read.
   * Undefined when the rule compares nothing there.
   */
  readonly block?: (owner: DirectiveVisit | undefined, inner: Situation, source: ReadingSource) => BlockCheck | undefined;
  /** About the whole configuration, from the facts its statements gave, in reading order. */
  readonly configuration?: (facts: readonly ConfigFact[], report: (finding: CheckFinding) => void) => void;
}

/** The rules' parts, each with its rule's rank (findings at one position come in rule order). */
export interface RuleParts {
  readonly directive: readonly { readonly rank: number; readonly part: NonNullable<NginxRule['directive']> }[];
  readonly entry: readonly { readonly rank: number; readonly part: NonNullable<NginxRule['entry']> }[];
  readonly block: readonly { readonly rank: number; readonly part: NonNullable<NginxRule['block']> }[];
}

export function partsOf(rules: readonly NginxRule[]): RuleParts {
  const ranked = <Part>(pick: (rule: NginxRule) => Part | undefined): { rank: number; part: Part }[] =>
    rules.flatMap((rule, rank) => {
      const part = pick(rule);
      return part ? [{ rank, part }] : [];
    });
  return { directive: ranked((r) => r.directive), entry: ranked((r) => r.entry), block: ranked((r) => r.block) };
}
