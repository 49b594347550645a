// Which files of an unpacked source tree are scanned, in a fixed order so that
// the extraction's output depends only on the tree.

import fs from 'node:fs';
import path from 'node:path';

// Directories never compiled into the module: test suites, examples, packaging.
const SKIP_DIRS = new Set(['t', 'test', 'tests', 'example', 'examples', 'debian', 'dev', 'doc', 'docs']);

export function listSources(treeRoot) {
  const out = [];
  (function walk(rel) {
    const abs = path.join(treeRoot, rel);
    for (const ent of fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name))) {
      if (ent.name.startsWith('.')) continue;
      const r = rel ? `${rel}/${ent.name}` : ent.name;
      if (ent.isDirectory()) {
        if (!SKIP_DIRS.has(ent.name)) walk(r);
      } else if (ent.isFile() && /\.(c|h)$/.test(ent.name)) out.push(r);
    }
  })('');
  return out;
}

/** Orders strings by UTF-16 code units, as the output files are sorted (localeCompare would depend on the locale). */
export function compareStrings(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
