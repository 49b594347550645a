/**
 * The knowledge lookups the nginx assistance needs on top of `nginxKnowledge`: the facts of a
 * directive that apply in given contexts, documentation facts for modules whose documentation
 * page has another name than their source (the gzip filter is documented as ngx_http_gzip_module),
 * and how common a name is in real configurations (frequency.json).
 */
import { nginxKnowledge, type DirectiveFact, type DocumentationFact, type NginxContext } from '../knowledge';
import factsData from '../knowledge/facts.json';
import frequencyData from '../knowledge/frequency.json';

const ALL_CONTEXTS: readonly NginxContext[] = [
  'main', 'events', 'http', 'server', 'location', 'upstream', 'if-in-server', 'if-in-location', 'limit_except',
  'stream', 'stream-server', 'stream-upstream', 'mail', 'mail-server',
  'rtmp', 'rtmp-server', 'rtmp-application', 'rtmp-recorder',
];

/** Every context a block chain can start in (`any` is a directive property, not a place). */
export const nginxContexts: readonly NginxContext[] = ALL_CONTEXTS;

const contextNames = new Set<string>(ALL_CONTEXTS);

export function isNginxContext(name: string): name is NginxContext {
  return contextNames.has(name);
}

export function asContexts(scopes: readonly string[]): NginxContext[] {
  return scopes.filter(isNginxContext);
}

export function allowedIn(fact: DirectiveFact, contexts: readonly NginxContext[]): boolean {
  return fact.contexts.includes('any') || fact.contexts.some((c) => contexts.includes(c));
}

/**
 * The definitions of `name` that apply where the cursor is; every definition when the contexts
 * are unknown or none applies (a hover should still explain a misplaced directive).
 */
export function factsFor(name: string, contexts: readonly NginxContext[]): readonly DirectiveFact[] {
  const all = nginxKnowledge.directive(name);
  if (contexts.length === 0) return all;
  const here = all.filter((f) => allowedIn(f, contexts));
  return here.length > 0 ? here : all;
}

/** The subsystem (http, stream, …) the contexts belong to, for variables; undefined when unknown or mixed. */
export function subsystemOf(contexts: readonly NginxContext[]): string | undefined {
  const subsystems = new Set(contexts.map((c) => (c.startsWith('stream') ? 'stream' : c.startsWith('mail') ? 'mail' : c.startsWith('rtmp') ? 'rtmp' : c === 'main' || c === 'events' ? 'core' : 'http')));
  return subsystems.size === 1 ? [...subsystems][0] : undefined;
}

const documentationByName = new Map<string, DocumentationFact[]>();
for (const fact of (factsData as unknown as { directives: DocumentationFact[] }).directives) {
  documentationByName.set(fact.name, [...(documentationByName.get(fact.name) ?? []), fact]);
}

/** How well a documentation page's contexts ("if in location") match a fact's contexts. */
function contextOverlap(doc: DocumentationFact, fact: DirectiveFact): number {
  const documented = new Set((doc.contexts ?? []).map((c) => c.replace(/ /g, '-')));
  return fact.contexts.filter((c) => documented.has(c)).length;
}

/** Syntax, default, since-version and URL of a directive definition. */
export function documentationOf(fact: DirectiveFact): DocumentationFact | undefined {
  const exact = nginxKnowledge.documentation(fact);
  if (exact) return exact;
  // Modules whose source name differs from their documentation page: same name, same subsystem,
  // the page whose contexts agree best.
  const named = documentationByName.get(fact.name) ?? [];
  const sameSubsystem = named.filter((d) => (d as DocumentationFact & { subsystem?: string }).subsystem === fact.subsystem);
  // error_log in http is documented once, on the core module's page.
  const candidates = sameSubsystem.length ? sameSubsystem : named;
  let best: DocumentationFact | undefined;
  let bestScore = -1;
  for (const candidate of candidates) {
    const score = contextOverlap(candidate, fact);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

interface FrequencyFile {
  directives: Record<string, number>;
  variables: Record<string, number>;
  argumentWords: Record<string, Record<string, number>>;
}

const frequency = frequencyData as unknown as FrequencyFile;

/** In how many corpus files a directive appears (0 when never). */
export function directiveUse(name: string): number {
  return frequency.directives[name] ?? 0;
}

export function variableUse(name: string): number {
  return frequency.variables[name] ?? 0;
}

/** Keyword arguments real configurations write after a directive, most used first. */
export function argumentWordsOf(name: string): readonly [string, number][] {
  return Object.entries(frequency.argumentWords[name] ?? {});
}

/** Variables seen in real configurations that belong to a prefix family (`http_upgrade` for `http_`). */
export function usedFamilyMembers(prefix: string): readonly [string, number][] {
  return Object.entries(frequency.variables).filter(([name]) => name.startsWith(prefix) && name.length > prefix.length);
}
