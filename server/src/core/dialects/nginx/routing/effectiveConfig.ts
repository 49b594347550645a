/**
 * The directives in force at the final location, following the merge_loc_conf functions of
 * nginx's modules: a setting comes from the innermost block that writes it, and a block that
 * writes any entry of a list (`proxy_set_header`, `add_header`, `error_page`, `allow`/`deny`, …)
 * replaces the whole inherited list — so "innermost block that writes the name" covers both.
 * The exceptions are below: directives that never inherit, and families that merge as one.
 */
import type { EffectiveDirective } from '../../../analysis/explain/types';
import { nginxKnowledge } from '../knowledge';
import type { ConfigNode } from './configTree';
import { locationSettingBlocks } from './configIndex';
import { finalLocation } from './locationHead';

/** Blocks are places, not settings. */
const BLOCKS = new Set(['http', 'server', 'location', 'if', 'limit_except', 'upstream', 'map', 'geo', 'split_clients', 'events']);

/**
 * Rewrite-module statements run where they are written (the server's in the server rewrite phase),
 * and try_files has no merge function: only the final location's own count.
 */
const NOT_INHERITED = new Set(['rewrite', 'return', 'set', 'break', 'try_files']);

/** Content handlers: inherited by the `if`/`limit_except` blocks of their location, never by nested locations. */
const HANDLERS = new Set([
  'proxy_pass', 'fastcgi_pass', 'uwsgi_pass', 'scgi_pass', 'grpc_pass', 'memcached_pass',
  'empty_gif', 'stub_status', 'flv', 'mp4', 'perl', 'js_content', 'content_by_lua', 'content_by_lua_block', 'content_by_lua_file',
]);

/** Names stored in one configuration field: a block that writes one of them replaces the others too. */
const FAMILY: Readonly<Record<string, string>> = {
  allow: 'access rules',
  deny: 'access rules',
  root: 'document root',
  alias: 'document root',
};

function familyOf(name: string): string {
  return FAMILY[name] ?? name;
}

/** Directives with no location-level configuration (listen, server_name, map, …) are not "in force" at a location. */
const locationLevel = new Map<string, boolean>();
function appliesToLocations(name: string): boolean {
  let known = locationLevel.get(name);
  if (known === undefined) {
    const facts = nginxKnowledge.directive(name).filter((f) => f.subsystem === 'http');
    known = facts.length === 0 || facts.some((f) => f.contexts.some((c) => c === 'location' || c === 'if-in-location' || c === 'limit_except'));
    locationLevel.set(name, known);
  }
  return known;
}

/**
 * `chain`: http, server, locations (outer..final), then the `if` and/or `limit_except` in force
 * (server-level `if` blocks are ignored: location lookup replaces their configuration).
 */
export function effectiveDirectives(chain: readonly ConfigNode[]): EffectiveDirective[] {
  const { location } = finalLocation(chain);
  const blocks = locationSettingBlocks(chain);
  const ownFrom = location ? blocks.indexOf(location) : blocks.length - 1;

  // Innermost writer of each family wins.
  const winner = new Map<string, number>();
  blocks.forEach((block, i) => {
    const inner = i >= ownFrom;
    for (const child of block.children ?? []) {
      if (BLOCKS.has(child.name) || NOT_INHERITED.has(child.name) || !appliesToLocations(child.name)) continue;
      if (HANDLERS.has(child.name) && !inner) continue;
      winner.set(familyOf(child.name), i);
    }
  });

  const out: EffectiveDirective[] = [];
  blocks.forEach((block, i) => {
    for (const child of block.children ?? []) {
      if (BLOCKS.has(child.name)) continue;
      const inForce = NOT_INHERITED.has(child.name) ? i >= ownFrom : winner.get(familyOf(child.name)) === i;
      if (!inForce || !appliesToLocations(child.name)) continue;
      out.push({ name: child.name, args: child.args, at: child.at, inherited: i < ownFrom });
    }
  });
  return out;
}
