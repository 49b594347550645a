#!/usr/bin/env node
// Extracts nginx directive and variable facts from C sources: nginx itself and
// every Debian bookworm source package that builds a libnginx-mod-* module.
//
//   node scripts/knowledge/extract-nginx.mjs [options]
//
//   --sources DIR            work folder (default .toolchain/sources/nginx-knowledge)
//   --out DIR                where the JSON goes (default server/src/core/dialects/nginx/knowledge)
//   --offline                do not download; fail if a source tree is missing
//   --refetch                download and unpack again even if trees exist
//   --upstream-git-root DIR  local git mirrors for the upstream fallback (see lib/debian-sources.mjs)
//   --quiet                  print only the summary
//
// Writes directives.json, variables.json and sources.json. The output depends
// only on the source trees, so rerunning on the same trees gives identical files.

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  FilteredStream, collectDefines, collectFunctionMacros, evalExpr, expandMacroItem, makeConstantResolver, parseInitializer, stripCasts, tokenize,
  tokensText,
} from './lib/c-scan.mjs';
import { PACKAGES, prepareSources } from './lib/debian-sources.mjs';
import { classifyNginxModules, debianConfigureFlags } from './lib/nginx-configure.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const o = {
    sources: path.join(REPO, '.toolchain', 'sources', 'nginx-knowledge'),
    out: path.join(REPO, 'server', 'src', 'core', 'dialects', 'nginx', 'knowledge'),
    offline: false,
    refetch: false,
    upstreamGitRoot: null,
    quiet: false,
  };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { if (i + 1 >= argv.length) throw new Error(`${a} needs a value`); return argv[++i]; };
    if (a === '--sources') o.sources = path.resolve(val());
    else if (a === '--out') o.out = path.resolve(val());
    else if (a === '--offline') o.offline = true;
    else if (a === '--refetch') o.refetch = true;
    else if (a === '--upstream-git-root') o.upstreamGitRoot = path.resolve(val());
    else if (a === '--quiet') o.quiet = true;
    else if (a === '-h' || a === '--help') {
      process.stdout.write(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 16).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return o;
}

// ---------------------------------------------------------------- file walking

// Directories never compiled into the module: test suites, examples, packaging.
const SKIP_DIRS = new Set(['t', 'test', 'tests', 'example', 'examples', 'debian', 'dev', 'doc', 'docs']);

function listSources(treeRoot) {
  const out = [];
  (function walk(rel) {
    const abs = path.join(treeRoot, rel);
    for (const ent of fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => cmp(a.name, b.name))) {
      if (ent.name.startsWith('.')) continue;
      const r = rel ? `${rel}/${ent.name}` : ent.name;
      if (ent.isDirectory()) {
        if (!SKIP_DIRS.has(ent.name)) walk(r);
      } else if (ent.isFile() && /\.(c|h)$/.test(ent.name)) out.push(r);
    }
  })('');
  return out;
}

function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

// ---------------------------------------------------------------- scanning

const TABLE_TYPES = new Set([
  'ngx_command_t', 'ngx_module_t', 'ngx_http_variable_t', 'ngx_stream_variable_t',
  'ngx_conf_enum_t', 'ngx_conf_bitmask_t', 'ngx_conf_num_bounds_t', 'ngx_conf_deprecated_t', 'ngx_conf_post_t',
]);

// Tables registered by a loop calling ngx_http_add_variable() on each entry,
// in modules that use their own entry type instead of ngx_http_variable_t.
const CUSTOM_VARIABLE_TABLES = {
  nchan_variable_t: { subsystem: 'http', flags: 'NGX_HTTP_VAR_CHANGEABLE' }, // nchan_add_variables()
};

// Calls that name a variable through a static ngx_str_t: adding it
// (the module provides it) or looking up its index (the module reads it).
const VARIABLE_CALLS = {
  ngx_http_add_variable: { subsystem: 'http', input: false },
  ngx_stream_add_variable: { subsystem: 'stream', input: false },
  ngx_http_get_variable_index: { subsystem: 'http', input: true },
  ngx_stream_get_variable_index: { subsystem: 'stream', input: true },
};

