/**
 * nginx's URI escaping as the rewrite module and core use it (ngx_escape_uri, ngx_unescape_uri in
 * ngx_string.c): bytes as a latin1 string, one char per byte.
 */

/** Bit tables of ngx_escape_uri (NGX_ESCAPE_ARGS, NGX_ESCAPE_URI): a set bit means the byte is %XX-escaped. */
const ARGS_ESCAPE = [0xffffffff, 0xd800086d, 0x50000000, 0xb8000001, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff];
const URI_ESCAPE = [0xffffffff, 0xd000002d, 0x50000000, 0xb8000001, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff];
const HEX = '0123456789ABCDEF';

function escapeWith(table: readonly number[], text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) & 0xff;
    if ((table[code >> 5] >>> (code & 0x1f)) & 1) out += `%${HEX[code >> 4]}${HEX[code & 0xf]}`;
    else out += text[i];
  }
  return out;
}

export function escapeArgs(text: string): string {
  return escapeWith(ARGS_ESCAPE, text);
}

/** How a location name is escaped for the auto-redirect's Location (clcf->escaped_name). */
export function escapeUri(text: string): string {
  return escapeWith(URI_ESCAPE, text);
}

/**
 * ngx_unescape_uri with NGX_UNESCAPE_REDIRECT, applied to a redirect before the Location header:
 * decodes %XX up to the first '?', keeping escapes of control bytes, '%' and below, and 0x7f+.
 * Invalid escapes lose characters exactly as nginx loses them.
 */
export function unescapeRedirect(text: string): string {
  let out = '';
  let state: 'usual' | 'quoted' | 'second' = 'usual';
  let decoded = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (state === 'usual') {
      if (ch === '?') return out + text.slice(i);
      if (ch === '%') state = 'quoted';
      else out += ch;
      continue;
    }
    if (state === 'quoted') {
      const digit = hexDigit(code);
      if (digit >= 0) {
        decoded = digit;
        state = 'second';
      } else {
        state = 'usual';
        out += ch;
      }
      continue;
    }
    state = 'usual';
    const digit = hexDigit(code);
    if (digit < 0) continue;
    const byte = (decoded << 4) + digit;
    const isLetterDigit = !(code >= 0x30 && code <= 0x39);
    if (isLetterDigit && byte === 0x3f) return out + '?' + text.slice(i + 1);
    if (byte > 0x25 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += `%${text[i - 1]}${ch}`;
  }
  return out;
}

function hexDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}
