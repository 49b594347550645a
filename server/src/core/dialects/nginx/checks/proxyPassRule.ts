import type { Argument } from '../../../model/types';
import type { NginxContext } from '../knowledge';
import { locationMatchOf } from './locationRule';
import type { NginxRule } from './ruleTypes';
import type { DirectiveVisit } from './visit';

/** Where a URL's URI part starts (nginx: the first `/` or `?` after the host), for `http(s)://` URLs. */
export function uriPartStart(url: string): number | undefined {
  const scheme = /^https?:\/\//i.exec(url);
  if (!scheme) return undefined;
  let hostStart = scheme[0].length;
  // `http://unix:/path/to.sock:/uri`: the socket path ends at the next ':'.
  if (url.slice(hostStart, hostStart + 5).toLowerCase() === 'unix:') {
    const colon = url.indexOf(':', hostStart + 5);
    if (colon === -1) return undefined;
    hostStart = colon;
  }
  const rest = url.slice(hostStart);
  const at = rest.search(/[/?]/);
  return at === -1 ? undefined : hostStart + at;
}

/** Why a block (`owner`, whose directives are in `context`) cannot have a proxy_pass URI, or undefined when it can. */
function uriNotAllowedBecause(owner: DirectiveVisit, context: NginxContext | undefined): string | undefined {
  if (context === 'if-in-location') return "inside an 'if' block";
  if (context === 'limit_except') return "inside a 'limit_except' block";
  if (context !== 'location') return undefined;
  const match = locationMatchOf(owner.directive);
  if (match?.kind === 'regex') return 'in a location given by a regular expression';
  if (match?.kind === 'named') return 'inside a named location';
  return undefined;
}

/** The URL without its URI part, quoted as it was written. */
export function withoutUri(arg: Argument): string | undefined {
  const start = uriPartStart(arg.value);
  if (start === undefined) return undefined;
  const kept = arg.value.slice(0, start);
  return arg.quote === '"' || arg.quote === "'" ? `${arg.quote}${kept}${arg.quote}` : kept;
}

/**
 * `proxy_pass http://backend/path` where nginx cannot replace the location's prefix with the URI:
 * regex and named locations, `if` and `limit_except` blocks. nginx -t fails on it.
 */
export const proxyPassRule: NginxRule = {
  codes: ['nginx/proxy-pass-uri-in-regex-location'],
  block(owner, inner) {
    const why = owner && uriNotAllowedBecause(owner, inner.context);
    if (!why) return undefined;
    return {
      statement(visit, _summary, out) {
        const { directive } = visit;
        if (directive.name !== 'proxy_pass' || directive.args.length !== 1) return;
        if (visit.applied?.module !== 'ngx_http_proxy_module') return;
        const arg = directive.args[0];
        // A URL with variables is resolved per request; nginx does not look for a URI part then.
        if (/\$/.test(arg.value) || uriPartStart(arg.value) === undefined) return;
        out.report({
          file: visit.file,
          span: arg.span,
          severity: 'error',
          code: 'nginx/proxy-pass-uri-in-regex-location',
          message: `'proxy_pass' cannot have a URI part ${why}: nginx has no prefix to replace; drop '${arg.value.slice(uriPartStart(arg.value))}' (use 'rewrite' to change the URI)`,
          suggestion: withoutUri(arg),
        });
      },
    };
  },
};
