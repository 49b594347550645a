// Everything the directive and variable readers need to know about one source
// package: its scanned tables, its modules and how Debian ships each of them,
// its constants, and small readers of initialiser entries.

import path from 'node:path';

import { evalExpr, collectDefines, makeConstantResolver, stripCasts } from './c-constants.mjs';
import { collectFunctionMacros, expandMacroItem } from './c-initializers.mjs';
import { tokensText } from './c-tokens.mjs';
import { scanFile } from './table-scan.mjs';

/**
 * Scans one package's files. `nginxDefines` (nginx's own macros) fill in what the
 * package does not define; `known` is what #if may rely on; `cls` is the built-in /
 * dynamic split of nginx's modules; `tokensOf(absPath)` caches tokenised files.
 */
export function packageContext({ pkg, origin, tree, files, nginxDefines, known, cls, tokensOf, warn }) {
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

  return { pkg, C, entries, tables, modules, moduleByName, kindOf, tableByName, literal, numOrText, modulesSeen, warn };
}
