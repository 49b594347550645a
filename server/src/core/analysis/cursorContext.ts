/**
 * What is at a position of a document: the blocks around it and the scopes (nginx contexts) their
 * bodies are read in, and whether the cursor is in a comment, a directive's name, its N-th
 * argument or a `$variable`.
 *
 * The blocks come from the model; the statement under the cursor is re-read from the text,
 * because while a user types the parser often glues the unfinished statement to the next one
 * (`proxy_pa⏎ listen 80;` is one directive `proxy_pa` with two arguments to tree-sitter).
 */
import type { ConfigFile, Directive, Statement } from '../model/types';
import { blockOf } from '../model/walk';
import type { BodyScope, CursorLexicon, DialectAssist } from './assist';
import type { WorkspaceView } from './workspaceView';

/** The token the cursor is in (or about to type): the whole token and the part before the cursor. */
export interface CursorToken {
  readonly startIndex: number;
  readonly endIndex: number;
  /** Exactly as written, quotes included. */
  readonly raw: string;
  /** The part before the cursor, as written. */
  readonly typed: string;
  /** The part before the cursor without an opening quote. */
  readonly typedValue: string;
  readonly quote?: '"' | "'";
}

export type CursorPosition =
  | { readonly kind: 'comment' }
  | { readonly kind: 'raw' }
  /** The first word of a statement: a directive name (or a table entry's key). */
  | { readonly kind: 'name'; readonly token: CursorToken }
  /** Argument `index` (0-based) of directive `name`; `previous` holds the values of the arguments before it. */
  | { readonly kind: 'argument'; readonly name: string; readonly nameToken: CursorToken; readonly index: number; readonly token: CursorToken; readonly previous: readonly string[] };

/** What the body the cursor is in holds. */
export type CursorBody = { readonly kind: 'scopes'; readonly scopes: readonly string[] } | { readonly kind: 'entries'; readonly table: Statement } | { readonly kind: 'raw' };

export interface VariableAtCursor {
  /** The name typed before the cursor (what to complete). */
  readonly typed: string;
  /** The whole name under the cursor. */
  readonly name: string;
  /** The reference as written, `$` (and braces) included. */
  readonly startIndex: number;
  readonly endIndex: number;
  /** Where the name starts (after `$` or `${`). */
  readonly nameStart: number;
}

export interface CursorContext {
  readonly index: number;
  readonly text: string;
  readonly file: ConfigFile;
  /** Statements whose blocks hold the cursor, outermost first. */
  readonly enclosing: readonly Statement[];
  /** Scopes are empty when unknown (a fragment nobody includes): offer everything, judge nothing. */
  readonly body: CursorBody;
  readonly position: CursorPosition;
  /** The statement under the cursor as the model read it, when it is the one being typed. */
  readonly directive?: Directive;
  readonly variable?: VariableAtCursor;
}

/** How scopes are worked out: the file's own scopes and the dialect's rule for a block's body. */
export interface ScopeRules {
  readonly fileScopes: readonly string[];
  /** Used when the file's scopes are unknown but the cursor is inside blocks: every scope a chain could start in. */
  readonly allScopes: readonly string[];
  bodyScope(parent: string, block: Statement): BodyScope | undefined;
}

