/**
 * The settings the lifecycle reads from the configuration in force (error_page, Location rules,
 * client_max_body_size, server_tokens), and what mapping the request's URI to a file reads.
 */
import type { HttpRequest } from '../../../analysis/explain/types';
import type { ConfigNode } from './configTree';
import { directiveInForce, directivesInForce, flagInForce } from './configIndex';
import { parseSize } from './receptionSettings';
import type { PathInput } from './staticFiles';
import { expandValue, type RequestState } from './variables';

export interface ErrorPage {
  readonly codes: readonly number[];
  /** `=code`: the answer's status; 0 for a bare `=` (the status of whatever answers the URI); -1 without. */
  readonly overwrite: number;
  readonly target: string;
  readonly node: ConfigNode;
}

/** The error_page entries in force, in order (the first one listing a status wins). */
export function errorPagesInForce(chain: readonly ConfigNode[]): readonly ErrorPage[] {
  const pages: ErrorPage[] = [];
  for (const node of directivesInForce(chain, 'error_page')) {
    const args = node.args;
    if (args.length < 2) continue;
    const target = args[args.length - 1];
    let overwrite = -1;
    let codeEnd = args.length - 1;
    const before = args[args.length - 2];
    if (before.startsWith('=')) {
      overwrite = before.length === 1 ? 0 : Number(before.slice(1));
      if (!Number.isInteger(overwrite)) continue;
      codeEnd--;
    }
    const codes = args.slice(0, codeEnd).map(Number).filter((c) => Number.isInteger(c));
    pages.push({ codes, overwrite, target, node });
  }
  return pages;
}

/** What ngx_http_map_uri_to_path reads for the request as it stands (root/alias, prefix, flags). */
export function requestPathInput(state: RequestState): PathInput {
  return {
    chain: state.chain,
    uri: state.uri,
    locationValid: state.locationValid,
    expand: (template) => expandValue(template, state),
    prefix: state.prefix,
    addUriToAlias: state.addUriToAlias,
  };
}

/** `server_tokens` in force: what the built-in pages' signature shows. */
export function serverTokensInForce(chain: readonly ConfigNode[]): 'on' | 'off' | 'build' {
  const value = directiveInForce(chain, 'server_tokens')?.args[0]?.toLowerCase();
  return value === 'off' || value === 'build' ? value : 'on';
}

/**
 * The Location header as ngx_http_header_filter writes it: a value starting with '/' becomes
 * absolute (absolute_redirect) with the server name (server_name_in_redirect), else the request's
 * host, else the local address (printed without brackets, even IPv6), and the port unless it is the
 * scheme's default or port_in_redirect is off.
 */
export function absoluteLocation(value: string, state: RequestState): string {
  const chain = state.chain;
  if (!value.startsWith('/') || !flagInForce(chain, 'absolute_redirect', true)) return value;
  const request = state.request;
  let host: string;
  if (flagInForce(chain, 'server_name_in_redirect', false)) host = state.serverName;
  else if (state.hostHeader.length > 0) host = state.hostHeader;
  else host = request.address;
  let port = request.port;
  if (!flagInForce(chain, 'port_in_redirect', true)) port = 0;
  else if (request.scheme === 'https' ? port === 443 : port === 80) port = 0;
  return `${request.scheme}://${host}${port ? `:${port}` : ''}${value}`;
}

/** The Content-Length when it exceeds `client_max_body_size` in force (1m by default; 0 = no limit). */
export function bodyLimitExceeded(chain: readonly ConfigNode[], request: HttpRequest): string | undefined {
  const header = request.headers.find(([name]) => name.toLowerCase() === 'content-length');
  if (!header || !/^[0-9]+$/.test(header[1])) return undefined;
  const limit = parseSize(directiveInForce(chain, 'client_max_body_size')?.args[0] ?? '1m');
  if (limit === undefined || limit === 0 || Number(header[1]) <= limit) return undefined;
  return header[1];
}
