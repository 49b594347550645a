import { factsOf } from './configurationFacts';
import type { NginxRule } from './ruleTypes';

/** Handlers whose address has no default port: `fastcgi_pass php;` needs `upstream php { … }`. */
const NO_DEFAULT_PORT = new Set(['ngx_http_fastcgi_pass', 'ngx_http_uwsgi_pass', 'ngx_http_scgi_pass', 'ngx_http_memcached_pass']);
const NAMES = new Set(['fastcgi_pass', 'uwsgi_pass', 'scgi_pass', 'memcached_pass']);

/** The host of a `host[:port]` address when it has no port; undefined otherwise. */
export function hostWithoutPort(address: string): string | undefined {
  const rest = address.replace(/^s?uwsgi:\/\//i, '');
  if (rest.includes('$') || rest.startsWith('unix:') || rest === '') return undefined;
  if (rest.startsWith('[')) return /^\[[^\]]*\]$/.test(rest) ? rest : undefined;
  return rest.includes(':') ? undefined : rest;
}

/**
 * `fastcgi_pass`, `uwsgi_pass`, `scgi_pass` and `memcached_pass` to a bare host name need an
 * upstream block of that name (anywhere in http): else nginx fails with "no port in upstream".
 */
export const upstreamPortRule: NginxRule = {
  codes: ['nginx/missing-upstream-port'],
  directive(visit, out) {
    const { directive } = visit;
    if (directive.name === 'upstream' && visit.context === 'http' && directive.args[0]) out.fact({ kind: 'upstream', name: directive.args[0].value.toLowerCase() });
    if (!NAMES.has(directive.name) || !visit.start.complete) return;
    const fact = visit.applied;
    if (!fact || !NO_DEFAULT_PORT.has(fact.handler)) return;
    const host = hostWithoutPort(directive.args[0].value);
    if (host !== undefined) out.fact({ kind: 'portless-pass', host, visit });
  },
  configuration(facts, report) {
    const upstreams = new Set(factsOf(facts, 'upstream').map((f) => f.name));
    for (const { host, visit } of factsOf(facts, 'portless-pass')) {
      if (upstreams.has(host.toLowerCase())) continue;
      report({
        file: visit.file,
        span: visit.directive.args[0].span,
        severity: 'error',
        code: 'nginx/missing-upstream-port',
        message: `no port in upstream '${host}': '${visit.directive.name}' has no default port; write '${host}:PORT', a unix: socket, or define 'upstream ${host} { … }'`,
      });
    }
  },
};
