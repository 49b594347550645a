/**
 * The classic nginx traps, each detected only when it bites the request being explained. A trap
 * becomes both a `warning` step (at the config line) and an entry of Explanation.warnings, so its
 * text names the lines itself. Values a warning states (the URI sent, the file path) come from the
 * handler and static modules, which follow nginx; this module only recognises the pattern.
 */
import type { ConfigRef, ExplainStep } from '../../../analysis/explain/types';
import type { ConfigNode } from './configTree';
import { locationSettingBlocks } from './configIndex';
import { code } from './stepText';

export interface Trap {
  readonly message: string;
  readonly at: ConfigRef;
}

export function trapStep(trap: Trap): ExplainStep {
  return { kind: 'warning', message: trap.message, at: trap.at };
}

/** `location /v1` (app.conf:18): a config line named inside a sentence. */
export function placed(at: ConfigRef): string {
  return `${code(at.text)} (${at.file.slice(at.file.lastIndexOf('/') + 1)}:${at.line})`;
}

// ---------------------------------------------------------------------------------------------
// proxy_pass with a URI part: the location prefix is replaced byte for byte

export interface PrefixReplacement {
  /** The location block whose name is replaced, and that name. */
  readonly location: ConfigNode;
  readonly prefix: string;
  /** The URI part of `proxy_pass` that takes its place. */
  readonly uriPart: string;
  /** `proxy_pass` as written, and the URL without its URI part (`http://b`). */
  readonly passNode: ConfigNode;
  readonly passWithoutUri: string;
  /** r->uri before replacement, and the target nginx sends (from handlers.ts). */
  readonly uri: string;
  readonly sent: string;
}

