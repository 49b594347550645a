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

/**
 * `listen ADDRESS [parameters]`, and an upstream's `server ADDRESS [parameters]`: nginx takes the
 * first argument as the address whatever it is, so a parameter there (`listen default_server;`
 * after the port went missing) becomes a host name that does not resolve ("host not found").
 */
function addressThenParameters(args: readonly Argument[], vocabulary: Vocabulary, directive: string): Problem | undefined {
  const first = args[0];
  if (first && knows(vocabulary, first.value)) {
    return { arg: first, code: 'nginx/invalid-parameter', message: `'${first.value}' in '${directive}' is read as the address (a host name that does not resolve): give the address first, then the parameters` };
  }
  return unknownParameter(args, 1, vocabulary, directive);
}

/**
 * An address nginx parses without a URI part (ngx_parse_url for an upstream server or a stream
 * proxy_pass): a '/' or '?' outside `unix:` makes it "invalid host" — a scheme such as `http://` too.
 */
function hostAddress(arg: Argument | undefined, directive: string): Problem | undefined {
  if (!arg || arg.value.startsWith('unix:') || arg.value.includes('$') || !/[/?]/.test(arg.value)) return undefined;
  const hint = arg.value.includes('://') ? ': give host:port, without a scheme' : ': give host:port, without a path';
  return { arg, code: 'nginx/invalid-value', message: `invalid host '${arg.value}' in '${directive}'${hint}` };
}

/** `nth` (0-based) must be `word` when present. */
function fixedWord(args: readonly Argument[], nth: number, word: string, directive: string): Problem | undefined {
  const arg = args[nth];
  return arg && arg.value !== word ? { arg, code: 'nginx/invalid-parameter', message: `invalid parameter '${arg.value}' in '${directive}': the only parameter allowed there is '${word}'` } : undefined;
}

const ACCESS_LOG_PARAMETERS: Vocabulary = { words: ['gzip'], prefixes: ['buffer=', 'flush=', 'gzip=', 'if='] };

/** `access_log off` stands alone; else PATH [FORMAT [buffer= flush= gzip[=] if=]] (ngx_http_log_set_log, ngx_stream_log_set_log). */
function accessLogParameters(args: readonly Argument[], directive: string): Problem | undefined {
  if (args[0]?.value === 'off') {
    return args[1] && { arg: args[1], code: 'nginx/invalid-parameter', message: `invalid parameter '${args[1].value}' in '${directive}': 'off' takes nothing after it` };
  }
  return unknownParameter(args, 2, ACCESS_LOG_PARAMETERS, directive);
}

