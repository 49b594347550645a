/**
 * How a `location` block's head reads (`= /a`, `=/a`, `~* re`, `@name`) and which location a chain of
 * blocks ends in. Shared by the location search, the handlers, the static modules and the traps.
 */
import type { ConfigNode } from './configTree';

export type LocationModifier = '=' | '^~' | '~' | '~*' | '' | '@';

export type ParsedLocation = { readonly modifier: LocationModifier; readonly pattern: string } | { readonly error: string };

/** `location [= | ^~ | ~ | ~*] name`, also glued (`location =/a`, `location ~*\.php$`). */
export function parseLocationArgs(args: readonly string[]): ParsedLocation {
  if (args.length === 2) {
    const [mod, name] = args;
    if (mod === '=' || mod === '^~' || mod === '~' || mod === '~*') return { modifier: mod, pattern: name };
    return { error: `invalid location modifier "${mod}"` };
  }
  if (args.length !== 1) return { error: 'invalid number of arguments in "location" directive' };
  const name = args[0];
  if (name.startsWith('=')) return { modifier: '=', pattern: name.slice(1) };
  if (name.startsWith('^~')) return { modifier: '^~', pattern: name.slice(2) };
  if (name.startsWith('~*')) return { modifier: '~*', pattern: name.slice(2) };
  if (name.startsWith('~')) return { modifier: '~', pattern: name.slice(1) };
  if (name.startsWith('@')) return { modifier: '@', pattern: name };
  return { modifier: '', pattern: name };
}

export interface LocationName {
  readonly modifier: LocationModifier;
  readonly name: string;
}

/**
 * A location block's modifier and name. Never fails: a head nginx would refuse (it then refuses the
 * whole configuration) reads as a prefix location named by its first word.
 */
export function locationNameOf(node: ConfigNode): LocationName {
  const parsed = parseLocationArgs(node.args.length > 2 ? node.args.slice(0, 2) : node.args);
  if ('error' in parsed) return { modifier: '', name: node.args[0] ?? '' };
  return { modifier: parsed.modifier, name: parsed.pattern };
}

/** The final real location of a chain and the blocks after it that take its place (`if`, `limit_except`). */
export function finalLocation(chain: readonly ConfigNode[]): { location?: ConfigNode; overlays: readonly ConfigNode[] } {
  for (let i = chain.length - 1; i >= 0; i--) {
    if (chain[i].name === 'location') {
      const overlays = chain.slice(i + 1).filter((n) => n.name === 'if' || n.name === 'limit_except');
      return { location: chain[i], overlays };
    }
  }
  return { overlays: [] };
}
