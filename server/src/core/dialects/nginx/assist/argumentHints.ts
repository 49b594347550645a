/**
 * Literal keywords of directives whose handlers check them in code, so that the generated
 * knowledge (enum/bitmask/flag slots) does not list them: log levels, `listen` parameters,
 * `rewrite` flags, common status codes and header names. Values only; the meaning of each is
 * in the hover docs.
 */

export interface Hint {
  readonly value: string;
  readonly detail?: string;
}

interface HintRule {
  /** First argument index the values apply to. */
  readonly from: number;
  /** Last index (inclusive); open-ended when absent. */
  readonly to?: number;
  readonly values: readonly Hint[];
}

const words = (...values: string[]): Hint[] => values.map((value) => ({ value }));

const LOG_LEVELS: Hint[] = [
  { value: 'debug', detail: 'needs nginx-debug' },
  { value: 'info' },
  { value: 'notice' },
  { value: 'warn' },
  { value: 'error', detail: 'the default' },
  { value: 'crit' },
  { value: 'alert' },
  { value: 'emerg' },
];

/** Request headers a proxy usually sets, with the variable that usually feeds them. */
export const FORWARDED_HEADERS: Readonly<Record<string, string>> = {
  Host: '$host',
  'X-Real-IP': '$remote_addr',
  'X-Forwarded-For': '$proxy_add_x_forwarded_for',
  'X-Forwarded-Proto': '$scheme',
  'X-Forwarded-Host': '$host',
  'X-Forwarded-Port': '$server_port',
  Upgrade: '$http_upgrade',
  Connection: '$connection_upgrade',
};

const RESPONSE_HEADERS = words(
  'Strict-Transport-Security',
  'X-Frame-Options',
  'X-Content-Type-Options',
  'Content-Security-Policy',
  'Referrer-Policy',
  'Permissions-Policy',
  'Cache-Control',
  'Access-Control-Allow-Origin',
  'Access-Control-Allow-Methods',
  'Access-Control-Allow-Headers',
);

const HINTS: Readonly<Record<string, readonly HintRule[]>> = {
  error_log: [
    { from: 0, to: 0, values: [{ value: 'stderr' }, { value: 'syslog:server=', detail: 'send to a syslog server' }, { value: 'memory:', detail: 'cyclic memory buffer (debugging)' }] },
    { from: 1, values: LOG_LEVELS },
  ],
  access_log: [{ from: 0, to: 0, values: [{ value: 'off', detail: 'no access log at this level' }, { value: 'syslog:server=' }] }],
  listen: [
    {
      from: 1,
      values: [
        { value: 'default_server', detail: 'the server for requests no server_name matches' },
        { value: 'ssl' },
        { value: 'http2' },
        { value: 'proxy_protocol' },
        { value: 'reuseport' },
        { value: 'deferred' },
        { value: 'bind' },
        { value: 'ipv6only=' },
        { value: 'backlog=' },
        { value: 'so_keepalive=' },
      ],
    },
  ],
  return: [
    {
      from: 0,
      to: 0,
      values: [
        { value: '301', detail: 'moved permanently' },
        { value: '302', detail: 'found (temporary redirect)' },
        { value: '307', detail: 'temporary redirect, method kept' },
        { value: '308', detail: 'permanent redirect, method kept' },
        { value: '403', detail: 'forbidden' },
        { value: '404', detail: 'not found' },
        { value: '410', detail: 'gone' },
        { value: '444', detail: 'close the connection without a response' },
        { value: '503', detail: 'service unavailable' },
      ],
    },
  ],
  rewrite: [
    {
      from: 2,
      to: 2,
      values: [
        { value: 'last', detail: 'search the locations again with the new URI' },
        { value: 'break', detail: 'stay in this location' },
        { value: 'redirect', detail: '302' },
        { value: 'permanent', detail: '301' },
      ],
    },
  ],
  expires: [{ from: 0, values: words('off', 'max', 'epoch', 'modified') }],
  ssl_session_cache: [{ from: 0, values: [{ value: 'off' }, { value: 'none' }, { value: 'builtin' }, { value: 'shared:SSL:10m', detail: 'shared between workers; ~40k sessions per 10 MB' }] }],
  limit_req: [{ from: 0, values: words('zone=', 'burst=', 'nodelay', 'delay=') }],
  limit_req_zone: [{ from: 1, values: words('zone=', 'rate=', 'sync') }],
  limit_conn_zone: [{ from: 1, values: words('zone=') }],
  add_header: [
    { from: 0, to: 0, values: RESPONSE_HEADERS },
    { from: 2, to: 2, values: [{ value: 'always', detail: 'also on error responses' }] },
  ],
  proxy_set_header: [{ from: 0, to: 0, values: Object.keys(FORWARDED_HEADERS).map((value) => ({ value })) }],
  location: [
    {
      from: 0,
      to: 0,
      values: [
        { value: '=', detail: 'exact match' },
        { value: '^~', detail: 'prefix match that skips the regex locations' },
        { value: '~', detail: 'regex, case-sensitive' },
        { value: '~*', detail: 'regex, case-insensitive' },
      ],
    },
  ],
  try_files: [{ from: 0, values: [{ value: '$uri' }, { value: '$uri/' }, { value: '=404', detail: 'last resort: respond 404' }] }],
  worker_processes: [{ from: 0, values: words('auto') }],
  hash: [{ from: 1, values: words('consistent') }],
};

export function hintsFor(directive: string, index: number): readonly Hint[] {
  const rules = HINTS[directive];
  if (!rules) return [];
  return rules.filter((r) => index >= r.from && (r.to === undefined || index <= r.to)).flatMap((r) => r.values);
}

export function hasHints(directive: string): boolean {
  return HINTS[directive] !== undefined;
}
