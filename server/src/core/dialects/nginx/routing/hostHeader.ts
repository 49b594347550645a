/**
 * The host name nginx routes by, from the Host header or an absolute request target, checked and
 * normalised as ngx_http_validate_host does.
 */

export type HostValidation =
  | { readonly ok: true; readonly host: string }
  | { readonly ok: false; readonly reason: string };

/**
 * Cuts the port (after the first `:`, or after `]` of a bracketed IPv6 literal), drops one trailing
 * dot, lowercases A-Z. Rejects `..`, `/`, control characters, spaces and an empty result. The port
 * part is never parsed, but its characters are checked like the rest.
 */
export function validateHost(raw: string): HostValidation {
  let dotPos = -2; // index of the last '.', far from 0 so a leading dot is not "two dots"
  let hostLength = raw.length;
  let state: 'usual' | 'literal' | 'rest' = 'usual';
  let hasUpper = false;

  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    switch (c) {
      case 0x2e /* . */:
        if (dotPos === i - 1) return { ok: false, reason: 'two dots in a row' };
        dotPos = i;
        break;
      case 0x3a /* : */:
        if (state === 'usual') {
          hostLength = i;
          state = 'rest';
        }
        break;
      case 0x5b /* [ */:
        if (i === 0) state = 'literal';
        break;
      case 0x5d /* ] */:
        if (state === 'literal') {
          hostLength = i + 1;
          state = 'rest';
        }
        break;
      default:
        if (c === 0x2f /* / */) return { ok: false, reason: 'a `/` in the host' };
        if (c <= 0x20 || c === 0x7f) return { ok: false, reason: 'a space or control character in the host' };
        if (c >= 0x41 && c <= 0x5a) hasUpper = true;
    }
  }

  if (dotPos === hostLength - 1) hostLength--;
  if (hostLength <= 0) return { ok: false, reason: 'an empty host' };
  const host = raw.slice(0, hostLength);
  return { ok: true, host: hasUpper ? asciiLower(host) : host };
}

/** Lowercases A-Z only (bytes >= 0x80 stay), as ngx_strlow does. */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}
