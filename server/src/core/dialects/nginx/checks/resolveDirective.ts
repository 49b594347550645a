import type { Directive } from '../../../model/types';
import { nginxKnowledge, type ArgumentRule, type DirectiveFact, type NginxContext } from '../knowledge';
import { modulesAt, type DirectiveVisit, type NginxConfigView } from './configurationView';

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

const cache = new WeakMap<DirectiveVisit, Resolution>();

export function resolveVisit(view: NginxConfigView, visit: DirectiveVisit): Resolution {
  let resolution = cache.get(visit);
  if (!resolution) {
    resolution = resolve(view, visit);
    cache.set(visit, resolution);
  }
  return resolution;
}

function resolve(view: NginxConfigView, visit: DirectiveVisit): Resolution {
  const facts = nginxKnowledge.directive(visit.directive.name);
  if (facts.length === 0) return { kind: 'unknown' };
  const available = modulesAt(view, visit).available(visit.directive.name);
  if (available.length === 0) return { kind: 'not-loaded', facts };
  const { context } = visit;
  if (!context) return { kind: 'allowed', facts: available };
  const matching = available.filter((f) => allowedIn(f, context));
  return matching.length ? { kind: 'allowed', facts: matching } : { kind: 'not-allowed', context, available };
}

/**
 * The arguments as nginx's tokenizer sees them: pieces the grammar splits but that touch (such as
 * `=/exact` in a location) are one token.
 */
export function nginxTokenCount(directive: Directive): number {
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

/**
 * The definition nginx applies when the directive is well formed (shape and argument count), or
 * undefined when it is not allowed, malformed, or several definitions could apply.
 */
export function appliedFact(view: NginxConfigView, visit: DirectiveVisit): DirectiveFact | undefined {
  const resolution = resolveVisit(view, visit);
  if (resolution.kind !== 'allowed') return undefined;
  const block = hasBlock(visit.directive);
  const count = nginxTokenCount(visit.directive);
  const fitting = resolution.facts.filter((f) => !!f.args.block === block && acceptsCount(f.args, count));
  if (fitting.length === 0) return undefined;
  const first = fitting[0];
  return fitting.every((f) => f.handler === first.handler) ? first : undefined;
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
