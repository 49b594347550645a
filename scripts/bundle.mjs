// Bundles the VS Code client, the language server and the CLI with esbuild, and copies the
// tree-sitter .wasm files next to them (web-tree-sitter loads them at run time).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, existsSync, chmodSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // Native tree-sitter is optional at run time (the CLI prefers it when it loads); never bundle it.
  external: ['vscode', 'tree-sitter', 'tree-sitter-nginx', 'tree-sitter-caddyfile'],
};

await Promise.all([
  build({ ...common, entryPoints: [join(root, 'client/src/extension.ts')], outfile: join(dist, 'client.js') }),
  build({ ...common, entryPoints: [join(root, 'server/src/lsp/main.ts')], outfile: join(dist, 'server.js'),
    banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: [join(root, 'server/src/cli/main.ts')], outfile: join(dist, 'cli.js'),
    banner: { js: '#!/usr/bin/env node' } }),
]);
chmodSync(join(dist, 'server.js'), 0o755);
chmodSync(join(dist, 'cli.js'), 0o755);

const wasmFiles = [
  [join(root, 'node_modules/web-tree-sitter/tree-sitter.wasm'), 'tree-sitter.wasm'],
  [join(root, 'grammars/tree-sitter-nginx/tree-sitter-nginx.wasm'), 'tree-sitter-nginx.wasm'],
  [join(root, 'grammars/tree-sitter-caddyfile/tree-sitter-caddyfile.wasm'), 'tree-sitter-caddyfile.wasm'],
];
for (const [from, name] of wasmFiles) {
  if (!existsSync(from)) throw new Error(`missing ${from}: run npm run grammars`);
  copyFileSync(from, join(dist, name));
}
