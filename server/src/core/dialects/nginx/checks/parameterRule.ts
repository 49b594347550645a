import type { Argument } from '../../../model/types';
import type { NginxRule } from './ruleTypes';

/** A parameter list: exact words, and `name=` prefixes whose value nginx checks separately. */
interface Vocabulary {
  readonly words: readonly string[];
  readonly prefixes: readonly string[];
}

function knows(vocabulary: Vocabulary, value: string): boolean {
  return vocabulary.words.includes(value) || vocabulary.prefixes.some((p) => value.startsWith(p));
}

function describe(vocabulary: Vocabulary): string {
  return [...vocabulary.words, ...vocabulary.prefixes.map((p) => `${p}…`)].join(', ');
}

// The parameters nginx 1.22.1's handlers accept (ngx_http_core_listen, ngx_stream_core_listen, ngx_mail_core_listen, ngx_*_upstream_server).
const HTTP_LISTEN: Vocabulary = {
  words: ['default_server', 'default', 'ssl', 'http2', 'proxy_protocol', 'reuseport', 'bind', 'deferred', 'ipv6only=on', 'ipv6only=off'],
  prefixes: ['backlog=', 'rcvbuf=', 'sndbuf=', 'setfib=', 'fastopen=', 'accept_filter=', 'so_keepalive='],
};
const STREAM_LISTEN: Vocabulary = {
  words: ['udp', 'ssl', 'proxy_protocol', 'reuseport', 'bind', 'ipv6only=on', 'ipv6only=off'],
  prefixes: ['backlog=', 'rcvbuf=', 'sndbuf=', 'fastopen=', 'so_keepalive='],
};
const MAIL_LISTEN: Vocabulary = {
  words: ['ssl', 'proxy_protocol', 'bind', 'ipv6only=on', 'ipv6only=off'],
  prefixes: ['backlog=', 'rcvbuf=', 'sndbuf=', 'so_keepalive='],
};
const UPSTREAM_SERVER: Vocabulary = { words: ['backup', 'down'], prefixes: ['weight=', 'max_conns=', 'max_fails=', 'fail_timeout='] };
const LOG_LEVELS = ['emerg', 'alert', 'crit', 'error', 'warn', 'notice', 'info', 'debug', 'debug_core', 'debug_alloc', 'debug_mutex', 'debug_event', 'debug_http', 'debug_mail', 'debug_stream'];

type Problem = { readonly arg: Argument; readonly code: 'nginx/invalid-parameter' | 'nginx/invalid-value'; readonly message: string };

function unknownParameter(args: readonly Argument[], from: number, vocabulary: Vocabulary, directive: string): Problem | undefined {
  const arg = args.slice(from).find((a) => !knows(vocabulary, a.value));
  return arg && { arg, code: 'nginx/invalid-parameter', message: `invalid parameter '${arg.value}' in '${directive}': nginx knows ${describe(vocabulary)}` };
}

/** `nth` (0-based) must be `word` when present. */
function fixedWord(args: readonly Argument[], nth: number, word: string, directive: string): Problem | undefined {
  const arg = args[nth];
  return arg && arg.value !== word ? { arg, code: 'nginx/invalid-parameter', message: `invalid parameter '${arg.value}' in '${directive}': the only parameter allowed there is '${word}'` } : undefined;
}

/** The checks, by the handler that reads the directive. */
const CHECKS: Readonly<Record<string, (args: readonly Argument[], directive: string) => Problem | undefined>> = {
  ngx_http_core_listen: (args, d) => unknownParameter(args, 1, HTTP_LISTEN, d),
  ngx_stream_core_listen: (args, d) => unknownParameter(args, 1, STREAM_LISTEN, d),
  ngx_mail_core_listen: (args, d) => unknownParameter(args, 1, MAIL_LISTEN, d),
  ngx_http_upstream_server: (args, d) => unknownParameter(args, 1, UPSTREAM_SERVER, d),
  ngx_stream_upstream_server: (args, d) => unknownParameter(args, 1, UPSTREAM_SERVER, d),
  // add_header / add_trailer NAME VALUE [always]
  ngx_http_headers_add: (args, d) => fixedWord(args, 2, 'always', d),
  // fastcgi_param / scgi_param / uwsgi_param NAME VALUE [if_not_empty]
  ngx_http_upstream_param_set_slot: (args, d) => fixedWord(args, 2, 'if_not_empty', d),
  ngx_http_proxy_redirect: (args, d) =>
    args.length === 1 && args[0].value !== 'off' && args[0].value !== 'default'
      ? { arg: args[0], code: 'nginx/invalid-parameter', message: `invalid parameter '${args[0].value}' in '${d}': alone it must be 'off' or 'default'; else give a redirect and its replacement` }
      : undefined,
  // Debian's nginx is built for Linux: epoll, plus the portable select and poll.
  ngx_event_use: (args, d) =>
    args[0] && !['epoll', 'select', 'poll'].includes(args[0].value)
      ? { arg: args[0], code: 'nginx/invalid-value', message: `invalid event type '${args[0].value}' in '${d}': this nginx has epoll, select and poll` }
      : undefined,
  ngx_http_headers_expires: (args, d) =>
    args.length === 2 && args[0].value !== 'modified' ? { arg: args[0], code: 'nginx/invalid-value', message: `invalid value '${args[0].value}' in '${d}': with two arguments the first must be 'modified'` } : undefined,
};

function logLevels(args: readonly Argument[], directive: string): Problem | undefined {
  const arg = args.slice(1).find((a) => !LOG_LEVELS.includes(a.value));
  return arg && { arg, code: 'nginx/invalid-value', message: `invalid log level '${arg.value}' in '${directive}': use one of emerg, alert, crit, error, warn, notice, info, debug` };
}

const ERROR_LOG_HANDLERS = new Set(['ngx_error_log', 'ngx_http_core_error_log', 'ngx_stream_core_error_log', 'ngx_mail_core_error_log']);

/** Parameters and fixed words that directive handlers check one by one (`invalid parameter "…"`). */
export const parameterRule: NginxRule = {
  codes: ['nginx/invalid-parameter', 'nginx/invalid-value'],
  directive(visit, out) {
    const fact = visit.applied;
    if (!fact) return;
    const { directive } = visit;
    const check = ERROR_LOG_HANDLERS.has(fact.handler) ? logLevels : CHECKS[fact.handler];
    // Handlers compare these words literally: a `$variable` there is just an unknown word.
    const problem = check?.(directive.args, directive.name);
    if (problem) out.report({ file: visit.file, span: problem.arg.span, severity: 'error', code: problem.code, message: problem.message });
  },
};
