// Writes syntaxes/*.tmLanguage.json from the grammar sources in this folder.
//
//   node syntaxes/src/generate.mjs           regenerate the JSON files
//   node syntaxes/src/generate.mjs --check   exit 1 if a JSON file is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nginx from './nginx.mjs';
import caddyfile from './caddyfile.mjs';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const grammars = [
  ['nginx.tmLanguage.json', nginx],
  ['caddyfile.tmLanguage.json', caddyfile],
];
const check = process.argv.includes('--check');
let stale = 0;

for (const [file, grammar] of grammars) {
  const path = join(outDir, file);
  const text =
    JSON.stringify(
      { ...grammar, comment: 'Generated from syntaxes/src/ by syntaxes/src/generate.mjs; do not edit by hand.' },
      null,
      2,
    ) + '\n';
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== text) {
      console.error(`${file} is out of date: run node syntaxes/src/generate.mjs`);
      stale++;
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote syntaxes/${file}`);
  }
}
process.exit(stale ? 1 : 0);
