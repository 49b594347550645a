/**
 * The request line as nginx reads it (ngx_http_parse_request_line) and the URI it routes by
 * (ngx_http_process_request_uri + ngx_http_parse_complex_uri): `%XX` decoded (`+` stays), `.` and
 * `..` segments resolved, `//` merged when `merge_slashes` is on, the query and a `#` fragment cut.
 * Everything works on latin1 strings, one char per byte, with the state machines of nginx 1.22 on
 * Unix (no Windows backslash rules).
 */

/** Where the parts of a well-formed request line are (indexes into the line). */
export interface RequestLine {
  readonly line: string;
  readonly methodName: string;
  /** major * 1000 + minor: 9 (HTTP/0.9), 1000, 1001. */
  readonly httpVersion: number;
  readonly uriStart: number;
  readonly uriEnd: number;
  /** Index just after `?`, or -1. */
  readonly argsStart: number;
  /** The host of an absolute-form target (`http://host:port/...`), without the port; or undefined. */
  readonly host?: string;
  readonly complexUri: boolean;
  readonly quotedUri: boolean;
  /** `http://host?x`: nginx adds the `/`. */
  readonly emptyPathInUri: boolean;
}

export type RequestLineParse =
  | ({ readonly ok: true } & RequestLine)
  /** `at`: the index of the byte nginx stopped at (it reads the line as it arrives). */
  | { readonly ok: false; readonly status: 400 | 505; readonly reason: string; readonly at: number };

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

const CR = 0x0d;
const LF = 0x0a;
const SP = 0x20;

/**
 * nginx's "usual" table: bytes that need no attention in a path. Everything is usual except
 * controls, space, `#`, `%`, `+`, `.`, `/`, `?` and DEL (on Unix, `\` is usual).
 */
function isUsual(c: number): boolean {
  if (c >= 0x80) return true;
  if (c < 0x20 || c === 0x7f) return false;
  switch (c) {
    case SP:
    case 0x23 /* # */:
    case 0x25 /* % */:
    case 0x2b /* + */:
    case 0x2e /* . */:
    case 0x2f /* / */:
    case 0x3f /* ? */:
      return false;
    default:
      return true;
  }
}

const isUpperOrMethodChar = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x2d;
const isLetter = (c: number): boolean => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

type LineState =
  | 'start'
  | 'method'
  | 'spacesBeforeUri'
  | 'schema'
  | 'schemaSlash'
  | 'schemaSlashSlash'
  | 'hostStart'
  | 'host'
  | 'hostEnd'
  | 'hostIpLiteral'
  | 'port'
  | 'afterSlashInUri'
  | 'checkUri'
  | 'uri'
  | 'http09'
  | 'httpH'
  | 'httpHT'
  | 'httpHTT'
  | 'httpHTTP'
  | 'firstMajorDigit'
  | 'majorDigit'
  | 'firstMinorDigit'
  | 'minorDigit'
  | 'spacesAfterDigit'
  | 'almostDone';

