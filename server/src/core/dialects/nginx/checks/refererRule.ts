import type { CheckRule } from '../../../analysis/directiveChecks/types';
import type { DirectiveVisit, NginxConfigView, WalkStart } from './configurationView';
import { serverNameKeys } from './listenAddress';
import { appliedFact } from './resolveDirective';

const KEYWORDS = new Set(['none', 'blocked', 'server_names']);

/**
 * `valid_referers` hosts go into one hash per block, like server names: the same host twice in a
 * block (in one directive or two) is "conflicting parameter" for nginx, whatever path follows it.
 */
export const refererRule: CheckRule<NginxConfigView> = {
  codes: ['nginx/conflicting-parameter'],
  check(view, report) {
    const keysByScope = new Map<DirectiveVisit | WalkStart, Set<string>>();
    for (const visit of view.visits) {
      if (visit.directive.name !== 'valid_referers' || appliedFact(view, visit)?.handler !== 'ngx_http_valid_referers') continue;
      let keys = keysByScope.get(visit.scope);
      if (!keys) keysByScope.set(visit.scope, (keys = new Set()));
      for (const arg of visit.directive.args) {
        if (KEYWORDS.has(arg.value) || arg.value.startsWith('~') || arg.value === '') continue;
        const host = arg.value.split('/')[0];
        const hostKeys = serverNameKeys(host);
        const taken = hostKeys.find((k) => keys.has(k));
        if (taken) {
          report({ file: visit.file, span: arg.span, severity: 'error', code: 'nginx/conflicting-parameter', message: `conflicting parameter '${arg.value}': the referer '${host}' is already listed in this block` });
          break;
        }
        for (const k of hostKeys) keys.add(k);
      }
    }
  },
};
