// What the flags of an ngx_command_t entry mean: the argument rule nginx's
// ngx_conf_handler() enforces, and the configuration contexts per module type.

// Per module type: which context macro means which configuration context.
const CONTEXT_MACROS = {
  NGX_CORE_MODULE: [['NGX_MAIN_CONF', 'main'], ['NGX_DIRECT_CONF', 'main']],
  NGX_EVENT_MODULE: [['NGX_EVENT_CONF', 'events']],
  NGX_HTTP_MODULE: [
    ['NGX_HTTP_MAIN_CONF', 'http'], ['NGX_HTTP_SRV_CONF', 'server'], ['NGX_HTTP_LOC_CONF', 'location'],
    ['NGX_HTTP_UPS_CONF', 'upstream'], ['NGX_HTTP_SIF_CONF', 'if-in-server'], ['NGX_HTTP_LIF_CONF', 'if-in-location'],
    ['NGX_HTTP_LMT_CONF', 'limit_except'],
  ],
  NGX_MAIL_MODULE: [['NGX_MAIL_MAIN_CONF', 'mail'], ['NGX_MAIL_SRV_CONF', 'mail-server']],
  NGX_STREAM_MODULE: [['NGX_STREAM_MAIN_CONF', 'stream'], ['NGX_STREAM_SRV_CONF', 'stream-server'], ['NGX_STREAM_UPS_CONF', 'stream-upstream']],
  NGX_RTMP_MODULE: [['NGX_RTMP_MAIN_CONF', 'rtmp'], ['NGX_RTMP_SRV_CONF', 'rtmp-server'], ['NGX_RTMP_APP_CONF', 'rtmp-application'], ['NGX_RTMP_REC_CONF', 'rtmp-recorder']],
};
const CONTEXT_ORDER = [
  'any', 'main', 'events', 'http', 'server', 'location', 'upstream', 'if-in-server', 'if-in-location', 'limit_except',
  'mail', 'mail-server', 'stream', 'stream-server', 'stream-upstream', 'rtmp', 'rtmp-server', 'rtmp-application', 'rtmp-recorder',
];
export const SUBSYSTEM = {
  NGX_CORE_MODULE: 'core', NGX_CONF_MODULE: 'core', NGX_EVENT_MODULE: 'events', NGX_HTTP_MODULE: 'http',
  NGX_MAIL_MODULE: 'mail', NGX_STREAM_MODULE: 'stream', NGX_RTMP_MODULE: 'rtmp',
};

export function decodeFlags(flags, moduleType, C) {
  const must = (n) => { const v = C(n); if (v === null) throw new Error(`cannot resolve ${n}`); return v; };
  const ARGBITS = ['NGX_CONF_NOARGS', 'NGX_CONF_TAKE1', 'NGX_CONF_TAKE2', 'NGX_CONF_TAKE3', 'NGX_CONF_TAKE4', 'NGX_CONF_TAKE5', 'NGX_CONF_TAKE6', 'NGX_CONF_TAKE7'];
  const BLOCK = must('NGX_CONF_BLOCK'), FLAG = must('NGX_CONF_FLAG'), ANY = must('NGX_CONF_ANY');
  const MORE1 = must('NGX_CONF_1MORE'), MORE2 = must('NGX_CONF_2MORE'), ANYCONF = must('NGX_ANY_CONF');
  let known = BLOCK | FLAG | ANY | MORE1 | MORE2;

  // argument rule, in the order ngx_conf_handler() checks it
  const args = {};
  const counts = [];
  ARGBITS.forEach((n, i) => { const b = must(n); known |= b; if (flags & b) counts.push(i); });
  if (flags & ANY) { args.min = 0; args.max = null; }
  else if (flags & FLAG) { args.min = 1; args.max = 1; args.flag = true; }
  else if (flags & MORE1) { args.min = 1; args.max = null; }
  else if (flags & MORE2) { args.min = 2; args.max = null; }
  else if (counts.length) {
    args.min = counts[0];
    args.max = counts[counts.length - 1];
    if (counts.length !== args.max - args.min + 1) args.counts = counts;
  } else { args.min = null; args.max = null; args.invalid = true; }
  if (flags & BLOCK) args.block = true;

  // contexts
  const contexts = new Set();
  const unmapped = [];
  let ctxBits = (flags & ~known) >>> 0;
  if (moduleType === 'NGX_CONF_MODULE' || ((ctxBits & ANYCONF) >>> 0) === (ANYCONF >>> 0)) {
    contexts.add('any');
    ctxBits = (ctxBits & ~ANYCONF) >>> 0;
  }
  for (const [macro, ctx] of CONTEXT_MACROS[moduleType] || []) {
    const b = C(macro);
    if (b !== null && (ctxBits & b)) { contexts.add(ctx); ctxBits = (ctxBits & ~b) >>> 0; }
  }
  if (ctxBits) unmapped.push(`0x${ctxBits.toString(16).padStart(8, '0')}`);
  return { args, contexts: CONTEXT_ORDER.filter((c) => contexts.has(c)), unmapped };
}
