/**
 * How nginx 1.22 reads the header lines of a request (ngx_http_parse_header_line and the buffers
 * of ngx_http_alloc_large_header_buffer), and the header checks it makes once they are read:
 * headers allowed only once, a Content-Length that must be a number.
 */

/**
 * How nginx's header buffers fill (ngx_http_alloc_large_header_buffer): the first read fills
 * `client_header_buffer_size`; a line that runs past the end moves, with what was read of it, into
 * a new `large_client_header_buffers` buffer, which it must fit, and there are only so many.
 */
export class HeaderBuffers {
  private position = 0;
  private windowEnd: number;
  private largeUsed = 0;

  constructor(firstBufferSize: number) {
    this.windowEnd = firstBufferSize;
  }

  /** Reads a line of `length` bytes (CRLF included); false when nginx gives up on it. */
  take(length: number, large: { largeClientHeaderBufferSize: number; largeClientHeaderBufferCount: number }): boolean {
    const start = this.position;
    const end = start + length;
    while (end > this.windowEnd) {
      const partial = start < this.windowEnd;
      if (partial && this.windowEnd - start >= large.largeClientHeaderBufferSize) return false;
      if (this.largeUsed >= large.largeClientHeaderBufferCount) return false;
      this.largeUsed++;
      this.windowEnd = start + large.largeClientHeaderBufferSize;
    }
    this.position = end;
    return true;
  }
}

/** Request headers nginx allows once (a second one is a 400). */
export const UNIQUE_HEADERS = new Set([
  'if-modified-since',
  'if-unmodified-since',
  'if-match',
  'if-none-match',
  'content-length',
  'content-range',
  'if-range',
  'transfer-encoding',
  'expect',
  'authorization',
]);

/** ngx_atoof: decimal digits only, within off_t. */
export function isOffT(text: string): boolean {
  return /^[0-9]+$/.test(text) && BigInt(text) <= 9223372036854775807n;
}

export type HeaderLine =
  | { readonly kind: 'ok' | 'invalid'; readonly name: string; readonly value: string }
  /** nginx answers 400 for the whole request. */
  | { readonly kind: 'bad' };

/**
 * One `name: value` line as ngx_http_parse_header_line reads it: spaces around the value dropped,
 * a name with `_` (unless allowed) or other odd characters is "invalid" (ignored by default), a
 * control character or a NUL is a 400.
 */
export function readHeaderLine(name: string, value: string, underscores: boolean): HeaderLine {
  const text = `${name}:${value}`;
  let invalid = false;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a && i > 0) break;
    const plain = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2d;
    if (plain) continue;
    if (c === 0x5f) {
      if (!underscores) invalid = true;
      continue;
    }
    if (c <= 0x20 || c === 0x7f || (c === 0x3a && i === 0) || c === 0x0d || c === 0x0a) return { kind: 'bad' };
    invalid = true;
  }
  if (i >= text.length) return { kind: 'bad' };
  const headerName = text.slice(0, i);
  let rest = text.slice(i + 1);
  if (rest.includes('\0') || rest.includes('\r') || rest.includes('\n')) return { kind: 'bad' };
  rest = rest.replace(/^ +/, '').replace(/ +$/, '');
  return { kind: invalid ? 'invalid' : 'ok', name: headerName, value: rest };
}
