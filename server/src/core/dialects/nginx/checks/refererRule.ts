import { serverNameKeys } from './listenAddress';
import type { NginxRule } from './ruleTypes';

const KEYWORDS = new Set(['none', 'blocked', 'server_names']);

/**
 * `valid_referers` hosts go into one hash per block, like server names: the same host twice in a
 * block (in one directive or two) is "conflicting parameter" for nginx, whatever path follows it.
 */
export const refererRule: NginxRule = {
  codes: ['nginx/conflicting-parameter'],
  block() {
    let keys: Set<string> | undefined;
    return {
      statement(visit, _summary, out) {
        if (visit.directive.name !== 'valid_referers' || visit.applied?.handler !== 'ngx_http_valid_referers') return;
        const seen = (keys ??= new Set());
        for (const arg of visit.directive.args) {
          if (KEYWORDS.has(arg.value) || arg.value.startsWith('~') || arg.value === '') continue;
          const host = arg.value.split('/')[0];
          const hostKeys = serverNameKeys(host);
          if (hostKeys.some((k) => seen.has(k))) {
            out.report({ file: visit.file, span: arg.span, severity: 'error', code: 'nginx/conflicting-parameter', message: `conflicting parameter '${arg.value}': the referer '${host}' is already listed in this block` });
            break;
          }
          for (const k of hostKeys) seen.add(k);
        }
      },
    };
  },
};
