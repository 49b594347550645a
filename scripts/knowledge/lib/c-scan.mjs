// A deliberately small C scanner: enough to read nginx module sources
// (static initialiser tables, #define constants and #if blocks), not a
// general C front end. Used by extract-nginx.mjs.

const PUNCT2 = new Set(['||', '&&', '==', '!=', '<=', '>=', '<<', '>>', '->', '++', '--']);

/**
 * Splits C source text into tokens. Preprocessor lines become single
 * `pp` tokens ({ kind:'pp', directive, rest, line }); comments vanish.
 */
export function tokenize(text) {
  const out = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let atLineStart = true;

  while (i < n) {
    const c = text[i];
    if (c === '\n') { line++; i++; atLineStart = true; continue; }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') { i++; continue; }
    if (c === '\\' && text[i + 1] === '\n') { i += 2; line++; continue; }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let k = i; k < stop; k++) if (text[k] === '\n') line++;
      i = stop;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (c === '#' && atLineStart) {
      const startLine = line;
      let body = '';
      i++;
      while (i < n) {
        const d = text[i];
        if (d === '\\' && text[i + 1] === '\n') { body += ' '; i += 2; line++; continue; }
        if (d === '\\' && text[i + 1] === '\r' && text[i + 2] === '\n') { body += ' '; i += 3; line++; continue; }
        if (d === '\n') break;
        if (d === '/' && text[i + 1] === '*') {
          const end = text.indexOf('*/', i + 2);
          const stop = end < 0 ? n : end + 2;
          for (let k = i; k < stop; k++) if (text[k] === '\n') line++;
          i = stop;
          body += ' ';
          continue;
        }
        if (d === '/' && text[i + 1] === '/') { while (i < n && text[i] !== '\n') i++; break; }
        if (d === '"' || d === "'") {
          const j = skipQuoted(text, i);
          body += text.slice(i, j);
          i = j;
          continue;
        }
        body += d;
        i++;
      }
      const m = /^\s*([A-Za-z_]\w*)?\s*([\s\S]*)$/.exec(body);
      out.push({ kind: 'pp', directive: m[1] || '', rest: m[2].trim(), line: startLine });
      continue;
    }
    atLineStart = false;
    if (c === '"') {
      const j = skipQuoted(text, i);
      out.push({ kind: 'str', value: unescapeC(text.slice(i + 1, j - 1)), line });
      i = j;
      continue;
    }
    if (c === "'") {
      const j = skipQuoted(text, i);
      out.push({ kind: 'chr', value: text.slice(i, j), line });
      i = j;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < n && /\w/.test(text[j])) j++;
      out.push({ kind: 'id', value: text.slice(i, j), line });
      i = j;
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[i + 1] || ''))) {
      let j = i + 1;
      while (j < n && /[\w.]/.test(text[j])) j++;
      out.push({ kind: 'num', value: text.slice(i, j), line });
      i = j;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (PUNCT2.has(two)) { out.push({ kind: 'p', value: two, line }); i += 2; continue; }
    out.push({ kind: 'p', value: c, line });
    i++;
  }
  return out;
}

function skipQuoted(text, i) {
  const q = text[i];
  let j = i + 1;
  while (j < text.length) {
    if (text[j] === '\\') { j += 2; continue; }
    if (text[j] === q || text[j] === '\n') return j + 1;
    j++;
  }
  return j;
}

function unescapeC(s) {
  return s.replace(/\\(x[0-9a-fA-F]+|[0-7]{1,3}|.)/g, (_, e) => {
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return { n: '\n', t: '\t', r: '\r', 0: '\0' }[e] ?? e;
  });
}

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

/**
 * Token stream with a conditional-compilation filter.
 *
 * Conditions are evaluated three-valued: a branch that is certainly false is
 * dropped, a certainly true one is kept silently, and one that depends on
 * configure-time macros (unknown here) is kept with its condition recorded,
 * so callers learn e.g. that a directive only exists `#if (NGX_HTTP_SSL)`.
 * Only macros #defined earlier in the same file (or in `known`) count as known.
 */
export class FilteredStream {
  constructor(tokens, file, opts) {
    this.opts = opts; // { known: Map<name, number>, resolveInclude(name, fromFile) -> {tokens, file} | null }
    this.frames = [];
    this.pushSource(tokens, file);
  }

  pushSource(tokens, file) {
    this.frames.push({ tokens, file, pos: 0, stack: [], local: new Map() });
  }

  get frame() { return this.frames[this.frames.length - 1]; }

  /** Unknown conditions currently in force (outermost first). */
  conditions() {
    const out = [];
    for (const f of this.frames) for (const s of f.stack) if (s.cond) out.push(s.cond);
    return out;
  }

  active() {
    return this.frames.every((f) => f.stack.every((s) => s.state !== 'off'));
  }

