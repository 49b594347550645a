import type { TreeReadingRules } from '../model/readTree';
import type { FormatRules } from '../format/rules';
import type { ConfigFile, Dialect, Directive, Statement } from '../model/types';
import type { DirectiveChecks } from '../analysis/directiveChecks/types';
import type { NavigationRules } from '../analysis/symbols/types';
import type { RequestExplainer } from '../analysis/explain';

/** Neutral categories for outline entries; adapters map them to their protocol's symbol kinds. */
export type OutlineCategory = 'server' | 'route' | 'upstream' | 'table' | 'snippet' | 'matcher' | 'options' | 'block';

export interface OutlineLabel {
  readonly name: string;
  readonly detail?: string;
  readonly category: OutlineCategory;
}

/** One include/import written in a file: what it asks for, before resolution. */
export interface IncludeReference {
  readonly directive: Directive;
  /** The path or glob as the server reads it. */
  readonly pattern: string;
  /** Caddy `import snippet-name args…`: the arguments; nginx: none. */
  readonly importArgs: readonly string[];
}

/** Everything that differs between nginx and Caddy; the analyses are written once against this. */
export interface DialectPack {
  readonly dialect: Dialect;
  readonly languageId: string;
  readonly readingRules: TreeReadingRules;
  /** How a statement shows in the outline, or undefined when it is not an outline entry. */
  outlineLabel(statement: Statement, ancestors: readonly Statement[]): OutlineLabel | undefined;
  /** The include/import directives of a file. */
  includeReferences(file: ConfigFile): IncludeReference[];
  /** Whether an include pattern names a snippet defined in the same configuration rather than a file. */
  isSnippetReference(pattern: string, snippetNames: ReadonlySet<string>): boolean;
  /** The default folder relative include paths are resolved against, given the root config. */
  includeBase(rootConfigPath: string, includingFilePath: string): readonly string[];
  /** How the shared formatter lays out this dialect (indentation, terminators, aligned bodies). */
  readonly formatRules: FormatRules;
  /** The names it defines and refers to (definition, references, rename, links). */
  readonly navigation: NavigationRules;
  /** Checks of directive names, contexts and values, with their quick fixes; absent while a dialect has none. */
  readonly directiveChecks?: DirectiveChecks;
  /** Which server block and route handle a request, and why; absent while a dialect has none. */
  readonly requestExplainer?: RequestExplainer;
}
