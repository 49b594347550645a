/**
 * The URI nginx routes by (ngx_http_process_request_uri): `$uri`, `$args` and `$request_uri` from a
 * parsed request line. A plain path is taken as is; one the line parser flagged (`%`, `/.`, `//`,
 * `#`, or an absolute form without a path) goes through the complex-URI normaliser. Everything
 * works on latin1 strings, one char per byte, with the state machines of nginx 1.22 on Unix (no
 * Windows backslash rules): the line parser is in requestLine.ts, the normaliser in
 * uriNormalization.ts; the parser is re-exported so callers need one import.
 */
import { parseComplexUri } from './uriNormalization';
import type { RequestLine } from './requestLine';

export { parseRequestLine, type RequestLine, type RequestLineParse } from './requestLine';

export interface RoutedUri {
  /** `$uri`: decoded and normalised. */
  readonly uri: string;
  /** `$args`: raw, without `?`, cut at `#`. */
  readonly args: string;
  /** `$request_uri`: the target as sent from its path on (an absolute form's scheme and host dropped). */
  readonly requestUri: string;
  /** nginx's r->quoted_uri: the path had a `%` escape. */
  readonly quotedUri: boolean;
  /** nginx's r->plus_in_uri: the path had a `+` (raw or `%2B`). */
  readonly plusInUri: boolean;
  /** nginx's r->valid_unparsed_uri: false for `http://host?query` (nginx made up the `/`). */
  readonly validUnparsedUri: boolean;
}

/**
 * `$uri`, `$args` and `$request_uri` from a parsed request line; an error when the path does not
 * decode, holds `%00` or climbs above the root (nginx answers 400).
 */
export function routedUri(r: RequestLine, mergeSlashes: boolean): RoutedUri | { readonly error: string } {
  const requestUri = r.line.slice(r.uriStart, r.uriEnd);
  const rawPath = r.emptyPathInUri ? '' : requestUri.slice(0, firstOf(requestUri, '?#'));
  const flags = {
    quotedUri: rawPath.includes('%'),
    plusInUri: rawPath.includes('+') || /%2b/i.test(rawPath),
    validUnparsedUri: !r.emptyPathInUri,
  };
  if (!(r.complexUri || r.quotedUri || r.emptyPathInUri)) {
    const pathEnd = r.argsStart >= 0 ? r.argsStart - 1 : r.uriEnd;
    const args = r.argsStart >= 0 && r.uriEnd > r.argsStart ? r.line.slice(r.argsStart, r.uriEnd) : '';
    return { uri: r.line.slice(r.uriStart, pathEnd), args, requestUri, ...flags };
  }
  const parsed = parseComplexUri(r.line, r.uriStart, r.uriEnd, r.emptyPathInUri, mergeSlashes);
  if ('error' in parsed) return parsed;
  let args = parsed.args;
  if (args === undefined) {
    // No `#` after the query: the query runs to the end of the target.
    args = parsed.argsStart >= 0 && r.uriEnd > parsed.argsStart ? r.line.slice(parsed.argsStart, r.uriEnd) : '';
  }
  return { uri: parsed.uri, args, requestUri, ...flags };
}

function firstOf(text: string, chars: string): number {
  for (let i = 0; i < text.length; i++) if (chars.includes(text[i])) return i;
  return text.length;
}
