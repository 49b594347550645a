/**
 * Adversarial nginx configs for the routing oracle, deterministic per seed: several servers over
 * several ports and addresses, every kind of server_name, every location modifier with nesting and
 * named locations, rewrite/return/set/if/try_files/error_page/index/internal chains, proxy_pass to
 * the echo upstreams with and without URI parts, static root/alias over real files.
 *
 * Every block that can answer carries `add_header X-Block <id> always`, and every `return` text
 * starts with the id of the block it is in, so nginx's answer names the block that produced it.
 * Alongside the text the generator keeps what the request generator needs: listen sockets, host
 * names that should (or should not) match each server, and URIs that reach each location.
 */
import { ECHO_UPSTREAMS } from './echoUpstream';
import { arg, ConfigText, type BlockInfo } from './configText';
import { singleFileLayout, splitIntoIncludes } from './includeLayout';
import { Draw } from './random';

export interface GeneratedFile {
  /** Relative to the case folder. */
  readonly path: string;
  readonly content: string;
}

/** A socket a request can be sent to: the client-side address and the port. */
export interface ListenTarget {
  readonly address: string;
  readonly port: number;
}

export interface GeneratedConfig {
  readonly seed: number;
  /** nginx.conf first, then any included config files, then the static files (content `F <path>`), all under the case folder. */
  readonly files: readonly GeneratedFile[];
  /** Folders to create even when empty (a directory without index file). */
  readonly folders: readonly string[];
  readonly blocks: readonly BlockInfo[];
  /** `if` heads (by placeKey) to the block whose configuration they inherit. */
  readonly aliases: ReadonlyMap<string, string>;
  readonly targets: readonly ListenTarget[];
  readonly hosts: readonly string[];
  readonly uris: readonly string[];
}

/** The upstream groups every config declares (a name proxy_pass can use). */
const UPSTREAM_GROUPS: readonly { readonly name: string; readonly server: string }[] = [
  { name: 'up_a', server: `127.0.0.1:${ECHO_UPSTREAMS[0].port}` },
  { name: 'up_b', server: `127.0.0.1:${ECHO_UPSTREAMS[1].port}` },
  { name: 'up_v6', server: `[::1]:${ECHO_UPSTREAMS[3].port}` },
];

const MAIN = 'nginx.conf';
const SEGMENTS = ['a', 'b', 'api', 'img', 'static', 'docs', 'old', 'new', 'files', 'Mixed', 'v1', 'shop', 'x'];
const LABELS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
/** Variables a `return` text may show; each answer picks a few. */
const TEXT_VARIABLES = [
  '$uri', '$args', '$host', '$request_uri', '$is_args', '$arg_x', '$http_x_mode', '$server_port', '$request_method', '$document_uri',
  '$scheme', '$query_string', '$server_name', '$request_filename', '$document_root', '$http_host', '$server_protocol', '$request',
  '$remote_addr', '$server_addr', '$content_length', '$cookie_a', '$arg_a', '$http_cookie',
];

/** Paths under every static root: files answer `F <path>`, folders exercise index and the trailing-slash redirect. */
function staticTree(segments: readonly string[]): { files: string[]; folders: string[] } {
  const [s1, s2, s3, s4] = segments;
  return {
    files: ['index.html', 'f.txt', '404.html', `${s1}/index.html`, `${s1}/f.txt`, `${s2}/p.png`, `${s2}/q.txt`, s4, `${s1}/${s2}/index.html`, 'i2.html', `${s2}/i2.html`],
    folders: [`${s3}`, `${s3}/sub`],
  };
}

interface Location {
  readonly modifier: '=' | '^~' | '~' | '~*' | '' | '@';
  readonly pattern: string;
  /** URIs that reach it (before case or escape mutations). */
  readonly samples: readonly string[];
  /** Numbered captures its regex makes ($1 ...), and named ones. */
  readonly captures: number;
  readonly named: readonly string[];
}

class ServerPlan {
  /** `modifier pattern` of every exact and prefix location, which nginx refuses to see twice. */
  readonly taken = new Set<string>();
  readonly uris: string[] = [];
  readonly named: string[] = [];
  /** Exact and prefix URIs that some location answers: targets for rewrite, try_files and error_page. */
  readonly landing: string[] = [];
  /** A `server_name` regex of this server names a capture `sub` (usable as `$sub`); any regex name sets `$1`. */
  serverCaptures: { named: boolean; numbered: boolean } = { named: false, numbered: false };

