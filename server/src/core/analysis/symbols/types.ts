import type { Argument, ConfigFile, NamedBlock, Statement } from '../../model/types';
import type { Span } from '../../text/span';

/**
 * The named things a configuration defines and refers to. nginx: `upstream` blocks, `@named`
 * locations, `$variables`; Caddy: snippets `(name)`, named routes `&(name)`, named matchers `@name`.
 */
export type SymbolKind = 'upstream' | 'named-location' | 'variable' | 'snippet' | 'named-route' | 'matcher';

export type SymbolRole = 'definition' | 'reference';

/**
 * Where a name is visible. Most are global to the configuration; named locations belong to one
 * nginx server and named matchers to one Caddy site. When the bounding block lies outside the text
 * (a file included inside a `server`, a Caddy snippet imported into sites), the scope is decided
 * at the include/import sites.
 */
export type SymbolScope =
  | { readonly kind: 'global' }
  | { readonly kind: 'block'; readonly block: Statement }
  /** At the top level of a file: the scope of the places that include the file. */
  | { readonly kind: 'file' }
  /** Inside a Caddy snippet: the scope of the places that import the snippet. */
  | { readonly kind: 'snippet'; readonly snippet: NamedBlock };

/** One mention of a name in a file, as a dialect reads it. */
export interface SymbolMention {
  readonly kind: SymbolKind;
  /** The bare name, without its sigil (`$`, `@`) or brackets. */
  readonly name: string;
  readonly role: SymbolRole;
  /** The bare name's text: what a rename replaces. */
  readonly span: Span;
  /** How many characters of sigil precede the span (a click on `$` of `$host` counts too). */
  readonly sigilLength: number;
  readonly scope: SymbolScope;
}

/** A mention placed in its file: what the index hands out. */
export interface SymbolOccurrence extends SymbolMention {
  readonly file: string;
}

/** Whether a name may be written as a symbol of a kind; a reason when not. */
export type NameCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * What navigation needs from a dialect. The index, rename, links and workspace symbols are written
 * once against this; each pack supplies its own (`dialects/<name>/symbols.ts`).
 */
export interface NavigationRules {
  /** Every definition and reference written in a file, in file order. */
  mentions(file: ConfigFile): SymbolMention[];
  /** The scope a symbol of `kind` has when written under `ancestors` (outermost first). */
  scopeAt(kind: SymbolKind, ancestors: readonly Statement[]): SymbolScope;
  /** Names the server itself defines (nginx built-in variables): never renamed. */
  isBuiltin(kind: SymbolKind, name: string): boolean;
  /** Whether `name` (bare) can be written as a symbol of `kind`. */
  checkName(kind: SymbolKind, name: string): NameCheck;
  /** How a symbol is written in the configuration, sigil included (`$host`, `@fallback`, `(common)`). */
  display(kind: SymbolKind, name: string): string;
  /** Arguments naming a file worth a link besides includes: certificates, keys, CA bundles. */
  fileArguments(file: ConfigFile): Argument[];
}
