/**
 * A small re-implementation of nginx's own config lexer (ngx_conf_read_token) and block structure,
 * independent of Switchyard's grammar: the agreement test uses it to pick mutation sites and to
 * know where nginx stood when it reported an error. Lines are 1-based, like nginx's.
 *
 * The rules that matter: `;`, `{` and whitespace end a word, `}` does not (only at a token's
 * start is it a closing brace); `${` inside a word opens a variable, not a block; `#` starts a
 * comment only at a token's start; quotes only at a token's start; `\` escapes the next character.
 */

export type TokenKind = 'word' | 'open' | 'close' | 'semicolon';

export interface ConfToken {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** 1-based line of the first and of the last character. */
  readonly line: number;
  readonly endLine: number;
}

export function tokenize(text: string): ConfToken[] {
  const tokens: ConfToken[] = [];
  let i = 0;
  let line = 1;
  const push = (kind: TokenKind, start: number, startLine: number): void => {
    tokens.push({ kind, text: text.slice(start, i), start, end: i, line: startLine, endLine: line });
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      i++;
    } else if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
    } else if (ch === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === ';' || ch === '{' || ch === '}') {
      const start = i++;
      push(ch === ';' ? 'semicolon' : ch === '{' ? 'open' : 'close', start, line);
    } else if (ch === '"' || ch === "'") {
      const start = i++;
      const startLine = line;
      while (i < text.length && text[i] !== ch) {
        if (text[i] === '\\') i++;
        if (text[i] === '\n') line++;
        i++;
      }
      i++;
      push('word', start, startLine);
    } else {
      const start = i;
      const startLine = line;
      let variable = false;
      while (i < text.length) {
        const c = text[i];
        if (c === '{' && variable) {
          i++;
          continue;
        }
        variable = false;
        if (c === '\\') {
          i += 2;
          continue;
        }
        if (c === '$') {
          variable = true;
          i++;
          continue;
        }
        if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === ';' || c === '{') break;
        i++;
      }
      push('word', start, startLine);
    }
  }
  return tokens;
}

/** A directive as nginx reads it: name, arguments, then `;` or a `{ … }` block. */
export interface ConfStatement {
  readonly name: ConfToken;
  readonly args: readonly ConfToken[];
  /** The `;` or `{` that ends the directive (absent at end of file). */
  readonly terminator?: ConfToken;
  readonly block?: ConfBlock;
  /** Names of the enclosing block directives, outermost first. */
  readonly enclosing: readonly string[];
}

export interface ConfBlock {
  readonly open: ConfToken;
  readonly close?: ConfToken;
  readonly statements: readonly ConfStatement[];
}

/** The statement tree of a file nginx accepts (for a broken file: a best effort). */
export function statements(text: string): ConfStatement[] {
  const tokens = tokenize(text);
  let at = 0;
  const readList = (enclosing: string[]): { list: ConfStatement[]; close?: ConfToken } => {
    const list: ConfStatement[] = [];
    while (at < tokens.length) {
      const first = tokens[at];
      if (first.kind === 'close') {
        at++;
        return { list, close: first };
      }
      if (first.kind !== 'word') {
        at++;
        continue;
      }
      const args: ConfToken[] = [];
      at++;
      while (at < tokens.length && tokens[at].kind === 'word') args.push(tokens[at++]);
      const terminator = tokens[at];
      if (terminator?.kind === 'open') {
        at++;
        const inner = readList([...enclosing, first.text]);
        list.push({ name: first, args, terminator, block: { open: terminator, close: inner.close, statements: inner.list }, enclosing });
      } else if (terminator?.kind === 'semicolon') {
        at++;
        list.push({ name: first, args, terminator, enclosing });
      } else {
        list.push({ name: first, args, enclosing });
      }
    }
    return { list };
  };
  return readList([]).list;
}

/**
 * Where nginx's reader stood for an error reported at `line`, widened to the text the error is
 * about (see `acceptableLines` in nginxAgreement.ts for why each widening is sound):
 * - a `;`, `{` or `}` on that line ends the words read since the last one (one directive, or two
 *   run together by a missing `;`): every line from the first of those words;
 * - a `}` on that line closes a block: also the line where that block's directive starts;
 * - at the end of the file (`atEndOfFile`): the first lines of the blocks still open and of the
 *   directive left without its `;`.
 */
export function linesOfReaderPosition(text: string, line: number, atEndOfFile = false): Set<number> {
  const lines = new Set<number>([line]);
  const addRange = (from: number, to: number): void => {
    for (let l = from; l <= to; l++) lines.add(l);
  };
  const tokens = tokenize(text);
  const openStarts: number[] = [];
  let statementStart: number | undefined;
  for (const t of tokens) {
    if (t.kind === 'word') {
      statementStart ??= t.line;
      continue;
    }
    if (t.kind === 'open') openStarts.push(statementStart ?? t.line);
    const closedStart = t.kind === 'close' ? openStarts.pop() : undefined;
    if (t.line === line && !atEndOfFile) {
      if (statementStart !== undefined) addRange(statementStart, line);
      if (closedStart !== undefined) lines.add(closedStart);
    }
    statementStart = undefined;
  }
  if (atEndOfFile) {
    for (const start of openStarts) lines.add(start);
    if (statementStart !== undefined) addRange(statementStart, tokens[tokens.length - 1].endLine);
  }
  return lines;
}
