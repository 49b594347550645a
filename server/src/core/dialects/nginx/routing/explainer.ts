/**
 * nginx's request explainer: `prepare` reads the configuration once (include-expanded tree, server
 * table, upstreams; location trees per server on first use), `explain` follows one request through
 * reception and the request lifecycle and assembles the Explanation. Never throws for a config it
 * cannot use: a config without `http` or servers gets an explanation that says so.
 */
import type { PrepareOptions, PreparedConfiguration, RequestExplainer } from '../../../analysis/explain';
import type { EffectiveDirective, Explanation, ExplainStep, FileProbe, HandlerInfo, HttpRequest } from '../../../analysis/explain/types';
import type { WorkspaceGraph } from '../../../workspace/includeGraph';
import { buildConfigTree, type ConfigNode } from './configTree';
import { effectiveDirectives } from './effectiveConfig';
import { contentHandler } from './handlers';
import { buildTableVariables, type TableVariables } from './tableVariables';
import { buildLocationTree, findLocation, findNamedLocation, type LocationTree } from './locationTree';
import { buildServerTable, receiveRequest, type Reception, type ReceivedRequest, type ServerTable } from './reception';
import { RequestLifecycle } from './requestLifecycle';
import type { ContentOutcome, LifecycleModules, LifecycleResult } from './lifecycleTypes';
import { requestPathInput } from './lifecycleConfig';
import { documentPath, serveStatic } from './staticFiles';
import { buildUpstreamTable, type UpstreamTable } from './upstreams';
import { declaredVariables, expandValue, type RequestState } from './variables';

export const nginxRequestExplainer: RequestExplainer = {
  prepare(graph: WorkspaceGraph, root: string, options: PrepareOptions = {}): PreparedConfiguration {
    return prepareNginx(graph, root, options);
  },
};

interface PreparedNginx {
  readonly options: PrepareOptions;
  readonly http: ConfigNode;
  readonly table: ServerTable;
  readonly upstreams: UpstreamTable;
  readonly locationTrees: Map<ConfigNode, LocationTree>;
  readonly tables: TableVariables;
  readonly declared: ReadonlySet<string>;
  /** Effective directives depend on the chain alone: computed once per chain (keyed by its innermost block). */
  readonly effective: WeakMap<ConfigNode, { chain: readonly ConfigNode[]; directives: readonly EffectiveDirective[] }[]>;
}

function prepareNginx(graph: WorkspaceGraph, root: string, options: PrepareOptions): PreparedConfiguration {
  const tree = buildConfigTree(graph, root);
  const notes: string[] = tree.unresolved.map((ref) => `${ref.file}:${ref.line}: \`${ref.text}\` could not be followed`);
  const http = tree.main.find((n) => n.name === 'http');
  if (!http) {
    notes.push('The configuration has no `http` block: nginx serves no HTTP requests with it.');
    return { notes, explain: (request) => emptyExplanation(request, 'The configuration has no `http` block: nothing answers HTTP requests.') };
  }
  const table = buildServerTable(http, { hostname: options.hostname, resolveHost: options.resolveHost });
  notes.push(...table.errors, ...table.warnings);
  if (table.servers.length === 0) {
    return { notes, explain: (request) => emptyExplanation(request, 'The `http` block has no `server`: nothing listens for HTTP requests.') };
  }
  const prepared: PreparedNginx = { options, http, table, upstreams: buildUpstreamTable(http, options.resolveHost), locationTrees: new Map(), tables: buildTableVariables(http), declared: declaredVariables(http), effective: new WeakMap() };
  return { notes, explain: (request, probe) => explainSafely(prepared, request, probe) };
}

function emptyExplanation(request: HttpRequest, message: string): Explanation {
  return {
    request,
    steps: [{ kind: 'listen', message }],
    handler: { kind: 'error' },
    response: {},
    effective: [],
    warnings: [message],
  };
}

/** A fault in the explainer must not take a batch down: it becomes an explanation that says so. */
function explainSafely(prepared: PreparedNginx, request: HttpRequest, probe: FileProbe | undefined): Explanation {
  try {
    return explainRequest(prepared, request, probe);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return emptyExplanation(request, `The explainer could not follow this request (${reason}).`);
  }
}

function explainRequest(prepared: PreparedNginx, request: HttpRequest, probe: FileProbe | undefined): Explanation {
  const reception = receiveRequest(prepared.table, request);
  const steps: ExplainStep[] = [...reception.steps];
  if (reception.kind === 'unreachable') {
    return { request, steps, handler: { kind: 'error' }, response: {}, effective: [], warnings: ['Nothing listens on this address and port: the connection is refused.'] };
  }
  const server = reception.server?.node;
  if (!server) {
    return { request, steps, handler: { kind: 'error' }, response: { status: reception.kind === 'rejected' ? reception.status : undefined }, effective: [], warnings: [] };
  }
  const state = initialState(request, reception, prepared);
  const lifecycle = new RequestLifecycle(state, prepared.http, lifecycleModules(prepared), steps, probe);
  const result = reception.kind === 'rejected' ? lifecycle.reject(reception.status) : lifecycle.run();
  return assemble(prepared, request, server, steps, result, reception.kind === 'rejected');
}

