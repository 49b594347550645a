import { spanFromTo } from '../../../analysis/directiveChecks/liveSpans';
import type { NginxRule } from './ruleTypes';

/** Entries that stand alone (no value) in each kind of block. */
const ALONE: Readonly<Record<string, readonly string[]>> = { map: ['hostnames', 'volatile'], geo: ['ranges', 'proxy_recursive'], charset_map: [] };

/**
 * Lines of `map`, `geo` and `charset_map` blocks are a key and one value (a few keywords stand
 * alone). A missing `;` joins two lines into one entry, which nginx rejects
 * ("invalid number of the map parameters").
 */
export const entryShapeRule: NginxRule = {
  codes: ['nginx/invalid-entry'],
  entry({ entry, owner, situation }, out) {
    const alone = ALONE[owner];
    if (!alone || entry.args.length === 1 || (entry.args.length === 0 && alone.includes(entry.name))) return;
    // An unterminated entry already has a syntax finding.
    if (!entry.terminated) return;
    const extra = entry.args.slice(1);
    out.report({
      file: situation.file,
      span: extra.length ? spanFromTo(extra[0].span, extra[extra.length - 1].span) : entry.nameSpan,
      severity: 'error',
      code: 'nginx/invalid-entry',
      message: `a '${owner}' entry is a key and one value, got ${entry.args.length} value${entry.args.length === 1 ? '' : 's'} after '${entry.name}'` + (entry.args.length > 1 ? " (a missing ';' joins two entries)" : ''),
    });
  },
};