/**
 * Finds, in one file: `TYPE ident[] = { … }` tables of interest,
 * `ngx_str_t ident = ngx_string("…")` names, and variable registration calls.
 */
function scanFile(pkgCtx, rel) {
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

// ---------------------------------------------------------------- contexts & arguments

// Per module type: which context macro means which configuration context.
const CONTEXT_MACROS = {
  NGX_CORE_MODULE: [['NGX_MAIN_CONF', 'main'], ['NGX_DIRECT_CONF', 'main']],
  NGX_EVENT_MODULE: [['NGX_EVENT_CONF', 'events']],
  NGX_HTTP_MODULE: [
    ['NGX_HTTP_MAIN_CONF', 'http'], ['NGX_HTTP_SRV_CONF', 'server'], ['NGX_HTTP_LOC_CONF', 'location'],
    ['NGX_HTTP_UPS_CONF', 'upstream'], ['NGX_HTTP_SIF_CONF', 'if-in-server'], ['NGX_HTTP_LIF_CONF', 'if-in-location'],
    ['NGX_HTTP_LMT_CONF', 'limit_except'],
  ],
  NGX_MAIL_MODULE: [['NGX_MAIL_MAIN_CONF', 'mail'], ['NGX_MAIL_SRV_CONF', 'mail-server']],
  NGX_STREAM_MODULE: [['NGX_STREAM_MAIN_CONF', 'stream'], ['NGX_STREAM_SRV_CONF', 'stream-server'], ['NGX_STREAM_UPS_CONF', 'stream-upstream']],
  NGX_RTMP_MODULE: [['NGX_RTMP_MAIN_CONF', 'rtmp'], ['NGX_RTMP_SRV_CONF', 'rtmp-server'], ['NGX_RTMP_APP_CONF', 'rtmp-application'], ['NGX_RTMP_REC_CONF', 'rtmp-recorder']],
};
const CONTEXT_ORDER = [
  'any', 'main', 'events', 'http', 'server', 'location', 'upstream', 'if-in-server', 'if-in-location', 'limit_except',
  'mail', 'mail-server', 'stream', 'stream-server', 'stream-upstream', 'rtmp', 'rtmp-server', 'rtmp-application', 'rtmp-recorder',
];
const SUBSYSTEM = {
  NGX_CORE_MODULE: 'core', NGX_CONF_MODULE: 'core', NGX_EVENT_MODULE: 'events', NGX_HTTP_MODULE: 'http',
  NGX_MAIL_MODULE: 'mail', NGX_STREAM_MODULE: 'stream', NGX_RTMP_MODULE: 'rtmp',
};

function decodeFlags(flags, moduleType, C) {
  const must = (n) => { const v = C(n); if (v === null) throw new Error(`cannot resolve ${n}`); return v; };
  const ARGBITS = ['NGX_CONF_NOARGS', 'NGX_CONF_TAKE1', 'NGX_CONF_TAKE2', 'NGX_CONF_TAKE3', 'NGX_CONF_TAKE4', 'NGX_CONF_TAKE5', 'NGX_CONF_TAKE6', 'NGX_CONF_TAKE7'];
  const BLOCK = must('NGX_CONF_BLOCK'), FLAG = must('NGX_CONF_FLAG'), ANY = must('NGX_CONF_ANY');
  const MORE1 = must('NGX_CONF_1MORE'), MORE2 = must('NGX_CONF_2MORE'), ANYCONF = must('NGX_ANY_CONF');
  let known = BLOCK | FLAG | ANY | MORE1 | MORE2;

  // argument rule, in the order ngx_conf_handler() checks it
  const args = {};
  const counts = [];
  ARGBITS.forEach((n, i) => { const b = must(n); known |= b; if (flags & b) counts.push(i); });
  if (flags & ANY) { args.min = 0; args.max = null; }
  else if (flags & FLAG) { args.min = 1; args.max = 1; args.flag = true; }
  else if (flags & MORE1) { args.min = 1; args.max = null; }
  else if (flags & MORE2) { args.min = 2; args.max = null; }
  else if (counts.length) {
    args.min = counts[0];
    args.max = counts[counts.length - 1];
    if (counts.length !== args.max - args.min + 1) args.counts = counts;
  } else { args.min = null; args.max = null; args.invalid = true; }
  if (flags & BLOCK) args.block = true;

  // contexts
  const contexts = new Set();
  const unmapped = [];
  let ctxBits = (flags & ~known) >>> 0;
  if (moduleType === 'NGX_CONF_MODULE' || ((ctxBits & ANYCONF) >>> 0) === (ANYCONF >>> 0)) {
    contexts.add('any');
    ctxBits = (ctxBits & ~ANYCONF) >>> 0;
  }
  for (const [macro, ctx] of CONTEXT_MACROS[moduleType] || []) {
    const b = C(macro);
    if (b !== null && (ctxBits & b)) { contexts.add(ctx); ctxBits = (ctxBits & ~b) >>> 0; }
  }
  if (ctxBits) unmapped.push(`0x${ctxBits.toString(16).padStart(8, '0')}`);
  return { args, contexts: CONTEXT_ORDER.filter((c) => contexts.has(c)), unmapped };
}

// ---------------------------------------------------------------- main

function main() {
  const opt = parseArgs(process.argv);
  const say = (m) => { if (!opt.quiet) process.stderr.write(`${m}\n`); };
  const warnings = [];
  const warn = (m) => { warnings.push(m); };

  const origins = prepareSources({ root: opt.sources, offline: opt.offline, refetch: opt.refetch, upstreamGitRoot: opt.upstreamGitRoot });
  const treeOf = (src) => path.join(opt.sources, 'trees', src);

  // nginx itself: version, configure flags, and the built-in / dynamic split
  const ngxTree = treeOf('nginx');
  const nginxH = fs.readFileSync(path.join(ngxTree, 'src/core/nginx.h'), 'utf8');
  const nginxVersion = /#define\s+NGINX_VERSION\s+"([^"]+)"/.exec(nginxH)[1];
  const nginxVersionNum = Number(/#define\s+nginx_version\s+(\d+)/.exec(nginxH)[1]);
  const configureFlags = debianConfigureFlags(fs.readFileSync(path.join(ngxTree, 'debian/rules'), 'utf8'));
  const cls = classifyNginxModules({
    autoOptions: fs.readFileSync(path.join(ngxTree, 'auto/options'), 'utf8'),
    autoSources: fs.readFileSync(path.join(ngxTree, 'auto/sources'), 'utf8'),
    autoModules: fs.readFileSync(path.join(ngxTree, 'auto/modules'), 'utf8'),
  }, configureFlags);
  for (const w of cls.warnings) warn(w);
  for (const f of cls.unknownFlags) warn(`configure flag ${f} not understood`);
  crossCheckInstalled(configureFlags, cls, nginxVersion, say);

  // per package scanning
  const nginxDefines = new Map();
  const tokenCache = new Map();
  const tokensOf = (abs) => {
    if (!tokenCache.has(abs)) tokenCache.set(abs, tokenize(fs.readFileSync(abs, 'latin1')));
    return tokenCache.get(abs);
  };
  const ngxFiles = listSources(ngxTree);
  for (const rel of ngxFiles) collectDefines(tokensOf(path.join(ngxTree, rel)), nginxDefines, `nginx/${rel}`);
  // what #if can rely on: nginx's version, and the NGX_* macros configure defines
  // in auto/modules for Debian's flags (modules are built against the same config)
  const known = new Map([['nginx_version', nginxVersionNum], ...[...cls.haves].sort().map((h) => [h, 1])]);

  const directives = [];
  const variables = [];
  const sourceRecords = [];

  for (const pkg of PACKAGES) {
    const origin = origins.find((o) => o.source === pkg.source);
    const tree = treeOf(pkg.source);
    const files = pkg.source === 'nginx' ? ngxFiles : listSources(tree);
    const byBase = new Map();
    for (const f of files) {
      const b = path.posix.basename(f);
      if (!byBase.has(b)) byBase.set(b, []);
      byBase.get(b).push(f);
    }
    const defines = new Map();
    if (pkg.source !== 'nginx') for (const rel of files) collectDefines(tokensOf(path.join(tree, rel)), defines, `${pkg.source}/${rel}`);
    for (const [k, v] of nginxDefines) if (!defines.has(k)) defines.set(k, v);
    const C = makeConstantResolver(defines);
    const fnMacros = new Map();
    for (const rel of files) collectFunctionMacros(tokensOf(path.join(tree, rel)), fnMacros);
    const entries = (table) => table.items.map((it) => (it.list ? it : expandMacroItem(it, fnMacros) ?? it));

    const pkgCtx = {
      known,
      tokens: (rel) => tokensOf(path.join(tree, rel)),
      resolveInclude: (name, from) => {
        const cands = byBase.get(path.posix.basename(name)) || [];
        if (!cands.length) return null;
        const dir = path.posix.dirname(from);
        const pick = cands.find((c) => path.posix.dirname(c) === dir) || cands[0];
        return { tokens: tokensOf(path.join(tree, pick)), file: pick };
      },
    };

    const tables = [];
    for (const rel of files) {
      try {
        tables.push(...scanFile(pkgCtx, rel));
      } catch (e) {
        warn(`${pkg.source}/${rel}: ${e.message}`);
      }
    }

    // module definitions: ngx_module_t x = { NGX_MODULE_V1, ctx, commands, TYPE, … }
    const modules = [];
    for (const t of tables.filter((x) => x.type === 'ngx_module_t')) {
      const f = t.items.map((it) => (it.tokens ? tokensText(it.tokens) : null));
      let ci = f[0] === 'NGX_MODULE_V1' ? 2 : -1;
      if (ci < 0) ci = f.findIndex((x, i) => i > 0 && /^NGX_[A-Z0-9_]+_MODULE$/.test(f[i + 1] || ''));
      const commands = ci >= 0 ? f[ci] : null;
      const type = ci >= 0 ? f[ci + 1] : null;
      modules.push({ name: t.name, commands: commands && commands !== 'NULL' ? commands.replace(/^&/, '') : null, type, file: t.file, line: t.line });
    }
    const moduleByName = new Map(modules.map((m) => [m.name, m]));

    // kind / .so / Debian binary package for each module
    const binaries = (origin.binaries || []).filter((b) => b.startsWith('libnginx-mod-') && !b.endsWith('-dev'));
    const soOf = (bin) => pkg.soOverride?.[bin] ?? `ngx_${bin.slice('libnginx-mod-'.length).replace(/-/g, '_')}_module`;
    const kindOf = (modName) => {
      if (pkg.source === 'nginx') {
        if (cls.static.has(modName)) return { moduleKind: 'core', debianPackage: 'nginx' };
        if (cls.dynamic.has(modName)) {
          const so = cls.dynamic.get(modName);
          const bin = binaries.find((b) => soOf(b) === so);
          if (!bin) warn(`nginx: no Debian binary package found for ${so}.so`);
          return { moduleKind: 'dynamic', debianPackage: bin ?? null, soFile: `${so}.so` };
        }
        return { moduleKind: 'unbuilt' };
      }
      const bin = binaries.length === 1 ? binaries[0] : binaries.find((b) => soOf(b) === modName);
      if (!bin) {
        warn(`${pkg.source}: cannot tell which binary package ships ${modName}`);
        return { moduleKind: 'dynamic', debianPackage: null };
      }
      return { moduleKind: 'dynamic', debianPackage: bin, soFile: `${soOf(bin)}.so` };
    };

    const tableByName = (name, file) => {
      const same = tables.find((x) => x.name === name && x.file === file && x.type !== 'ngx_command_t');
      return same || tables.find((x) => x.name === name && x.type !== 'ngx_command_t');
    };
    // ngx_string("x") -> "x" (adjacent literals concatenated); anything else -> null
    const literal = (it) => {
      const tk = it?.tokens;
      if (!tk || tk[0]?.kind !== 'id' || tk[0].value !== 'ngx_string') return null;
      const parts = tk.filter((x) => x.kind === 'str');
      return parts.length ? parts.map((x) => x.value).join('') : null;
    };
    const numOrText = (it) => {
      if (!it?.tokens) return null;
      let v = null;
      try { v = evalExpr(stripCasts(it.tokens), C); } catch { v = null; }
      if (v !== null) return v | 0;
      return tokensText(it.tokens);
    };

    const modulesSeen = new Map();

    // directives
    for (const arr of tables.filter((x) => x.type === 'ngx_command_t')) {
      let owners = modules.filter((m) => m.commands === arr.name && m.file === arr.file);
      if (!owners.length) owners = modules.filter((m) => m.commands === arr.name);
      if (!owners.length) { warn(`${pkg.source}/${arr.file}: command table ${arr.name} belongs to no module; skipped`); continue; }
      if (owners.length > 1) warn(`${pkg.source}/${arr.file}: command table ${arr.name} is used by ${owners.map((m) => m.name).join(', ')}`);
      const mod = owners[0];
      const kind = kindOf(mod.name);
      modulesSeen.set(mod.name, { module: mod.name, subsystem: SUBSYSTEM[mod.type] ?? null, ...kind });
      for (const it of entries(arr)) {
        if (!it.list) {
          const head = it.tokens?.[0]?.value;
          if (head !== 'ngx_null_command') warn(`${pkg.source}/${it.file ?? arr.file}:${it.line}: ${arr.name}: skipped entry ${tokensText(it.tokens || []).slice(0, 60)}`);
          continue;
        }
        const name = literal(it.list[0]);
        if (name === null) {
          if (it.list[0]?.tokens?.[0]?.value !== 'ngx_null_string') warn(`${pkg.source}/${arr.file}:${it.line}: entry without a ngx_string name`);
          continue;
        }
        const f = it.list.map((x) => (x.tokens ? x.tokens : []));
        let flags = null;
        try { flags = evalExpr(stripCasts(f[1] || []), C); } catch (e) { warn(`${pkg.source}/${arr.file}:${it.line}: ${name}: ${e.message}`); }
        if (flags === null) { warn(`${pkg.source}/${arr.file}:${it.line}: ${name}: cannot evaluate flags ${tokensText(f[1] || [])}`); continue; }
        flags >>>= 0;
        const { args, contexts, unmapped } = decodeFlags(flags, mod.type, C);
        if (unmapped.length) warn(`${pkg.source}/${arr.file}:${it.line}: ${name}: flag bits ${unmapped.join(',')} are not a context of ${mod.type}`);
        if (args.invalid) warn(`${pkg.source}/${arr.file}:${it.line}: ${name}: no argument count allowed by flags`);
        const rec = {
          name,
          module: mod.name,
          subsystem: SUBSYSTEM[mod.type] ?? null,
          ...kind,
          sourcePackage: pkg.source,
          contexts,
          args,
          handler: tokensText(f[2] || []),
        };
        // post: enum / bitmask tables, numeric bounds, deprecation, post handlers
        const post = tokensText(f[5] || []).replace(/^&/, '');
        if (post && post !== 'NULL' && post !== '0' && /^[A-Za-z_]\w*$/.test(post)) {
          const tb = tableByName(post, arr.file);
          if (tb?.type === 'ngx_conf_enum_t') rec.enumValues = tb.items.filter((x) => x.list).map((x) => literal(x.list[0])).filter((x) => x !== null);
          else if (tb?.type === 'ngx_conf_bitmask_t') rec.bitmaskValues = tb.items.filter((x) => x.list).map((x) => literal(x.list[0])).filter((x) => x !== null);
          else if (tb?.type === 'ngx_conf_num_bounds_t') {
            const lo = numOrText(tb.items[1]);
            const hi = numOrText(tb.items[2]);
            rec.bounds = { min: lo, max: hi === -1 ? null : hi };
          } else if (tb?.type === 'ngx_conf_deprecated_t') {
            // { ngx_conf_deprecated, "old", "new" }; "new" may name a parameter of another directive
            const s = tb.items.map((x) => x.tokens?.find((k) => k.kind === 'str')?.value ?? null);
            const m = /^(\S+)" parameter of the "(\S+)$/.exec(s[2] ?? '');
            rec.deprecated = m ? { insteadUse: m[2], parameter: m[1] } : { insteadUse: s[2] ?? null };
          } else if (tb?.type === 'ngx_conf_post_t') rec.postHandler = tokensText(tb.items[0]?.tokens || []);
        }
        if (it.conds?.length) rec.conditions = [...it.conds];
        rec.sourceFile = `${pkg.source}/${it.file ?? arr.file}`;
        rec.sourceLine = it.line;
        directives.push(rec);
      }
    }

    // variables: ngx_http_variable_t / ngx_stream_variable_t tables (and known
    // module-specific table types), plus single variables added by name
    const VAR_TABLES = {
      ngx_http_variable_t: { subsystem: 'http', prefix: 'NGX_HTTP_VAR_PREFIX', change: 'NGX_HTTP_VAR_CHANGEABLE', flagsAt: 4 },
      ngx_stream_variable_t: { subsystem: 'stream', prefix: 'NGX_STREAM_VAR_PREFIX', change: 'NGX_STREAM_VAR_CHANGEABLE', flagsAt: 4 },
    };
    for (const [type, spec] of Object.entries(CUSTOM_VARIABLE_TABLES)) {
      VAR_TABLES[type] = { subsystem: spec.subsystem, prefix: `NGX_${spec.subsystem.toUpperCase()}_VAR_PREFIX`, change: `NGX_${spec.subsystem.toUpperCase()}_VAR_CHANGEABLE`, fixedFlags: spec.flags };
    }
    const addVariable = (rec0, file, line, conds, flags, spec) => {
      const mod = rec0.module;
      const kind = mod ? kindOf(mod) : {};
      if (mod && !modulesSeen.has(mod)) modulesSeen.set(mod, { module: mod, subsystem: SUBSYSTEM[moduleByName.get(mod)?.type] ?? spec.subsystem, ...kind });
      const rec = {
        name: rec0.name,
        prefix: Boolean(flags & C(spec.prefix)),
        module: mod,
        subsystem: spec.subsystem,
        ...kind,
        sourcePackage: pkg.source,
      };
      if (flags & C(spec.change)) rec.changeable = true;
      if (rec0.input) rec.input = true;
      if (conds?.length) rec.conditions = [...conds];
      rec.sourceFile = `${pkg.source}/${file}`;
      rec.sourceLine = line;
      variables.push(rec);
    };
    for (const arr of tables.filter((x) => VAR_TABLES[x.type] && x.isArray)) {
      const spec = VAR_TABLES[arr.type];
      const mod = variableOwner(pkg.source, arr.file, modules, spec.subsystem);
      if (!mod) warn(`${pkg.source}/${arr.file}: variable table ${arr.name}: owning module unknown`);
      for (const it of entries(arr)) {
        if (!it.list) {
          if (it.tokens?.[0]?.value !== 'ngx_http_null_variable' && it.tokens?.[0]?.value !== 'ngx_stream_null_variable') {
            warn(`${pkg.source}/${it.file ?? arr.file}:${it.line}: ${arr.name}: skipped entry ${tokensText(it.tokens || []).slice(0, 60)}`);
          }
          continue;
        }
        const name = literal(it.list[0]);
        if (name === null) continue;
        let flags = 0;
        const ft = spec.fixedFlags ? tokenize(spec.fixedFlags) : it.list[spec.flagsAt]?.tokens;
        if (ft) { try { flags = evalExpr(stripCasts(ft), C) ?? 0; } catch { warn(`${pkg.source}/${arr.file}:${it.line}: $${name}: cannot evaluate flags`); } }
        addVariable({ name, module: mod }, it.file ?? arr.file, it.line, it.conds, flags, spec);
      }
    }
    for (const call of tables.filter((x) => x.type === 'call')) {
      const how = VARIABLE_CALLS[call.fn];
      const a = call.args[1] || [];
      if (!(a.length === 2 && a[0].value === '&' && a[1].kind === 'id')) continue; // names computed at run time
      const str = tables.find((x) => x.type === 'ngx_str_t' && x.name === a[1].value && x.file === call.file)
        || tables.find((x) => x.type === 'ngx_str_t' && x.name === a[1].value);
      if (!str) continue;
      const spec = VAR_TABLES[how.subsystem === 'http' ? 'ngx_http_variable_t' : 'ngx_stream_variable_t'];
      let flags = 0;
      if (!how.input && call.args[2]) { try { flags = evalExpr(stripCasts(call.args[2]), C) ?? 0; } catch { flags = 0; } }
      const mod = variableOwner(pkg.source, call.file, modules, how.subsystem);
      if (!mod) warn(`${pkg.source}/${call.file}:${call.line}: $${str.value}: owning module unknown`);
      addVariable({ name: str.value, module: mod, input: how.input }, call.file, call.line, call.conds, flags, spec);
    }

    sourceRecords.push({
      ...origin,
      modules: [...modulesSeen.values()].sort((a, b) => cmp(a.module, b.module)),
    });
  }

  // a module that both adds a variable and looks up its index provides it
  const provided = new Set(variables.filter((v) => !v.input).map((v) => `${v.name}|${v.module}`));
  const vars = variables.filter((v) => !v.input || !provided.has(`${v.name}|${v.module}`));
  variables.length = 0;
  variables.push(...vars);

  directives.sort((a, b) => cmp(a.name, b.name) || cmp(a.module, b.module) || cmp(a.sourceFile, b.sourceFile) || a.sourceLine - b.sourceLine);
  variables.sort((a, b) => cmp(a.name, b.name) || cmp(a.module ?? '', b.module ?? '') || cmp(a.sourceFile, b.sourceFile) || a.sourceLine - b.sourceLine);

  const sources = {
    nginxVersion,
    debianConfigureFlags: configureFlags,
    packages: sourceRecords.map((r) => ({
      source: r.source,
      debianVersion: r.debianVersion,
      upstreamVersion: r.upstreamVersion,
      origin: r.origin,
      ...(r.upstreamRepo ? { upstreamRepo: r.upstreamRepo, upstreamTag: r.upstreamTag, upstreamCommit: r.upstreamCommit } : {}),
      binaries: r.binaries,
      modules: r.modules,
    })),
  };

  fs.mkdirSync(opt.out, { recursive: true });
  // one record per line keeps the files small and their diffs readable
  const writeLines = (name, rows) => fs.writeFileSync(path.join(opt.out, name), `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
  writeLines('directives.json', directives);
  writeLines('variables.json', variables);
  fs.writeFileSync(path.join(opt.out, 'sources.json'), `${JSON.stringify(sources, null, 2)}\n`);

  for (const w of warnings) say(`warning: ${w}`);
  printSummary(directives, variables, sources, opt.out);
}

/** Which module registers a variable table (for files that define none themselves). */
function variableOwner(source, file, modules, subsystem) {
  // nginx's shared variable files are registered by the core module of their subsystem
  if (source === 'nginx' && file === 'src/http/ngx_http_variables.c') return 'ngx_http_core_module';
  if (source === 'nginx' && file === 'src/stream/ngx_stream_variables.c') return 'ngx_stream_core_module';
  const typeMacro = subsystem === 'http' ? 'NGX_HTTP_MODULE' : 'NGX_STREAM_MODULE';
  const inFile = modules.filter((m) => m.file === file && m.type === typeMacro);
  if (inFile.length === 1) return inFile[0].name;
  const inPkg = modules.filter((m) => m.type === typeMacro);
  if (inPkg.length === 1) return inPkg[0].name;
  return null;
}

/** Compares our reading of debian/rules with the installed nginx, when there is one. */
function crossCheckInstalled(flags, cls, version, say) {
  // nginx -V prints to stderr
  const r = spawnSync('nginx', ['-V'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) { say('note: no runnable nginx here; skipped the nginx -V cross-check'); return; }
  const text = `${r.stdout}${r.stderr}`;
  const installed = /nginx version: nginx\/(\S+)/.exec(text)?.[1];
  if (installed !== version) { say(`note: installed nginx is ${installed}, sources are ${version}; skipped the nginx -V cross-check`); return; }
  const fromV = (/configure arguments: (.*)/.exec(text)?.[1] ?? '').split(/\s+/).filter((w) => /^--with(out)?-/.test(w) && !/^--with-(cc|ld)-opt/.test(w));
  const a = new Set(flags);
  const b = new Set(fromV);
  const onlyRules = [...a].filter((x) => !b.has(x));
  const onlyBinary = [...b].filter((x) => !a.has(x));
  if (onlyRules.length || onlyBinary.length) say(`warning: nginx -V differs from debian/rules: rules-only ${onlyRules.join(' ') || '-'}; binary-only ${onlyBinary.join(' ') || '-'}`);
  else say(`nginx -V matches the configure flags in debian/rules (${flags.length} module flags)`);
  // the binary's ngx_module_names[] table lists exactly the built-in modules
  try {
    const bin = fs.readFileSync(execFileSync('sh', ['-c', 'command -v nginx']).toString().trim()).toString('latin1');
    const inBinary = new Set(bin.match(/ngx_[a-z0-9_]+_module(?=\0)/g) || []);
    const missing = [...cls.static].filter((m) => !inBinary.has(m));
    if (missing.length) say(`warning: modules expected built in but not named in the nginx binary: ${missing.join(' ')}`);
    else say(`all ${cls.static.size} modules worked out as built in are named in the nginx binary`);
  } catch { /* not fatal */ }
}

function printSummary(directives, variables, sources, out) {
  const names = new Set(directives.map((d) => d.name));
  const kinds = {};
  for (const d of directives) kinds[d.moduleKind] = (kinds[d.moduleKind] || 0) + 1;
  const namesByKind = {};
  for (const k of Object.keys(kinds)) namesByKind[k] = new Set(directives.filter((d) => d.moduleKind === k).map((d) => d.name)).size;
  const lines = [];
  lines.push(`directives: ${directives.length} entries, ${names.size} distinct names`);
  lines.push(`  by module kind (entries / names): ${Object.keys(kinds).sort().map((k) => `${k} ${kinds[k]}/${namesByKind[k]}`).join(', ')}`);
  const byPkg = new Map();
  for (const d of directives) {
    const key = d.sourcePackage === 'nginx' ? `nginx (${d.subsystem}, ${d.moduleKind})` : d.sourcePackage;
    byPkg.set(key, (byPkg.get(key) || 0) + 1);
  }
  lines.push('  by package / family:');
  for (const k of [...byPkg.keys()].sort()) lines.push(`    ${k}: ${byPkg.get(k)}`);
  const prefixes = variables.filter((v) => v.prefix).length;
  lines.push(`variables: ${variables.length} entries (${prefixes} prefix families), ${new Set(variables.map((v) => v.name)).size} distinct names`);
  lines.push(`sources: ${sources.packages.map((p) => `${p.source} ${p.debianVersion} [${p.origin}]`).join('; ')}`);
  lines.push(`written to ${path.relative(process.cwd(), out) || out}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

try {
  main();
} catch (e) {
  process.stderr.write(`extract-nginx: ${e.stack || e.message}\n`);
  process.exit(1);
}
