import type { Span } from '../text/span';

/** The configuration languages Switchyard understands. */
export type Dialect = 'nginx' | 'caddy';

/**
 * How an argument was written. `expression` means it interpolates something at request time
 * (nginx `$var`, Caddy `{placeholder}`); `regex` is decided by the directive it belongs to.
 */
export type ArgumentKind = 'word' | 'quoted' | 'expression' | 'regex';

export interface Argument {
  readonly kind: ArgumentKind;
  /** Exactly as written, quotes included. */
  readonly raw: string;
  /** What the server sees: quotes removed, escapes applied. */
  readonly value: string;
  readonly quote?: '"' | "'" | '`' | 'heredoc';
  readonly span: Span;
}

export interface Block {
  readonly span: Span;
  readonly children: readonly Statement[];
  /** False when the closing brace is missing (tree-sitter inserted it on recovery). */
  readonly closed: boolean;
}

interface StatementBase {
  readonly span: Span;
}

/** `name args… ;` or `name args… { … }` — every nginx statement, every Caddy directive and map entry. */
export interface Directive extends StatementBase {
  readonly kind: 'directive';
  readonly name: string;
  readonly nameSpan: Span;
  readonly args: readonly Argument[];
  readonly block?: Block;
  /** Caddy: the matcher token right after the name (`*`, `/path`, `@name`). */
  readonly matcher?: Argument;
  /** nginx map-like bodies: this statement is a `key value…;` entry, not a directive. */
  readonly isEntry?: boolean;
  /** nginx `*_by_lua_block`: the raw body, kept verbatim. */
  readonly rawBody?: { readonly text: string; readonly span: Span };
  /** False when the terminating `;` is missing (nginx). */
  readonly terminated: boolean;
}

/** Caddy: a site block — its addresses and its directives. */
export interface SiteBlock extends StatementBase {
  readonly kind: 'site';
  readonly addresses: readonly Argument[];
  readonly block: Block;
  /** True for a single-site file written without braces. */
  readonly braceless: boolean;
}

/** Caddy: global options `{ … }`, a snippet `(name) { … }` or a named route `&(name) { … }`. */
export interface NamedBlock extends StatementBase {
  readonly kind: 'global-options' | 'snippet' | 'named-route';
  readonly name: string;
  readonly nameSpan: Span;
  readonly block: Block;
}

/** Caddy: `@name { … }` or `@name matcher args…`. */
export interface MatcherDefinition extends StatementBase {
  readonly kind: 'matcher-definition';
  readonly name: string;
  readonly nameSpan: Span;
  readonly block: Block;
  readonly inline: boolean;
}

export interface Comment extends StatementBase {
  readonly kind: 'comment';
  readonly text: string;
}

export type Statement = Directive | SiteBlock | NamedBlock | MatcherDefinition | Comment;

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A finding about a file, independent of any editor protocol. */
export interface Finding {
  readonly file: string;
  readonly span: Span;
  readonly severity: Severity;
  /** Stable identifier, e.g. `syntax/missing-semicolon`, `nginx/include-cycle`. */
  readonly code: string;
  readonly message: string;
  /** Where the user should also look (e.g. the opening brace of an unclosed block). */
  readonly related?: readonly { readonly file: string; readonly span: Span; readonly message: string }[];
}

/** One parsed file as the analyses see it. */
export interface ConfigFile {
  readonly path: string;
  readonly dialect: Dialect;
  readonly statements: readonly Statement[];
  /** Syntax errors found while reading the tree. */
  readonly syntaxFindings: readonly Finding[];
}
