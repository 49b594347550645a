// One record per variable a package provides or reads: entries of variable tables
// (ngx_http_variable_t / ngx_stream_variable_t and known module-specific table
// types), and single variables added (or looked up) by name.

import { evalExpr, stripCasts } from './c-constants.mjs';
import { tokenize, tokensText } from './c-tokens.mjs';
import { SUBSYSTEM } from './command-flags.mjs';
import { CUSTOM_VARIABLE_TABLES, VARIABLE_CALLS } from './table-scan.mjs';

/** The variables of the package described by `ctx` (see package-context.mjs); records their modules in ctx.modulesSeen. */
export function variableRecords(ctx) {
  const { pkg, C, entries, tables, modules, moduleByName, kindOf, literal, modulesSeen, warn } = ctx;
  const variables = [];
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
  return variables;
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
