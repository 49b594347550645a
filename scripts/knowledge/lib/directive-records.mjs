// One record per ngx_command_t entry of a package: the directive's name, module,
// contexts, argument rule and the value tables its post field points to.

import { evalExpr, stripCasts } from './c-constants.mjs';
import { tokensText } from './c-tokens.mjs';
import { SUBSYSTEM, decodeFlags } from './command-flags.mjs';

/** The directives of the package described by `ctx` (see package-context.mjs); records the modules seen in ctx.modulesSeen. */
export function directiveRecords(ctx) {
  const { pkg, C, entries, tables, modules, kindOf, tableByName, literal, numOrText, modulesSeen, warn } = ctx;
  const directives = [];
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
  return directives;
}
