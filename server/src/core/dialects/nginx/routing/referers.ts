/**
 * `$invalid_referer` (ngx_http_referer_module): "" when the Referer header is acceptable under
 * the `valid_referers` in force, "1" otherwise. Host names compare lowercased (exact, then
 * `*.x`/`.x`, then `x.*`), a pattern's `/uri` part must prefix the Referer's path, `~` patterns
 * run caselessly on the Referer after its scheme, `server_names` adds the server's names.
 */
import type { ConfigNode } from './configTree';
import { directivesInForce } from './configIndex';
import { compileNginxRegex, isRegexError, type CompiledRegex } from './pcre';
import type { HeaderLines } from './requestHeaders';

interface RefererRules {
  readonly none: boolean;
  readonly blocked: boolean;
  /** Host pattern (lowercase, wildcard kept) → required URI prefix ('' for none). */
  readonly hosts: readonly { readonly host: string; readonly uri: string }[];
  readonly hostRegexes: readonly CompiledRegex[];
  readonly regexes: readonly CompiledRegex[];
  readonly unsupported: boolean;
}

const rulesCache = new WeakMap<ConfigNode, RefererRules>();

function rulesOf(directives: readonly ConfigNode[], server: ConfigNode): RefererRules {
  const key = directives[0];
  const cached = rulesCache.get(key);
  if (cached) return cached;
  let none = false;
  let blocked = false;
  let unsupported = false;
  const hosts: { host: string; uri: string }[] = [];
  const hostRegexes: CompiledRegex[] = [];
  const regexes: CompiledRegex[] = [];
  const addRegex = (pattern: string, into: CompiledRegex[]): void => {
    const compiled = compileNginxRegex(pattern, true);
    if (isRegexError(compiled)) unsupported = true;
    else into.push(compiled);
  };
  for (const directive of directives) {
    for (const arg of directive.args) {
      if (arg === 'none') none = true;
      else if (arg === 'blocked') blocked = true;
      else if (arg === 'server_names') {
        for (const names of (server.children ?? []).filter((c) => c.name === 'server_name')) {
          for (const name of names.args) {
            if (name.startsWith('~')) addRegex(name.slice(1), hostRegexes);
            else hosts.push({ host: name.toLowerCase(), uri: '' });
          }
        }
      } else if (arg.startsWith('~')) addRegex(arg.slice(1), regexes);
      else {
        const slash = arg.indexOf('/');
        hosts.push({ host: (slash < 0 ? arg : arg.slice(0, slash)).toLowerCase(), uri: slash < 0 ? '' : arg.slice(slash) });
      }
    }
  }
  const rules = { none, blocked, hosts, hostRegexes, regexes, unsupported };
  rulesCache.set(key, rules);
  return rules;
}

/** `$invalid_referer` for the configuration in force; undefined when a pattern cannot be evaluated. */
export function invalidReferer(chain: readonly ConfigNode[], server: ConfigNode, headers: HeaderLines): string | undefined {
  const directives = directivesInForce(chain, 'valid_referers');
  if (directives.length === 0) return '';
  const rules = rulesOf(directives, server);
  if (rules.unsupported) return undefined;
  const referer = headers.find(([name]) => name.toLowerCase() === 'referer')?.[1];
  if (referer === undefined) return rules.none ? '' : '1';
  let rest: string;
  if (referer.length >= 'http://i.ru'.length && referer.slice(0, 7).toLowerCase() === 'http://') rest = referer.slice(7);
  else if (referer.length >= 'http://i.ru'.length && referer.slice(0, 8).toLowerCase() === 'https://') rest = referer.slice(8);
  else return rules.blocked ? '' : '1';
  let end = 0;
  while (end < rest.length && rest[end] !== '/' && rest[end] !== ':') end++;
  if (end > 256) return '1';
  const host = rest.slice(0, end).toLowerCase();
  const hit = findHost(rules.hosts, host);
  if (hit) {
    if (hit.uri === '') return '';
    const slash = rest.indexOf('/', end);
    const path = slash < 0 ? '' : rest.slice(slash);
    return path.startsWith(hit.uri) ? '' : '1';
  }
  if (rules.hostRegexes.some((r) => r.exec(host))) return '';
  if (rules.regexes.some((r) => r.exec(rest))) return '';
  return '1';
}

/** ngx_hash_find_combined: exact, then the longest `*.x` / `.x`, then the longest `x.*`. */
function findHost(hosts: RefererRules['hosts'], host: string): RefererRules['hosts'][number] | undefined {
  const exact = hosts.find((h) => h.host === host || (h.host.startsWith('.') && h.host.slice(1) === host));
  if (exact) return exact;
  let best: RefererRules['hosts'][number] | undefined;
  for (const h of hosts) {
    const suffix = h.host.startsWith('*.') ? h.host.slice(1) : h.host.startsWith('.') ? h.host : undefined;
    if (suffix && host.endsWith(suffix) && host.length > suffix.length && (!best || suffix.length > best.host.length)) best = h;
  }
  if (best) return best;
  for (const h of hosts) {
    if (!h.host.endsWith('.*')) continue;
    const prefix = h.host.slice(0, -1);
    if (host.startsWith(prefix) && host.length > prefix.length && (!best || prefix.length > best.host.length)) best = h;
  }
  return best;
}
