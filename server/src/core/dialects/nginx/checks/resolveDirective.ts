import type { Directive } from '../../../model/types';
import { nginxKnowledge, type ArgumentRule, type DirectiveFact, type NginxContext } from '../knowledge';
import type { LoadedModules } from './loadedModules';
import type { DirectiveVisit } from './visit';

/** How nginx would take a directive, decided the way `ngx_conf_handler` decides it. */
export type Resolution =
  /** No module nginx knows defines the name. */
  | { readonly kind: 'unknown' }
  /** Only modules that are not loaded (dynamic) or not built define it: nginx says "unknown directive" too. */
  | { readonly kind: 'not-loaded'; readonly facts: readonly DirectiveFact[] }
  /** Defined, but not for this context. */
  | { readonly kind: 'not-allowed'; readonly context: NginxContext; readonly available: readonly DirectiveFact[] }
  /** The definitions that may apply (one, unless the context is unknown). */
  | { readonly kind: 'allowed'; readonly facts: readonly DirectiveFact[] };

export function allowedIn(fact: DirectiveFact, context: NginxContext): boolean {
  return fact.contexts.includes(context) || fact.contexts.includes('any');
}

/**
 * Resolutions by modules, name and context: a resolution depends on nothing else, and thousands of
 * `proxy_set_header` in location context share one. Modules objects are interned, so this lasts
 * from one check run to the next.
 */
const resolutions = new WeakMap<LoadedModules, Map<string, Map<NginxContext | undefined, Resolution>>>();

export function resolveName(modules: LoadedModules, name: string, context: NginxContext | undefined): Resolution {
  let byName = resolutions.get(modules);
  if (!byName) resolutions.set(modules, (byName = new Map()));
  let byContext = byName.get(name);
  if (!byContext) byName.set(name, (byContext = new Map()));
  let resolution = byContext.get(context);
  if (!resolution) byContext.set(context, (resolution = resolve(modules, name, context)));
  return resolution;
}

function resolve(modules: LoadedModules, name: string, context: NginxContext | undefined): Resolution {
  const facts = nginxKnowledge.directive(name);
  if (facts.length === 0) return { kind: 'unknown' };
  const available = modules.available(name);
  if (available.length === 0) return { kind: 'not-loaded', facts };
  if (!context) return { kind: 'allowed', facts: available };
  const matching = available.filter((f) => allowedIn(f, context));
  return matching.length ? { kind: 'allowed', facts: matching } : { kind: 'not-allowed', context, available };
}

/** The one definition whose shape and argument count fit (or the first, if all fitting ones share a handler). */
export function fitting(facts: readonly DirectiveFact[], directive: Directive): DirectiveFact | undefined {
  const block = hasBlock(directive);
  let found: DirectiveFact | undefined;
  let count = -1;
  for (const fact of facts) {
    if (!!fact.args.block !== block) continue;
    if (count === -1) count = nginxTokenCount(directive);
    if (!acceptsCount(fact.args, count)) continue;
    if (found && found.handler !== fact.handler) return undefined;
    found ??= fact;
  }
  return found;
}

/** The module that defines a directive (the first one when several do), or undefined for an unknown name. */
export function moduleOf(visit: DirectiveVisit): string | undefined {
  const resolution = visit.resolution;
  switch (resolution.kind) {
    case 'unknown':
      return undefined;
    case 'not-allowed':
      return resolution.available[0]?.module;
    default:
      return resolution.facts[0]?.module;
  }
}

/**
 * The arguments as nginx's tokenizer sees them: pieces the grammar splits but that touch (such as
 * `=/exact` in a location) are one token.
 */
export function nginxTokenCount(directive: Directive): number {
  // Only a location's modifier and path are split by the grammar (reading spans allocates).
  if (directive.name !== 'location' || directive.args.length < 2) return directive.args.length;
  let count = 0;
  let lastEnd = -1;
  for (const arg of directive.args) {
    if (arg.span.startIndex !== lastEnd) count++;
    lastEnd = arg.span.endIndex;
  }
  return count;
}

export function hasBlock(directive: Directive): boolean {
  return directive.block !== undefined || directive.rawBody !== undefined;
}

export function acceptsCount(rule: ArgumentRule, count: number): boolean {
  if (rule.flag) return count === 1;
  if (rule.counts) return rule.counts.includes(count);
  return count >= rule.min && (rule.max === null || count <= rule.max);
}

/** `exactly 1 argument`, `1 or more arguments`, `1 or 3 arguments`, `no arguments` … */
export function describeCount(rule: ArgumentRule): string {
  const plural = (n: number): string => (n === 1 ? 'argument' : 'arguments');
  if (rule.flag) return 'exactly 1 argument (on or off)';
  if (rule.counts) return `${rule.counts.slice(0, -1).join(', ')} or ${rule.counts[rule.counts.length - 1]} arguments`;
  if (rule.max === rule.min) return rule.min === 0 ? 'no arguments' : `exactly ${rule.min} ${plural(rule.min)}`;
  if (rule.max === null) return `${rule.min} or more arguments`;
  return `${rule.min} to ${rule.max} arguments`;
}

const CONTEXT_NAMES: Readonly<Record<NginxContext, string>> = {
  main: 'main',
  events: 'events',
  http: 'http',
  server: 'server',
  location: 'location',
  upstream: 'upstream',
  'if-in-server': "'if' in server",
  'if-in-location': "'if' in location",
  limit_except: 'limit_except',
  stream: 'stream',
  'stream-server': 'stream server',
  'stream-upstream': 'stream upstream',
  mail: 'mail',
  'mail-server': 'mail server',
  rtmp: 'rtmp',
  'rtmp-server': 'rtmp server',
  'rtmp-application': 'rtmp application',
  'rtmp-recorder': 'rtmp recorder',
  any: 'any context',
};

export function contextName(context: NginxContext): string {
  return CONTEXT_NAMES[context];
}
