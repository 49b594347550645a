/**
 * Request states and runners for the content-handler tests (proxy URI, upstreams, static files): a
 * request as nginx holds it after parsing, rewrites and redirects, the decision contentHandler takes,
 * and static serving against real files under a temp root.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chainOf } from './explainFixtures';
import { contentHandler, type ContentDecision, type UriState } from '../../server/src/core/dialects/nginx/routing/handlers';
import { buildUpstreamTable, hostsFileResolver, type ResolveHost } from '../../server/src/core/dialects/nginx/routing/upstreams';
import { serveStatic, type StaticInput, type StaticOutcome } from '../../server/src/core/dialects/nginx/routing/staticFiles';
import type { FileAssumption } from '../../server/src/core/analysis/explain/types';

export const UP = 'http://127.0.0.1:21001';

/** A request as received: nothing rewritten (flags as nginx sets them after parsing the request line). */
export function received(requestUri: string, uri: string): UriState {
  const q = requestUri.indexOf('?');
  const path = q < 0 ? requestUri : requestUri.slice(0, q);
  return {
    method: 'GET',
    uri,
    args: q < 0 ? '' : requestUri.slice(q + 1),
    requestUri,
    unparsedUriValid: true,
    quotedUri: path.includes('%'),
    internal: false,
    locationValid: true,
  };
}

/** After `rewrite … break` in the final location (nginx: internal, unparsed URI invalid, location invalid). */
export function rewrittenWithBreak(base: UriState, uri: string, args = base.args): UriState {
  return { ...base, uri, args, internal: true, unparsedUriValid: false, locationValid: false };
}

/** After an internal redirect or a rewrite that led to a new location lookup. */
export function redirected(base: UriState, uri: string, args = base.args): UriState {
  return { ...base, uri, args, internal: true, unparsedUriValid: false, locationValid: true };
}

export function expander(values: Record<string, string> = {}): (template: string) => string {
  return (template) => template.replace(/\$(\w+)/g, (_, name: string) => values[name] ?? '');
}

export async function decide(serverBody: string, heads: readonly string[], state: UriState, options: { http?: string; vars?: Record<string, string>; resolveHost?: ResolveHost } = {}): Promise<ContentDecision> {
  const chain = await chainOf(serverBody, heads, options.http);
  const upstreams = buildUpstreamTable(chain[0], options.resolveHost ?? hostsFileResolver('127.0.0.1 localhost\n'));
  return contentHandler({ chain, state, upstreams, expand: expander({ request_uri: state.requestUri, uri: state.uri, args: state.args, ...options.vars }) });
}

export async function sentUri(serverBody: string, heads: readonly string[], state: UriState, options: Parameters<typeof decide>[3] = {}): Promise<string | undefined> {
  return (await decide(serverBody, heads, state, options)).upstream?.uri;
}

const fsProbe = {
  isFile: (p: string) => { try { return fs.statSync(p).isFile(); } catch { return false; } },
  isDirectory: (p: string) => { try { return fs.statSync(p).isDirectory(); } catch { return false; } },
};

function tree(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-static-'));
  for (const f of ['www/f.txt', 'www/d/x.txt', 'www/i/index.html', 'www/i/other.htm', 'data/f.txt', 'data/sub/g.txt', 'www/a b/c.txt']) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), 'x');
  }
  fs.mkdirSync(path.join(dir, 'www/e'));
  return dir;
}

export async function serve(serverBody: (dir: string) => string, heads: readonly string[], method: string, target: string, options: { files?: FileAssumption; uri?: string; vars?: Record<string, string>; locationValid?: boolean } = {}): Promise<StaticOutcome> {
  const dir = tree();
  try {
    const chain = await chainOf(serverBody(dir), heads);
    const q = target.indexOf('?');
    const uri = options.uri ?? decodeURIComponent(q < 0 ? target : target.slice(0, q));
    const input: StaticInput = {
      chain, method, uri, args: q < 0 ? '' : target.slice(q + 1), locationValid: options.locationValid ?? true,
      files: options.files ?? 'fs', probe: fsProbe, expand: expander(options.vars), prefix: `${dir}/`,
    };
    return serveStatic(input);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function summary(outcome: StaticOutcome): string {
  if (outcome.kind === 'internal-redirect') return `redirect ${outcome.uri}`;
  if (outcome.kind === 'unknown') return 'unknown';
  return outcome.location ? `${outcome.status} ${outcome.location}` : String(outcome.status);
}
