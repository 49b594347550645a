// Lists nginx directives and variables that have no hover doc yet.
//   node scripts/knowledge/check-docs.mjs [--module REGEX] [--variables]
// Docs live in server/src/core/dialects/nginx/knowledge/docs/*.json, each file:
//   { "directives": { "<module>:<name>": Doc }, "variables": { "<name>": Doc } }
// where Doc = { "summary": string, "pitfall": string, "example": string }.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const knowledge = join(root, 'server/src/core/dialects/nginx/knowledge');
const directives = JSON.parse(readFileSync(join(knowledge, 'directives.json'), 'utf8'));
const variables = JSON.parse(readFileSync(join(knowledge, 'variables.json'), 'utf8'));
const args = process.argv.slice(2);
const moduleFilter = args.includes('--module') ? new RegExp(args[args.indexOf('--module') + 1]) : /./;

const docDirectives = new Map();
const docVariables = new Map();
const problems = [];
for (const file of readdirSync(join(knowledge, 'docs')).filter((f) => f.endsWith('.json')).sort()) {
  const content = JSON.parse(readFileSync(join(knowledge, 'docs', file), 'utf8'));
  for (const [key, doc] of Object.entries(content.directives ?? {})) {
    if (docDirectives.has(key)) problems.push(`${file}: ${key} is also in ${docDirectives.get(key)}`);
    docDirectives.set(key, file);
    for (const field of ['summary', 'pitfall', 'example']) if (typeof doc[field] !== 'string' || !doc[field].trim()) problems.push(`${file}: ${key} lacks ${field}`);
  }
  for (const [key, doc] of Object.entries(content.variables ?? {})) {
    if (docVariables.has(key)) problems.push(`${file}: variable ${key} is also in ${docVariables.get(key)}`);
    docVariables.set(key, file);
    for (const field of ['summary', 'pitfall', 'example']) if (typeof doc[field] !== 'string' || !doc[field].trim()) problems.push(`${file}: variable ${key} lacks ${field}`);
  }
}
const wanted = [...new Set(directives.filter((d) => moduleFilter.test(d.module)).map((d) => `${d.module}:${d.name}`))];
const missing = wanted.filter((k) => !docDirectives.has(k));
const known = new Set(directives.map((d) => `${d.module}:${d.name}`));
const unknown = [...docDirectives.keys()].filter((k) => !known.has(k));
const wantedVars = [...new Set(variables.map((v) => (v.prefix ? `${v.name}*` : v.name)))];
const missingVars = wantedVars.filter((v) => !docVariables.has(v));
console.log(`directives: ${wanted.length - missing.length}/${wanted.length} documented`);
if (args.includes('--variables') || !args.includes('--module')) console.log(`variables: ${wantedVars.length - missingVars.length}/${wantedVars.length} documented (prefix families are keyed like "http_*")`);
for (const p of problems) console.log(`problem: ${p}`);
for (const k of unknown) console.log(`unknown key (not in directives.json): ${k}`);
if (args.includes('--list')) {
  for (const k of missing) console.log(`missing: ${k}`);
  if (args.includes('--variables')) for (const v of missingVars) console.log(`missing variable: ${v}`);
}
process.exitCode = problems.length || unknown.length ? 1 : 0;
