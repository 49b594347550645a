/**
 * `geo` (ngx_http_geo_module, CIDR form): the longest network containing the address wins, `default`
 * covers the rest ("" without one). The address is the client's, or the value of the source
 * variable (`geo $src $var`; not an address → 255.255.255.255). `ranges`, `proxy` and `include`
 * make the answer depend on things the explainer does not model: undecided.
 */
import type { ConfigNode } from './configTree';
import { addressBytes, unmapIPv4 } from './ipAddress';

interface Network {
  readonly bytes: Uint8Array;
  readonly bits: number;
  readonly value: string;
}

export interface GeoDefinition {
  readonly node: ConfigNode;
  /** The source variable's template, or undefined for the client address. */
  readonly source: string | undefined;
  readonly v4: readonly Network[];
  readonly v6: readonly Network[];
  readonly defaultValue: string;
  /** Why the explainer cannot evaluate it, if so. */
  readonly unsupported?: string;
}

export function readGeo(node: ConfigNode): GeoDefinition {
  const source = node.args.length === 2 ? node.args[0] : undefined;
  const networks = new Map<string, Network>();
  let defaultValue = '';
  let unsupported: string | undefined;
  for (const entry of node.children ?? []) {
    if (entry.name === 'ranges' || entry.name === 'proxy' || entry.name === 'include') {
      unsupported = `\`geo\` with \`${entry.name}\``;
      continue;
    }
    if (entry.name === 'proxy_recursive') continue;
    if (entry.name === 'default') {
      defaultValue = entry.args[0] ?? '';
      continue;
    }
    const deleting = entry.name === 'delete';
    const cidr = parseCidr(deleting ? entry.args[0] ?? '' : entry.name);
    if (!cidr) {
      unsupported = `\`geo\` entry \`${entry.name}\``;
      continue;
    }
    const key = `${cidr.bytes.join('.')}/${cidr.bits}`;
    if (deleting) networks.delete(key);
    else networks.set(key, { ...cidr, value: entry.args[0] ?? '' });
  }
  const all = [...networks.values()];
  return { node, source, v4: all.filter((n) => n.bytes.length === 4), v6: all.filter((n) => n.bytes.length === 16), defaultValue, unsupported };
}

/** The geo value for an address (text); undefined when the address form is not understood. */
export function geoValue(definition: GeoDefinition, address: string): string {
  const bytes = unmapIPv4(addressBytes(address) ?? Uint8Array.from([255, 255, 255, 255]));
  const networks = bytes.length === 4 ? definition.v4 : definition.v6;
  let best: Network | undefined;
  for (const network of networks) {
    if (network.bits >= (best?.bits ?? -1) && contains(network, bytes)) best = network;
  }
  return best ? best.value : definition.defaultValue;
}

function contains(network: Network, bytes: Uint8Array): boolean {
  for (let bit = 0; bit < network.bits; bit++) {
    const mask = 0x80 >> (bit & 7);
    if ((network.bytes[bit >> 3] & mask) !== (bytes[bit >> 3] & mask)) return false;
  }
  return true;
}

function parseCidr(text: string): { bytes: Uint8Array; bits: number } | undefined {
  const slash = text.indexOf('/');
  const bytes = addressBytes(slash < 0 ? text : text.slice(0, slash));
  if (!bytes) return undefined;
  const bits = slash < 0 ? bytes.length * 8 : Number(text.slice(slash + 1));
  if (!Number.isInteger(bits) || bits < 0 || bits > bytes.length * 8) return undefined;
  // nginx keeps only the network part of the address.
  const masked = Uint8Array.from(bytes, (b, i) => (i * 8 >= bits ? 0 : i * 8 + 8 <= bits ? b : b & (0xff << (8 - (bits - i * 8)))));
  return { bytes: masked, bits };
}