  constructor(
    readonly index: number,
    readonly root: string,
    readonly segments: readonly string[],
  ) {}
}

export function generateConfig(seed: number, dir: string): GeneratedConfig {
  const draw = new Draw(seed);
  const out = new ConfigText();
  const files: GeneratedFile[] = [];
  const folders: string[] = [];
  const targets: ListenTarget[] = [];
  const hosts = new Set<string>(['zz.test', 'localhost', '127.0.0.1', '[::1]']);
  const uris = new Set<string>(['/', '/f.txt', '/index.html', '/i2.html']);
  // auth_basic needs a readable user file; nobody ever sends its password.
  files.push({ path: 'htpasswd', content: 'u:$apr1$x$0123456789abcdefghijkl\n' });

  out.line('pid logs/nginx.pid;');
  out.line('events {');
  out.line('}');
  out.open('http');
  out.line('access_log off;');
  out.line('default_type text/plain;');
  for (const group of UPSTREAM_GROUPS) {
    out.open(`upstream ${group.name}`);
    out.line(`server ${group.server};`);
    out.close();
  }

  const ports = draw.sample([20001, 20002, 20003, 20080, 21000, 22222, 28999], draw.int(2, 3));
  const defaults = new Set<string>();
  const serverRanges: [number, number][] = [];
  const serverCount = draw.int(3, 5);
  const nameKinds = namePool(draw, serverCount);
  for (let s = 0; s < serverCount; s++) {
    const segments = draw.sample(SEGMENTS, 6);
    const root = `${dir}/www/s${s}`;
    const tree = staticTree(segments);
    for (const f of tree.files) {
      files.push({ path: `www/s${s}/${f}`, content: `F s${s}/${f}\n` });
      uris.add(`/${f}`);
    }
    for (const f of tree.folders) {
      folders.push(`www/s${s}/${f}`);
      uris.add(`/${f}`);
      uris.add(`/${f}/`);
    }
    const plan = new ServerPlan(s, root, segments);
    const serverId = `S${s}`;
    const head = 'server';
    const line = out.open(head);
    out.blocks.push({ id: serverId, kind: 'server', file: MAIN, line, server: s, head });
    out.line(`add_header X-Block ${serverId} always;`);
    writeListens(draw, out, ports, defaults, targets);
    const names = nameKinds[s];
    plan.serverCaptures = { named: names.some((n) => n.name.includes('(?<sub>')), numbered: names.some((n) => n.name.startsWith('~')) };
    if (names.length > 0) out.line(`server_name ${names.map((n) => arg(n.name)).join(' ')};`);
    for (const n of names) for (const h of n.hosts) hosts.add(h);
    out.line(`root ${root};`);
    if (draw.chance(0.25)) out.line('merge_slashes off;');
    if (draw.chance(0.3)) out.line(`index ${draw.pick(['index.html', 'i2.html index.html', 'missing.html i2.html', '/i2.html'])};`);
    // The three switches that shape a redirect's Location header.
    if (draw.chance(0.15)) out.line('absolute_redirect off;');
    if (draw.chance(0.15)) out.line('server_name_in_redirect on;');
    if (draw.chance(0.15)) out.line('port_in_redirect off;');
    if (draw.chance(0.1)) out.line('recursive_error_pages on;');
    // Header parsing settings: only the default server's count for headers read before the Host.
    if (draw.chance(0.12)) out.line('underscores_in_headers on;');
    if (draw.chance(0.08)) out.line('ignore_invalid_headers off;');
    if (draw.chance(0.08)) out.line(`large_client_header_buffers ${draw.pick(['2 1k', '4 2k', '1 512'])};`);
    if (draw.chance(0.1)) out.line('server_tokens off;');
    writeServerBody(draw, out, plan, dir);
    out.close();
    serverRanges.push([line, out.nextLine - 1]);
    for (const u of plan.uris) uris.add(u);
  }
  out.close();

  const layout = draw.chance(0.3)
    ? splitIntoIncludes(draw, out.text(), out.blocks, out.aliases, serverRanges)
    : singleFileLayout(out.text(), out.blocks, out.aliases);
  return {
    seed,
    files: [...layout.files, ...files],
    folders,
    blocks: layout.blocks,
    aliases: layout.aliases,
    targets: dedupeTargets(targets),
    hosts: [...hosts],
    uris: [...uris],
  };
}

