/**
 * Locations for generated servers: every modifier, nesting nginx accepts, and what answers in
 * them (return text/code/redirect, proxy_pass forms, static root/alias with index and try_files,
 * rewrite chains, if/set, access rules). Every block carries `add_header X-Block <id> always`.
 */
import { ECHO_UPSTREAMS } from './echoUpstream';
import { arg, type ConfigText } from './configText';
import type { Draw } from './random';
import { MAIN_CONFIG, type Location, type ServerPlan } from './serverPlan';

/** Variables a `return` text may show; each answer picks a few. */
export const TEXT_VARIABLES = [
  '$uri', '$args', '$host', '$request_uri', '$is_args', '$arg_x', '$http_x_mode', '$server_port', '$request_method', '$document_uri',
  '$scheme', '$query_string', '$server_name', '$request_filename', '$document_root', '$http_host', '$server_protocol', '$request',
  '$remote_addr', '$server_addr', '$content_length', '$cookie_a', '$arg_a', '$http_cookie',
];

/** A location nginx accepts inside `parent` (or at server level): prefixes stay inside a prefix parent, only regexes inside a regex. */
export function newLocation(draw: Draw, plan: ServerPlan, parent: Location | undefined): Location {
  const seg = draw.pick(plan.segments);
  const seg2 = draw.pick(plan.segments);
  const parentPrefix = parent && (parent.modifier === '' || parent.modifier === '^~') ? parent.pattern.replace(/\/$/, '') : '';
  const regexOnly = parent !== undefined && (parent.modifier === '~' || parent.modifier === '~*');
  for (let attempt = 0; attempt < 8; attempt++) {
    const modifier = regexOnly ? draw.pick(['~', '~*'] as const) : draw.weighted<Location['modifier']>([[3, ''], [2, '='], [2, '^~'], [3, '~'], [2, '~*']]);
    if (modifier === '~' || modifier === '~*') return regexLocation(draw, modifier, parentPrefix, seg, seg2);
    const pattern = draw.pick([`${parentPrefix}/${seg}`, `${parentPrefix}/${seg}/`, `${parentPrefix}/${seg}/${seg2}`, `${parentPrefix}/${seg}.txt`]);
    // nginx treats `= /x` and `/x` apart, but `^~ /x` and `/x` as one and the same prefix.
    const key = `${modifier === '=' ? '=' : ''}${pattern}`;
    if (plan.taken.has(key)) continue;
    plan.taken.add(key);
    const samples = [pattern, `${pattern}${pattern.endsWith('/') ? 'q' : '/q'}`, `${pattern}x`, pattern.replace(/\/$/, '')];
    // Landing URIs are written unquoted into rewrite and try_files: none with a space.
    if (!pattern.includes(' ')) plan.landing.push(modifier !== '=' && pattern.endsWith('/') ? `${pattern}q` : pattern);
    return { modifier, pattern, samples, captures: 0, named: [] };
  }
  return regexLocation(draw, '~', parentPrefix, seg, seg2);
}