/** ngx_atoi: decimal digits only, nothing else (no sign, no spaces). */
function decimal(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** `error_page CODE … [=[RESPONSE]] URI`: each code a number from 300 to 599 other than 499 (ngx_http_core_error_page). */
function errorPageCodes(args: readonly Argument[], directive: string): Problem | undefined {
  if (args.length < 2) return undefined;
  const invalid = (arg: Argument, why: string): Problem => ({ arg, code: 'nginx/invalid-value', message: `invalid value '${arg.value}' in '${directive}': ${why}` });
  const answer = args[args.length - 2];
  const hasAnswer = answer.value.startsWith('=');
  if (hasAnswer) {
    if (args.length === 2) return invalid(answer, 'give at least one status code before it');
    if (answer.value.length > 1 && decimal(answer.value.slice(1)) === undefined) return invalid(answer, "after '=' comes the response code, a number");
  }
  for (const arg of args.slice(0, args.length - (hasAnswer ? 2 : 1))) {
    const status = decimal(arg.value);
    if (status === undefined || status === 499) return invalid(arg, "each argument before the URI is a status code (only the last one is the URI, after an optional '=code')");
    if (status < 300 || status > 599) return invalid(arg, 'the status code must be between 300 and 599');
  }
  return undefined;
}

/** `return CODE [TEXT|URL]` or `return URL`, where a lone URL starts with http://, https:// or $scheme (ngx_http_rewrite_return). */
function returnCode(args: readonly Argument[], directive: string): Problem | undefined {
  const first = args[0];
  if (!first) return undefined;
  const status = decimal(first.value);
  const url = args.length === 1 && ['http://', 'https://', '$scheme'].some((p) => first.value.startsWith(p));
  if ((status === undefined && !url) || (status !== undefined && status > 999)) {
    return { arg: first, code: 'nginx/invalid-value', message: `invalid return code '${first.value}' in '${directive}': give a status code (then optionally a text or URL), or only a URL starting with http://, https:// or $scheme` };
  }
  return undefined;
}

/** `proxy_cache_valid [CODE|any …] TIME` and its fastcgi, uwsgi and scgi twins: each code from 100 to 599 (ngx_http_file_cache_valid_set_slot). */
function cacheValidStatuses(args: readonly Argument[], directive: string): Problem | undefined {
  const arg = args.slice(0, -1).find((a) => {
    const status = a.value === 'any' ? 100 : decimal(a.value);
    return status === undefined || status < 100 || status > 599;
  });
  return arg && { arg, code: 'nginx/invalid-value', message: `invalid status '${arg.value}' in '${directive}': before the time come status codes from 100 to 599, or 'any'` };
}

/** The checks, by the handler that reads the directive. */
const CHECKS: Readonly<Record<string, (args: readonly Argument[], directive: string) => Problem | undefined>> = {
  ngx_http_core_listen: (args, d) => addressThenParameters(args, HTTP_LISTEN, d),
  ngx_stream_core_listen: (args, d) => addressThenParameters(args, STREAM_LISTEN, d),
  ngx_mail_core_listen: (args, d) => addressThenParameters(args, MAIL_LISTEN, d),
  ngx_http_file_cache_valid_set_slot: cacheValidStatuses,
  ngx_http_upstream_server: (args, d) => hostAddress(args[0], d) ?? addressThenParameters(args, UPSTREAM_SERVER, d),
  ngx_stream_upstream_server: (args, d) => hostAddress(args[0], d) ?? addressThenParameters(args, UPSTREAM_SERVER, d),
  ngx_stream_proxy_pass: (args, d) => hostAddress(args[0], d),
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
  ngx_http_log_set_log: accessLogParameters,
  ngx_stream_log_set_log: accessLogParameters,
  ngx_http_core_error_page: errorPageCodes,
  ngx_http_rewrite_return: returnCode,
  // rewrite REGEX REPLACEMENT [FLAG]
  ngx_http_rewrite: (args, d) => {
    const flag = args[2];
    return flag && !['last', 'break', 'redirect', 'permanent'].includes(flag.value)
      ? { arg: flag, code: 'nginx/invalid-parameter', message: `invalid parameter '${flag.value}' in '${d}': the flag after the replacement is last, break, redirect or permanent` }
      : undefined;
  },
  ngx_http_headers_expires: (args, d) =>
    args.length === 2 && args[0].value !== 'modified' ? { arg: args[0], code: 'nginx/invalid-value', message: `invalid value '${args[0].value}' in '${d}': with two arguments the first must be 'modified'` } : undefined,
};

function logLevels(args: readonly Argument[], directive: string): Problem | undefined {
  const levels = args.slice(1);
  const arg = levels.find((a) => !LOG_LEVELS.includes(a.value));
  if (arg) return { arg, code: 'nginx/invalid-value', message: `invalid log level '${arg.value}' in '${directive}': use one of emerg, alert, crit, error, warn, notice, info, debug` };
  // ngx_log_set_levels: one level, or any set of debug_* levels; nginx stops at the first word that joins a plain level to another.
  const plainLevel = (a: Argument): boolean => !a.value.startsWith('debug_');
  const clash = levels.find((a, i) => i > 0 && levels.slice(0, i + 1).some(plainLevel));
  return clash && { arg: clash, code: 'nginx/invalid-value', message: `log level '${clash.value}' in '${directive}' joins another level: give one level, or only debug_* levels` };
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
