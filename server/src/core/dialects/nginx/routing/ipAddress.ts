/**
 * Numeric addresses and ports as nginx's own parsers read them (ngx_inet_addr, ngx_inet6_addr,
 * ngx_atoi with the port range), shared by `listen`, `allow`/`deny`, `geo` and upstream URLs.
 */

/** ngx_atoi then the 1..65535 check. */
export function parsePort(text: string): number | undefined {
  if (!/^[0-9]+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= 65535 ? n : undefined;
}

/** ngx_inet_addr: exactly four decimal parts, each at most 255. Returns the canonical dotted quad. */
export function parseIPv4(text: string): string | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const octets: number[] = [];
  for (const part of parts) {
    if (!/^[0-9]+$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    octets.push(n);
  }
  return octets.join('.');
}

/** RFC 4291 text form (with `::` and a trailing dotted quad) to 16 bytes. */
export function parseIPv6(text: string): Uint8Array | undefined {
  let head = text;
  let tail = '';
  const gap = text.indexOf('::');
  if (gap >= 0) {
    if (text.indexOf('::', gap + 1) >= 0) return undefined;
    head = text.slice(0, gap);
    tail = text.slice(gap + 2);
  }
  const groupsOf = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i];
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIPv4(piece);
        if (!v4) return undefined;
        const [a, b, c, d] = v4.split('.').map(Number);
        out.push((a << 8) | b, (c << 8) | d);
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(piece)) return undefined;
      out.push(parseInt(piece, 16));
    }
    return out;
  };
  const first = groupsOf(head);
  const last = groupsOf(tail);
  if (!first || !last) return undefined;
  const missing = 8 - first.length - last.length;
  if (gap >= 0 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...first, ...new Array<number>(gap >= 0 ? missing : 0).fill(0), ...last];
  const bytes = new Uint8Array(16);
  groups.forEach((g, i) => {
    bytes[i * 2] = g >> 8;
    bytes[i * 2 + 1] = g & 0xff;
  });
  return bytes;
}

/** An IPv4 or IPv6 literal as 4 or 16 bytes. */
export function addressBytes(text: string): Uint8Array | undefined {
  const v4 = parseIPv4(text);
  if (v4 !== undefined) return Uint8Array.from(v4.split('.').map(Number));
  return parseIPv6(text);
}

/** An IPv4-mapped IPv6 address (`::ffff:a.b.c.d`) as its 4 IPv4 bytes; any other address unchanged. */
export function unmapIPv4(bytes: Uint8Array): Uint8Array {
  if (bytes.length !== 16) return bytes;
  for (let i = 0; i < 10; i++) if (bytes[i] !== 0) return bytes;
  return bytes[10] === 0xff && bytes[11] === 0xff ? bytes.slice(12) : bytes;
}
