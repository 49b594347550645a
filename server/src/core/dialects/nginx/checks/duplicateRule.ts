import * as path from 'node:path';
import type { CheckFinding } from '../../../analysis/directiveChecks/types';
import type { Argument, Directive } from '../../../model/types';
import type { DirectiveFact } from '../knowledge';
import { factsOf } from './configurationFacts';
import { normalizeListenAddress } from './listenAddress';
import type { BlockCheck, NginxRule } from './ruleTypes';
import type { DirectiveVisit } from './visit';

/**
 * Handlers that store one value per block and answer "is duplicate" when it is already set
 * (read from nginx 1.22.1 and Debian's module sources). Handlers that accept repeats (arrays,
 * key/value lists, bit masks, `add_header` …) or reject only some repeats (`proxy_redirect off`
 * after a redirect, `limit_req` with the same zone, `mirror off`) are not listed.
 */
const REJECTS_DUPLICATES = new Set([
  // ngx_conf_file.c, ngx_file.c and the script helpers
  'ngx_conf_set_flag_slot', 'ngx_conf_set_str_slot', 'ngx_conf_set_num_slot', 'ngx_conf_set_size_slot', 'ngx_conf_set_off_slot',
  'ngx_conf_set_msec_slot', 'ngx_conf_set_sec_slot', 'ngx_conf_set_bufs_slot', 'ngx_conf_set_enum_slot', 'ngx_conf_set_path_slot',
  'ngx_conf_set_access_slot', 'ngx_http_set_complex_value_slot', 'ngx_http_set_complex_value_zero_slot', 'ngx_http_set_complex_value_size_slot',
  'ngx_stream_set_complex_value_slot', 'ngx_stream_set_complex_value_zero_slot', 'ngx_stream_set_complex_value_size_slot',
  'ngx_http_upstream_bind_set_slot', 'ngx_http_set_charset_slot',
  // main and events
  'ngx_set_user', 'ngx_set_worker_processes', 'ngx_set_priority', 'ngx_set_cpu_affinity', 'ngx_event_connections', 'ngx_event_use',
  'ngx_events_block', 'ngx_openssl_engine', 'ngx_http_block', 'ngx_stream_block', 'ngx_mail_block',
  // http
  'ngx_http_core_directio', 'ngx_http_core_internal', 'ngx_http_core_keepalive', 'ngx_http_core_limit_except', 'ngx_http_core_open_file_cache',
  'ngx_http_core_resolver', 'ngx_http_core_set_aio', 'ngx_http_disable_symlinks', 'ngx_http_auth_basic_user_file', 'ngx_http_auth_request',
  'ngx_http_headers_expires', 'ngx_http_log_open_file_cache', 'ngx_http_realip', 'ngx_http_try_files', 'ngx_http_upstream_keepalive',
  'ngx_http_userid_expires', 'ngx_http_userid_mark', 'ngx_http_xslt_entities', 'ngx_http_ssl_ocsp_cache', 'ngx_http_ssl_password_file',
  'ngx_http_geoip_city', 'ngx_http_geoip_country', 'ngx_http_geoip_org',
  'ngx_http_proxy_pass', 'ngx_http_proxy_cache', 'ngx_http_proxy_cache_key', 'ngx_http_proxy_store', 'ngx_http_proxy_ssl_password_file',
  'ngx_http_fastcgi_pass', 'ngx_http_fastcgi_cache', 'ngx_http_fastcgi_cache_key', 'ngx_http_fastcgi_store',
  'ngx_http_uwsgi_pass', 'ngx_http_uwsgi_cache', 'ngx_http_uwsgi_cache_key', 'ngx_http_uwsgi_store', 'ngx_http_uwsgi_ssl_password_file',
  'ngx_http_scgi_pass', 'ngx_http_scgi_cache', 'ngx_http_scgi_cache_key', 'ngx_http_scgi_store',
  'ngx_http_grpc_pass', 'ngx_http_grpc_ssl_password_file', 'ngx_http_memcached_pass',
  // stream and mail
  'ngx_stream_core_resolver', 'ngx_stream_proxy_pass', 'ngx_stream_proxy_bind', 'ngx_stream_proxy_ssl_password_file', 'ngx_stream_return',
  'ngx_stream_ssl_alpn', 'ngx_stream_ssl_password_file', 'ngx_stream_log_open_file_cache', 'ngx_stream_geoip_city', 'ngx_stream_geoip_country',
  'ngx_stream_geoip_org', 'ngx_mail_core_resolver', 'ngx_mail_ssl_password_file',
  // Debian's third-party modules
  'ngx_http_lua_package_path', 'ngx_http_lua_package_cpath', 'ngx_http_lua_capture_error_log', 'ngx_http_memc_pass',
  'ngx_http_srcache_store_statuses', 'ngx_http_js_content', 'ngx_http_js_body_filter_set', 'ngx_http_dav_ext_lock',
]);

