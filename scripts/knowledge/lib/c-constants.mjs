// Integer constants of C sources: literals, #if-style expressions, and
// object-like #define macros resolved to numbers (e.g. NGX_CONF_TAKE12).

import { tokenize } from './c-tokens.mjs';

/** Parses an integer literal such as 0x02000000, 32, 1UL. */
export function parseIntLiteral(s) {
  const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)[uUlL]*$/.exec(s);
  if (!m) return null;
  const v = m[1];
  if (/^0[xX]/.test(v)) return parseInt(v.slice(2), 16);
  if (v.length > 1 && v[0] === '0') return parseInt(v, 8);
  return parseInt(v, 10);
}

/**
 * Evaluates a constant integer expression given as tokens.
 * `lookup(name)` returns a number, or null when unknown.
 * Returns a number, or null if anything unknown decides the result.
 * Supports defined(), unary ! ~ - +, * / % + - << >> < > <= >= == != & ^ | && || ?:.
 */
export function evalExpr(tokens, lookup, definedFn = () => null) {
  let pos = 0;
  const peek = () => tokens[pos];
  const isP = (v) => peek() && peek().kind === 'p' && peek().value === v;
  const take = () => tokens[pos++];
  const U = (x) => (x === null ? null : x >>> 0);

  function primary() {
    const t = take();
    if (!t) throw new Error('unexpected end of expression');
    if (t.kind === 'num') {
      const v = parseIntLiteral(t.value);
      if (v === null) throw new Error(`bad number ${t.value}`);
      return v;
    }
    if (t.kind === 'chr') return t.value.charCodeAt(1);
    if (t.kind === 'id') {
      if (t.value === 'defined') {
        let paren = false;
        if (isP('(')) { take(); paren = true; }
        const nameTok = take();
        if (paren) { if (!isP(')')) throw new Error('expected )'); take(); }
        return definedFn(nameTok.value);
      }
      return lookup(t.value);
    }
    if (t.kind === 'p' && t.value === '(') {
      const v = ternary();
      if (!isP(')')) throw new Error('expected )');
      take();
      return v;
    }
    throw new Error(`unexpected token ${t.value}`);
  }
  function unary() {
    if (isP('!')) { take(); const v = unary(); return v === null ? null : (v ? 0 : 1); }
    if (isP('~')) { take(); const v = unary(); return v === null ? null : U(~v); }
    if (isP('-')) { take(); const v = unary(); return v === null ? null : -v; }
    if (isP('+')) { take(); return unary(); }
    return primary();
  }
  function binary(next, ops, fn) {
    return () => {
      let l = next();
      while (peek() && peek().kind === 'p' && ops.includes(peek().value)) {
        const op = take().value;
        const r = next();
        l = l === null || r === null ? null : fn(op, l, r);
      }
      return l;
    };
  }
  const mul = binary(unary, ['*', '/', '%'], (op, l, r) => (op === '*' ? l * r : op === '/' ? Math.trunc(l / r) : l % r));
  const add = binary(mul, ['+', '-'], (op, l, r) => (op === '+' ? l + r : l - r));
  const shift = binary(add, ['<<', '>>'], (op, l, r) => (op === '<<' ? U(l << r) : l >>> r));
  const rel = binary(shift, ['<', '>', '<=', '>='], (op, l, r) => +(op === '<' ? l < r : op === '>' ? l > r : op === '<=' ? l <= r : l >= r));
  const eq = binary(rel, ['==', '!='], (op, l, r) => +(op === '==' ? l === r : l !== r));
  const band = binary(eq, ['&'], (_op, l, r) => U(l & r));
  const bxor = binary(band, ['^'], (_op, l, r) => U(l ^ r));
  const bor = binary(bxor, ['|'], (_op, l, r) => U(l | r));
  function land() {
    let l = bor();
    while (isP('&&')) {
      take();
      const r = bor();
      if (l === 0 || r === 0) l = 0;
      else if (l === null || r === null) l = null;
      else l = 1;
    }
    return l;
  }
  function lor() {
    let l = land();
    while (isP('||')) {
      take();
      const r = land();
      if ((l !== null && l !== 0) || (r !== null && r !== 0)) l = 1;
      else if (l === null || r === null) l = null;
      else l = 0;
    }
    return l;
  }
  function ternary() {
    const c = lor();
    if (!isP('?')) return c;
    take();
    const a = ternary();
    if (!isP(':')) throw new Error('expected :');
    take();
    const b = ternary();
    if (c === null) return a === b ? a : null;
    return c ? a : b;
  }
  const v = ternary();
  if (pos !== tokens.length) throw new Error(`trailing tokens in expression at ${tokens[pos].value}`);
  return v;
}

/**
 * Collects object-like `#define NAME body` macros from a token list.
 * Function-like macros are skipped. First definition wins.
 */
export function collectDefines(tokens, into, where) {
  for (const t of tokens) {
    if (t.kind !== 'pp' || t.directive !== 'define') continue;
    const m = /^([A-Za-z_]\w*)(\(?)([\s\S]*)$/.exec(t.rest);
    if (!m || m[2] === '(') continue;
    if (!into.has(m[1])) into.set(m[1], { body: m[3].trim(), where });
  }
  return into;
}

/**
 * Resolves a macro-built integer constant (e.g. NGX_CONF_TAKE12) to a number.
 * Returns null when some name cannot be resolved.
 */
export function makeConstantResolver(defines) {
  const cache = new Map();
  const resolving = new Set();
  function resolve(name) {
    if (cache.has(name)) return cache.get(name);
    const def = defines.get(name);
    if (!def || resolving.has(name)) return null;
    resolving.add(name);
    let v = null;
    try {
      const toks = tokenize(def.body).filter((t) => t.kind !== 'pp');
      v = toks.length ? evalExpr(stripCasts(toks), resolve) : null;
    } catch {
      v = null;
    }
    resolving.delete(name);
    cache.set(name, v);
    return v;
  }
  return resolve;
}

/** Drops simple casts such as `(ngx_uint_t)` in front of a value. */
export function stripCasts(tokens) {
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'p' && t.value === '(' && tokens[i + 1]?.kind === 'id' && /_t$/.test(tokens[i + 1].value)
        && tokens[i + 2]?.kind === 'p' && tokens[i + 2].value === ')') {
      i += 2;
      continue;
    }
    out.push(t);
  }
  return out;
}
