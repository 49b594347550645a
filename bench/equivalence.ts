/**
 * The native engine (bulk export, reduced to what the reader visits) must give exactly the model
 * the wasm engine gives. `node out/bench/equivalence.js [files…]` compares the two on the given
 * files, or on the shared corpus, the test fixtures, generated files and hostile inputs; it prints
 * each difference and exits 1 if there is any.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadNativeParsers, loadWasmParsers, type ParserSet } from '../server/src/core/parse/parserHost';
import { modelFromTree } from '../server/src/core/document';
import { packs, dialectForPath, dialectFromContent } from '../server/src/core/dialects/registry';
import type { Dialect } from '../server/src/core/model/types';
import { generateCaddyfile, generateNginxConfig } from './generate';
import { corpusFiles } from '../test/support/corpus';
import { hostileInputs } from './hostile';

interface Input {
  name: string;
  dialect: Dialect;
  text: string;
}

function modelJson(parsers: ParserSet, input: Input): string {
  const tree = parsers.forDialect(input.dialect).parse(input.text);
  const model = modelFromTree(tree, input.text, '/equivalence', packs[input.dialect]);
  tree.delete?.();
  return JSON.stringify(model);
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: wasm …${a.slice(Math.max(0, i - 80), i + 80)}…\n  native …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

function fixtureInputs(dir: string): Input[] {
  if (!fs.existsSync(dir)) return [];
  const inputs: Input[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const text = fs.readFileSync(file, 'utf8');
    inputs.push({ name: file, dialect: dialectForPath(file) ?? dialectFromContent(text), text });
  }
  return inputs;
}

function defaultInputs(): Input[] {
  return [
    ...corpusFiles().map((f) => ({ name: f.path, dialect: f.dialect, text: f.text })),
    ...fixtureInputs(path.join(__dirname, '..', '..', 'test', 'fixtures')),
    { name: 'generated nginx 20k', dialect: 'nginx', text: generateNginxConfig(20_000) },
    { name: 'generated caddy 20k', dialect: 'caddy', text: generateCaddyfile(20_000) },
    ...hostileInputs().map(([name, dialect, text]) => ({ name, dialect, text })),
  ];
}

async function main(): Promise<void> {
  const native = loadNativeParsers();
  if (!native) throw new Error('native bindings not built');
  const wasm = await loadWasmParsers();
  const args = process.argv.slice(2);
  const inputs = args.length
    ? args.map((file) => {
        const text = fs.readFileSync(file, 'utf8');
        return { name: file, dialect: dialectForPath(file) ?? dialectFromContent(text), text };
      })
    : defaultInputs();
  let differing = 0;
  for (const input of inputs) {
    const expected = modelJson(wasm, input);
    const actual = modelJson(native, input);
    if (expected !== actual) {
      differing++;
      console.log(`${input.name} (${input.dialect}): models differ ${firstDifference(expected, actual)}`);
    }
  }
  console.log(`${inputs.length} inputs compared, ${differing} differ`);
  process.exitCode = differing ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
