/**
 * The editing assistance a dialect provides (completion, hover, signature help), as neutral
 * structures the adapters convert to their protocol. The cursor reading, the workspace view and
 * the orchestration are shared (cursorContext.ts, workspaceView.ts, completion.ts, hover.ts,
 * signatureHelp.ts); each dialect plugs its knowledge in by implementing `DialectAssist`.
 */
import type { ConfigFile, Dialect, Statement } from '../model/types';
import type { WorkspaceGraph } from '../workspace/includeGraph';
import type { CursorContext } from './cursorContext';
import type { WorkspaceView } from './workspaceView';

/** What a completion entry stands for; adapters map it to their protocol's item kinds. */
export type CompletionCategory = 'directive' | 'block' | 'snippet' | 'value' | 'variable' | 'reference' | 'file' | 'folder';

export interface CompletionEntry {
  readonly label: string;
  readonly category: CompletionCategory;
  /** One line shown next to the label (module, what the value means, where a name is defined). */
  readonly detail?: string;
  /** Inserted text; a snippet (`$1`, `${1:x}`, `$0` tab stops) when `snippet` is set. */
  readonly insertText: string;
  readonly snippet?: boolean;
  /** Index where the replaced text starts (the cursor is where it ends); default: the word's start. */
  readonly replaceStart?: number;
  /** Lower ranks sort first. */
  readonly rank: number;
  /** Matched against what is typed instead of the label (e.g. `http://backend` for `backend`). */
  readonly filterText?: string;
  /** Ask for completion again after inserting (a folder name, a directive that takes a value). */
  readonly retrigger?: boolean;
  readonly deprecated?: boolean;
  /** Markdown documentation, fetched only when the entry is selected: see `DialectAssist.documentEntry`. */
  readonly documentation?: DocumentationKey;
}

/** Identifies documentation an adapter can fetch later, so a list of 700 entries stays small. */
export interface DocumentationKey {
  readonly dialect: Dialect;
  readonly key: string;
}

export interface EntryDocumentation {
  readonly detail?: string;
  readonly markdown: string;
}

export interface CompletionResult {
  readonly entries: readonly CompletionEntry[];
  /** Where the word being completed starts (entries without `replaceStart` replace from here). */
  readonly wordStart: number;
}

export interface HoverResult {
  readonly markdown: string;
  /** The text the hover is about (highlighted by the editor), as document indices. */
  readonly startIndex: number;
  readonly endIndex: number;
}

/** One way of writing a directive: its label and where each parameter sits in the label. */
export interface SignatureEntry {
  readonly label: string;
  /** [start, end) offsets into `label`. */
  readonly parameters: readonly (readonly [number, number])[];
  readonly documentation?: string;
}

export interface SignatureResult {
  readonly signatures: readonly SignatureEntry[];
  readonly activeSignature: number;
  /** Index into the active signature's parameters; -1 when the argument matches none. */
  readonly activeParameter: number;
}

/** How a block's body is read: statements of some scope, table entries, or foreign code. */
export type BodyScope = { readonly kind: 'scope'; readonly scope: string } | { readonly kind: 'entries' } | { readonly kind: 'raw' };

/** Lexical facts the shared cursor reader needs. */
export interface CursorLexicon {
  /** Whether a `#` (or the dialect's comment character) at this index starts a comment. */
  readonly commentStart: string;
  /** The variable reference ending at the cursor: e.g. nginx `$na` or `${na`. Group 1 is the name typed so far. */
  readonly variableBeforeCursor: RegExp;
  /** Every variable reference in a token, with the name in group 1 (global flag). */
  readonly variableReferences: RegExp;
  /** Whether a word at the start of a line surely starts a statement (a known directive name). */
  startsStatement(word: string): boolean;
}

/** Everything a dialect contributes; the shared modules call these with a read cursor. */
export interface DialectAssist {
  readonly dialect: Dialect;
  readonly lexicon: CursorLexicon;
  /** The scopes a file's top-level statements are read in (empty: unknown). */
  fileScopes(file: ConfigFile, graph: WorkspaceGraph | undefined, roots: ReadonlySet<string>): readonly string[];
  /** Every scope a chain of blocks can start in: tried when a fragment's own scopes are unknown. */
  readonly allScopes: readonly string[];
  /** The scope of `block`'s body when it appears in `parent`, or undefined when the server would reject it. */
  bodyScope(parent: string, block: Statement): BodyScope | undefined;
  complete(cursor: CursorContext, view: WorkspaceView): CompletionResult;
  /** The documentation (and, for long lists sent without it, the detail) of an entry, by its key. */
  documentEntry(key: string): EntryDocumentation | undefined;
  hover(cursor: CursorContext, view: WorkspaceView): HoverResult | undefined;
  /** Computes ahead what the first request on a newly opened document would (lists, definitions). */
  warm?(view: WorkspaceView): void;
  signature(cursor: CursorContext, view: WorkspaceView): SignatureResult | undefined;
}