function initialState(request: HttpRequest, reception: Exclude<Reception, { kind: 'unreachable' }>, prepared: PreparedNginx): RequestState {
  const server = reception.server as NonNullable<typeof reception.server>;
  // What nginx had read when it answered (all of it when accepted; up to the refusal otherwise).
  const parsed: ReceivedRequest = reception.kind === 'accepted' ? reception : reception.request;
  const requestUri = parsed.requestUri;
  const absoluteTarget = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(request.target);
  // r->headers_in.server is set by an absolute target or a Host header (given apart or among the headers),
  // once nginx got that far (a broken request line stops it before).
  const namesHost = parsed.method !== '' && (absoluteTarget || request.host !== null || request.headers.some(([name]) => name.toLowerCase() === 'host'));
  const state: RequestState = {
    request,
    headers: parsed.headers,
    method: parsed.method || request.method,
    uri: parsed.uri,
    args: parsed.args,
    requestUri,
    hostHeader: namesHost ? parsed.host : '',
    server: server.node,
    serverName: server.primaryName,
    chain: [prepared.http, server.node],
    captures: undefined,
    assigned: new Map(),
    internal: false,
    uriChanged: false,
    errStatus: 0,
    headersStatus: 0,
    locationValid: true,
    unparsedUriValid: parsed.validUnparsedUri,
    addUriToAlias: false,
    quotedUri: parsed.quotedUri,
    plusInUri: parsed.plusInUri,
    prefix: prepared.options.prefix,
    hostname: prepared.options.hostname,
    tables: prepared.tables,
    declared: prepared.declared,
    tableValues: new Map(),
    documentPath: (name) => documentPath(requestPathInput(state), name),
    undetermined: new Set(),
    undeterminedReads: 0,
    tainted: new Set(),
  };
  if (parsed.serverCaptures) {
    state.captures = parsed.serverCaptures;
    for (const [name, value] of Object.entries(parsed.serverCaptures.named)) state.assigned.set(name.toLowerCase(), value);
  }
  return state;
}

function lifecycleModules(prepared: PreparedNginx): LifecycleModules {
  const treeOf = (server: ConfigNode): LocationTree => {
    let tree = prepared.locationTrees.get(server);
    if (!tree) {
      tree = buildLocationTree(server);
      prepared.locationTrees.set(server, tree);
    }
    return tree;
  };
  return {
    findLocation(server, uri) {
      const match = findLocation(treeOf(server), uri);
      return {
        chain: match.chain.map((e) => e.node),
        captures: match.captures,
        steps: match.steps,
        autoRedirect: match.redirectToSlash === true,
        redirectTarget: match.redirectTarget,
        undetermined: match.undetermined,
      };
    },
    findNamedLocation(server, name) {
      return findNamedLocation(treeOf(server), name)?.node;
    },
    content(chain, state, files, probe): ContentOutcome {
      const expand = (t: string): string => expandValue(t, state);
      const decision = contentHandler({
        chain,
        state: {
          method: state.method,
          uri: state.uri,
          args: state.args,
          requestUri: state.requestUri,
          unparsedUriValid: state.unparsedUriValid,
          quotedUri: state.quotedUri,
          internal: state.internal,
          locationValid: state.locationValid,
        },
        upstreams: prepared.upstreams,
        expand,
      });
      if (decision.status !== undefined) {
        return { kind: 'error', status: decision.status, reason: 'the handler fails before dialling', steps: decision.steps };
      }
      if (decision.handler.kind === 'static') {
        const outcome = serveStatic({ ...requestPathInput(state), chain, method: state.method, args: state.args, files, probe });
        switch (outcome.kind) {
          case 'response': {
            const handler: HandlerInfo = { kind: 'static', file: outcome.file };
            return { kind: 'response', status: outcome.status, handler, location: outcome.location, steps: outcome.steps };
          }
          case 'internal-redirect':
            return { kind: 'internal-redirect', uri: outcome.uri, steps: outcome.steps };
          case 'unknown':
            return { kind: 'unknown', handler: { kind: 'unknown' }, steps: outcome.steps };
        }
      }
      if (decision.handler.kind === 'unknown') return { kind: 'unknown', handler: decision.handler, steps: decision.steps };
      return { kind: 'handler', handler: decision.handler, upstream: decision.upstream, warnings: decision.warnings, steps: decision.steps };
    },
  };
}

function effectiveFor(prepared: PreparedNginx, chain: readonly ConfigNode[]): readonly EffectiveDirective[] {
  const last = chain[chain.length - 1];
  let known = prepared.effective.get(last);
  const hit = known?.find((k) => k.chain.length === chain.length && k.chain.every((node, i) => node === chain[i]));
  if (hit) return hit.directives;
  const directives = effectiveDirectives(chain);
  if (!known) prepared.effective.set(last, (known = []));
  if (known.length < 8) known.push({ chain: [...chain], directives });
  return directives;
}

function assemble(prepared: PreparedNginx, request: HttpRequest, server: ConfigNode, steps: ExplainStep[], result: LifecycleResult, rejected: boolean): Explanation {
  const location = result.locations[result.locations.length - 1];
  const effective = rejected ? [] : effectiveFor(prepared, result.chain);
  return {
    request,
    server: server.at,
    ...(location ? { location: location.at } : {}),
    steps,
    handler: result.handler,
    ...(result.upstream ? { upstream: result.upstream } : {}),
    response: result.response,
    effective,
    warnings: result.warnings,
  };
}
