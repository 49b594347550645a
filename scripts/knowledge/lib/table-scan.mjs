// Finds, in one C file, what the extraction reads: the static tables of commands,
// modules, variables and their helpers, named ngx_str_t strings, and variable
// registration calls.

import { FilteredStream } from './c-conditionals.mjs';
import { parseInitializer } from './c-initializers.mjs';

const TABLE_TYPES = new Set([
  'ngx_command_t', 'ngx_module_t', 'ngx_http_variable_t', 'ngx_stream_variable_t',
  'ngx_conf_enum_t', 'ngx_conf_bitmask_t', 'ngx_conf_num_bounds_t', 'ngx_conf_deprecated_t', 'ngx_conf_post_t',
]);

// Tables registered by a loop calling ngx_http_add_variable() on each entry,
// in modules that use their own entry type instead of ngx_http_variable_t.
export const CUSTOM_VARIABLE_TABLES = {
  nchan_variable_t: { subsystem: 'http', flags: 'NGX_HTTP_VAR_CHANGEABLE' }, // nchan_add_variables()
};

// Calls that name a variable through a static ngx_str_t: adding it
// (the module provides it) or looking up its index (the module reads it).
export const VARIABLE_CALLS = {
  ngx_http_add_variable: { subsystem: 'http', input: false },
  ngx_stream_add_variable: { subsystem: 'stream', input: false },
  ngx_http_get_variable_index: { subsystem: 'http', input: true },
  ngx_stream_get_variable_index: { subsystem: 'stream', input: true },
};

/**
 * Finds, in one file: `TYPE ident[] = { … }` tables of interest,
 * `ngx_str_t ident = ngx_string("…")` names, and variable registration calls.
 */
export function scanFile(pkgCtx, rel) {
  const tokens = pkgCtx.tokens(rel);
  const stream = new FilteredStream(tokens, rel, {
    known: pkgCtx.known,
    resolveInclude: (name, from) => pkgCtx.resolveInclude(name, from),
  });
  const pushback = [];
  const next = () => (pushback.length ? pushback.pop() : stream.next());
  const found = [];
  const window = [];
  let depth = 0;
  for (;;) {
    const t = next();
    if (!t) break;
    if (t.kind === 'pp') continue; // includes outside tables are not followed
    if (t.kind === 'p' && t.value === '{') depth++;
    if (t.kind === 'p' && t.value === '}') depth--;
    if (t.kind === 'id' && VARIABLE_CALLS[t.value]) {
      const open = next();
      if (open?.kind === 'p' && open.value === '(') {
        const args = [[]];
        let d = 1;
        for (;;) {
          const u = next();
          if (!u) break;
          if (u.kind === 'pp') continue;
          if (u.kind === 'p' && u.value === '(') d++;
          if (u.kind === 'p' && u.value === ')' && --d === 0) break;
          if (d === 1 && u.kind === 'p' && u.value === ',') { args.push([]); continue; }
          args[args.length - 1].push(u);
        }
        found.push({ type: 'call', fn: t.value, args, file: rel, line: t.line, conds: t.conds });
        window.length = 0;
        continue;
      }
      if (open) pushback.push(open);
    }
    if (depth === 0 && t.kind === 'p' && t.value === '=') {
      // window holds the declaration before '=': [static] TYPE name [ [] ]
      const w = window.slice(-5);
      let k = w.length - 1;
      let isArray = false;
      if (w[k]?.value === ']' && w[k - 1]?.value === '[') { isArray = true; k -= 2; }
      const nameTok = w[k];
      const typeTok = w[k - 1];
      if (nameTok?.kind === 'id' && typeTok?.kind === 'id' && typeTok.value === 'ngx_str_t' && !isArray) {
        const a = next();
        const b = a?.value === 'ngx_string' ? next() : null;
        const c = b?.value === '(' ? next() : null;
        if (c?.kind === 'str') found.push({ type: 'ngx_str_t', name: nameTok.value, value: c.value, file: rel, line: nameTok.line });
        else { for (const x of [c, b, a]) if (x) pushback.push(x); }
        window.length = 0;
        continue;
      }
      if (nameTok?.kind === 'id' && typeTok?.kind === 'id' && (TABLE_TYPES.has(typeTok.value) || CUSTOM_VARIABLE_TABLES[typeTok.value])) {
        const open = next();
        if (open && open.kind === 'p' && open.value === '{') {
          const items = parseInitializer(stream);
          found.push({ type: typeTok.value, name: nameTok.value, isArray, items, file: rel, line: nameTok.line, conds: nameTok.conds });
        } else if (open) pushback.push(open);
        window.length = 0;
        continue;
      }
    }
    if (t.kind === 'p' && (t.value === ';' || t.value === '}')) window.length = 0;
    else window.push(t);
    if (window.length > 16) window.shift();
  }
  return found;
}
