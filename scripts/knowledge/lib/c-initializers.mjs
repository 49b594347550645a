// Static initialiser tables (`TYPE name[] = { … }`), including entries written
// as calls of function-like macros whose body is itself an initialiser.

import { tokenize, tokensText } from './c-tokens.mjs';

/**
 * Parses a brace initialiser. The stream must be positioned just after `{`.
 * Returns a list of items; each item is { tokens:[…], line, conds } or
 * { list:[…], line, conds } for nested braces. Items are split on top-level commas.
 * `#include` lines inside are spliced in via stream.include().
 */
export function parseInitializer(stream) {
  const items = [];
  let cur = null;
  const flush = () => { if (cur && (cur.tokens?.length || cur.list)) items.push(cur); cur = null; };
  for (;;) {
    const t = stream.next();
    if (!t) throw new Error('unterminated initialiser');
    if (t.kind === 'pp') { stream.include(t); continue; }
    if (t.kind === 'p' && t.value === '}') { flush(); return items; }
    if (t.kind === 'p' && t.value === ',') { flush(); continue; }
    if (t.kind === 'p' && t.value === '{') {
      const list = parseInitializer(stream);
      if (cur && cur.tokens?.length) {
        // something like `(type) { … }`: keep both
        cur.list = list;
      } else {
        cur = { list, line: t.line, file: t.file, conds: t.conds };
      }
      continue;
    }
    if (!cur) cur = { tokens: [], line: t.line, file: t.file, conds: t.conds };
    if (!cur.tokens) cur.tokens = [];
    // parentheses are kept as tokens; commas inside them must not split
    if (t.kind === 'p' && t.value === '(') {
      cur.tokens.push(t);
      let depth = 1;
      while (depth > 0) {
        const u = stream.next();
        if (!u) throw new Error('unterminated parenthesis');
        if (u.kind === 'pp') continue;
        if (u.kind === 'p' && u.value === '(') depth++;
        if (u.kind === 'p' && u.value === ')') depth--;
        cur.tokens.push(u);
      }
      continue;
    }
    cur.tokens.push(t);
  }
}



/** Collects function-like `#define NAME(a, b) body` macros. First definition wins. */
export function collectFunctionMacros(tokens, into) {
  for (const t of tokens) {
    if (t.kind !== 'pp' || t.directive !== 'define') continue;
    const m = /^([A-Za-z_]\w*)\(([^)]*)\)([\s\S]*)$/.exec(t.rest);
    if (!m || into.has(m[1])) continue;
    into.set(m[1], { params: m[2].split(',').map((x) => x.trim()).filter(Boolean), body: m[3].trim() });
  }
  return into;
}

/** A stream over a plain token array, usable with parseInitializer(). */
export class ArrayStream {
  constructor(tokens) { this.tokens = tokens; this.pos = 0; }
  next() { return this.tokens[this.pos++] ?? null; }
  include() { return false; }
}

/**
 * If an initialiser item is a call of a function-like macro whose body is a
 * brace initialiser (e.g. `STATUS_VARIABLE(channels)`), expands it once
 * (with # stringification and ## pasting) and returns the parsed item.
 */
export function expandMacroItem(item, macros) {
  const tk = item.tokens;
  if (!tk || tk.length < 3 || tk[0].kind !== 'id' || !macros.has(tk[0].value) || tk[1].value !== '(') return null;
  const mac = macros.get(tk[0].value);
  const args = [];
  let cur = [];
  let depth = 0;
  for (let i = 2; i < tk.length; i++) {
    const t = tk[i];
    if (t.kind === 'p' && t.value === '(') depth++;
    if (t.kind === 'p' && t.value === ')') {
      if (depth === 0) { args.push(cur); cur = null; break; }
      depth--;
    }
    if (depth === 0 && t.kind === 'p' && t.value === ',') { args.push(cur); cur = []; continue; }
    cur.push(t);
  }
  if (cur !== null || args.length !== mac.params.length) return null;
  const argText = new Map(mac.params.map((p, i) => [p, tokensText(args[i])]));
  const body = mac.body
    .replace(/(^|[^#])#\s*([A-Za-z_]\w*)/g, (m, pre, name) => (argText.has(name) ? `${pre}${JSON.stringify(argText.get(name))}` : m))
    .replace(/\b[A-Za-z_]\w*\b/g, (name) => (argText.has(name) ? argText.get(name) : name))
    .replace(/\s*##\s*/g, '');
  const toks = tokenize(body).filter((t) => t.kind !== 'pp').map((t) => ({ ...t, line: item.line, file: item.file, conds: item.conds }));
  if (toks[0]?.value !== '{') return null;
  const list = parseInitializer(new ArrayStream(toks.slice(1)));
  return { list, line: item.line, file: item.file, conds: item.conds, viaMacro: tk[0].value };
}
