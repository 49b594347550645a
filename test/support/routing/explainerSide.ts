/**
 * The explainer's side of the comparison, through its public API only: the include graph read
 * from disk, `nginxPack.requestExplainer.prepare(...)`, then `explain(request, probe)` with the
 * real file system answering file questions (the case's static files exist on disk).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PreparedConfiguration } from '../../../server/src/core/analysis/explain';
import type { Explanation, FileProbe, HttpRequest } from '../../../server/src/core/analysis/explain/types';
import { nginxPack } from '../../../server/src/core/dialects/nginx/pack';
import { loadFastestParsers, type ParserSet } from '../../../server/src/core/parse/parserHost';
import { loadIncludeGraph } from '../../../server/src/core/workspace/loadConfigs';
import { fileSystemSource } from '../../../server/src/node/fileSource';
import { machineFacts } from '../../../server/src/node/machineFacts';
import type { RoutingRequest } from './rawHttp';

export const realFileProbe: FileProbe = {
  isFile: (p) => statOf(p)?.isFile() ?? false,
  isDirectory: (p) => statOf(p)?.isDirectory() ?? false,
};

function statOf(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

export function httpRequestOf(request: RoutingRequest): HttpRequest {
  return {
    method: request.method,
    version: request.version,
    scheme: 'http',
    address: request.address,
    port: request.port,
    target: request.target,
    host: request.host,
    headers: request.headers,
    // Loopback connections leave from 127.0.0.1 (or ::1), whichever loopback address they reach.
    clientAddress: request.address.includes(':') ? '::1' : '127.0.0.1',
    files: 'fs',
  };
}

export type ExplainOutcome = { readonly kind: 'explained'; readonly explanation: Explanation } | { readonly kind: 'threw'; readonly error: string };

export class ExplainerSide {
  private constructor(private readonly parsers: ParserSet) {}

  static async load(): Promise<ExplainerSide> {
    if (!nginxPack.requestExplainer) throw new Error('nginxPack.requestExplainer is not wired yet (dialects/nginx/pack.ts)');
    return new ExplainerSide(await loadFastestParsers());
  }

  /** Prepares the case's nginx.conf once; the result explains each request (errors caught per request). */
  prepare(caseDir: string): (request: RoutingRequest) => ExplainOutcome {
    const root = path.join(caseDir, 'nginx.conf');
    let prepared: PreparedConfiguration;
    try {
      // The machine nginx runs on is this one: its prefix (-p caseDir/), host name and /etc/hosts.
      const facts = machineFacts({ prefix: caseDir + '/', hostsFile: '/etc/hosts' });
      prepared = nginxPack.requestExplainer!.prepare(loadIncludeGraph(root, nginxPack, this.parsers, fileSystemSource), root, facts);
    } catch (error) {
      const message = `prepare threw: ${errorText(error)}`;
      return () => ({ kind: 'threw', error: message });
    }
    return (request) => {
      try {
        return { kind: 'explained', explanation: prepared.explain(httpRequestOf(request), realFileProbe) };
      } catch (error) {
        return { kind: 'threw', error: errorText(error) };
      }
    };
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.message}\n${(error.stack ?? '').split('\n').slice(1, 4).join('\n')}` : String(error);
}