interface Lexeme {
  readonly start: number;
  readonly end: number;
  readonly quote?: '"' | "'";
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

/** Index of the first child whose span ends after `index` (children are in file order). */
function firstEndingAfter(children: readonly Statement[], index: number): number {
  let lo = 0;
  let hi = children.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (children[mid].span.endIndex <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Container {
  readonly enclosing: Statement[];
  readonly children: readonly Statement[];
  /** Where the innermost body's text starts (after `{`, or 0 for the file). */
  readonly bodyStart: number;
  /** Set when the cursor is inside a verbatim body (nginx Lua). */
  readonly raw: boolean;
}

/** Descends through the blocks that hold `index`. */
function containerAt(file: ConfigFile, index: number): Container {
  const enclosing: Statement[] = [];
  let children = file.statements;
  let bodyStart = 0;
  for (;;) {
    const i = firstEndingAfter(children, index);
    const candidate = children[i];
    // A statement ending exactly at the cursor holds it too when its block is still open.
    const statement = candidate && candidate.span.startIndex <= index ? candidate : undefined;
    if (!statement) return { enclosing, children, bodyStart, raw: false };
    if (statement.kind === 'directive' && statement.rawBody && statement.rawBody.span.startIndex < index && index < statement.rawBody.span.endIndex) {
      enclosing.push(statement);
      return { enclosing, children: [], bodyStart: statement.rawBody.span.startIndex, raw: true };
    }
    const block = blockOf(statement);
    if (!block || index <= block.span.startIndex) return { enclosing, children, bodyStart, raw: false };
    if (block.closed && index >= block.span.endIndex) return { enclosing, children, bodyStart, raw: false };
    enclosing.push(statement);
    children = block.children;
    bodyStart = block.span.startIndex + 1;
  }
}

/**
 * Splits `text[from, …)` into the tokens of one statement the way nginx's reader does, up to
 * the cursor; the token the cursor is in is read to its end. `comment` is set when the cursor
 * sits in a comment. `;`, `{` and `}` end a statement, so the tokens restart after them.
 */
function lexStatement(text: string, from: number, cursor: number, commentStart: string): { tokens: Lexeme[]; comment: boolean } {
  let tokens: Lexeme[] = [];
  let i = from;
  const commentCode = commentStart.charCodeAt(0);
  while (i <= cursor && i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (i === cursor) break;
      i++;
      continue;
    }
    if (code === commentCode) {
      const newline = text.indexOf('\n', i);
      if (i < cursor && (newline === -1 || newline >= cursor)) return { tokens, comment: true };
      if (i === cursor) break;
      i = newline + 1;
      continue;
    }
    if (code === 59 || code === 123 || code === 125) {
      if (i === cursor) break;
      tokens = [];
      i++;
      continue;
    }
    const start = i;
    if (code === 34 || code === 39) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== code && text.charCodeAt(j) !== 10) j += text.charCodeAt(j) === 92 ? 2 : 1;
      const end = j < text.length && text.charCodeAt(j) === code ? j + 1 : j;
      tokens.push({ start, end: Math.min(end, text.length), quote: code === 34 ? '"' : "'" });
      i = end;
      continue;
    }
    let j = i;
    let inBraces = false;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (isSpace(c) || c === 59) break;
      if (c === 123) {
        // `${name}`: the brace belongs to the variable, not to a block.
        if (j > start && text.charCodeAt(j - 1) === 36) {
          inBraces = true;
          j++;
          continue;
        }
        break;
      }
      if (c === 125) {
        if (!inBraces) break;
        inBraces = false;
      }
      j++;
    }
    tokens.push({ start, end: j });
    i = j;
  }
  return { tokens, comment: false };
}

function cursorToken(text: string, lexeme: Lexeme | undefined, cursor: number): CursorToken {
  if (!lexeme) return { startIndex: cursor, endIndex: cursor, raw: '', typed: '', typedValue: '' };
  const raw = text.slice(lexeme.start, lexeme.end);
  const typed = text.slice(lexeme.start, Math.min(cursor, lexeme.end));
  return { startIndex: lexeme.start, endIndex: lexeme.end, raw, typed, typedValue: lexeme.quote ? typed.slice(1) : typed, quote: lexeme.quote };
}

function unquote(text: string, lexeme: Lexeme): string {
  const raw = text.slice(lexeme.start, lexeme.end);
  if (!lexeme.quote) return raw;
  const inner = raw.endsWith(lexeme.quote) && raw.length > 1 ? raw.slice(1, -1) : raw.slice(1);
  return inner.replace(/\\(.)/g, '$1');
}

/** A directive without its `;` yet (and no block): its text may continue after it. */
function isOpenEnded(statement: Statement): boolean {
  return statement.kind === 'directive' && !statement.terminated && !statement.block && !statement.rawBody;
}

/** Whether only whitespace precedes `index` on its line. */
function startsLine(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10) return true;
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}

function lineStartBefore(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}

function variableAt(token: CursorToken, cursor: number, lexicon: CursorLexicon): VariableAtCursor | undefined {
  if (!token.raw) return undefined;
  const pattern = new RegExp(lexicon.variableReferences.source, 'g');
  for (const match of token.raw.matchAll(pattern)) {
    const startIndex = token.startIndex + (match.index ?? 0);
    const endIndex = startIndex + match[0].length;
    if (cursor < startIndex + 1 || cursor > endIndex) continue;
    const name = match[1] ?? '';
    const nameStart = startIndex + match[0].indexOf(name, 1);
    return { typed: name.slice(0, Math.max(0, cursor - nameStart)), name, startIndex, endIndex, nameStart };
  }
  const before = lexicon.variableBeforeCursor.exec(token.typed);
  if (!before) return undefined;
  const startIndex = token.startIndex + before.index;
  return { typed: before[1] ?? '', name: before[1] ?? '', startIndex, endIndex: cursor, nameStart: cursor - (before[1] ?? '').length };
}

