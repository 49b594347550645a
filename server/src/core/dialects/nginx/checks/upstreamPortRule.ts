import type { CheckRule } from '../../../analysis/directiveChecks/types';
import type { NginxConfigView } from './configurationView';
import { appliedFact } from './resolveDirective';

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
export const upstreamPortRule: CheckRule<NginxConfigView> = {
  codes: ['nginx/missing-upstream-port'],
  check(view, report) {
    const upstreams = new Set<string>();
    for (const v of view.visits) if (v.directive.name === 'upstream' && v.context === 'http' && v.directive.args[0]) upstreams.add(v.directive.args[0].value.toLowerCase());
    for (const visit of view.visits) {
      if (!NAMES.has(visit.directive.name)) continue;
      const fact = appliedFact(view, visit);
      if (!fact || !NO_DEFAULT_PORT.has(fact.handler) || !visit.start.complete) continue;
      const arg = visit.directive.args[0];
      const host = hostWithoutPort(arg.value);
      if (host === undefined || upstreams.has(host.toLowerCase())) continue;
      report({
        file: visit.file,
        span: arg.span,
        severity: 'error',
        code: 'nginx/missing-upstream-port',
        message: `no port in upstream '${host}': '${visit.directive.name}' has no default port; write '${host}:PORT', a unix: socket, or define 'upstream ${host} { … }'`,
      });
    }
  },
};
