/**
 * `map` blocks (ngx_http_map_module): the source value is lowercased and looked up
 * among the exact keys, then (with `hostnames`) the wildcard names, then the regexes in order; the
 * value may hold variables and the regex's captures. A request evaluates a map the first time
 * it is used and keeps the value (nginx caches it) unless `volatile`.
 */
import type { ConfigNode } from './configTree';
import { compileNginxRegex, isRegexError, type CompiledRegex } from './pcre';

export interface MapDefinition {
  readonly node: ConfigNode;
  /** The source template (`$http_upgrade`, `$host$uri`). */
  readonly source: string;
  readonly exact: ReadonlyMap<string, string>;
  /** `*.example.com` / `.example.com` keys as `example.com` → value (with `hostnames`). */
  readonly leading: ReadonlyMap<string, { readonly value: string; readonly dotForm: boolean }>;
  /** `www.example.*` keys as `www.example` → value (with `hostnames`). */
  readonly trailing: ReadonlyMap<string, string>;
  readonly regexes: readonly { readonly regex: CompiledRegex | undefined; readonly value: string; readonly key: string }[];
  readonly defaultValue: string;
  readonly hostnames: boolean;
  readonly volatile: boolean;
  /** Entries the explainer cannot read (`include` of a file of entries): lookups are then undecided. */
  readonly unsupported?: string;
}

export function readMap(node: ConfigNode): MapDefinition {
  const exact = new Map<string, string>();
  const leading = new Map<string, { value: string; dotForm: boolean }>();
  const trailing = new Map<string, string>();
  const regexes: { regex: CompiledRegex | undefined; value: string; key: string }[] = [];
  let defaultValue = '';
  let hostnames = false;
  let volatile = false;
  let unsupported: string | undefined;
  const entries = node.children ?? [];
  // `hostnames` changes how every key is read, wherever it is written.
  if (entries.some((e) => e.name === 'hostnames' && e.args.length === 0)) hostnames = true;
  for (const entry of entries) {
    const value = entry.args[0];
    if (entry.args.length === 0) {
      if (entry.name === 'volatile') volatile = true;
      continue;
    }
    if (value === undefined || entry.args.length !== 1) continue;
    if (entry.name === 'include') {
      unsupported = `\`include ${value}\` inside \`map\``;
      continue;
    }
    if (entry.name === 'default') {
      defaultValue = value;
      continue;
    }
    let key = entry.name;
    if (key.startsWith('~')) {
      const caseless = key.startsWith('~*');
      const compiled = compileNginxRegex(key.slice(caseless ? 2 : 1), caseless);
      regexes.push({ regex: isRegexError(compiled) ? undefined : compiled, value, key });
      continue;
    }
    if (key.startsWith('\\')) key = key.slice(1);
    key = key.toLowerCase();
    if (hostnames && (key.startsWith('*.') || key.startsWith('.'))) {
      const dotForm = key.startsWith('.');
      const base = key.slice(dotForm ? 1 : 2);
      if (!leading.has(base)) leading.set(base, { value, dotForm });
      if (dotForm && !exact.has(base)) exact.set(base, value);
      continue;
    }
    if (hostnames && key.endsWith('.*')) {
      const base = key.slice(0, -2);
      if (!trailing.has(base)) trailing.set(base, value);
      continue;
    }
    if (!exact.has(key)) exact.set(key, value);
  }
  return { node, source: node.args[0], exact, leading, trailing, regexes, defaultValue, hostnames, volatile, unsupported };
}

export type MapLookup =
  | { readonly kind: 'value'; readonly template: string; readonly regexMatch?: ReturnType<CompiledRegex['exec']> }
  | { readonly kind: 'undecided'; readonly reason: string };

/** ngx_http_map_find for an already expanded source value. */
export function lookupMap(map: MapDefinition, sourceValue: string): MapLookup {
  if (map.unsupported) return { kind: 'undecided', reason: map.unsupported };
  let subject = sourceValue;
  if (map.hostnames && subject.endsWith('.')) subject = subject.slice(0, -1);
  const lower = subject.toLowerCase();
  const exact = map.exact.get(lower);
  if (exact !== undefined) return { kind: 'value', template: exact };
  if (map.hostnames) {
    const wildcard = wildcardValue(map, lower);
    if (wildcard !== undefined) return { kind: 'value', template: wildcard };
  }
  if (subject.length > 0) {
    for (const entry of map.regexes) {
      if (!entry.regex) return { kind: 'undecided', reason: `the map regex \`${entry.key}\` cannot be evaluated` };
      const match = entry.regex.exec(subject);
      if (match) return { kind: 'value', template: entry.value, regexMatch: match };
    }
  }
  return { kind: 'value', template: map.defaultValue };
}

/** The longest leading wildcard (`*.a.b`), then the longest trailing one (`a.b.*`). */
function wildcardValue(map: MapDefinition, host: string): string | undefined {
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
    const hit = map.leading.get(host.slice(dot + 1));
    if (hit) return hit.value;
  }
  for (let dot = host.lastIndexOf('.'); dot > 0; dot = host.lastIndexOf('.', dot - 1)) {
    const hit = map.trailing.get(host.slice(0, dot));
    if (hit !== undefined) return hit;
  }
  return undefined;
}
