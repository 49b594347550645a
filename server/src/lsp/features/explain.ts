import * as path from 'node:path';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { ServerSession } from '../session';
import { URI } from '../uri';
import { dialectForPath, packs } from '../../core/dialects/registry';
import { workspaceOf } from '../../core/workspace/rootDiscovery';
import { buildWorkspaceGraph } from '../../core/workspace/includeGraph';
import type { Explanation } from '../../core/analysis/explain/types';
import { FILE_ASSUMPTIONS, RequestSpecError, requestFromUrl, type RequestOptions } from '../../core/analysis/explain/requestSpec';
import { explanationMarkdown } from '../../core/analysis/explain/markdown';
import { machineFacts } from '../../node/machineFacts';
import { fileSystemProbe } from '../../node/fileProbe';

export const EXPLAIN_REQUEST = 'switchyard/explain';

/** What the client sends: the configuration (any file of it) and the request, as on the command line. */
export interface ExplainParams {
  /** A document of the configuration: the main file or any file it includes. */
  readonly uri: string;
  readonly url: string;
  /** The Host header; null for none; absent for the URL's authority. */
  readonly host?: string | null;
  readonly method?: string;
  readonly version?: 'HTTP/1.0' | 'HTTP/1.1';
  readonly headers?: readonly (readonly [string, string])[];
  /** The client's address. */
  readonly addr?: string;
  readonly files?: 'exist' | 'missing' | 'fs';
}

export interface ExplainResult {
  readonly markdown: string;
  readonly explanation: Explanation;
  /** The main configuration the request was explained against. */
  readonly root: string;
}

function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

/** Only the fields the request spec knows, checked for type: the params come from outside. */
function requestOptionsOf(params: ExplainParams): RequestOptions {
  const { host, method, version, headers, addr, files } = params;
  if (host !== undefined && host !== null && typeof host !== 'string') throw new RequestSpecError('host must be a string or null');
  if (method !== undefined && typeof method !== 'string') throw new RequestSpecError('method must be a string');
  if (addr !== undefined && typeof addr !== 'string') throw new RequestSpecError('addr must be a string');
  if (files !== undefined && !FILE_ASSUMPTIONS.includes(files)) throw new RequestSpecError('files must be exist, missing or fs');
  if (headers !== undefined && !(Array.isArray(headers) && headers.every((h) => Array.isArray(h) && h.length === 2 && h.every((x) => typeof x === 'string')))) {
    throw new RequestSpecError('headers must be a list of [name, value] pairs');
  }
  return {
    ...(host !== undefined ? { host } : {}),
    ...(method !== undefined ? { method } : {}),
    ...(version !== undefined ? { version } : {}),
    ...(headers !== undefined ? { headers } : {}),
    ...(addr !== undefined ? { clientAddress: addr } : {}),
    ...(files !== undefined ? { files } : {}),
  };
}

/**
 * `switchyard/explain`: explains a request against the configuration a document belongs to. The
 * main configuration is found as for diagnostics (the `switchyard.nginx.rootConfig` setting, else
 * an `nginx.conf` that includes the file, else the file itself), and open documents are read from
 * their buffers, so the answer follows unsaved edits.
 */
export function registerExplain(session: ServerSession): void {
  session.connection.onRequest(EXPLAIN_REQUEST, (params: ExplainParams): ExplainResult | ResponseError<void> => {
    if (typeof params?.uri !== 'string' || typeof params.url !== 'string') return invalidParams('switchyard/explain needs a uri and a url');
    const filePath = URI.toPath(params.uri);
    const doc = session.document(params.uri);
    const pack = doc?.pack ?? packs[dialectForPath(filePath) ?? 'nginx'];
    if (!pack.requestExplainer) {
      const dialect = pack.dialect === 'caddy' ? 'Caddyfiles' : `${pack.dialect} configurations`;
      return invalidParams(`${dialect} have no request explainer yet (nginx configurations do)`);
    }

    let request;
    try {
      request = requestFromUrl(params.url, requestOptionsOf(params));
    } catch (error) {
      if (error instanceof RequestSpecError) return invalidParams(error.message);
      throw error;
    }

    const { settings } = session;
    const load = session.loader(pack);
    // An untitled buffer has no folder to look for its main configuration in: it stands alone.
    const workspace = !path.isAbsolute(filePath)
      ? { roots: new Set<string>(), graph: buildWorkspaceGraph([filePath], pack, load, session.source) }
      : ((doc && session.workspaceFor(params.uri)) ??
        workspaceOf(filePath, pack, load, session.source, pack.dialect === 'nginx' ? settings.nginxRootConfig : undefined, settings.workspaceFolder));
    // A file no main configuration reaches is explained as a configuration of its own.
    const root = [...workspace.roots][0] ?? filePath;
    if (!workspace.graph.files.has(root)) return invalidParams(`cannot read ${root}`);
    const explanation = pack.requestExplainer.prepare(workspace.graph, root, machineFacts()).explain(request, fileSystemProbe);
    return { markdown: explanationMarkdown(explanation, { baseFolder: settings.workspaceFolder }), explanation, root };
  });
}