function regexLocation(draw: Draw, modifier: '~' | '~*', within: string, seg: string, seg2: string): Location {
  const base = within || `/${seg}`;
  const choices: Location[] = [
    { modifier, pattern: '\\.(txt|png)$', samples: ['/f.txt', `${base}/p.png`, `${base}/Q.TXT`], captures: 1, named: [] },
    { modifier, pattern: `^${base}/(\\d+)$`, samples: [`${base}/12`, `${base}/7x`], captures: 1, named: [] },
    { modifier, pattern: `^${base}/(?<name>[a-z]+)`, samples: [`${base}/abc`, `${base}/ABC/d`], captures: 1, named: ['name'] },
    { modifier, pattern: `^${base}/${seg2}`, samples: [`${base}/${seg2}`, `${base}/${seg2.toUpperCase()}/z`], captures: 0, named: [] },
    { modifier, pattern: `/${seg2}/`, samples: [`/q/${seg2}/r`, `${base}/${seg2}/`], captures: 0, named: [] },
    { modifier, pattern: `^${base}(.*)$`, samples: [`${base}`, `${base}/z/y`], captures: 1, named: [] },
    // PCRE features beyond the basics: inline flags, lookahead, back-references, alternation without capture.
    { modifier, pattern: '(?i)\\.TXT$', samples: ['/f.txt', `${base}/Q.TXT`], captures: 0, named: [] },
    { modifier, pattern: `^/(?!${seg})[a-z]+/`, samples: [`/${seg}/x`, '/zz/x', `/${seg2}/`], captures: 0, named: [] },
    // Back-references, also caseless (`~*`: PCRE2 folds ASCII letters only when comparing them).
    { modifier, pattern: '^/([a-z])\\1', samples: ['/aa', '/aA', '/ab', '/xx/y'], captures: 1, named: [] },
    { modifier, pattern: '\\.(?:jpe?g|png|txt)$', samples: [`${base}/p.png`, '/f.jpeg', '/f.jpg'], captures: 0, named: [] },
    { modifier, pattern: '^/[^/]+/\\w+-\\d+$', samples: [`/${seg}/ab-12`, `/${seg}/ab-`], captures: 0, named: [] },
    // Braces force quotes around the pattern.
    { modifier, pattern: `^${base}/\\d{2}$`, samples: [`${base}/12`, `${base}/123`], captures: 0, named: [] },
    { modifier, pattern: `^/(${seg}|${seg2})/(?<rest>.*)$`, samples: [`/${seg}/a/b`, `/${seg2}/`], captures: 2, named: ['rest'] },
  ];
  return draw.pick(choices);
}

type Answer = 'return-text' | 'return-code' | 'redirect' | 'proxy' | 'static' | 'try_files' | 'rewrite' | 'alias' | 'rewrite-chain';

