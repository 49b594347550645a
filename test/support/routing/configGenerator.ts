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
import { newLocation, TEXT_VARIABLES, writeLocation, writeLoop } from './locationGenerator';
import { Draw } from './random';
import { namePool } from './serverNamePool';
import { MAIN_CONFIG, ServerPlan, type Location } from './serverPlan';

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
  { name: 'up_lh', server: `localhost:${ECHO_UPSTREAMS[2].port}` },
];


const SEGMENTS = ['a', 'b', 'api', 'img', 'static', 'docs', 'old', 'new', 'files', 'Mixed', 'v1', 'shop', 'x'];

/** Paths under every static root: files answer `F <path>`, folders exercise index and the trailing-slash redirect. */
function staticTree(segments: readonly string[]): { files: string[]; folders: string[] } {
  const [s1, s2, s3, s4] = segments;
  return {
    // Names with a space and a `%`: reached only through the decoded URI (`/sp%20ace.txt`, `/pct%2541.txt`).
    files: ['index.html', 'f.txt', '404.html', 'sp ace.txt', 'pct%41.txt', `${s1}/index.html`, `${s1}/f.txt`, `${s2}/p.png`, `${s2}/q.txt`, s4, `${s1}/${s2}/index.html`, 'i2.html', `${s2}/i2.html`],
    folders: [`${s3}`, `${s3}/sub`],
  };
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

  // Sometimes every server shares one port: server_name selection then decides everything.
  const crowded = draw.chance(0.2);
  const ports = draw.sample([20001, 20002, 20003, 20080, 21000, 22222, 28999], crowded ? 1 : draw.int(2, 3));
  const defaults = new Set<string>();
  const serverRanges: [number, number][] = [];
  const serverCount = crowded ? draw.int(5, 8) : draw.int(3, 5);
  const nameKinds = namePool(draw, serverCount);
  for (let s = 0; s < serverCount; s++) {
    const segments = draw.sample(SEGMENTS, 6);
    const root = `${dir}/www/s${s}`;
    const tree = staticTree(segments);
    for (const f of tree.files) {
      files.push({ path: `www/s${s}/${f}`, content: `F s${s}/${f}\n` });
      uris.add(`/${f.replace(/%/g, '%25').replace(/ /g, '%20')}`);
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
    out.blocks.push({ id: serverId, kind: 'server', file: MAIN_CONFIG, line, server: s, head });
    out.line(`add_header X-Block ${serverId} always;`);
    writeListens(draw, out, ports, defaults, targets);
    const names = nameKinds[s];
    plan.serverCaptures = { named: names.some((n) => n.name.includes('(?<sub>')), numbered: names.some((n) => n.name.startsWith('~')) };
    if (names.length > 0) out.line(`server_name ${names.map((n) => arg(n.name)).join(' ')};`);
    for (const n of names) for (const h of n.hosts) hosts.add(h);
    // A trailing slash on root doubles the slash in file paths, which nginx opens just the same.
    out.line(`root ${root}${draw.chance(0.1) ? '/' : ''};`);
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
    const address = draw.weighted<string>([[5, ''], [1, '*:'], [3, '127.0.0.1:'], [2, '[::1]:'], [1, '[::]:']]);
    // `*:80` and `80` are the same socket to nginx: one key for both.
    const socket = `${address === '*:' ? '' : address}${port}`;
    if (mine.has(socket)) continue;
    mine.add(socket);
    const isDefault = !defaults.has(socket) && draw.chance(0.3);
    if (isDefault) defaults.add(socket);
    out.line(`listen ${address}${port}${isDefault ? draw.pick([' default_server', ' default']) : ''};`);
    const wildcard = address === '' || address === '*:';
    if (wildcard || address === '127.0.0.1:') targets.push({ address: '127.0.0.1', port });
    if (wildcard) targets.push({ address: '127.0.0.2', port });
    if (address === '[::1]:' || address === '[::]:') targets.push({ address: '::1', port });
  }
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
    out.blocks.push({ id: `L${line}`, kind: 'location', file: MAIN_CONFIG, line, server: plan.index, head: 'location = /404.html' });
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

  // Now and then a big server: more locations, more ways for them to interact.
  const count = draw.chance(0.15) ? draw.int(8, 16) : draw.int(3, 7);
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
