/**
 * Request-dependent text inside step messages (Markdown): shown as an inline code span with control
 * bytes written as escapes (`ok\n`), so a body or URI never breaks the line or the span. The
 * response itself keeps the raw bytes.
 */
export function code(text: string): string {
  let shown = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) shown += '\\n';
    else if (c === 0x0d) shown += '\\r';
    else if (c === 0x09) shown += '\\t';
    else if (c < 0x20 || c === 0x7f) shown += `\\x${c.toString(16).padStart(2, '0')}`;
    else shown += text[i];
  }
  if (shown.length === 0) return '`""`';
  const fence = shown.includes('`') ? '``' : '`';
  const pad = shown.startsWith('`') || shown.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}