export function writeLocation(draw: Draw, out: ConfigText, plan: ServerPlan, dir: string, location: Location, depth: number, forced?: Answer): void {
  const head = `location ${location.modifier === '@' ? location.pattern : `${location.modifier ? `${location.modifier} ` : ''}${arg(location.pattern)}`}`;
  const line = out.open(head);
  const id = `L${line}`;
  out.blocks.push({ id, kind: 'location', file: MAIN_CONFIG, line, server: plan.index, head });
  out.line(`add_header X-Block ${id} always;`);
  for (const s of location.samples) plan.uris.push(s);
  const isRegex = location.modifier === '~' || location.modifier === '~*';
  const isNamed = location.modifier === '@';
  const isPrefix = location.modifier === '' || location.modifier === '^~';
  const vars = (): string => textVariables(draw, location, plan);

  // Chosen first: alias excludes a root in the same location.
  const answer: Answer = forced ?? draw.weighted<Answer>([
    [5, 'return-text'], [1, 'return-code'], [2, 'redirect'], [4, 'proxy'], [5, 'static'], [3, 'try_files'], [2, 'rewrite'], [2, 'rewrite-chain'],
    [isNamed ? 0 : 1.5, 'alias'],
  ]);
  if (!isNamed && draw.chance(0.06)) out.line('internal;');
  writeAccess(draw, out, dir);
  if (draw.chance(0.2)) writeIf(draw, out, plan, location, id);
  if (draw.chance(0.12)) out.line(`set $v${line} "${id}-${location.captures > 0 ? '$1' : '$uri'}";`);
  if (draw.chance(0.05)) out.line(`set $args ${draw.pick(['x=1', '"$args&y=2"', '""'])};`);
  if (answer !== 'alias' && draw.chance(0.1)) out.line(`root ${dir}/www/s${draw.int(0, plan.index)};`);
  if (!isNamed && draw.chance(0.12)) {
    const target = draw.pick(['=200 /f.txt', `= ${plan.named[0] ?? '/f.txt'}`, plan.named[0] ?? '/f.txt', `/${plan.segments[0]}/`, '= /f.txt', `/f.txt?from=${id}`, '=201 $uri.txt', `=301 /${plan.segments[1]}/`]);
    out.line(`error_page ${draw.pick(['404', '403 404', '405', '404 500'])} ${target};`);
  }

  switch (answer) {
    case 'return-text':
      out.line(`return ${draw.pick(['200', '200', '201', '403', '404', '410', '503', '299', '451'])} "${id} ${vars()}";`);
      break;
    case 'return-code':
      out.line(`return ${draw.pick(['200', '204', '403', '404', '500', '302', '301', '451', '418'])};`);
      break;
    case 'redirect':
      out.line(`return ${draw.pick(['301', '302', '303', '307', '308'])} ${arg(draw.pick([
        `/${plan.segments[1]}/`, `http://r.test/${id}$uri`, 'https://$host$request_uri', `/f.txt?from=${id}&$args`, `${id}/rel`,
        '$scheme://$http_host$uri', '/x%20y?$query_string', `/${id} $uri`,
      ]))};`);
      break;
    case 'proxy':
      writeProxy(draw, out, isRegex || isNamed, line, isRegex ? location.captures : 0);
      break;
    case 'static':
      if (draw.chance(0.3)) out.line(`index ${draw.pick(['i2.html', 'index.html i2.html', 'nope.html', '/i2.html', 'nope.html /f.txt'])};`);
      // A listing's body holds dates: only its status and routing are compared.
      if (draw.chance(0.1)) out.line('autoindex on;');
      break;
    case 'alias':
      writeAlias(draw, out, plan, dir, location, isRegex);
      // alias with try_files: nginx's own odd mix of the alias path and `$uri`.
      if (draw.chance(0.3)) out.line(`try_files ${draw.pick(['$uri $uri/ =404', '$uri =403', '$uri/ $uri =404', '$uri /f.txt'])};`);
      if (draw.chance(0.2)) out.line('index i2.html;');
      break;
    case 'try_files':
      out.line(`try_files ${draw.pick(['$uri', '$uri $uri/', '$uri $uri.txt', '/f.txt $uri', '$uri/ $uri', '$uri $uri/index.html', '/nope $uri/'])} ${draw.pick([
        '=404', '=403', plan.named[0] ?? '=404', draw.pick(plan.landing), `/${plan.segments[2]}/`, `/${plan.segments[0]}/f.txt?t=$uri`, '=200',
      ])};`);
      break;
    case 'rewrite': {
      const from = (isRegex && location.captures > 0) || isNamed ? '^(.*)$' : `^${location.pattern.replace(/\/$/, '')}(.*)$`;
      const to = draw.pick([draw.pick(plan.landing), `${draw.pick(plan.landing)}$1`, `/${plan.segments[0]}/$1?r=1`, '/f.txt?', `http://rw.test$1`, '/$1', `/${plan.segments[1]}$1?a=$args`]);
      const flag = draw.pick(['last', 'break', 'redirect', 'permanent', 'last']);
      out.line(`rewrite ${arg(from)} ${arg(to)} ${flag};`);
      if (flag === 'break' && draw.chance(0.6)) writeProxy(draw, out, !isPrefix, line);
      else out.line(`return 200 "${id} after-rewrite ${vars()}";`);
      break;
    }
    case 'rewrite-chain':
      writeRewriteChain(draw, out, plan, location, id, isPrefix, line);
      break;
  }

  if (depth < 3 && (isPrefix || isRegex) && draw.chance(depth < 2 ? 0.3 : 0.15)) {
    for (let i = draw.int(1, 2); i > 0; i--) writeLocation(draw, out, plan, dir, newLocation(draw, plan, location), depth + 1);
  }
  out.close();
}

