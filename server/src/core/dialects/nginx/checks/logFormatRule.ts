import * as path from 'node:path';
import type { LogFormatUse } from './configurationFacts';
import type { NginxRule } from './ruleTypes';
import type { DirectiveVisit } from './visit';

/** Formats every http configuration has; stream has none built in. */
const BUILT_IN: Readonly<Record<string, readonly string[]>> = { ngx_http_log_module: ['combined'], ngx_stream_log_module: [] };

/**
 * `access_log PATH FORMAT …` must name a format nginx has read by then: `log_format` works like a
 * declaration and must come first (formats belong to the whole http or stream block). A format
 * name declared twice is an error too.
 */
export const logFormatRule: NginxRule = {
  codes: ['nginx/unknown-log-format', 'nginx/duplicate-log-format'],
  directive(visit, out) {
    const fact = visit.applied;
    if (!fact || !BUILT_IN[fact.module]) return;
    const { directive } = visit;
    if (directive.name === 'log_format') out.fact({ kind: 'log-format', module: fact.module, visit });
    // (Without the main configuration in view the format may well be defined there.)
    else if (directive.name === 'access_log' && directive.args.length >= 2 && directive.args[0].value !== 'off' && visit.start.complete) out.fact({ kind: 'access-log', module: fact.module, visit });
  },
  configuration(facts, report) {
    const formats = new Map<string, DirectiveVisit>();
    for (const fact of facts) {
      if (fact.kind !== 'log-format' && fact.kind !== 'access-log') continue;
      const { module, visit }: LogFormatUse = fact;
      const builtIn = BUILT_IN[module];
      const { directive } = visit;
      const key = (name: string): string => `${module}\0${name}`;
      if (fact.kind === 'log-format') {
        const name = directive.args[0].value;
        const first = formats.get(key(name));
        if (first || builtIn.includes(name)) {
          const where = first ? ` (line ${first.directive.nameSpan.start.line + 1}${first.file === visit.file ? '' : ` of ${path.basename(first.file)}`})` : ' (built in)';
          report({ file: visit.file, span: directive.args[0].span, severity: 'error', code: 'nginx/duplicate-log-format', message: `log format '${name}' is already defined${where}` });
        } else formats.set(key(name), visit);
        continue;
      }
      // nginx takes the second argument as the format name, whatever it looks like.
      const format = directive.args[1];
      if (builtIn.includes(format.value) || formats.has(key(format.value))) continue;
      const hint = format.value.includes('=') ? ": the format name comes right after the path, before 'buffer=', 'gzip', 'flush=' or 'if='" : ': define it with log_format before it is used';
      report({ file: visit.file, span: format.span, severity: 'error', code: 'nginx/unknown-log-format', message: `unknown log format '${format.value}'${hint}` });
    }
  },
};
