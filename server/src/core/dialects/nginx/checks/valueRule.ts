import type { NginxRule } from './ruleTypes';

function oneOf(values: readonly string[], value: string): boolean {
  const lower = value.toLowerCase();
  return values.some((v) => v.toLowerCase() === lower);
}

function quoteList(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}

/**
 * Values nginx's generic handlers check while reading the configuration: on/off flags, enumerations
 * (`proxy_http_version 1.0|1.1`) and bit masks (`ssl_protocols`). All compare case-insensitively.
 */
export const valueRule: NginxRule = {
  codes: ['nginx/invalid-flag', 'nginx/invalid-value'],
  directive(visit, out) {
    const fact = visit.applied;
    if (!fact) return;
    const { directive } = visit;
    const args = directive.args;
    if (fact.handler === 'ngx_conf_set_flag_slot' && args.length === 1 && !oneOf(['on', 'off'], args[0].value)) {
      out.report({
        file: visit.file,
        span: args[0].span,
        severity: 'error',
        code: 'nginx/invalid-flag',
        message: `invalid value '${args[0].value}' in '${directive.name}': it must be 'on' or 'off'`,
      });
    } else if (fact.handler === 'ngx_conf_set_enum_slot' && fact.enumValues && args.length === 1 && !oneOf(fact.enumValues, args[0].value)) {
      out.report({
        file: visit.file,
        span: args[0].span,
        severity: 'error',
        code: 'nginx/invalid-value',
        message: `invalid value '${args[0].value}' in '${directive.name}': expected one of ${quoteList(fact.enumValues)}`,
      });
    } else if (fact.handler === 'ngx_conf_set_bitmask_slot' && fact.bitmaskValues) {
      const allowed = fact.bitmaskValues;
      // nginx stops at the first value it does not know.
      const bad = args.find((a) => !oneOf(allowed, a.value));
      if (bad) {
        out.report({
          file: visit.file,
          span: bad.span,
          severity: 'error',
          code: 'nginx/invalid-value',
          message: `invalid value '${bad.value}' in '${directive.name}': expected any of ${quoteList(allowed)}`,
        });
      }
    }
  },
};