/**
 * The value a directive sets, named so that directives writing the same value share it: `root` and
 * `alias` set one document root; `content_by_lua`, `content_by_lua_block` and `content_by_lua_file`
 * one content handler.
 */
function duplicateGroup(fact: DirectiveFact, directive: Directive): string | undefined {
  if (fact.handler === 'ngx_http_core_root') return 'root/alias';
  // limit_conn and limit_req may repeat, but not with the same zone.
  if (fact.handler === 'ngx_http_limit_conn' || fact.handler === 'ngx_stream_limit_conn') return `${fact.name}\0${directive.args[0]?.value}`;
  if (fact.handler === 'ngx_http_limit_req') return `${fact.name}\0${zoneName(directive)}`;
  if (fact.module === 'ngx_http_lua_module' && !fact.name.startsWith('set_by_lua') && /_by_lua(_block|_file)?$/.test(fact.name)) return fact.name.replace(/_(block|file)$/, '');
  return REJECTS_DUPLICATES.has(fact.handler) ? fact.name : undefined;
}

function where(first: DirectiveVisit, second: DirectiveVisit): string {
  const line = first.directive.nameSpan.start.line + 1;
  return first.file === second.file ? `line ${line}` : `${path.basename(first.file)}:${line}`;
}

/** The `zone=NAME[:size]` of a limit_req or *_zone directive. */
function zoneName(directive: Directive): string | undefined {
  const zone = directive.args.find((a) => a.value.startsWith('zone='));
  return zone?.value.slice(5).split(':')[0];
}

const ZONE_DEFINERS = new Set(['ngx_http_limit_req_zone', 'ngx_http_limit_conn_zone', 'ngx_stream_limit_conn_zone']);
/** `proxy_cache_path` and its fastcgi, uwsgi and scgi twins. */
const CACHE_PATH_HANDLER = 'ngx_http_file_cache_set_slot';

/**
 * The argument naming the shared memory zone a directive defines. All zones share one namespace
 * (ngx_shared_memory_add): a name given twice is rejected, whatever the two directives are.
 */
function zoneArgument(handler: string, directive: Directive): Argument | undefined {
  if (ZONE_DEFINERS.has(handler)) return directive.args.find((a) => a.value.startsWith('zone='));
  if (handler === CACHE_PATH_HANDLER) return directive.args.find((a) => a.value.startsWith('keys_zone='));
  return handler === 'ngx_http_lua_shared_dict' ? directive.args[0] : undefined;
}

function zoneOf(arg: Argument): string {
  return arg.value.replace(/^(keys_)?zone=/, '').split(':')[0];
}

function duplicateDirective(first: DirectiveVisit, visit: DirectiveVisit): CheckFinding {
  const name = visit.directive.name;
  const firstName = first.directive.name;
  const message =
    firstName === name
      ? `'${name}' is duplicate: this block already sets it (${where(first, visit)}); nginx rejects a second one`
      : `'${name}' is duplicate: '${firstName}' is already specified in this block (${where(first, visit)})`;
  return {
    file: visit.file,
    span: visit.directive.nameSpan,
    severity: 'error',
    code: 'nginx/duplicate-directive',
    message,
    related: [{ file: first.file, span: first.directive.nameSpan, message: `first '${firstName}'` }],
  };
}

/**
 * Lists that `off` alone switches off (ngx_http_proxy_redirect, ngx_http_proxy_cookie_*): any number
 * of entries may repeat, but `off` after an entry, or anything after `off`, "is duplicate".
 */
const OFF_ENDS_THE_LIST = new Set(['ngx_http_proxy_redirect', 'ngx_http_proxy_cookie_domain', 'ngx_http_proxy_cookie_path', 'ngx_http_proxy_cookie_flags']);

function isOff(directive: Directive): boolean {
  return directive.args.length === 1 && directive.args[0].value === 'off';
}

