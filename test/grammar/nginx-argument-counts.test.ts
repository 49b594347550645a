// Argument counts against nginx's own tokenizer: every statement of the accepted corpus files must
// have as many arguments in tree-sitter-nginx's tree as ngx_conf_read_token cuts out of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Node, Tree } from 'web-tree-sitter';
import { corpusFiles } from '../support/corpus';
import { sharedCorpusOrSkip, wasmEngine } from '../support/grammarHarness';

interface ConfToken {
  start: number;
  raw: string;
  /** A quoted token: nginx wants whitespace, ";", "{" or ")" right after it. */
  quoted: boolean;
}

interface ConfStatement {
  start: number;
  tokens: ConfToken[];
  /** ";", "{", or "error" where nginx gives up. */
  end: string;
}

const isConfSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';

/**
 * The statements of a file as ngx_conf_read_token (src/core/ngx_conf_file.c) cuts them, rule for
 * rule, up to the first error; the body of a "*_by_lua_block" is skipped as ngx_http_lua does.
 */
function nginxStatements(text: string): ConfStatement[] {
  const statements: ConfStatement[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    const tokens: ConfToken[] = [];
    let needSpace = false, lastSpace = true, sharp = false, variable = false, quoted = false;
    let sQuoted = false, dQuoted = false, start = 0;
    let end: string | undefined;
    while (end === undefined) {
      if (i >= text.length) {
        if (tokens.length === 0 && lastSpace) return statements;
        end = 'error';
        break;
      }
      const ch = text[i++];
      if (ch === '\n' && sharp) sharp = false;
      if (sharp) continue;
      if (quoted) {
        quoted = false;
        continue;
      }
      if (needSpace) {
        if (isConfSpace(ch)) {
          lastSpace = true;
          needSpace = false;
          continue;
        }
        if (ch === ';' || ch === '{') {
          end = ch;
          break;
        }
        if (ch !== ')') {
          end = 'error';
          break;
        }
        lastSpace = true;
        needSpace = false;
      }
      if (lastSpace) {
        start = i - 1;
        if (isConfSpace(ch)) continue;
        if (ch === ';' || ch === '{') end = tokens.length ? ch : 'error';
        else if (ch === '}') end = tokens.length ? 'error' : '}';
        else if (ch === '#') sharp = true;
        else {
          lastSpace = false;
          quoted = ch === '\\';
          dQuoted = ch === '"';
          sQuoted = ch === "'";
          variable = ch === '$';
        }
        continue;
      }
      if (ch === '{' && variable) continue;
      variable = false;
      if (ch === '\\') {
        quoted = true;
        continue;
      }
      if (ch === '$') {
        variable = true;
        continue;
      }
      let found = false;
      if (dQuoted || sQuoted) {
        if (ch === (dQuoted ? '"' : "'")) {
          dQuoted = sQuoted = false;
          needSpace = found = true;
        }
      } else if (isConfSpace(ch) || ch === ';' || ch === '{') {
        lastSpace = found = true;
      }
      if (found) {
        tokens.push({ start, raw: text.slice(start, needSpace ? i : i - 1), quoted: needSpace });
        if (ch === ';' || ch === '{') end = ch;
      }
    }
    if (end === '}') continue;
    statements.push({ start: tokens.length ? tokens[0].start : i - 1, tokens, end });
    if (end === 'error') return statements;
    if (end === '{' && /_by_lua_block['"]?$/.test(tokens[0].raw)) i = afterLuaBody(text, i);
  }
}

/** Past the "}" that closes the Lua body starting at `i`: braces in strings and comments do not count. */
function afterLuaBody(text: string, i: number): number {
  const longBracketEnd = (at: number): number => {
    const open = /^\[(=*)\[/.exec(text.slice(at, at + 64));
    if (!open) return -1;
    const close = text.indexOf(`]${open[1]}]`, at + open[0].length);
    return close < 0 ? text.length : close + open[1].length + 2;
  };
  let depth = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      if (depth-- === 0) return i + 1;
      i++;
    } else if (c === '"' || c === "'") {
      i++;
      while (i < text.length && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '[') {
      const end = longBracketEnd(i);
      i = end < 0 ? i + 1 : end;
    } else if (c === '-' && text[i + 1] === '-') {
      const end = text[i + 2] === '[' ? longBracketEnd(i + 2) : -1;
      if (end >= 0) i = end;
      else while (i < text.length && text[i] !== '\n') i++;
    } else {
      i++;
    }
  }
  return text.length;
}

/** What nginx counts for a statement: its tokens; for "if", the condition's with "(" and ")" cut off. */
function nginxCount(statement: ConfStatement): number {
  const { tokens } = statement;
  if (tokens[0].raw !== 'if') return tokens.length;
  const parts = tokens.slice(1).map((t) => t.raw);
  if (parts.length && parts[0].startsWith('(')) parts[0] = parts[0].slice(1);
  const last = parts.length - 1;
  if (last >= 0 && parts[last].endsWith(')')) parts[last] = parts[last].slice(0, -1);
  return parts.filter((p, k) => p !== '' || tokens[k + 1].quoted).length;
}

/** The statements of the tree by start: the same count, and the texts to show. */
function treeCounts(tree: Tree): Map<number, { count: number; texts: string[] }> {
  const counts = new Map<number, { count: number; texts: string[] }>();
  const visit = (node: Node): void => {
    const named = node.namedChildren.filter((c): c is Node => c !== null);
    const args = named.filter((c) => c.type === 'word' || c.type === 'string');
    const name = node.childForFieldName('name');
    if (node.type === 'entry') {
      counts.set(node.startIndex, { count: args.length, texts: args.map((a) => a.text) });
    } else if (node.type === 'if_directive') {
      const parts = node.childForFieldName('condition')!.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
      counts.set(node.startIndex, { count: parts.length, texts: parts.map((p) => p.text) });
    } else if (node.type === 'location_directive') {
      // a modifier that touches the path ("=/x") is one token to nginx
      const modifier = node.childForFieldName('modifier');
      const where = node.childForFieldName('path')!;
      const count = modifier && modifier.endIndex !== where.startIndex ? 3 : 2;
      counts.set(node.startIndex, { count, texts: [name!.text, ...(modifier ? [modifier.text] : []), where.text] });
    } else if (name) {
      counts.set(node.startIndex, { count: 1 + args.length, texts: [name.text, ...args.map((a) => a.text)] });
    }
    for (const child of named) visit(child);
  };
  visit(tree.rootNode);
  return counts;
}

test('every statement of the accepted corpus files has as many arguments as nginx reads', async (t) => {
  if (!sharedCorpusOrSkip(t, 'shared corpus not found: set SWITCHYARD_CORPUS or provide <repo>/../shared/corpus')) return;
  const files = corpusFiles('nginx').filter((f) => f.tier !== 'rejected');
  assert.ok(files.length > 0, 'the corpus lists no accepted nginx file');
  const mismatches: string[] = [];
  let statementCount = 0;
  const { parser } = await wasmEngine('nginx');
  for (const file of files) {
    const tree = parser.parse(file.text);
    if (!tree) throw new Error('no tree');
    const ours = treeCounts(tree);
    tree.delete();
    const line = (index: number): number => file.text.slice(0, index).split('\n').length;
    const seen = new Set<number>();
    for (const statement of nginxStatements(file.text)) {
      if (statement.end === 'error') {
        mismatches.push(`${file.path}:${line(statement.start)}: nginx's tokenizer fails here`);
        continue;
      }
      statementCount++;
      seen.add(statement.start);
      const expected = nginxCount(statement);
      const found = ours.get(statement.start);
      if (found?.count !== expected) {
        const theirs = statement.tokens.map((tok) => tok.raw).join(' | ');
        mismatches.push(`${file.path}:${line(statement.start)}: nginx ${expected} [${theirs}], tree ${found ? `${found.count} [${found.texts.join(' | ')}]` : 'none'}`);
      }
    }
    for (const [start, found] of ours) {
      if (!seen.has(start)) mismatches.push(`${file.path}:${line(start)}: only in the tree [${found.texts.join(' | ')}]`);
    }
  }
  console.log(`nginx tokens: ${files.length} accepted files (stubs included), ${statementCount} statements, ${mismatches.length} argument-count mismatches with nginx's tokenizer`);
  assert.deepEqual(mismatches, []);
});