/** allow/deny and limit_except: the access phase answers 403 before any content handler. */
function writeAccess(draw: Draw, out: ConfigText, dir: string): void {
  const kind = draw.weighted<string>([[30, 'none'], [1, 'deny-all'], [1, 'v4-only'], [1, 'limit-except'], [1, 'auth'], [1, 'body-size']]);
  if (kind === 'auth') {
    // No request carries credentials: 401, unless `satisfy any` lets an allowed address through.
    if (draw.chance(0.5)) {
      out.line('satisfy any;');
      out.line(`allow ${draw.pick(['127.0.0.1', '::1', '127.0.0.0/8'])};`);
      out.line('deny all;');
    }
    out.line('auth_basic "zone";');
    out.line(`auth_basic_user_file ${dir}/htpasswd;`);
    return;
  }
  if (kind === 'body-size') out.line(`client_max_body_size ${draw.pick(['10', '0', '1k'])};`);
  if (kind === 'deny-all') out.line('deny all;');
  else if (kind === 'v4-only') {
    out.line('allow 127.0.0.0/8;');
    out.line('deny all;');
  } else if (kind === 'limit-except') {
    out.open(`limit_except ${draw.pick(['GET', 'GET POST', 'POST'])}`);
    out.line('deny all;');
    out.close();
  }
}

/** Several rewrites in a row: no flag goes on to the next, `break` stops the rewrite module, a regex capture feeds the next step. */
function writeRewriteChain(draw: Draw, out: ConfigText, plan: ServerPlan, location: Location, id: string, isPrefix: boolean, line: number): void {
  const [s1, s2] = plan.segments;
  out.line(`rewrite ^/(${s1}|${s2})/(.*)$ /$2/$1 ${draw.pick(['', 'break', 'last'])};`.replace(' ;', ';'));
  out.line(`rewrite ^/([^/]+)/?(.*)$ /${draw.pick([s1, s2, 'f.txt'])}/$1${draw.pick(['', '?m=$2', '?'])};`);
  if (draw.chance(0.3)) out.line('break;');
  if (draw.chance(0.4)) out.line(`rewrite ^(.*)$ $1.txt ${draw.pick(['break', 'last'])};`);
  // Braces need quotes; `$request_uri` brings its raw query into the replacement (a second `?`).
  if (draw.chance(0.2)) out.line(`rewrite "^/(\\w{2})/(.*)$" /${s2}/$2 ${draw.pick(['last', 'break', 'redirect'])};`);
  if (draw.chance(0.15)) out.line(`rewrite ^ /${s1}$request_uri? ${draw.pick(['last', 'break', 'redirect'])};`);
  // Named captures of a rewrite regex become variables for what follows.
  if (draw.chance(0.2)) out.line(`rewrite ^/(?<first>[^/]+)/(.*)$ /$2/$first ${draw.pick(['', 'last', 'break'])};`.replace(' ;', ';'));
  if (draw.chance(0.5)) out.line(`return 200 "${id} chain ${textVariables(draw, location, plan)}";`);
  else if (draw.chance(0.5)) writeProxy(draw, out, !isPrefix, line);
}

/** alias: in a prefix location the matched part is replaced; in a regex location the captures build the path. */
function writeAlias(draw: Draw, out: ConfigText, plan: ServerPlan, dir: string, location: Location, isRegex: boolean): void {
  const folder = `${dir}/www/s${plan.index}/${draw.pick(plan.segments.slice(0, 2))}`;
  if (isRegex) {
    out.line(location.captures > 0 ? `alias ${folder}/$1;` : `alias ${folder}/f.txt;`);
    return;
  }
  out.line(`alias ${folder}${location.pattern.endsWith('/') ? '/' : draw.pick(['/', ''])};`);
}

function textVariables(draw: Draw, location: Location, plan: ServerPlan): string {
  const vars = draw.sample(TEXT_VARIABLES, draw.int(1, 3));
  if (location.captures > 0 && draw.chance(0.6)) vars.push('$1');
  if (location.named.length > 0 && draw.chance(0.6)) vars.push(`$${location.named[0]}`);
  // Captures of the server_name regex: kept until a location or rewrite regex replaces them.
  if (plan.serverCaptures.named && draw.chance(0.4)) vars.push('$sub');
  if (plan.serverCaptures.numbered && location.captures === 0 && draw.chance(0.3)) vars.push('$1');
  return vars.join('|');
}

