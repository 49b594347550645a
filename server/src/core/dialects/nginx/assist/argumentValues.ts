/**
 * Values for argument N of a directive: names defined elsewhere (upstreams, `@named` locations,
 * log formats), the knowledge's flag/enum/bitmask values, keywords the handlers check in code,
 * `key=` parameters from the syntax lines, keywords real configurations use, and file paths.
 */
import * as path from 'node:path';
import type { CompletionEntry } from '../../../analysis/assist';
import type { CursorToken } from '../../../analysis/cursorContext';
import { pathCompletions } from '../../../analysis/pathCompletion';
import type { WorkspaceView } from '../../../analysis/workspaceView';
import type { Statement } from '../../../model/types';
import { nginxKnowledge, type DirectiveFact, type NginxContext } from '../knowledge';
import { FORWARDED_HEADERS, hasHints, hintsFor } from './argumentHints';
import { definitionLine, reachableNamedLocations, workspaceDefinitions, type Definition } from './definitions';
import { argumentWordsOf, documentationOf, factsFor, subsystemOf } from './knowledge';
import { isPassDirective, PASS_SCHEMES, takesNamedLocation } from './references';

export interface ArgumentSite {
  readonly name: string;
  readonly index: number;
  readonly previous: readonly string[];
  readonly token: CursorToken;
  readonly contexts: readonly NginxContext[];
  /** Blocks around the cursor, outermost first. */
  readonly enclosing: readonly Statement[];
  readonly view: WorkspaceView;
}

/** Directives whose arguments are names a configuration makes up: corpus words would be noise. */
const NAMING_DIRECTIVES = new Set(['server_name', 'upstream', 'log_format', 'map', 'geo', 'set', 'location', 'split_clients', 'limit_req_zone', 'limit_conn_zone', 'proxy_cache_path']);

/** Collects entries, keeping the first (best-ranked) one per label. */
class EntryList {
  private readonly entries = new Map<string, CompletionEntry>();

  add(entry: CompletionEntry): void {
    if (!this.entries.has(entry.label)) this.entries.set(entry.label, entry);
  }

  values(rank: number, values: readonly { value: string; detail?: string }[], extra: Partial<CompletionEntry> = {}): void {
    values.forEach(({ value, detail }, i) => this.add({ label: value, category: 'value', detail, insertText: value, rank: rank + i / 1000, ...extra }));
  }

  list(): CompletionEntry[] {
    return [...this.entries.values()];
  }
}

function where(definition: Definition, view: WorkspaceView): string {
  const file = definition.file === view.file.path ? 'this file' : path.basename(definition.file);
  return `${file}:${definitionLine(definition) + 1}`;
}

/** `key=` parameters named in the documentation's syntax lines (`keys_zone=`, `weight=`, `ipv6only=`). */
function syntaxKeys(facts: readonly DirectiveFact[]): string[] {
  const keys = new Set<string>();
  for (const fact of facts) for (const line of documentationOf(fact)?.syntax ?? []) for (const m of line.matchAll(/([a-z_][a-z0-9_]*)=/g)) keys.add(`${m[1]}=`);
  return [...keys];
}

interface PathRule {
  readonly want: 'files' | 'folders';
  readonly extensions?: readonly string[];
  /** Relative paths resolve against the conf prefix (else nginx's install prefix: complete absolute paths only). */
  readonly relativeToConf: boolean;
  readonly glob?: boolean;
}

const CERTIFICATE: PathRule = { want: 'files', extensions: ['.pem', '.crt', '.key'], relativeToConf: true };

/** Which first arguments are paths, and of what. */
function pathRule(name: string, index: number): PathRule | undefined {
  if (index !== 0) return undefined;
  if (name === 'include') return { want: 'files', extensions: ['.conf'], relativeToConf: true, glob: true };
  if (name === 'load_module') return { want: 'files', extensions: ['.so'], relativeToConf: true };
  if (name === 'root' || name === 'alias' || name.endsWith('_temp_path') || name.endsWith('_cache_path')) return { want: 'folders', relativeToConf: false };
  if (/ssl_(certificate|certificate_key|trusted_certificate|client_certificate|dhparam|crl|password_file|stapling_file|session_ticket_key)$/.test(name)) return CERTIFICATE;
  if (name === 'error_log' || name === 'access_log') return { want: 'files', extensions: ['.log'], relativeToConf: false };
  if (name === 'auth_basic_user_file' || name.endsWith('_by_lua_file') || name === 'js_import' || name === 'geoip2') return { want: 'files', relativeToConf: true };
  return undefined;
}

