/**
 * Variables defined by table blocks of `http`: `map`, `split_clients` and `geo`, read once per
 * configuration and keyed by the variable they define (lowercase, without `$`).
 */
import type { ConfigNode } from './configTree';
import { readGeo, type GeoDefinition } from './geo';
import { readMap, type MapDefinition } from './maps';
import { readSplitClients, type SplitClientsDefinition } from './splitClients';

export type TableVariable =
  | { readonly kind: 'map'; readonly map: MapDefinition }
  | { readonly kind: 'split_clients'; readonly split: SplitClientsDefinition }
  | { readonly kind: 'geo'; readonly geo: GeoDefinition };

export type TableVariables = ReadonlyMap<string, TableVariable>;

export function buildTableVariables(http: ConfigNode): TableVariables {
  const table = new Map<string, TableVariable>();
  const nameOf = (text: string | undefined): string | undefined => (text?.startsWith('$') ? text.slice(1).toLowerCase() : undefined);
  for (const node of http.children ?? []) {
    if (node.name === 'map' && node.args.length === 2) {
      const name = nameOf(node.args[1]);
      if (name) table.set(name, { kind: 'map', map: readMap(node) });
    } else if (node.name === 'split_clients' && node.args.length === 2) {
      const name = nameOf(node.args[1]);
      const split = readSplitClients(node);
      if (name && split) table.set(name, { kind: 'split_clients', split });
    } else if (node.name === 'geo' && (node.args.length === 1 || node.args.length === 2)) {
      const name = nameOf(node.args[node.args.length - 1]);
      if (name) table.set(name, { kind: 'geo', geo: readGeo(node) });
    }
  }
  return table;
}
