/**
 * Tricky requests for one generated config, deterministic per seed: Hosts in every spelling (case,
 * trailing dot, port, IPv6 literal, none, empty, absolute-form targets), targets built from URIs that
 * reach the config's locations and then bent (case, `//`, dot segments, percent-escapes valid and
 * not, queries, fragments), several methods and both HTTP versions.
 */
import type { GeneratedConfig, ListenTarget } from './configGenerator';
import { Draw } from './random';
import type { RoutingRequest } from './rawHttp';

const METHODS: readonly (readonly [number, string])[] = [
  [24, 'GET'], [4, 'HEAD'], [4, 'POST'], [2, 'PUT'], [2, 'DELETE'], [2, 'OPTIONS'], [1, 'PATCH'], [0.5, 'PROPFIND'], [0.3, 'get'], [0.3, 'G-T'],
  [0.5, 'TRACE'], [0.3, 'CONNECT'], [0.3, 'MKCOL'],
];

export function generateRequests(config: GeneratedConfig, seed: number, count: number): RoutingRequest[] {
  const draw = new Draw(seed);
  return Array.from({ length: count }, () => oneRequest(draw, config));
}

function oneRequest(draw: Draw, config: GeneratedConfig): RoutingRequest {
  const socket: ListenTarget = draw.chance(0.03)
    ? { address: '::1', port: draw.pick(config.targets).port }
    : draw.pick(config.targets);
  const method = draw.weighted(METHODS);
  const version = draw.chance(0.15) ? 'HTTP/1.0' : 'HTTP/1.1';
  const host = hostFor(draw, config, socket, version);
  let target = bendTarget(draw, draw.pick(config.uris));
  if (draw.chance(0.06)) {
    const name = draw.pick(config.hosts.filter((h) => h !== '' && !h.includes(':'))) || 'a.test';
    const scheme = draw.pick(['http', 'http', 'HTTP', 'https']);
    const authority = draw.pick([name, `${name}:${socket.port}`, `${name}:1`, `u@${name}`, name.toUpperCase()]);
    target = `${scheme}://${authority}${target}`;
  }
  if (draw.chance(0.005)) target = '*';
  const headers: [string, string][] = [];
  if (draw.chance(0.25)) headers.push([draw.pick(['X-Mode', 'x-mode', 'X-MODE']), draw.pick(['a', 'b', 'B2', 'srv', 'A'])]);
  // A second Host header: nginx refuses the request.
  if (draw.chance(0.01)) headers.push(['Host', draw.pick(config.hosts)]);
  if (draw.chance(0.1)) headers.push(['Cookie', draw.pick(['a=1', 'a=1; b=Two', 'b=3;a=', 'A=9'])]);
  // Underscores make a header invalid: nginx ignores it by default.
  if (draw.chance(0.03)) headers.push(['X_Mode', 'a']);
  // Odd header lines: a repeated header ($http_ takes the first), a name with a space, a bad length,
  // a cookie too big for small header buffers (nginx's 494 page, sent as 400).
  if (draw.chance(0.02)) headers.push(['X-Mode', draw.pick(['a', 'b'])], ['X-Mode', draw.pick(['a', 'B2'])]);
  if (draw.chance(0.005)) headers.push(['X Bad', 'v']);
  if (draw.chance(0.005)) headers.push(['Cookie', `a=${'c'.repeat(1500)}`]);
  // Long targets: 2.5 KB goes through every regex; 8.5 KB overflows the header buffers (414). Not in
  // between: there nginx's PCRE2 JIT may give up on a backtracking regex (500), which no explainer can foresee.
  if (draw.chance(0.01)) target = `/${'long/'.repeat(draw.pick([500, 1700]))}x`;
  // Bodies are small and really sent, so nginx never waits for bytes that do not come.
  const body = method === 'POST' || method === 'PUT' ? draw.pick(['', '', 'x'.repeat(20), 'y'.repeat(2000)]) : undefined;
  if (body !== undefined) headers.push(['Content-Length', String(body.length)]);
  else if (draw.chance(0.005)) headers.push(['Content-Length', draw.pick(['abc', '-1', '1x'])]);
  if (draw.chance(0.05)) headers.push(['User-Agent', draw.pick(['Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1)', 'Mozilla/5.0 Chrome/99.0', 'curl/8.0'])]);
  headers.push(['Connection', 'close']);
  return { method, version, address: socket.address, port: socket.port, target, host, headers, ...(body ? { body } : {}) };
}

