import type { ConfigFile, Finding } from '../../model/types';
import type { Point } from '../../text/span';
import type { WorkspaceGraph } from '../../workspace/includeGraph';

/** Settings a user may give the checks (the LSP reads them from its configuration). */
export interface DirectiveCheckOptions {
  /**
   * Dynamic modules to treat as loaded although no `load_module` in the configuration loads them
   * (nginx: module names such as `ngx_http_lua_module`, `.so` file names or Debian package names).
   */
  readonly extraModules?: readonly string[];
}

/** What the directive checks of a dialect look at: one configuration, read through its include graph. */
export interface DirectiveCheckRequest {
  readonly graph: WorkspaceGraph;
  /** The files read as main configurations (nginx: `-c` files, their top level is the main context). */
  readonly roots: ReadonlySet<string>;
  /** Only findings in these files are wanted; every file of the graph when undefined. */
  readonly reportFiles?: ReadonlySet<string>;
  /** The text of a file, for the rare check that needs tokens the model dropped on a syntax error. */
  readonly textOf?: (filePath: string) => string | undefined;
  readonly options?: DirectiveCheckOptions;
  /**
   * The caller checks again after small edits (an editor): keep per-statement results, so that the
   * next check computes only what the statements an edit rebuilt give (a document's model keeps
   * its unchanged statements, see ParsedDocument). A file's text must then not change while its
   * model stays the same object, and findings may be the same objects from one check to the next,
   * their spans moving with the text: read them before the next edit. Keeping costs a one-off
   * check time and memory: off by default.
   */
  readonly incremental?: boolean;
}

/**
 * A finding of a directive check. `suggestion` carries what a quick fix needs beyond the finding's
 * code and range (e.g. the directive name a misspelt one probably meant); adapters pass it through.
 */
export interface CheckFinding extends Finding {
  readonly suggestion?: string;
}

/** A text replacement in one document: 0-based lines, UTF-16 columns, end exclusive. */
export interface TextEdit {
  readonly start: Point;
  readonly end: Point;
  readonly newText: string;
}

export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The fix an editor may apply on "fix all" / auto-fix. */
  readonly preferred?: boolean;
}

/** A reported problem as an editor hands it back when asking for fixes. */
export interface ProblemToFix {
  readonly code: string;
  readonly start: Point;
  readonly end: Point;
  readonly suggestion?: string;
  /** The message as reported; read for the suggestion when an editor dropped the extra data. */
  readonly message?: string;
}

/** A dialect's directive checks and the quick fixes for what they (and its syntax reader) report. */
export interface DirectiveChecks {
  run(request: DirectiveCheckRequest): CheckFinding[];
  /** Fixes for one problem in `file` whose current text is `text`; empty when there is no clear fix. */
  quickFixes(problem: ProblemToFix, file: ConfigFile, text: string): QuickFix[];
}
