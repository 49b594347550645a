// Conditional compilation: a token stream that follows #if/#ifdef/#else as far
// as the macros known here decide them, and records the conditions it cannot.

import { evalExpr } from './c-constants.mjs';
import { tokenize } from './c-tokens.mjs';

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