/** The directives of one block (included files' included), each value group remembered at its first setter. */
function duplicatesInBlock(): BlockCheck {
  let firsts: Map<string, DirectiveVisit> | undefined;
  return {
    statement(visit, _summary, out) {
      const fact = visit.applied;
      if (fact && OFF_ENDS_THE_LIST.has(fact.handler)) {
        firsts ??= new Map();
        const first = firsts.get(fact.name);
        if (!first) firsts.set(fact.name, visit);
        else if (isOff(first.directive) || isOff(visit.directive)) out.reportLater(visit.file, () => duplicateDirective(first, visit));
        return;
      }
      const group = fact && duplicateGroup(fact, visit.directive);
      if (!group) return;
      firsts ??= new Map();
      const first = firsts.get(group);
      if (!first) firsts.set(group, visit);
      // The message quotes the first one's line: written when reported.
      else out.reportLater(visit.file, () => duplicateDirective(first, visit));
    },
  };
}

/**
 * A second occurrence in the same block of a directive nginx allows once per block, and a shared
 * memory zone defined twice anywhere.
 */
export const duplicateRule: NginxRule = {
  codes: ['nginx/duplicate-directive', 'nginx/duplicate-zone', 'nginx/duplicate-cache-path', 'nginx/duplicate-listen'],
  directive(visit, out) {
    const fact = visit.applied;
    if (!fact) return;
    const zoneArg = zoneArgument(fact.handler, visit.directive);
    if (zoneArg) out.fact({ kind: 'zone', zone: zoneOf(zoneArg), arg: zoneArg, visit });
    const cachePath = fact.handler === CACHE_PATH_HANDLER ? visit.directive.args[0] : undefined;
    if (cachePath) out.fact({ kind: 'cache-path', arg: cachePath, visit });
    if (fact.handler === 'ngx_stream_core_listen') {
      const [first, ...options] = visit.directive.args;
      const address = first && normalizeListenAddress(first.value);
      if (address) out.fact({ kind: 'stream-listen', address, udp: options.some((o) => o.value === 'udp'), arg: first, visit });
    }
  },
  block: duplicatesInBlock,
  configuration(facts, report) {
    reportSecondUses(factsOf(facts, 'zone'), (f) => f.zone, report, (f, first) => ({
      code: 'nginx/duplicate-zone',
      message: `shared memory zone '${f.zone}' is already defined by '${first.directive.name}' (${where(first, f.visit)}); give this one another name`,
      firstMessage: 'the first definition',
    }));
    // ngx_add_path compares the names as written (a trailing '/' makes another name): two caches may not share one.
    reportSecondUses(factsOf(facts, 'cache-path'), (f) => f.arg.value, report, (f, first) => ({
      code: 'nginx/duplicate-cache-path',
      message: `the cache directory '${f.arg.value}' is already used by '${first.directive.name}' (${where(first, f.visit)}); each cache needs its own`,
      firstMessage: 'the first cache there',
    }));
    // ngx_stream_core_listen: stream servers have no names to tell apart, so an address (per protocol) is listened on once.
    const streamAddresses = new Set<string>();
    for (const { address, udp, arg, visit } of factsOf(facts, 'stream-listen')) {
      const key = `${udp ? 'udp' : 'tcp'} ${address}`;
      if (!streamAddresses.has(key)) {
        streamAddresses.add(key);
        continue;
      }
      report({ file: visit.file, span: arg.span, severity: 'error', code: 'nginx/duplicate-listen', message: `a duplicate listen ${address}${udp ? ' udp' : ''}: another stream server (or this one) already listens there` });
    }
  },
};

/** Reports every use of a key after its first one (at the argument), pointing back at the first. */
function reportSecondUses<F extends { readonly arg: Argument; readonly visit: DirectiveVisit }>(
  uses: Iterable<F>,
  keyOf: (use: F) => string,
  report: (finding: CheckFinding) => void,
  describe: (use: F, first: DirectiveVisit) => { code: string; message: string; firstMessage: string },
): void {
  const firsts = new Map<string, DirectiveVisit>();
  for (const use of uses) {
    const key = keyOf(use);
    const first = firsts.get(key);
    if (!first) {
      firsts.set(key, use.visit);
      continue;
    }
    const { code, message, firstMessage } = describe(use, first);
    report({
      file: use.visit.file,
      span: use.arg.span,
      severity: 'error',
      code,
      message,
      related: [{ file: first.file, span: first.directive.nameSpan, message: firstMessage }],
    });
  }
}