function dedupeTargets(targets: readonly ListenTarget[]): ListenTarget[] {
  const seen = new Map<string, ListenTarget>();
  for (const t of targets) seen.set(`${t.address}|${t.port}`, t);
  return [...seen.values()];
}

/** One to two listen lines; at most one default_server per address:port, never one socket twice in a server. */
function writeListens(draw: Draw, out: ConfigText, ports: readonly number[], defaults: Set<string>, targets: ListenTarget[]): void {
  const mine = new Set<string>();
  for (let i = draw.int(1, 2); i > 0; i--) {
    const port = draw.pick(ports);
    const address = draw.weighted<string>([[5, ''], [3, '127.0.0.1:'], [2, '[::1]:'], [1, '[::]:']]);
    const socket = `${address}${port}`;
    if (mine.has(socket)) continue;
    mine.add(socket);
    const isDefault = !defaults.has(socket) && draw.chance(0.3);
    if (isDefault) defaults.add(socket);
    out.line(`listen ${socket}${isDefault ? draw.pick([' default_server', ' default']) : ''};`);
    if (address === '' || address === '127.0.0.1:') targets.push({ address: '127.0.0.1', port });
    if (address === '') targets.push({ address: '127.0.0.2', port });
    if (address === '[::1]:' || address === '[::]:') targets.push({ address: '::1', port });
  }
}

interface ServerName {
  readonly name: string;
  readonly hosts: readonly string[];
}

/** server_name lists for every server: each kind of name, and some names repeated across servers (nginx ignores the repeats). */
function namePool(draw: Draw, serverCount: number): ServerName[][] {
  const kinds: (() => ServerName)[] = [
    () => { const l = draw.pick(LABELS); return { name: `${l}.test`, hosts: [`${l}.test`, `${l.toUpperCase()}.TEST`, `${l}.test.`, `${l}.test:${20001}`] }; },
    () => { const l = draw.pick(LABELS); return { name: `${l.toUpperCase()}.Test`, hosts: [`${l}.test`, `${l.toUpperCase()}.Test`] }; },
    () => { const l = draw.pick(LABELS); return { name: `${l}.test.`, hosts: [`${l}.test.`, `${l}.test`] }; },
    () => { const l = draw.pick(LABELS); return { name: `*.${l}.test`, hosts: [`w.${l}.test`, `x.y.${l}.test`, `${l}.test`, `W.${l.toUpperCase()}.test`] }; },
    () => { const l = draw.pick(LABELS); return { name: `.${l}.test`, hosts: [`${l}.test`, `q.${l}.test`, `${l}.test.`] }; },
    () => { const l = draw.pick(LABELS); return { name: `www.${l}.*`, hosts: [`www.${l}.org`, `www.${l}.co.uk`, `WWW.${l}.test`] }; },
    () => { const l = draw.pick(LABELS); return { name: `~^(?<sub>[a-z0-9]+)\\.${l}\\.test$`, hosts: [`foo.${l}.test`, `F1.${l}.test`, `a.b.${l}.test`] }; },
    () => { const l = draw.pick(LABELS); return { name: `~^${l}(\\d+)\\.test$`, hosts: [`${l}7.test`, `${l}42.test:20002`] }; },
    () => { const l = draw.pick(LABELS); return { name: `~^www\\d?\\.${l}\\.(?:test|org)$`, hosts: [`www.${l}.test`, `www2.${l}.org`, `WWW.${l}.TEST`] }; },
    () => ({ name: '', hosts: ['nohost.test'] }),
    () => ({ name: '_', hosts: ['_', 'other.test'] }),
    () => ({ name: 'localhost', hosts: ['localhost', 'LOCALHOST'] }),
  ];
  return Array.from({ length: serverCount }, () => {
    const names: ServerName[] = [];
    for (let i = draw.weighted([[1, 0], [4, 1], [3, 2], [2, 3]]); i > 0; i--) names.push(draw.pick(kinds)());
    return names;
  });
}