  evalCond(frame, exprText) {
    const toks = tokenize(exprText).filter((t) => t.kind !== 'pp');
    const lookup = (name) => {
      for (let k = this.frames.length - 1; k >= 0; k--) {
        const loc = this.frames[k].local;
        if (loc.has(name)) {
          const body = loc.get(name);
          if (body === '') return 1;
          try {
            return evalExpr(tokenize(body).filter((t) => t.kind !== 'pp'), lookup, definedFn);
          } catch {
            return null;
          }
        }
      }
      if (this.opts.known?.has(name)) return this.opts.known.get(name);
      return null;
    };
    const definedFn = (name) => {
      for (const f of this.frames) if (f.local.has(name)) return 1;
      if (this.opts.known?.has(name)) return 1;
      return null;
    };
    try {
      return evalExpr(toks, lookup, definedFn);
    } catch {
      return null;
    }
  }

  handlePP(t) {
    const f = this.frame;
    const d = t.directive;
    const parentOn = this.active();
    if (d === 'if' || d === 'ifdef' || d === 'ifndef') {
      let text;
      if (d === 'if') text = t.rest;
      else if (d === 'ifdef') text = `defined(${t.rest})`;
      else {
        // include guard: #ifndef X followed by #define X
        const nx = f.tokens[f.pos];
        if (nx && nx.kind === 'pp' && nx.directive === 'define' && nx.rest.split(/\s+/)[0] === t.rest) {
          f.stack.push({ state: 'on', taken: true, cond: null });
          return;
        }
        text = `!defined(${t.rest})`;
      }
      const v = parentOn ? this.evalCond(f, text) : 0;
      if (v === null) f.stack.push({ state: 'maybe', taken: false, cond: normCond(text), negs: [normCond(text)] });
      else if (v) f.stack.push({ state: 'on', taken: true, cond: null });
      else f.stack.push({ state: 'off', taken: false, cond: null, negs: [] });
      if (!parentOn) f.stack[f.stack.length - 1].dead = true;
      return;
    }
    if (d === 'elif' || d === 'else') {
      const s = f.stack[f.stack.length - 1];
      if (!s) return;
      if (s.dead) { s.state = 'off'; return; }
      if (s.taken) { s.state = 'off'; s.cond = null; return; }
      const prior = (s.negs || []).map((c) => `!${wrap(c)}`);
      if (d === 'else') {
        if (prior.length) { s.state = 'maybe'; s.cond = prior.join(' && '); }
        else { s.state = 'on'; s.taken = true; s.cond = null; }
        return;
      }
      const v = this.evalCond(f, t.rest);
      if (v === null) {
        s.state = 'maybe';
        s.cond = [...prior, normCond(t.rest)].join(' && ');
        s.negs = [...(s.negs || []), normCond(t.rest)];
      } else if (v) {
        if (prior.length) { s.state = 'maybe'; s.cond = prior.join(' && '); }
        else { s.state = 'on'; s.cond = null; }
        s.taken = true; // later #elif/#else branches can no longer apply
      } else {
        s.state = 'off';
        s.cond = null;
      }
      return;
    }
    if (d === 'endif') { f.stack.pop(); return; }
    if (!parentOn) return;
    if (d === 'define') {
      const m = /^([A-Za-z_]\w*)(\(?)([\s\S]*)$/.exec(t.rest);
      if (m && m[2] !== '(') f.local.set(m[1], m[3].trim());
      return;
    }
    if (d === 'undef') { f.local.delete(t.rest.trim()); }
  }

  /** Next token that is compiled in (pp tokens for #include are returned). */
  next() {
    for (;;) {
      const f = this.frame;
      if (f.pos >= f.tokens.length) {
        if (this.frames.length === 1) return null;
        this.frames.pop();
        continue;
      }
      const t = f.tokens[f.pos++];
      if (t.kind === 'pp') {
        if (t.directive === 'include') {
          if (this.active()) return { ...t, file: f.file };
          continue;
        }
        this.handlePP(t);
        continue;
      }
      if (!this.active()) continue;
      return { ...t, file: f.file, conds: this.conditions() };
    }
  }

  /** Splices an #include'd file into the stream at the current point. */
  include(ppTok) {
    const m = /^[<"]([^>"]+)[>"]/.exec(ppTok.rest);
    if (!m || !this.opts.resolveInclude) return false;
    if (this.frames.length > 8) return false;
    const r = this.opts.resolveInclude(m[1], ppTok.file);
    if (!r) return false;
    this.pushSource(r.tokens, r.file);
    return true;
  }
}

function normCond(text) {
  let s = text.replace(/\s+/g, ' ').trim();
  // strip one pair of fully enclosing parentheses: "(NGX_HTTP_SSL)" -> "NGX_HTTP_SSL"
  while (s.startsWith('(') && s.endsWith(')') && balancedInner(s.slice(1, -1))) s = s.slice(1, -1).trim();
  return s;
}

function balancedInner(s) {
  let depth = 0;
  for (const ch of s) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

function wrap(c) {
  return /^[A-Za-z_][\w]*$|^defined\([^()]*\)$|^!/.test(c) ? c : `(${c})`;
}

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

/** Text of a token list, for recording raw C expressions. */
export function tokensText(tokens) {
  let s = '';
  for (const t of tokens) {
    const v = t.kind === 'str' ? JSON.stringify(t.value) : t.value;
    if (s && /[\w"]$/.test(s) && /^[\w"]/.test(v)) s += ' ';
    s += v;
  }
  return s;
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
