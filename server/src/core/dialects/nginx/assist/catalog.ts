/**
 * The directives a completion list offers in a context, most used first, with snippets that
 * type the usual shape (`proxy_pass $1;`, `location ${1:/} {…}`, `gzip ${1|on,off|};`).
 * Each context's list is built once per process; a request only picks the list.
 */
import type { CompletionEntry } from '../../../analysis/assist';
import { nginxKnowledge, type DirectiveFact, type NginxContext } from '../knowledge';
import { allowedIn, directiveUse } from './knowledge';
import { hasArgumentValues } from './argumentValues';

/** What goes between a block directive's name and its `{`. */
const BLOCK_HEADS: Readonly<Record<string, string>> = {
  location: '${1:/}',
  upstream: '${1:backend}',
  if: '(${1:\\$variable})',
  map: '${1:\\$source} ${2:\\$result}',
  geo: '${1:\\$result}',
  split_clients: '"${1:\\$remote_addr}" ${2:\\$variant}',
  limit_except: '${1:GET}',
  match: '${1:name}',
};

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\,|]/g, '\\$&');
}

function insertTextFor(fact: DirectiveFact): { text: string; retrigger: boolean } {
  const { name, args } = fact;
  if (args.block) {
    const head = BLOCK_HEADS[name] ?? (args.max === 0 ? '' : '$1');
    return { text: `${name}${head ? ` ${head}` : ''} {\n\t$0\n}`, retrigger: false };
  }
  if (args.flag) return { text: `${name} \${1|on,off|};`, retrigger: false };
  if (fact.enumValues?.length) return { text: `${name} \${1|${fact.enumValues.map(escapeSnippet).join(',')}|};`, retrigger: false };
  if (args.max === 0) return { text: `${name};`, retrigger: false };
  return { text: `${name} $1;`, retrigger: hasArgumentValues(name) };
}

export function moduleDetail(fact: DirectiveFact): string {
  switch (fact.moduleKind) {
    case 'core':
      return fact.module;
    case 'dynamic':
      return `${fact.module} · ${fact.debianPackage ?? 'dynamic module'}`;
    default:
      return `${fact.module} · not in Debian's nginx`;
  }
}

/** Built-in modules first, then Debian's dynamic modules, then modules Debian does not build. */
const KIND_ORDER: Readonly<Record<DirectiveFact['moduleKind'], number>> = { core: 0, dynamic: 1, unbuilt: 2 };

/** The definition to describe when several modules define a name: the built-in, most general one. */
function representative(facts: readonly DirectiveFact[]): DirectiveFact {
  return [...facts].sort((a, b) => KIND_ORDER[a.moduleKind] - KIND_ORDER[b.moduleKind] || (a.subsystem === 'http' ? -1 : 0) - (b.subsystem === 'http' ? -1 : 0))[0];
}

export function contextsKey(contexts: readonly NginxContext[]): string {
  return [...contexts].sort().join(',');
}

function buildEntries(contexts: readonly NginxContext[]): CompletionEntry[] {
  const byName = new Map<string, DirectiveFact[]>();
  for (const fact of nginxKnowledge.allDirectives()) {
    if (contexts.length > 0 && !allowedIn(fact, contexts)) continue;
    const list = byName.get(fact.name);
    if (list) list.push(fact);
    else byName.set(fact.name, [fact]);
  }
  const chosen = [...byName.values()].map(representative);
  chosen.sort(
    (a, b) =>
      directiveUse(b.name) - directiveUse(a.name) ||
      Number(Boolean(a.deprecated)) - Number(Boolean(b.deprecated)) ||
      KIND_ORDER[a.moduleKind] - KIND_ORDER[b.moduleKind] ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const key = contextsKey(contexts);
  return chosen.map((fact, rank): CompletionEntry => {
    const { text, retrigger } = insertTextFor(fact);
    return {
      label: fact.name,
      category: fact.args.block ? 'block' : 'directive',
      detail: moduleDetail(fact),
      insertText: text,
      snippet: true,
      rank,
      retrigger: retrigger || undefined,
      deprecated: fact.deprecated ? true : undefined,
      documentation: { dialect: 'nginx', key: `directive:${fact.name}:${key}` },
    };
  });
}

const cache = new Map<string, readonly CompletionEntry[]>();

/** The directives allowed in any of `contexts` (every directive when none is known), ranked. */
export function directiveEntries(contexts: readonly NginxContext[]): readonly CompletionEntry[] {
  const key = contextsKey(contexts);
  let entries = cache.get(key);
  if (!entries) cache.set(key, (entries = buildEntries(contexts)));
  return entries;
}
