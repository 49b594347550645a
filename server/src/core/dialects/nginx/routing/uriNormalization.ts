/**
 * The path normalisation nginx applies to a "complex" URI (ngx_http_parse_complex_uri, Unix):
 * `%XX` decoded (`+` stays), `.` and `..` segments resolved, `//` merged when `merge_slashes` is
 * on, the query and a `#` fragment cut. Errors are the cases nginx answers 400.
 */
import { isDigit, isUsual } from './requestBytes';

type UriState = 'usual' | 'slash' | 'dot' | 'dotDot' | 'quoted' | 'quotedSecond';

/** ngx_http_parse_complex_uri (Unix), reading line[start, end) plus the byte after it. */
export function parseComplexUri(
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
