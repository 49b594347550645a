// The counts printed at the end of an extraction, to see at a glance what changed.

import path from 'node:path';

export function printSummary(directives, variables, sources, out) {
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