function hostFor(draw: Draw, config: GeneratedConfig, socket: ListenTarget, version: string): string | null {
  const kind = draw.weighted<string>([[14, 'name'], [2, 'with-port'], [1, 'none'], [0.5, 'empty'], [1, 'address'], [0.6, 'odd']]);
  switch (kind) {
    case 'none':
      return version === 'HTTP/1.0' || draw.chance(0.3) ? null : draw.pick(config.hosts);
    case 'empty':
      return '';
    case 'with-port':
      return `${draw.pick(config.hosts.filter((h) => !h.includes(':')))}:${socket.port}`;
    case 'address':
      return socket.address.includes(':') ? `[${socket.address}]:${socket.port}` : `${socket.address}:${socket.port}`;
    case 'odd':
      return draw.pick(['a..test', 'a.test:abc', '-x.test', 'A_B.test', 'a.test/', '[::1', 'x.test.:80', 'é.test', 'a.test:', 'u@a.test', '.a.test', '127.0.0.1.', 'a.test ', '[::1]:20001', 'A.TEST.:20001', 'a%2etest', 'a.test:020001', '[::1]x']);
    default:
      return draw.pick(config.hosts.filter((h) => h !== ''));
  }
}

/** Applies zero to three bends, so the plain URI is asked as often as the bent ones. */
function bendTarget(draw: Draw, uri: string): string {
  let target = uri;
  for (let i = draw.weighted([[4, 0], [4, 1], [2, 2], [1, 3]]); i > 0; i--) target = bend(draw, target);
  if (draw.chance(0.25)) target += draw.pick(['?x=1', '?a=b&x=2', '?', '?x=%41&y', '?srv', '?x=srv', '?q=a/../b']);
  if (draw.chance(0.03)) target += '#frag';
  return target;
}

type Bend = 'case' | 'double-slash' | 'dot' | 'dot-dot' | 'above-root' | 'escape-letter' | 'escape-slash' | 'escaped-dots' | 'odd-escape' | 'trailing-slash' | 'escaped-dot' | 'upper' | 'odd-byte' | 'dot-tail';

/** Rejections (above the root, bad escapes) are asked about, but rarely: most requests should reach a location. */
const BENDS: readonly (readonly [number, Bend])[] = [
  [3, 'case'], [3, 'double-slash'], [2, 'dot'], [2, 'dot-dot'], [0.3, 'above-root'], [3, 'escape-letter'], [1, 'escape-slash'],
  [1, 'escaped-dots'], [0.6, 'odd-escape'], [2, 'trailing-slash'], [1, 'escaped-dot'], [1, 'upper'], [0.3, 'odd-byte'], [1, 'dot-tail'],
];

function bend(draw: Draw, target: string): string {
  const slashes = [...target].flatMap((c, i) => (c === '/' ? [i] : []));
  const at = draw.pick(slashes.length > 0 ? slashes : [0]);
  // Dot segments go after the first segment, so that they stay inside the root.
  const inner = slashes.length > 1 ? draw.pick(slashes.slice(1)) : target.length;
  switch (draw.weighted(BENDS)) {
    case 'case':
      return target.replace(/[a-z]/, (c) => c.toUpperCase());
    case 'double-slash':
      return `${target.slice(0, at)}/${target.slice(at)}`;
    case 'dot':
      return `${target.slice(0, at)}/.${target.slice(at)}`;
    case 'dot-dot':
      return `${target.slice(0, at)}/zz/..${target.slice(at)}`;
    case 'above-root':
      return draw.chance(0.5) ? `/..${target}` : `${target.slice(0, at)}/../..${target.slice(at)}`;
    case 'escape-letter':
      return target.replace(/[a-z]/, (c) => `%${c.charCodeAt(0).toString(16)}`);
    case 'escape-slash':
      return slashes.length > 1 ? `${target.slice(0, inner)}${draw.pick(['%2F', '%2f'])}${target.slice(inner + 1)}` : target;
    case 'escaped-dots':
      return `${target.slice(0, inner)}/q/%2e%2e${target.slice(inner)}`;
    case 'odd-escape':
      return `${target}${draw.pick(['%25', '%00', '%zz', '%C3%A9', '%20x', '%2', '+', '%2e', '%41'])}`;
    case 'trailing-slash':
      return target.endsWith('/') ? target.slice(0, -1) || '/' : `${target}/`;
    case 'escaped-dot':
      return `${target.slice(0, at)}/%2E${target.slice(at)}`;
    case 'upper':
      return target.toUpperCase();
    case 'dot-tail': // dot segments at the very end, plain and escaped
      return `${target.replace(/\/$/, '')}${draw.pick(['/.', '/..', '/%2e', '/.%2e', '/x/..', '/..%2f', '/.?x=1'])}`;
    case 'odd-byte': // raw bytes and characters a URL parser would escape or refuse
      return `${target}${draw.pick([' x', '\t', '\x01', '\xe9', '\\', ';p=1', '%3F', '%23', '??x', '%3f/..', '*'])}`;
  }
}