function writeServerBody(draw: Draw, out: ConfigText, plan: ServerPlan, dir: string): void {
  const serverId = `S${plan.index}`;
  // Named locations first, so try_files and error_page can point at them.
  for (let i = draw.int(0, 2); i > 0; i--) plan.named.push(`@n${plan.index}${i}`);
  const [s1, s2, s3] = plan.segments;
  plan.landing.push(`/${s1}/`, `/${s2}/p.png`, '/f.txt');

  if (draw.chance(0.3)) writeServerRewrites(draw, out, plan, serverId);
  if (draw.chance(0.15)) {
    // The common custom error page: a static file in an internal exact location.
    out.line('error_page 404 /404.html;');
    const line = out.open('location = /404.html');
    out.blocks.push({ id: `L${line}`, kind: 'location', file: MAIN, line, server: plan.index, head: 'location = /404.html' });
    out.line(`add_header X-Block L${line} always;`);
    out.line('internal;');
    out.close();
  }
  if (draw.chance(0.35)) {
    const codes = draw.pick(['404', '403 404', '500 502 503', '404 405']);
    const target = draw.weighted<string>([[3, `/err${plan.index}`], [2, plan.named[0] ?? '/f.txt'], [1, 'http://err.test/nf'], [1, `=200 /err${plan.index}`]]);
    out.line(`error_page ${codes} ${target.startsWith('@') ? `= ${target}` : target};`);
    if (target.includes(`/err${plan.index}`)) {
      writeLocation(draw, out, plan, dir, { modifier: '=', pattern: `/err${plan.index}`, samples: [`/err${plan.index}`], captures: 0, named: [] }, 0, 'return-text');
    }
  }

  const count = draw.int(3, 7);
  const pending: Location[] = [];
  if (draw.chance(0.7)) pending.push({ modifier: '', pattern: '/', samples: ['/', '/zzz', '/f.txt'], captures: 0, named: [] });
  // A prefix with a space (quoted) or a literal `%`: locations match the decoded URI.
  if (draw.chance(0.15)) pending.push({ modifier: draw.pick(['', '=', '^~'] as const), pattern: draw.pick(['/x y', '/p%20q', '/sp ace/']), samples: ['/x%20y', '/x y', '/p%20q', '/p%2520q', '/sp%20ace/', '/sp+ace/'], captures: 0, named: [] });
  for (let i = 0; i < count; i++) pending.push(newLocation(draw, plan, undefined));
  if (draw.chance(0.15)) pending.push({ modifier: '', pattern: `/${s3}loop`, samples: [`/${s3}loop`], captures: 0, named: [] });
  for (const location of pending) {
    if (location.pattern.endsWith('loop')) writeLoop(out, plan, location);
    else writeLocation(draw, out, plan, dir, location, 0);
  }
  for (const name of plan.named) writeLocation(draw, out, plan, dir, { modifier: '@', pattern: name, samples: [], captures: 0, named: [] }, 0);
}

function writeServerRewrites(draw: Draw, out: ConfigText, plan: ServerPlan, serverId: string): void {
  const [s1, s2] = plan.segments;
  const choice = draw.int(0, 4);
  if (choice === 0) out.line(draw.chance(0.5) ? `rewrite ^/old/(.*)$ /${s1}/$1 ${draw.pick(['last', 'permanent', 'redirect', 'break'])};` : 'rewrite ^/(.*)/$ /$1 permanent;');
  else if (choice === 1) out.line(`rewrite ^/(${s1}|${s2})x/(.*)$ /$2?from=$1 ${draw.pick(['last', 'redirect'])};`);
  else if (choice === 2) {
    const l = out.open('if ($http_x_mode = "srv")');
    out.aliases.set(l, serverId);
    out.line(`return 200 "${serverId}.if ${draw.pick(TEXT_VARIABLES)}";`);
    out.close();
  } else if (choice === 3) out.line(`rewrite ^/go$ ${draw.pick(['http://go.test/x', '/f.txt?', `/${s1}/?a=1`, '$scheme://$host/moved'])} ${draw.pick(['permanent', 'redirect', 'last'])};`);
  else {
    // A server-level return answers everything the server gets: only under a condition, so locations still matter.
    const l = out.open('if ($arg_x = "srv")');
    out.aliases.set(l, serverId);
    out.line(`return ${draw.pick(['301', '302', '307'])} ${draw.pick(['/f.txt', 'http://srv.test$request_uri', '$scheme://$host:$server_port/x'])};`);
    out.close();
  }
  plan.uris.push('/old/a', `/${s1}x/y`, '/go');
}