/** The URI keeps a `/` after the prefix while the URI part ends in one (`//users`), or neither has one (`/v2users`). */
export function prefixReplacementTrap(r: PrefixReplacement): Trap | undefined {
  const rest = r.uri.slice(r.prefix.length);
  const pass = placed(r.passNode.at);
  const location = placed(r.location.at);
  if (r.uriPart.endsWith('/') && rest.startsWith('/')) {
    return {
      at: r.passNode.at,
      message:
        `${location} has no trailing slash, but the URI part ${code(r.uriPart)} of ${pass} ends with one: nginx replaces ` +
        `${code(r.prefix)} with ${code(r.uriPart)}, so ${code(r.uri)} reaches the upstream as ${code(r.sent)} (doubled slash). ` +
        `To strip the prefix, write ${code(`location ${r.prefix}/`)} (nginx then redirects ${code(r.prefix)} to ${code(`${r.prefix}/`)}); ` +
        `to pass the path unchanged, drop the URI part: ${code(`proxy_pass ${r.passWithoutUri};`)}.`,
    };
  }
  if (!r.uriPart.endsWith('/') && rest !== '' && !rest.startsWith('/')) {
    const fix = r.prefix.endsWith('/')
      ? `Write ${code(`proxy_pass ${r.passNode.args[0]}/;`)} to keep the slash.`
      : `${code(`location ${r.prefix}`)} also matches names that merely start with ${code(r.prefix)}; ` +
        `write ${code(`location ${r.prefix}/`)} with ${code(`proxy_pass ${r.passNode.args[0]}/;`)} to match whole path segments.`;
    return {
      at: r.passNode.at,
      message:
        `${pass} replaces the prefix ${code(r.prefix)} of ${location} with ${code(r.uriPart)}, which has no trailing slash: ` +
        `${code(r.uri)} reaches the upstream as ${code(r.sent)} (path glued). ${fix}`,
    };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// List directives: the innermost block that writes one replaces the whole inherited list

/** What the hidden entries stop doing, per list directive. */
const LIST_EFFECT: Readonly<Record<string, string>> = {
  add_header: 'is not added to responses here',
  proxy_set_header: 'is not sent to the upstream',
  grpc_set_header: 'is not sent to the upstream',
  fastcgi_param: 'is not passed to the FastCGI application',
  uwsgi_param: 'is not passed to the uwsgi application',
  scgi_param: 'is not passed to the SCGI application',
};

/** The list directive a content handler reads, besides `add_header`. */
export const HANDLER_LIST: Readonly<Record<string, string>> = {
  proxy: 'proxy_set_header',
  grpc: 'grpc_set_header',
  fastcgi: 'fastcgi_param',
  uwsgi: 'uwsgi_param',
  scgi: 'scgi_param',
};

const SHOWN_ENTRIES = 6;

/**
 * The entries of outer blocks that the innermost writer of `directive` drops without writing an
 * entry of the same name itself (re-declared names are not lost).
 */
export function hiddenListTrap(chain: readonly ConfigNode[], directive: string): Trap | undefined {
  const blocks = locationSettingBlocks(chain);
  const own = (block: ConfigNode) => (block.children ?? []).filter((c) => c.name === directive);
  let writer = -1;
  blocks.forEach((block, i) => {
    if (own(block).length) writer = i;
  });
  if (writer <= 0) return undefined;
  const kept = new Set(own(blocks[writer]).map((c) => (c.args[0] ?? '').toLowerCase()));
  const hidden: ConfigNode[] = [];
  const seen = new Set<string>();
  for (const block of blocks.slice(0, writer)) {
    for (const entry of own(block)) {
      const key = (entry.args[0] ?? '').toLowerCase();
      if (kept.has(key) || seen.has(key)) continue;
      seen.add(key);
      hidden.push(entry);
    }
  }
  // The entries of every outer writer are missing here (each outer writer hid the ones above it too).
  if (hidden.length === 0) return undefined;
  const first = own(blocks[writer])[0];
  const named = hidden.slice(0, SHOWN_ENTRIES).map((e) => `${code(e.args[0] ?? '')} (${lineRef(e.at)})`);
  const more = hidden.length > SHOWN_ENTRIES ? ` and ${hidden.length - SHOWN_ENTRIES} more` : '';
  const list = `${named.join(', ')}${more}`;
  const verb = hidden.length === 1 ? LIST_EFFECT[directive] ?? 'is not in force' : (LIST_EFFECT[directive] ?? 'is not in force').replace(/^is /, 'are ');
  return {
    at: first.at,
    message:
      `${code(directive)} in ${placed(blocks[writer].at)} replaces every inherited ${code(directive)}, so ${list} ${verb}. ` +
      `Repeat ${hidden.length === 1 ? 'it' : 'them'} in ${code(blocks[writer].at.text)} if ${hidden.length === 1 ? 'it is' : 'they are'} needed there.`,
  };
}

function lineRef(at: ConfigRef): string {
  return `${at.file.slice(at.file.lastIndexOf('/') + 1)}:${at.line}`;
}

// ---------------------------------------------------------------------------------------------
// WebSocket through proxy_pass

/**
 * nginx sends `Connection: close`, clears `Upgrade` and speaks HTTP/1.0 upstream unless told
 * otherwise, so a WebSocket handshake reaches the backend as a plain request.
 */
export function websocketTrap(chain: readonly ConfigNode[], upgrade: string, location: ConfigNode, passAt: ConfigRef): Trap | undefined {
  if (upgrade === '') return undefined;
  const blocks = locationSettingBlocks(chain);
  const innermost = (name: string): ConfigNode[] => {
    for (let i = blocks.length - 1; i >= 0; i--) {
      const own = (blocks[i].children ?? []).filter((c) => c.name === name);
      if (own.length) return own;
    }
    return [];
  };
  const version = innermost('proxy_http_version')[0]?.args[0] ?? '1.0';
  const headers = new Set(innermost('proxy_set_header').filter((h) => (h.args[1] ?? '') !== '').map((h) => (h.args[0] ?? '').toLowerCase()));
  const missing: string[] = [];
  if (version !== '1.1') missing.push('proxy_http_version 1.1;');
  if (!headers.has('upgrade')) missing.push('proxy_set_header Upgrade $http_upgrade;');
  if (!headers.has('connection')) missing.push('proxy_set_header Connection "upgrade";');
  if (missing.length === 0) return undefined;
  return {
    at: passAt,
    message:
      `The request asks to switch protocols (${code(`Upgrade: ${upgrade}`)}), but ${placed(location.at)} does not pass the upgrade on: ` +
      'by default nginx speaks HTTP/1.0 to the upstream, sends `Connection: close` and drops `Upgrade`, so the backend sees a plain request ' +
      `and the WebSocket handshake fails (no \`101 Switching Protocols\`). Add ${missing.map(code).join(' ')} to ${code(location.at.text)}.`,
  };
}

// ---------------------------------------------------------------------------------------------
// alias in a prefix location

/**
 * `alias` replaces the location name byte for byte: a name without `/` and an alias with one
 * doubles the slash (and lets `/img../x` climb out of the directory); the other way round glues.
 */
export function aliasTrap(location: ConfigNode, locationName: string, alias: ConfigNode, uri: string, path: string): Trap | undefined {
  const written = alias.args[0] ?? '';
  const rest = uri.slice(locationName.length);
  if (written.endsWith('/') && !locationName.endsWith('/') && rest !== '' && !rest.startsWith('/')) {
    return {
      at: alias.at,
      message:
        `${placed(location.at)} has no trailing slash but ${placed(alias.at)} has one, so the rest of the URI is appended to the directory: ` +
        `${code(uri)} maps to ${code(path)}${rest.startsWith('..') ? ', outside the alias directory (path traversal)' : ''}. Write ${code(`location ${locationName}/`)}.`,
    };
  }
  if (written.endsWith('/') && !locationName.endsWith('/') && rest.startsWith('/')) {
    return {
      at: alias.at,
      message:
        `${placed(location.at)} has no trailing slash but ${placed(alias.at)} has one: ${code(uri)} maps to ${code(path)} (doubled slash). ` +
        `It is served, but a URI such as ${code(`${locationName}../x`)} maps to ${code(`${written}../x`)}, outside the alias directory. ` +
        `Write ${code(`location ${locationName}/`)}.`,
    };
  }
  if (!written.endsWith('/') && rest !== '' && !rest.startsWith('/')) {
    const fix = locationName.endsWith('/') ? `Write ${code(`alias ${written}/;`)}.` : `Write ${code(`location ${locationName}/`)} with ${code(`alias ${written}/;`)}.`;
    return {
      at: alias.at,
      message: `${placed(alias.at)} replaces ${code(locationName)} of ${placed(location.at)} and has no trailing slash: ${code(uri)} maps to ${code(path)} (path glued). ${fix}`,
    };
  }
  return undefined;
}
