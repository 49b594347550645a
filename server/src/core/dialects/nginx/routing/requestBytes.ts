/**
 * Byte classes shared by nginx's request-line parser and its complex-URI normaliser
 * (ngx_http_parse.c, Unix build), on latin1 strings: one char per byte.
 */

export const CR = 0x0d;
export const LF = 0x0a;
export const SP = 0x20;

/**
 * nginx's "usual" table: bytes that need no attention in a path. Everything is usual except
 * controls, space, `#`, `%`, `+`, `.`, `/`, `?` and DEL (on Unix, `\` is usual).
 */
export function isUsual(c: number): boolean {
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

export const isLetter = (c: number): boolean => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