function passEntries(site: ArgumentSite, list: EntryList): void {
  const here = subsystemOf(site.contexts);
  const upstreams = workspaceDefinitions(site.view).upstreams.filter((u) => !here || !u.subsystem || u.subsystem === here);
  const typed = site.token.typedValue;
  const valueStart = site.token.startIndex + (site.token.quote ? 1 : 0);
  // The stream module's proxy_pass takes a bare address or upstream name.
  const schemes = site.contexts.length > 0 && site.contexts.every((c) => c.startsWith('stream')) ? [] : PASS_SCHEMES[site.name];
  const scheme = schemes.find((s) => typed.startsWith(s));
  if (scheme) {
    upstreams.forEach((u, i) =>
      list.add({ label: u.name, category: 'reference', detail: `upstream · ${where(u, site.view)}`, insertText: u.name, replaceStart: valueStart + scheme.length, rank: i / 1000 }),
    );
    return;
  }
  const withScheme = schemes[0] ?? '';
  upstreams.forEach((u, i) =>
    list.add({ label: `${withScheme}${u.name}`, category: 'reference', detail: `upstream · ${where(u, site.view)}`, insertText: `${withScheme}${u.name}`, rank: i / 1000 }),
  );
  schemes.forEach((s, i) => list.add({ label: s, category: 'value', insertText: s, rank: 1 + i / 1000, retrigger: true }));
  if (site.name !== 'proxy_pass' || schemes.length === 0) list.add({ label: 'unix:', category: 'value', detail: 'a UNIX-domain socket', insertText: 'unix:', rank: 2 });
}

export function argumentEntries(site: ArgumentSite): CompletionEntry[] {
  const { name, index, previous, view } = site;
  const list = new EntryList();
  const typed = site.token.typedValue;
  const definitions = () => workspaceDefinitions(view);
  if (isPassDirective(name) && index === 0) passEntries(site, list);
  if (takesNamedLocation(name, index, previous)) {
    reachableNamedLocations(view, site.enclosing).forEach((l, i) => list.add({ label: l.name, category: 'reference', detail: `location · ${where(l, view)}`, insertText: l.name, rank: 10 + i / 1000 }));
  }
  if (name === 'access_log' && index === 1) {
    list.add({ label: 'combined', category: 'value', detail: 'the predefined format', insertText: 'combined', rank: 20 });
    definitions().logFormats.forEach((f, i) => list.add({ label: f.name, category: 'reference', detail: `log_format · ${where(f, view)}`, insertText: f.name, rank: 19 + i / 1000 }));
  }
  if (name === 'proxy_set_header' && index === 1) {
    const header = Object.keys(FORWARDED_HEADERS).find((h) => h.toLowerCase() === previous[0]?.toLowerCase());
    if (header) list.add({ label: FORWARDED_HEADERS[header], category: 'variable', detail: `the usual value for ${header}`, insertText: FORWARDED_HEADERS[header], rank: 30 });
  }

  const facts = factsFor(name, site.contexts);
  for (const fact of facts) {
    if (index === 0 && fact.args.flag) list.values(100, [{ value: 'on' }, { value: 'off' }]);
    if (index === 0 && fact.enumValues) list.values(100, fact.enumValues.map((value) => ({ value })));
    if (fact.bitmaskValues) list.values(100, fact.bitmaskValues.filter((v) => !previous.includes(v)).map((value) => ({ value })));
  }
  list.values(200, hintsFor(name, index).filter((h) => !previous.includes(h.value)));
  if (index > 0 || facts.some((f) => f.args.max === null || (f.args.max ?? 0) > 1)) {
    list.values(300, syntaxKeys(facts).filter((k) => !previous.some((p) => p.startsWith(k))).map((value) => ({ value })));
  }
  if (!NAMING_DIRECTIVES.has(name)) {
    list.values(400, argumentWordsOf(name).filter(([w]) => !previous.includes(w)).map(([value, files]) => ({ value, detail: `used in ${files} corpus files` })));
  }

  const rule = pathRule(name, index);
  if (rule) {
    for (const entry of pathCompletions({
      typed,
      startIndex: site.token.startIndex + (site.token.quote ? 1 : 0),
      bases: rule.relativeToConf ? view.pathBases : [],
      source: view.source,
      want: rule.want,
      preferExtensions: rule.extensions,
      offerGlob: rule.glob,
    })) {
      list.add({ ...entry, rank: 500 + entry.rank });
    }
  }
  return list.list();
}

const withValues = new Map<string, boolean>();

/** Whether completing an argument of `name` can offer anything (then inserting the name asks for it). */
export function hasArgumentValues(name: string): boolean {
  let known = withValues.get(name);
  if (known === undefined) {
    const facts = nginxKnowledge.directive(name);
    known =
      isPassDirective(name) ||
      takesNamedLocation(name, 0, []) ||
      hasHints(name) ||
      pathRule(name, 0) !== undefined ||
      facts.some((f) => f.args.flag || f.enumValues || f.bitmaskValues) ||
      (!NAMING_DIRECTIVES.has(name) && argumentWordsOf(name).length > 0);
    withValues.set(name, known);
  }
  return known;
}
