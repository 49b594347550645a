/**
 * The request line as nginx 1.22 reads it (ngx_http_parse_request_line): method, target (origin or
 * absolute form) and version, byte by byte as it arrives, with the 400/505 it answers on the first
 * byte it cannot accept.
 */
import { CR, LF, SP, isDigit, isLetter, isUsual } from './requestBytes';

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

const isUpperOrMethodChar = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x2d;

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