/** The scopes the cursor's body is read in, following the blocks from the file's scopes. */
function bodyAt(enclosing: readonly Statement[], rules: ScopeRules): CursorBody {
  const starts = rules.fileScopes.length > 0 || enclosing.length === 0 ? rules.fileScopes : rules.allScopes;
  let scopes = new Set(starts);
  for (const block of enclosing) {
    const next = new Set<string>();
    for (const scope of scopes) {
      const body = rules.bodyScope(scope, block);
      if (body?.kind === 'entries') return { kind: 'entries', table: block };
      if (body?.kind === 'raw') return { kind: 'raw' };
      if (body) next.add(body.scope);
    }
    scopes = next;
    if (scopes.size === 0) break;
  }
  return { kind: 'scopes', scopes: [...scopes] };
}

/** Reads what is at `index` of `file` (whose text is `text`). */
export function cursorContextAt(file: ConfigFile, text: string, index: number, lexicon: CursorLexicon, rules: ScopeRules): CursorContext {
  const cursor = Math.max(0, Math.min(index, text.length));
  const container = containerAt(file, cursor);
  const { enclosing } = container;
  const body = container.raw ? ({ kind: 'raw' } as const) : bodyAt(enclosing, rules);
  const base = { index: cursor, text, file, enclosing, body };
  if (container.raw) return { ...base, position: { kind: 'raw' } };

  // The statement starts after the last sibling that ends before the cursor, unless that one is
  // still open (no `;` yet): then the cursor may be typing its next argument.
  let next = firstEndingAfter(container.children, cursor);
  const justBefore = container.children[next - 1];
  if (justBefore?.kind === 'comment' && justBefore.span.endIndex === cursor) return { ...base, position: { kind: 'comment' } };
  if (justBefore && isOpenEnded(justBefore)) next--;
  const previous = container.children[next - 1];
  const current = container.children[next];
  const from = previous ? previous.span.endIndex : container.bodyStart;
  if (current?.kind === 'comment' && current.span.startIndex < cursor) return { ...base, position: { kind: 'comment' } };

  const lexed = lexStatement(text, from, cursor, lexicon.commentStart);
  let { tokens } = lexed;
  if (lexed.comment) return { ...base, position: { kind: 'comment' } };

  // A statement still missing its `;` and continued on a later line by at most the word at the
  // cursor: the user is most likely starting a new directive there, not adding an argument.
  const directive = current?.kind === 'directive' && current.span.startIndex <= cursor && current.span.startIndex >= from ? current : undefined;
  if (directive && isOpenEnded(directive) && tokens.length > 0) {
    const lineStart = lineStartBefore(text, cursor);
    const onLine = tokens.filter((t) => t.start >= lineStart);
    if (tokens[0].start < lineStart && (onLine.length === 0 || (onLine.length === 1 && onLine[0].end >= cursor))) tokens = onLine;
  }
  // A later line that starts with a known directive name is that directive, even when the line
  // above lacks its `;` (the missing `;` is a diagnostic's business, not the cursor's).
  for (let k = tokens.length - 1; k > 0; k--) {
    const t = tokens[k];
    if (startsLine(text, t.start) && !t.quote && lexicon.startsStatement(text.slice(t.start, t.end))) {
      tokens = tokens.slice(k);
      break;
    }
  }

  const last = tokens[tokens.length - 1];
  const inToken = last !== undefined && last.start <= cursor && cursor <= last.end;
  const before = inToken ? tokens.slice(0, -1) : tokens;
  const token = cursorToken(text, inToken ? last : undefined, cursor);
  const sameStatement = directive && tokens.length > 0 && directive.nameSpan.startIndex === tokens[0].start ? directive : undefined;
  const variable = variableAt(token, cursor, lexicon);
  if (before.length === 0) return { ...base, position: { kind: 'name', token }, directive: sameStatement, variable };
  const nameLexeme = before[0];
  return {
    ...base,
    directive: sameStatement,
    variable,
    position: {
      kind: 'argument',
      name: unquote(text, nameLexeme),
      nameToken: cursorToken(text, nameLexeme, nameLexeme.end),
      index: before.length - 1,
      token,
      previous: before.slice(1).map((t) => unquote(text, t)),
    },
  };
}

/** The cursor context at `index` of a view's document, with the dialect's lexicon and scope rules. */
export function readCursor(view: WorkspaceView, index: number, assist: DialectAssist): CursorContext {
  return cursorContextAt(view.file, view.text, index, assist.lexicon, {
    fileScopes: view.fileScopes,
    allScopes: assist.allScopes,
    bodyScope: (parent, block) => assist.bodyScope(parent, block),
  });
}
