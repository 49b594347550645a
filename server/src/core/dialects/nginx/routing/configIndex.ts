/**
 * Looking settings up along a chain of blocks (http, server, locations…, `if`): the innermost
 * block that writes a directive wins, and list directives (error_page, allow/deny) replace the
 * inherited list as a whole, as ngx_http_core_merge_loc_conf does. Each block is indexed once.
 */
import type { ConfigNode } from './configTree';

/** Each block's own directives by name, built on first use (a server may hold thousands of locations). */
const ownDirectives = new WeakMap<ConfigNode, ReadonlyMap<string, readonly ConfigNode[]>>();

export function ownDirectivesNamed(block: ConfigNode, name: string): readonly ConfigNode[] | undefined {
  let index = ownDirectives.get(block);
  if (!index) {
    const built = new Map<string, ConfigNode[]>();
    for (const child of block.children ?? []) {
      const list = built.get(child.name);
      if (list) list.push(child);
      else built.set(child.name, [child]);
    }
    ownDirectives.set(block, built);
    index = built;
  }
  return index.get(name);
}

/** The directives named `name` of the innermost block in `chain` that has any. */
export function directivesInForce(chain: readonly ConfigNode[], name: string): readonly ConfigNode[] {
  for (let i = chain.length - 1; i >= 0; i--) {
    const found = ownDirectivesNamed(chain[i], name);
    if (found) return found;
  }
  return [];
}

/** The innermost `name` directive in force, if any. */
export function directiveInForce(chain: readonly ConfigNode[], name: string): ConfigNode | undefined {
  const all = directivesInForce(chain, name);
  return all[all.length - 1];
}

/** An on/off directive's value in force (`absolute_redirect`, `recursive_error_pages`, …). */
export function flagInForce(chain: readonly ConfigNode[], name: string, fallback: boolean): boolean {
  const node = directiveInForce(chain, name);
  if (!node || node.args.length === 0) return fallback;
  return node.args[0].toLowerCase() === 'on';
}

/**
 * The blocks whose location-level settings can be in force, outermost first: an `if` counts only
 * inside the final location (a server-level `if` no longer applies once a location was found).
 */
export function locationSettingBlocks(chain: readonly ConfigNode[]): readonly ConfigNode[] {
  let lastLocation = -1;
  chain.forEach((node, i) => {
    if (node.name === 'location') lastLocation = i;
  });
  return chain.filter((node, i) => node.name !== 'if' || (lastLocation >= 0 && i > lastLocation));
}
