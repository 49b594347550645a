/**
 * `split_clients` (ngx_http_split_clients_module): MurmurHash2 of the expanded key picks the first
 * part whose cumulative share of 2^32 exceeds the hash; `*` takes the rest. Deterministic, so the
 * explainer computes it exactly.
 */
import type { ConfigNode } from './configTree';

export interface SplitClientsDefinition {
  readonly node: ConfigNode;
  readonly key: string;
  /** Upper bounds (exclusive) of each part's hash range; 0 for `*`. */
  readonly parts: readonly { readonly bound: number; readonly value: string }[];
}

export function readSplitClients(node: ConfigNode): SplitClientsDefinition | undefined {
  const parts: { bound: number; value: string }[] = [];
  let last = 0;
  for (const entry of node.children ?? []) {
    if (entry.args.length !== 1) return undefined;
    if (entry.name === '*') {
      parts.push({ bound: 0, value: entry.args[0] });
      continue;
    }
    const percent = entry.name.endsWith('%') ? fixedPoint2(entry.name.slice(0, -1)) : undefined;
    if (percent === undefined || percent === 0) return undefined;
    // Each bucket's upper bound is its share of the 32-bit hash range, summed with nginx's 64-bit
    // integer rounding and uint32 wrap, so boundary hashes land in the same bucket as in nginx.
    last = Number((BigInt(last) + (BigInt(percent) * 0xffffffffn) / 10000n) & 0xffffffffn);
    parts.push({ bound: last, value: entry.args[0] });
  }
  return { node, key: node.args[0] ?? '', parts };
}

/** ngx_atofp(text, 2): a decimal with at most two fractional digits, times 100. */
function fixedPoint2(text: string): number | undefined {
  const m = /^([0-9]*)(?:\.([0-9]{0,2}))?$/.exec(text);
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) return undefined;
  return Number(m[1] || '0') * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export function splitClientsValue(definition: SplitClientsDefinition, key: string): string {
  const hash = murmurHash2(key);
  for (const part of definition.parts) if (hash < part.bound || part.bound === 0) return part.value;
  return '';
}

/** ngx_murmur_hash2 over the bytes of a latin1 string. */
function murmurHash2(text: string): number {
  const m = 0x5bd1e995;
  let h = text.length >>> 0;
  let i = 0;
  let len = text.length;
  while (len >= 4) {
    let k = (text.charCodeAt(i) & 0xff) | ((text.charCodeAt(i + 1) & 0xff) << 8) | ((text.charCodeAt(i + 2) & 0xff) << 16) | ((text.charCodeAt(i + 3) & 0xff) << 24);
    k = Math.imul(k, m);
    k ^= k >>> 24;
    k = Math.imul(k, m);
    h = Math.imul(h, m);
    h ^= k;
    i += 4;
    len -= 4;
  }
  if (len === 3) h ^= (text.charCodeAt(i + 2) & 0xff) << 16;
  if (len >= 2) h ^= (text.charCodeAt(i + 1) & 0xff) << 8;
  if (len >= 1) {
    h ^= text.charCodeAt(i) & 0xff;
    h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h >>> 0;
}
