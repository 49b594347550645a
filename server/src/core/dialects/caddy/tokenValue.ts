/** The value Caddy uses for a token: quotes removed, `\"` unescaped, heredoc indentation stripped. */
export function caddyTokenValue(raw: string, type: string): string {
  if (type === 'quoted_string' && raw.length >= 2) return raw.slice(1, -1).replace(/\\"/g, '"');
  if (type === 'backtick_string' && raw.length >= 2) return raw.slice(1, -1);
  if (type === 'heredoc') return heredocValue(raw);
  return raw;
}

/** `<<MARK\n  body\n  MARK`: the body lines, each without the closing marker's indentation. */
function heredocValue(raw: string): string {
  const lines = raw.split(/\r?\n/);
  if (lines.length < 2) return '';
  const closing = lines[lines.length - 1];
  const indent = closing.length - closing.trimStart().length;
  return lines
    .slice(1, -1)
    .map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)))
    .join('\n');
}

/** True when the value holds a `{placeholder}` expanded at request time (or `{$ENV}` at load). */
export function hasCaddyPlaceholder(value: string): boolean {
  const open = value.indexOf('{');
  return open !== -1 && value.indexOf('}', open + 2) !== -1;
}
