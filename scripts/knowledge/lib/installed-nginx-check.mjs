// A cross-check against the nginx installed on this machine, when it is the same
// release: its configure arguments and the module names in its binary.

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

export function crossCheckInstalled(flags, cls, version, say) {
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