function writeIf(draw: Draw, out: ConfigText, plan: ServerPlan, location: Location, id: string): void {
  const condition = draw.pick([
    '$arg_x = "1"',
    '$http_x_mode = "a"',
    '$http_x_mode ~* "^B"',
    '$uri ~ "\\.txt$"',
    '$args',
    '$request_method = POST',
    '$host ~ "^(?<hsub>[a-z]+)\\."',
    '-f $request_filename',
    '!-e $request_filename',
    '-d $request_filename',
    '$request_uri ~ "^/([^/?]+)"',
    '$args ~ "x=(\\d+)"',
    '$http_x_mode != "a"',
    '$request_method !~ "^(GET|HEAD)$"',
    '$cookie_a',
    '$http_cookie ~* "b=(\\w+)"',
  ]);
  const l = out.open(`if (${condition})`);
  out.aliases.set(l, id);
  const captured = condition.includes('(') && !condition.includes('?<') ? '|$1' : '';
  const body = draw.int(0, 4);
  // proxy_pass inside `if`: no URI part allowed there.
  if (body === 4) writeProxy(draw, out, true, l);
  if (body === 0) out.line(`return 200 "${id}.if ${textVariables(draw, location, plan)}${condition.includes('hsub') ? '|$hsub' : ''}${captured}";`);
  else if (body === 1) out.line(`rewrite ^ ${draw.pick(plan.landing)} ${draw.pick(['last', 'redirect', 'break'])};`);
  else if (body === 2) out.line(`set $i${l} "${id}.if$1";`);
  else if (body === 3) out.line(`return ${draw.pick(['403', '302 /f.txt', '418', '301 $uri/'])};`);
  out.close();
}

/** proxy_pass forms; a URI part is not allowed in regex or named locations (nor inside `if`), variables are. */
function writeProxy(draw: Draw, out: ConfigText, noUriPart: boolean, line: number, captures = 0): void {
  const [p1, p2, p3, p4] = ECHO_UPSTREAMS.map((u) => u.port);
  const withUri = [`http://127.0.0.1:${p2}/`, `http://127.0.0.1:${p3}/pre/`, `http://up_a/x/`, `http://[::1]:${p4}/six`];
  const without = [
    `http://127.0.0.1:${p1}`, 'http://up_b', 'http://up_v6', `http://[::1]:${p4}`, `http://127.0.0.1:${p2}$request_uri`, `http://127.0.0.1:${p3}/v$uri$is_args$args`,
    // localhost resolves to 127.0.0.1 and ::1; only the IPv4 echo listens on this port, nginx falls through to it.
    `http://localhost:${p1}`, 'http://up_lh',
  ];
  // Captures of the location's regex make the URI: allowed in regex locations because they are variables.
  if (captures > 0) without.push(`http://127.0.0.1:${p1}/c/$1$is_args$args`, `http://up_b/c$1`);
  const pass = draw.pick(noUriPart ? without : [...withUri, ...without]);
  if (draw.chance(0.05)) {
    // A variable naming an upstream group: found among the `upstream` blocks at run time.
    out.line(`set $g${line} ${draw.pick(['up_a', 'up_b', 'up_v6'])};`);
    out.line(`proxy_pass http://$g${line};`);
  } else if (draw.chance(0.15)) {
    out.line(`set $b${line} 127.0.0.1:${p1};`);
    out.line(`proxy_pass http://$b${line};`);
  } else out.line(`proxy_pass ${pass};`);
}

export function writeLoop(out: ConfigText, plan: ServerPlan, location: Location): void {
  const line = out.open(`location ${location.pattern}`);
  const id = `L${line}`;
  out.blocks.push({ id, kind: 'location', file: MAIN_CONFIG, line, server: plan.index, head: `location ${location.pattern}` });
  out.line(`add_header X-Block ${id} always;`);
  out.line(`rewrite ^ ${location.pattern} last;`);
  out.close();
  plan.uris.push(location.pattern);
}
