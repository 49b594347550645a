/**
 * Configs for the nginx explain unit tests, parsed into ConfigNodes: an `http` block, a lone `server`
 * block, or the chain of blocks from `http` down to a given location.
 */
import assert from 'node:assert/strict';
import { parseText } from './parse';
import { buildConfigTree, type ConfigNode } from '../../server/src/core/dialects/nginx/routing/configTree';
import type { WorkspaceGraph } from '../../server/src/core/workspace/includeGraph';

const FILE = '/virtual/nginx.conf';

async function configTree(text: string) {
  const model = await parseText('nginx', text, FILE);
  const graph: WorkspaceGraph = { files: new Map([[FILE, model]]), edges: [], findings: [], includedBy: new Map() };
  return buildConfigTree(graph, FILE);
}

/** The `http` block of a one-file configuration whose http body is `body`. */
export async function httpBlock(body: string): Promise<ConfigNode> {
  const http = (await configTree(`events {}\nhttp {\n${body}\n}\n`)).main.find((n) => n.name === 'http');
  assert.ok(http, 'no http block');
  return http;
}

/** The `server` block of a one-file configuration made of `server { body }` alone. */
export async function serverOf(body: string): Promise<ConfigNode> {
  const server = (await configTree(`server {\n${body}\n}\n`)).main.find((n) => n.name === 'server');
  assert.ok(server, 'a server block');
  return server;
}

/** http, server, then the blocks whose heads are given (each searched inside the previous one). */
export async function chainOf(serverBody: string, heads: readonly string[], httpExtra = ''): Promise<ConfigNode[]> {
  const http = await httpBlock(`${httpExtra}\nserver {\n${serverBody}\n}`);
  const server = http.children?.find((n) => n.name === 'server');
  assert.ok(server);
  const chain = [http, server];
  for (const head of heads) {
    const next = chain[chain.length - 1].children?.find((n) => n.at.text === head || (n.name === 'if' && head.startsWith('if ')));
    assert.ok(next, `no block ${head}`);
    chain.push(next);
  }
  return chain;
}
