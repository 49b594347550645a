import type { CheckRule } from '../../../analysis/directiveChecks/types';
import type { NginxConfigView } from './configurationView';

/** Entries that stand alone (no value) in each kind of block. */
const ALONE: Readonly<Record<string, readonly string[]>> = { map: ['hostnames', 'volatile'], geo: ['ranges', 'proxy_recursive'], charset_map: [] };

/**
 * Lines of `map`, `geo` and `charset_map` blocks are a key and one value (a few keywords stand
 * alone). A missing `;` joins two lines into one entry, which nginx rejects
 * ("invalid number of the map parameters").
 */
export const entryShapeRule: CheckRule<NginxConfigView> = {
  codes: ['nginx/invalid-entry'],
  check(view, report) {
    for (const { entry, file, owner } of view.entries) {
      const alone = ALONE[owner.directive.name];
      if (!alone || entry.args.length === 1 || (entry.args.length === 0 && alone.includes(entry.name))) continue;
      // An unterminated entry already has a syntax finding.
      if (!entry.terminated) continue;
      const extra = entry.args.slice(1);
      const span = extra.length ? { ...extra[0].span, start: extra[0].span.start, end: extra[extra.length - 1].span.end, endIndex: extra[extra.length - 1].span.endIndex } : entry.nameSpan;
      report({
        file,
        span,
        severity: 'error',
        code: 'nginx/invalid-entry',
        message: `a '${owner.directive.name}' entry is a key and one value, got ${entry.args.length} value${entry.args.length === 1 ? '' : 's'} after '${entry.name}'` + (entry.args.length > 1 ? " (a missing ';' joins two entries)" : ''),
      });
    }
  },
};
