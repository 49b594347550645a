/**
 * Server tables and requests for the reception tests (listen, server names, Host and request line).
 */
import assert from 'node:assert/strict';
import { httpBlock } from './explainFixtures';
import { buildServerTable, type Reception, type ServerTable } from '../../server/src/core/dialects/nginx/routing/reception';
import type { HttpRequest } from '../../server/src/core/analysis/explain/types';

export async function table(body: string): Promise<ServerTable> {
  return buildServerTable(await httpBlock(body), { hostname: 'vm' });
}

export function request(overrides: Partial<HttpRequest> & { target?: string }): HttpRequest {
  return {
    method: 'GET',
    version: 'HTTP/1.1',
    scheme: 'http',
    address: '127.0.0.1',
    port: 8080,
    target: '/',
    host: 'example.com',
    headers: [],
    clientAddress: '127.0.0.1',
    files: 'missing',
    ...overrides,
  };
}

/** Which server (by 0-based index) answered, or the rejection status, or 'unreachable'. */
export function outcome(r: Reception): string {
  if (r.kind === 'accepted') return `s${r.server.index}`;
  if (r.kind === 'rejected') return `${r.status}`;
  return 'unreachable';
}

export function accepted(r: Reception): Extract<Reception, { kind: 'accepted' }> {
  assert.equal(r.kind, 'accepted', JSON.stringify(r.steps));
  return r as Extract<Reception, { kind: 'accepted' }>;
}
