import { spanFromTo } from '../../../analysis/directiveChecks/liveSpans';
import type { NginxRule } from './ruleTypes';

/** Entries that stand alone (no value) in each kind of block. */
const ALONE: Readonly<Record<string, readonly string[]>> = { map: ['hostnames', 'volatile'], geo: ['ranges', 'proxy_recursive'], charset_map: [] };

/**
 * Lines of `map`, `geo` and `charset_map` blocks are a key and one value (a few keywords stand
 * alone). A missing `;` joins two lines into one entry, which nginx rejects
 * ("invalid number of the map parameters").
 */
/** ngx_atofp(text, 2): a decimal with at most two digits after the point, as hundredths; undefined when nginx refuses it. */
function hundredths(text: string): number | undefined {
  const m = /^(\d*)(?:\.(\d{0,2}))?$/.exec(text);
  if (!m || text === '' || text === '.') return undefined;
  return Number(m[1] || '0') * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export const entryShapeRule: NginxRule = {
  codes: ['nginx/invalid-entry', 'nginx/invalid-value'],
  entry({ entry, owner, situation }, out) {
    // split_clients: each line starts with a percentage greater than zero (`0.5%`), or `*` (ngx_http_split_clients).
    if (owner === 'split_clients') {
      const percent = entry.name.endsWith('%') ? hundredths(entry.name.slice(0, -1)) : undefined;
      if (entry.name !== '*' && !percent) {
        out.report({ file: situation.file, span: entry.nameSpan, severity: 'error', code: 'nginx/invalid-value', message: `invalid percent value '${entry.name}' in 'split_clients': each line starts with a percentage above zero such as '12.5%', or '*'` });
      }
      return;
    }
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