/** A location nginx accepts inside `parent` (or at server level): prefixes stay inside a prefix parent, only regexes inside a regex. */
function newLocation(draw: Draw, plan: ServerPlan, parent: Location | undefined): Location {
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
    // Back-references only case-sensitively: the explainer reports `~*` ones as unknown (a known limit).
    { modifier: '~', pattern: '^/([a-z])\\1', samples: ['/aa', '/ab', '/xx/y'], captures: 1, named: [] },
    { modifier, pattern: '\\.(?:jpe?g|png|txt)$', samples: [`${base}/p.png`, '/f.jpeg', '/f.jpg'], captures: 0, named: [] },
    { modifier, pattern: '^/[^/]+/\\w+-\\d+$', samples: [`/${seg}/ab-12`, `/${seg}/ab-`], captures: 0, named: [] },
    // Braces force quotes around the pattern.
    { modifier, pattern: `^${base}/\\d{2}$`, samples: [`${base}/12`, `${base}/123`], captures: 0, named: [] },
    { modifier, pattern: `^/(${seg}|${seg2})/(?<rest>.*)$`, samples: [`/${seg}/a/b`, `/${seg2}/`], captures: 2, named: ['rest'] },
  ];
  return draw.pick(choices);
}

type Answer = 'return-text' | 'return-code' | 'redirect' | 'proxy' | 'static' | 'try_files' | 'rewrite' | 'alias' | 'rewrite-chain';

function writeLocation(draw: Draw, out: ConfigText, plan: ServerPlan, dir: string, location: Location, depth: number, forced?: Answer): void {
  const head = `location ${location.modifier === '@' ? location.pattern : `${location.modifier ? `${location.modifier} ` : ''}${arg(location.pattern)}`}`;
  const line = out.open(head);
  const id = `L${line}`;
  out.blocks.push({ id, kind: 'location', file: MAIN, line, server: plan.index, head });
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

  if (depth < 2 && (isPrefix || isRegex) && draw.chance(0.3)) {
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
  const body = draw.int(0, 3);
  if (body === 0) out.line(`return 200 "${id}.if ${textVariables(draw, location, plan)}${condition.includes('hsub') ? '|$hsub' : ''}${captured}";`);
  else if (body === 1) out.line(`rewrite ^ ${draw.pick(plan.landing)} ${draw.pick(['last', 'redirect', 'break'])};`);
  else if (body === 2) out.line(`set $i${l} "${id}.if$1";`);
  else out.line(`return ${draw.pick(['403', '302 /f.txt', '418', '301 $uri/'])};`);
  out.close();
}

/** proxy_pass forms; a URI part is not allowed in regex or named locations (nor inside `if`), variables are. */
function writeProxy(draw: Draw, out: ConfigText, noUriPart: boolean, line: number, captures = 0): void {
  const [p1, p2, p3, p4] = ECHO_UPSTREAMS.map((u) => u.port);
  const withUri = [`http://127.0.0.1:${p2}/`, `http://127.0.0.1:${p3}/pre/`, `http://up_a/x/`, `http://[::1]:${p4}/six`];
  const without = [`http://127.0.0.1:${p1}`, 'http://up_b', 'http://up_v6', `http://[::1]:${p4}`, `http://127.0.0.1:${p2}$request_uri`, `http://127.0.0.1:${p3}/v$uri$is_args$args`];
  // Captures of the location's regex make the URI: allowed in regex locations because they are variables.
  if (captures > 0) without.push(`http://127.0.0.1:${p1}/c/$1$is_args$args`, `http://up_b/c$1`);
  const pass = draw.pick(noUriPart ? without : [...withUri, ...without]);
  if (draw.chance(0.15)) {
    out.line(`set $b${line} 127.0.0.1:${p1};`);
    out.line(`proxy_pass http://$b${line};`);
  } else out.line(`proxy_pass ${pass};`);
}

function writeLoop(out: ConfigText, plan: ServerPlan, location: Location): void {
  const line = out.open(`location ${location.pattern}`);
  const id = `L${line}`;
  out.blocks.push({ id, kind: 'location', file: MAIN, line, server: plan.index, head: `location ${location.pattern}` });
  out.line(`add_header X-Block ${id} always;`);
  out.line(`rewrite ^ ${location.pattern} last;`);
  out.close();
  plan.uris.push(location.pattern);
}
