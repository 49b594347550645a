/**
 * The value nginx stores for a token: surrounding quotes dropped, and of the backslash escapes
 * only \" \' \\ (the character itself) and \t \r \n (control characters) are applied — any other
 * backslash stays, which is why regexes like `\.php$` survive unquoted.
 */
export function nginxTokenValue(raw: string): string {
  let body = raw;
  const first = raw.charCodeAt(0);
  if ((first === 34 || first === 39) && raw.length >= 2 && raw.charCodeAt(raw.length - 1) === first) {
    body = raw.slice(1, -1);
  }
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\' && i + 1 < body.length) {
      const next = body[i + 1];
      if (next === '"' || next === "'" || next === '\\') {
        out += next;
        i++;
        continue;
      }
      if (next === 't' || next === 'r' || next === 'n') {
        out += next === 't' ? '\t' : next === 'r' ? '\r' : '\n';
        i++;
        continue;
      }
    }
    out += ch;
  }
  return out;
}

/** True when the value interpolates a variable (`$name`, `${name}`) at request time. */
export function hasNginxVariable(value: string): boolean {
  for (let i = value.indexOf('$'); i !== -1 && i < value.length - 1; i = value.indexOf('$', i + 1)) {
    const next = value.charCodeAt(i + 1);
    const isNameStart = next === 123 /* { */ || next === 95 || (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || (next >= 48 && next <= 57);
    if (isNameStart) return true;
  }
  return false;
}
