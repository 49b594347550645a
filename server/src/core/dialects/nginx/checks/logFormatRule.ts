import * as path from 'node:path';
import type { CheckRule } from '../../../analysis/directiveChecks/types';
import type { DirectiveVisit, NginxConfigView } from './configurationView';
import { appliedFact } from './resolveDirective';

/** Formats every http configuration has; stream has none built in. */
const BUILT_IN: Readonly<Record<string, readonly string[]>> = { ngx_http_log_module: ['combined'], ngx_stream_log_module: [] };

/**
 * `access_log PATH FORMAT …` must name a format nginx has read by then: `log_format` works like a
 * declaration and must come first (formats belong to the whole http or stream block). A format
 * name declared twice is an error too.
 */
export const logFormatRule: CheckRule<NginxConfigView> = {
  codes: ['nginx/unknown-log-format', 'nginx/duplicate-log-format'],
  check(view, report) {
    const formats = new Map<string, DirectiveVisit>();
    for (const visit of view.visits) {
      const fact = appliedFact(view, visit);
      const builtIn = fact && BUILT_IN[fact.module];
      if (!fact || !builtIn) continue;
      const { directive } = visit;
      const key = (name: string): string => `${fact.module}\0${name}`;
      if (directive.name === 'log_format') {
        const name = directive.args[0].value;
        const first = formats.get(key(name));
        if (first || builtIn.includes(name)) {
          const where = first ? ` (line ${first.directive.nameSpan.start.line + 1}${first.file === visit.file ? '' : ` of ${path.basename(first.file)}`})` : ' (built in)';
          report({ file: visit.file, span: directive.args[0].span, severity: 'error', code: 'nginx/duplicate-log-format', message: `log format '${name}' is already defined${where}` });
        } else formats.set(key(name), visit);
      } else if (directive.name === 'access_log' && directive.args.length >= 2 && directive.args[0].value !== 'off' && visit.start.complete) {
        // (Without the main configuration in view the format may well be defined there.)
        // nginx takes the second argument as the format name, whatever it looks like.
        const format = directive.args[1];
        if (builtIn.includes(format.value) || formats.has(key(format.value))) continue;
        const hint = format.value.includes('=') ? ": the format name comes right after the path, before 'buffer=', 'gzip', 'flush=' or 'if='" : ': define it with log_format before it is used';
        report({ file: visit.file, span: format.span, severity: 'error', code: 'nginx/unknown-log-format', message: `unknown log format '${format.value}'${hint}` });
      }
    }
  },
};
