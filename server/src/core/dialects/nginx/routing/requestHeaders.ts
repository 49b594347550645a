/**
 * Reading the request's headers and arguments the way nginx's variables do ($http_*, $arg_*,
 * $cookie_*): names case-insensitive, values raw (never decoded).
 */
/** Header lines as nginx kept them (reception's `headers`): Host first, values trimmed, invalid names dropped. */
export type HeaderLines = readonly (readonly [string, string])[];

/** `$http_NAME` (NAME lowercase, `_` for `-`): the first matching line; Cookie and X-Forwarded-For joined. */
export function headerVariable(headers: HeaderLines, name: string): string | undefined {
  if (name === 'cookie') return joinedHeader(headers, 'cookie', ';');
  if (name === 'x_forwarded_for') return joinedHeader(headers, 'x_forwarded_for', ',');
  for (const [key, value] of headers) if (variableForm(key) === name) return value;
  return undefined;
}

/** A header name as a variable suffix: lowercase, `-` as `_`. */
function variableForm(key: string): string {
  return key.toLowerCase().replace(/-/g, '_');
}

function joinedHeader(headers: HeaderLines, name: string, separator: string): string | undefined {
  const values = headers.filter(([key]) => variableForm(key) === name).map(([, value]) => value);
  return values.length === 0 ? undefined : values.join(`${separator} `);
}

/** ngx_http_arg: the first `name=value` in the args whose name matches case-insensitively; raw value. */
export function queryArgument(args: string, name: string): string | undefined {
  if (name.length === 0 || args.length === 0) return undefined;
  const lowerArgs = args.toLowerCase();
  const lowerName = name.toLowerCase();
  let from = 0;
  while (from < args.length) {
    const at = lowerArgs.indexOf(lowerName, from);
    if (at < 0) return undefined;
    const after = at + lowerName.length;
    if ((at === 0 || args[at - 1] === '&') && args[after] === '=') {
      const end = args.indexOf('&', after + 1);
      return args.slice(after + 1, end < 0 ? args.length : end);
    }
    from = at + 1;
  }
  return undefined;
}

/** ngx_http_parse_multi_header_lines over the Cookie headers: `name=value` pairs split on ';' / ','. */
export function cookieValue(headers: HeaderLines, name: string): string | undefined {
  const lowerName = name.toLowerCase();
  for (const [key, header] of headers) {
    if (key.toLowerCase() !== 'cookie') continue;
    const value = cookieIn(header, lowerName);
    if (value !== undefined) return value;
  }
  return undefined;
}

function cookieIn(header: string, lowerName: string): string | undefined {
  const lower = header.toLowerCase();
  let start = 0;
  while (start < header.length) {
    const at = lower.indexOf(lowerName, start);
    if (at < 0) return undefined;
    const before = at === 0 ? ' ' : header[at - 1];
    const after = at + lowerName.length;
    if ((at === 0 || before === ' ' || before === ';' || before === ',') && header[after] === '=') {
      let end = after + 1;
      while (end < header.length && header[end] !== ';' && header[end] !== ',') end++;
      return header.slice(after + 1, end);
    }
    start = at + 1;
  }
  return undefined;
}

/**
 * Whether nginx takes the client for MSIE or Chrome (ngx_http_process_user_agent on the first
 * User-Agent): those get `msie_padding` after a 4xx/5xx page.
 */
export function isMsieOrChrome(headers: HeaderLines): boolean {
  const agent = headers.find(([name]) => name.toLowerCase() === 'user-agent')?.[1];
  if (agent === undefined || agent.includes('Opera')) return false;
  const msie = agent.indexOf('MSIE ');
  if (msie >= 0 && msie + 7 < agent.length) return true;
  return !agent.includes('Gecko/') && agent.includes('Chrome/');
}