/** Parses `line` (ending in LF) the way nginx does; stops at the first LF. */
export function parseRequestLine(line: string): RequestLineParse {
  let state: LineState = 'start';
  let methodEnd = -1;
  let schemaEnd = -1;
  let hostStart = -1;
  let hostEnd = -1;
  let uriStart = -1;
  let uriEnd = -1;
  let argsStart = -1;
  let complexUri = false;
  let quotedUri = false;
  let emptyPathInUri = false;
  let major = 0;
  let minor = 0;
  let requestStart = 0;

  let p = 0;
  const invalid = (reason: string, status: 400 | 505 = 400): RequestLineParse => ({ ok: false, status, reason, at: p });
  for (; p < line.length; p++) {
    const ch = line.charCodeAt(p);
    switch (state) {
      case 'start':
        requestStart = p;
        if (ch === CR || ch === LF) break;
        if (!isUpperOrMethodChar(ch)) return invalid('the method is not made of A-Z, `_` and `-`');
        state = 'method';
        break;

      case 'method':
        if (ch === SP) {
          methodEnd = p;
          state = 'spacesBeforeUri';
          break;
        }
        if (!isUpperOrMethodChar(ch)) return invalid('the method is not made of A-Z, `_` and `-`');
        break;

      case 'spacesBeforeUri':
        if (ch === 0x2f) {
          uriStart = p;
          state = 'afterSlashInUri';
          break;
        }
        if (isLetter(ch)) {
          state = 'schema';
          break;
        }
        if (ch === SP) break;
        return invalid('the request target starts with neither `/` nor a scheme');

      case 'schema':
        if (isLetter(ch) || isDigit(ch) || ch === 0x2b || ch === 0x2d || ch === 0x2e) break;
        if (ch === 0x3a) {
          schemaEnd = p;
          state = 'schemaSlash';
          break;
        }
        return invalid('an invalid scheme in the request target');

      case 'schemaSlash':
        if (ch === 0x2f) {
          state = 'schemaSlashSlash';
          break;
        }
        return invalid('the scheme is not followed by `//`');

      case 'schemaSlashSlash':
        if (ch === 0x2f) {
          state = 'hostStart';
          break;
        }
        return invalid('the scheme is not followed by `//`');

      case 'hostStart':
      case 'host':
      case 'hostEnd': {
        if (state === 'hostStart') {
          hostStart = p;
          if (ch === 0x5b) {
            state = 'hostIpLiteral';
            break;
          }
          state = 'host';
        }
        if (state === 'host' && (isLetter(ch) || isDigit(ch) || ch === 0x2e || ch === 0x2d)) break;
        hostEnd = p;
        if (ch === 0x3a) {
          state = 'port';
        } else if (ch === 0x2f) {
          uriStart = p;
          state = 'afterSlashInUri';
        } else if (ch === 0x3f) {
          uriStart = p;
          argsStart = p + 1;
          emptyPathInUri = true;
          state = 'uri';
        } else if (ch === SP) {
          // nginx points the URI at the "/" right after "scheme:".
          uriStart = schemaEnd + 1;
          uriEnd = schemaEnd + 2;
          state = 'http09';
        } else {
          return invalid('an invalid character in the host of the request target');
        }
        break;
      }

      case 'hostIpLiteral':
        if (isDigit(ch) || isLetter(ch)) break;
        if (ch === 0x5d) {
          state = 'hostEnd';
          break;
        }
        if (":-._~!$&'()*+,;=".includes(String.fromCharCode(ch))) break;
        return invalid('an invalid character in the IP literal of the request target');

      case 'port':
        if (isDigit(ch)) break;
        if (ch === 0x2f) {
          uriStart = p;
          state = 'afterSlashInUri';
        } else if (ch === 0x3f) {
          uriStart = p;
          argsStart = p + 1;
          emptyPathInUri = true;
          state = 'uri';
        } else if (ch === SP) {
          uriStart = schemaEnd + 1;
          uriEnd = schemaEnd + 2;
          state = 'http09';
        } else {
          return invalid('an invalid port in the request target');
        }
        break;

      case 'afterSlashInUri':
        if (isUsual(ch)) {
          state = 'checkUri';
          break;
        }
        switch (ch) {
          case SP:
            uriEnd = p;
            state = 'http09';
            break;
          case CR:
            uriEnd = p;
            minor = 9;
            state = 'almostDone';
            break;
          case LF:
            uriEnd = p;
            minor = 9;
            return done(p);
          case 0x2e:
          case 0x2f:
          case 0x23:
            complexUri = true;
            state = 'uri';
            break;
          case 0x25:
            quotedUri = true;
            state = 'uri';
            break;
          case 0x3f:
            argsStart = p + 1;
            state = 'uri';
            break;
          case 0x2b:
            break;
          default:
            if (ch < 0x20 || ch === 0x7f) return invalid('a control character in the request target');
            state = 'checkUri';
        }
        break;

      case 'checkUri':
        if (isUsual(ch)) break;
        switch (ch) {
          case 0x2f:
            state = 'afterSlashInUri';
            break;
          case 0x2e:
          case 0x2b:
            break;
          case SP:
            uriEnd = p;
            state = 'http09';
            break;
          case CR:
            uriEnd = p;
            minor = 9;
            state = 'almostDone';
            break;
          case LF:
            uriEnd = p;
            minor = 9;
            return done(p);
          case 0x25:
            quotedUri = true;
            state = 'uri';
            break;
          case 0x3f:
            argsStart = p + 1;
            state = 'uri';
            break;
          case 0x23:
            complexUri = true;
            state = 'uri';
            break;
          default:
            if (ch < 0x20 || ch === 0x7f) return invalid('a control character in the request target');
        }
        break;

      case 'uri':
        if (isUsual(ch)) break;
        switch (ch) {
          case SP:
            uriEnd = p;
            state = 'http09';
            break;
          case CR:
            uriEnd = p;
            minor = 9;
            state = 'almostDone';
            break;
          case LF:
            uriEnd = p;
            minor = 9;
            return done(p);
          case 0x23:
            complexUri = true;
            break;
          default:
            if (ch < 0x20 || ch === 0x7f) return invalid('a control character in the request target');
        }
        break;

      case 'http09':
        if (ch === SP) break;
        if (ch === CR) {
          minor = 9;
          state = 'almostDone';
          break;
        }
        if (ch === LF) {
          minor = 9;
          return done(p);
        }
        if (ch === 0x48 /* H */) {
          state = 'httpH';
          break;
        }
        return invalid('something other than `HTTP/` after the request target (a space in the target?)');

      case 'httpH':
        if (ch !== 0x54) return invalid('a malformed protocol version');
        state = 'httpHT';
        break;

      case 'httpHT':
        if (ch !== 0x54) return invalid('a malformed protocol version');
        state = 'httpHTT';
        break;

      case 'httpHTT':
        if (ch !== 0x50) return invalid('a malformed protocol version');
        state = 'httpHTTP';
        break;

      case 'httpHTTP':
        if (ch !== 0x2f) return invalid('a malformed protocol version');
        state = 'firstMajorDigit';
        break;

      case 'firstMajorDigit':
        if (ch < 0x31 || ch > 0x39) return invalid('a malformed protocol version');
        major = ch - 0x30;
        if (major > 1) return invalid('an HTTP major version above 1', 505);
        state = 'majorDigit';
        break;

      case 'majorDigit':
        if (ch === 0x2e) {
          state = 'firstMinorDigit';
          break;
        }
        if (!isDigit(ch)) return invalid('a malformed protocol version');
        major = major * 10 + (ch - 0x30);
        if (major > 1) return invalid('an HTTP major version above 1', 505);
        break;

      case 'firstMinorDigit':
        if (!isDigit(ch)) return invalid('a malformed protocol version');
        minor = ch - 0x30;
        state = 'minorDigit';
        break;

      case 'minorDigit':
        if (ch === CR) {
          state = 'almostDone';
          break;
        }
        if (ch === LF) return done(p);
        if (ch === SP) {
          state = 'spacesAfterDigit';
          break;
        }
        if (!isDigit(ch)) return invalid('a malformed protocol version');
        if (minor > 99) return invalid('a malformed protocol version');
        minor = minor * 10 + (ch - 0x30);
        break;

      case 'spacesAfterDigit':
        if (ch === SP) break;
        if (ch === CR) {
          state = 'almostDone';
          break;
        }
        if (ch === LF) return done(p);
        return invalid('a malformed protocol version');

      case 'almostDone':
        if (ch === LF) return done(p);
        return invalid('a CR not followed by LF in the request line');
    }
  }
  return invalid('an incomplete request line');

  function done(_end: number): RequestLineParse {
    const httpVersion = major * 1000 + minor;
    const methodName = line.slice(requestStart, methodEnd);
    if (httpVersion === 9 && methodName !== 'GET') return invalid('an HTTP/0.9 request with a method other than GET');
    return {
      ok: true,
      line,
      methodName,
      httpVersion,
      uriStart,
      uriEnd,
      argsStart,
      host: hostStart >= 0 && hostEnd >= 0 ? line.slice(hostStart, hostEnd) : undefined,
      complexUri,
      quotedUri,
      emptyPathInUri,
    };
  }
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

type UriState = 'usual' | 'slash' | 'dot' | 'dotDot' | 'quoted' | 'quotedSecond';

/** ngx_http_parse_complex_uri (Unix), reading line[start, end) plus the byte after it. */
function parseComplexUri(
  line: string,
  start: number,
  end: number,
  emptyPath: boolean,
  mergeSlashes: boolean,
): { uri: string; argsStart: number; args?: string } | { error: string } {
  const out: number[] = [];
  if (emptyPath) out.push(0x2f);
  let state: UriState = 'usual';
  let quotedState: UriState = 'usual';
  let decoded = 0;
  let argsStart = -1;
  let p = start;
  let ch = line.charCodeAt(p++);

  const bad = (error: string) => ({ error });
  let finished: 'done' | 'args' | undefined;

  while (p <= end && !finished) {
    switch (state) {
      case 'usual':
        if (isUsual(ch)) {
          out.push(ch);
          ch = line.charCodeAt(p++);
          break;
        }
        switch (ch) {
          case 0x2f:
            state = 'slash';
            out.push(ch);
            break;
          case 0x25:
            quotedState = state;
            state = 'quoted';
            break;
          case 0x3f:
            argsStart = p;
            finished = 'args';
            break;
          case 0x23:
            finished = 'done';
            break;
          default:
            out.push(ch);
        }
        if (!finished) ch = line.charCodeAt(p++);
        break;

      case 'slash':
        if (isUsual(ch)) {
          state = 'usual';
          out.push(ch);
          ch = line.charCodeAt(p++);
          break;
        }
        switch (ch) {
          case 0x2f:
            if (!mergeSlashes) out.push(ch);
            break;
          case 0x2e:
            state = 'dot';
            out.push(ch);
            break;
          case 0x25:
            quotedState = state;
            state = 'quoted';
            break;
          case 0x3f:
            argsStart = p;
            finished = 'args';
            break;
          case 0x23:
            finished = 'done';
            break;
          default:
            state = 'usual';
            out.push(ch);
        }
        if (!finished) ch = line.charCodeAt(p++);
        break;

      case 'dot':
        if (isUsual(ch)) {
          state = 'usual';
          out.push(ch);
          ch = line.charCodeAt(p++);
          break;
        }
        switch (ch) {
          case 0x2f:
            state = 'slash';
            out.pop();
            break;
          case 0x2e:
            state = 'dotDot';
            out.push(ch);
            break;
          case 0x25:
            quotedState = state;
            state = 'quoted';
            break;
          case 0x3f:
            out.pop();
            argsStart = p;
            finished = 'args';
            break;
          case 0x23:
            out.pop();
            finished = 'done';
            break;
          default:
            state = 'usual';
            out.push(ch);
        }
        if (!finished) ch = line.charCodeAt(p++);
        break;

      case 'dotDot':
        if (isUsual(ch)) {
          state = 'usual';
          out.push(ch);
          ch = line.charCodeAt(p++);
          break;
        }
        switch (ch) {
          case 0x2f:
          case 0x3f:
          case 0x23:
            if (!climbFrom(out)) return bad('`..` climbs above the root');
            if (ch === 0x3f) {
              argsStart = p;
              finished = 'args';
            } else if (ch === 0x23) {
              finished = 'done';
            } else {
              state = 'slash';
            }
            break;
          case 0x25:
            quotedState = state;
            state = 'quoted';
            break;
          default:
            state = 'usual';
            out.push(ch);
        }
        if (!finished) ch = line.charCodeAt(p++);
        break;

      case 'quoted':
        if (isDigit(ch)) {
          decoded = ch - 0x30;
          state = 'quotedSecond';
          ch = line.charCodeAt(p++);
          break;
        }
        if ((ch | 0x20) >= 0x61 && (ch | 0x20) <= 0x66) {
          decoded = (ch | 0x20) - 0x61 + 10;
          state = 'quotedSecond';
          ch = line.charCodeAt(p++);
          break;
        }
        return bad('`%` not followed by two hex digits');

      case 'quotedSecond':
        if (isDigit(ch)) {
          ch = (decoded << 4) + (ch - 0x30);
          if (ch === 0x25 || ch === 0x23) {
            // A decoded `%` or `#` is kept as a plain character.
            state = 'usual';
            out.push(ch);
            ch = line.charCodeAt(p++);
            break;
          }
          if (ch === 0) return bad('`%00` in the path');
          state = quotedState; // the decoded byte goes through the state machine again
          break;
        }
        if ((ch | 0x20) >= 0x61 && (ch | 0x20) <= 0x66) {
          ch = (decoded << 4) + ((ch | 0x20) - 0x61) + 10;
          if (ch === 0x3f) {
            state = 'usual';
            out.push(ch);
            ch = line.charCodeAt(p++);
            break;
          }
          state = quotedState;
          break;
        }
        return bad('`%` not followed by two hex digits');
    }
  }

  if (finished === 'args') {
    // A `#` in the query ends it.
    for (let q = argsStart; q < end; q++) {
      if (line.charCodeAt(q) === 0x23) return { uri: latin1(out), argsStart: -1, args: line.slice(argsStart, q) };
    }
    return { uri: latin1(out), argsStart };
  }
  if (!finished) {
    if (state === 'quoted' || state === 'quotedSecond') return bad('`%` not followed by two hex digits');
    if (state === 'dot') out.pop();
    else if (state === 'dotDot' && !climbFrom(out)) return bad('`..` climbs above the root');
  }
  return { uri: latin1(out), argsStart: -1, args: '' };
}

/**
 * nginx's `..` step: the write position is just after "/..": go back 4 (before that slash) and
 * then to the previous `/`, keeping it. Fails when there is no earlier `/`.
 */
function climbFrom(out: number[]): boolean {
  for (let u = out.length - 4; ; u--) {
    if (u < 0) return false;
    if (out[u] === 0x2f) {
      out.length = u + 1;
      return true;
    }
  }
}

function latin1(bytes: readonly number[]): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.slice(i, i + 8192));
  return s;
}
