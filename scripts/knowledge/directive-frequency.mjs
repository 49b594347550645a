#!/usr/bin/env node
// Derives how common each nginx directive, variable and argument keyword is from the shared
// corpus, for ranking completions. Reads every nginx file listed in the corpus's verdicts.jsonl,
// parses it with Switchyard's own parser (the compiled tree in out/, so run `npx tsc -p .`
// first) and counts, per name, the number of corpus FILES that use it: one file with 500
// `server` lines should not outrank 300 files with one `gzip on;` each.
//
//   node scripts/knowledge/directive-frequency.mjs [--corpus DIR] [--out FILE]
//
// Writes server/src/core/dialects/nginx/knowledge/frequency.json. Same corpus in, same file out.
//
// Fields:
//   directives     name → files using the directive (known directive names only; map/geo/types
//                  entries and Lua bodies are not directives and are not counted)
//   variables      name (no `$`) → files using `$name` or `${name}` in an argument
//   argumentWords  directive → keyword → files: keyword-like arguments (`ssl`, `always`,
//                  `keys_zone=`) written after the directive's name, kept when at least
//                  MIN_FILES files from at least MIN_REPOS repositories use them, so that
//                  names local to one project drop out.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const MIN_FILES = 4;
const MIN_REPOS = 2;

function parseArgs(argv) {
  const options = {
    corpus: process.env.SWITCHYARD_CORPUS ?? path.resolve(REPO, '..', 'shared', 'corpus'),
    out: path.join(REPO, 'server', 'src', 'core', 'dialects', 'nginx', 'knowledge', 'frequency.json'),
  };
  for (let i = 2; i < argv.length; i++) {
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${argv[i]} needs a value`);
      return argv[++i];
    };
    if (argv[i] === '--corpus') options.corpus = path.resolve(value());
    else if (argv[i] === '--out') options.out = path.resolve(value());
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return options;
}

function compiled(relative) {
  const file = path.join(REPO, 'out', 'server', 'src', relative);
  if (!fs.existsSync(file)) throw new Error(`missing ${path.relative(REPO, file)}: run \`npx tsc -p .\` first`);
  return require(file);
}

// Placeholder names that test suites and documentation examples share; they pass the file and
// repository thresholds without being anything a user would want offered.
const PLACEHOLDER = /^(foo|bar|baz|qux)\b|example|domain\d/i;

/** Keyword-like argument text: what a completion list could usefully offer as a literal. */
function keywordOf(value) {
  if (value.includes('$') || PLACEHOLDER.test(value)) return undefined;
  const assignment = /^([a-z][a-z0-9_]*)=/i.exec(value);
  if (assignment) return `${assignment[1]}=`;
  return /^[a-z][a-z0-9_.-]*$/i.test(value) && value.length <= 32 ? value : undefined;
}

function countInto(table, key, file) {
  let files = table.get(key);
  if (!files) table.set(key, (files = new Set()));
  files.add(file);
}

function sortedObject(entries) {
  return Object.fromEntries([...entries].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

async function main() {
  const options = parseArgs(process.argv);
  const verdictsPath = path.join(options.corpus, 'verdicts.jsonl');
  if (!fs.existsSync(verdictsPath)) throw new Error(`no corpus at ${options.corpus} (set SWITCHYARD_CORPUS or --corpus)`);
  const { loadWasmParsers } = compiled('core/parse/parserHost.js');
  const { modelFromTree } = compiled('core/document.js');
  const { packs } = compiled('core/dialects/registry.js');
  const { walkDirectives } = compiled('core/model/walk.js');
  const { nginxKnowledge } = compiled('core/dialects/nginx/knowledge/index.js');
  const parser = (await loadWasmParsers()).forDialect('nginx');

  const verdicts = fs.readFileSync(verdictsPath, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const files = verdicts.filter((v) => v.dialect === 'nginx' && fs.existsSync(path.join(options.corpus, v.path))).sort((a, b) => (a.path < b.path ? -1 : 1));
  const repoOf = new Map(files.map((v) => [v.path, v.repo ?? v.path.split('/')[0]]));

  const directives = new Map();
  const variables = new Map();
  const words = new Map();
  for (const verdict of files) {
    const text = fs.readFileSync(path.join(options.corpus, verdict.path), 'utf8');
    const tree = parser.parse(text);
    const model = modelFromTree(tree, text, verdict.path, packs.nginx);
    tree.delete?.();
    walkDirectives(model.statements, (d) => {
      for (const arg of d.args) for (const m of arg.raw.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) countInto(variables, m[1], verdict.path);
      if (d.isEntry || nginxKnowledge.directive(d.name).length === 0) return;
      countInto(directives, d.name, verdict.path);
      let perDirective = words.get(d.name);
      if (!perDirective) words.set(d.name, (perDirective = new Map()));
      for (const arg of d.args) {
        const keyword = arg.kind === 'quoted' ? undefined : keywordOf(arg.value);
        if (keyword) countInto(perDirective, keyword, verdict.path);
      }
    });
  }

  const argumentWords = [];
  for (const [name, perDirective] of words) {
    const kept = [...perDirective].filter(([, users]) => users.size >= MIN_FILES && new Set([...users].map((f) => repoOf.get(f))).size >= MIN_REPOS);
    if (kept.length) argumentWords.push([name, sortedObject(kept.map(([word, users]) => [word, users.size]))]);
  }
  argumentWords.sort((a, b) => (a[0] < b[0] ? -1 : 1));

  const output = {
    source: {
      corpus: `${files.length} nginx files from ${new Set(repoOf.values()).size} repositories in the shared corpus`,
      generatedBy: 'scripts/knowledge/directive-frequency.mjs',
      measure: 'number of corpus files using each name',
      argumentWordsKept: `used by at least ${MIN_FILES} files from at least ${MIN_REPOS} repositories`,
    },
    directives: sortedObject([...directives].map(([k, v]) => [k, v.size])),
    variables: sortedObject([...variables].map(([k, v]) => [k, v.size])),
    argumentWords: Object.fromEntries(argumentWords),
  };
  fs.writeFileSync(options.out, JSON.stringify(output, null, 1) + '\n');
  console.log(`${path.relative(REPO, options.out)}: ${directives.size} directives, ${variables.size} variables, argument words for ${argumentWords.length} directives (${files.length} files)`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
