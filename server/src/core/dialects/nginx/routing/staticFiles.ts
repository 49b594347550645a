/**
 * What nginx's own content modules do when a location has no handler directive, in the order the
 * content phase runs them: index (a URI ending in `/`: the first index file that exists →
 * internal redirect), autoindex, static (the file → 200, a directory → 301 with `/`, nothing → 404),
 * and finally 403 for a URI ending in `/` that nobody served. The file system is asked through a
 * FileAssumption/FileProbe: 'exist' = every path asked about exists (a URI ending in `/` names a
 * directory, any other a regular file); 'missing' = nothing exists, directories included.
 */
import type { ConfigRef, ExplainStep, FileAssumption, FileProbe } from '../../../analysis/explain/types';
import type { ConfigNode } from './configTree';
import { escapeUri, finalLocation, locationNameOf } from './handlers';
import { aliasTrap, hiddenListTrap, trapStep, type Trap } from './trapWarnings';

/** nginx's `-p` prefix on Debian (relative `root`/`alias` paths and the default root `html` hang off it). */
export const DEBIAN_PREFIX = '/usr/share/nginx/';

export interface StaticInput {
  readonly chain: readonly ConfigNode[];
  readonly method: string;
  /** r->uri and r->args. */
  readonly uri: string;
  readonly args: string;
  /** r->valid_location: `alias` cannot map a URI rewritten in its location (nginx answers 500). */
  readonly locationValid: boolean;
  readonly files: FileAssumption;
  readonly probe?: FileProbe;
  readonly expand: (template: string) => string;
  /** nginx's prefix (`-p`), ending in `/`; defaults to Debian's. */
  readonly prefix?: string;
}

export type StaticOutcome =
  | {
      readonly kind: 'response';
      readonly status: number;
      /** The file nginx opens (200) or looked for (404). */
      readonly file?: string;
      /** 301: the `Location` nginx sets (relative: `/dir/` — the header filter adds scheme and host per `absolute_redirect`). */
      readonly location?: string;
      readonly steps: readonly ExplainStep[];
    }
  /** The index module found an index file: nginx restarts location search with this URI (args kept). */
  | { readonly kind: 'internal-redirect'; readonly uri: string; readonly steps: readonly ExplainStep[] }
  /** A module Switchyard does not model answers (dav_methods, random_index). */
  | { readonly kind: 'unknown'; readonly steps: readonly ExplainStep[] };

export type PathMapping =
  | {
      readonly kind: 'path';
      /** r->uri mapped onto the file system ($request_filename). */
      readonly path: string;
      /** $document_root: the root, or the alias value. */
      readonly documentRoot: string;
      readonly directive: 'root' | 'alias';
      /** The `root`/`alias` line; undefined for the built-in default root `html`. */
      readonly at?: ConfigRef;
    }
  | { readonly kind: 'error'; readonly status: 500; readonly reason: string; readonly at?: ConfigRef };

interface RootSetting {
  readonly node?: ConfigNode;
  /** The block that writes it. */
  readonly block?: ConfigNode;
  readonly directive: 'root' | 'alias';
  /** clcf->alias: the length of the location name cut from the URI; 'whole' in a regex location (the alias is the full path). */
  readonly aliasCut: number | 'whole';
}

/** The blocks whose location-level settings are in force, outermost first (server-level `if` blocks excluded). */
function settingBlocks(chain: readonly ConfigNode[]): ConfigNode[] {
  const { location } = finalLocation(chain);
  const at = location ? chain.indexOf(location) : -1;
  return chain.filter((node, i) => node.name !== 'if' || (at >= 0 && i > at));
}

function rootSetting(chain: readonly ConfigNode[]): RootSetting {
  const blocks = settingBlocks(chain);
  for (let i = blocks.length - 1; i >= 0; i--) {
    for (const child of blocks[i].children ?? []) {
      if (child.name === 'root') return { node: child, block: blocks[i], directive: 'root', aliasCut: 0 };
      if (child.name === 'alias') {
        const { modifier, name } = locationNameOf(blocks[i]);
        return { node: child, block: blocks[i], directive: 'alias', aliasCut: modifier === '~' || modifier === '~*' ? 'whole' : name.length };
      }
    }
  }
  return { directive: 'root', aliasCut: 0 };
}

function fullName(prefix: string, path: string): string {
  return path.startsWith('/') ? path : prefix + path;
}

/** ngx_http_map_uri_to_path: root + URI, or alias + the URI after the location name. */
export function mapUriToPath(input: Pick<StaticInput, 'chain' | 'uri' | 'locationValid' | 'expand' | 'prefix'>): PathMapping {
  const prefix = input.prefix ?? DEBIAN_PREFIX;
  const setting = rootSetting(input.chain);
  if (!setting.node) {
    const root = fullName(prefix, 'html');
    return { kind: 'path', path: root + input.uri, documentRoot: root, directive: 'root' };
  }
  const written = setting.node.args[0] ?? '';
  if (setting.directive === 'alias' && !input.locationValid) {
    return { kind: 'error', status: 500, reason: '`alias` cannot be used in a location where the URI was rewritten', at: setting.node.at };
  }
  let value = setting.directive === 'root' && written.endsWith('/') ? written.slice(0, -1) : written;
  value = fullName(prefix, value.includes('$') ? input.expand(value) : value);
  if (setting.aliasCut === 'whole') return { kind: 'path', path: value, documentRoot: value, directive: 'alias', at: setting.node.at };
  return { kind: 'path', path: value + input.uri.slice(setting.aliasCut), documentRoot: value, directive: setting.directive, at: setting.node.at };
}

/** The index file names in force (`index` lists are replaced, not merged, by an inner block). */
export function indexNames(chain: readonly ConfigNode[]): { names: readonly string[]; at?: ConfigRef } {
  const blocks = settingBlocks(chain);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const own = (blocks[i].children ?? []).filter((c) => c.name === 'index');
    if (own.length) return { names: own.flatMap((n) => n.args), at: own[0].at };
  }
  return { names: ['index.html'] };
}

function flagOn(chain: readonly ConfigNode[], name: string): boolean {
  const blocks = settingBlocks(chain);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const own = (blocks[i].children ?? []).find((c) => c.name === name);
    if (own) return own.args[0] === 'on';
  }
  return false;
}

function davMethods(chain: readonly ConfigNode[]): readonly string[] {
  const blocks = settingBlocks(chain);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const own = (blocks[i].children ?? []).find((c) => c.name === 'dav_methods');
    if (own) return own.args.filter((a) => a !== 'off').map((a) => a.toUpperCase());
  }
  return [];
}

type Kind = 'file' | 'directory' | 'none';

function fileKind(input: StaticInput, path: string, expectDirectory: boolean): Kind {
  if (input.files === 'exist') return expectDirectory ? 'directory' : 'file';
  if (input.files === 'missing' || !input.probe) return 'none';
  if (input.probe.isDirectory(path)) return 'directory';
  if (input.probe.isFile(path)) return 'file';
  return 'none';
}

const READ_METHODS = new Set(['GET', 'HEAD', 'POST']);

export function serveStatic(input: StaticInput): StaticOutcome {
  const steps: ExplainStep[] = staticTraps(input).map(trapStep);
  const { uri, method } = input;
  const endsWithSlash = uri.endsWith('/');

  if (flagOn(input.chain, 'random_index') && endsWithSlash && (method === 'GET' || method === 'HEAD' || method === 'POST')) {
    return { kind: 'unknown', steps: [{ kind: 'handler', message: '`random_index on`: nginx picks a random file of the directory.' }] };
  }

  if (endsWithSlash && READ_METHODS.has(method)) {
    const outcome = runIndex(input, steps);
    if (outcome) return outcome;
  }

  if (endsWithSlash && (method === 'GET' || method === 'HEAD') && flagOn(input.chain, 'autoindex')) {
    const mapped = mapUriToPath(input);
    if (mapped.kind === 'error') return respond(500, steps, mapped.reason, mapped.at);
    const kind = fileKind(input, mapped.path, true);
    if (kind === 'directory') return respond(200, steps, `\`autoindex on\`: nginx lists the directory \`${mapped.path}\`.`, undefined, mapped.path);
    return respond(404, steps, `\`autoindex on\` but \`${mapped.path}\` is not a directory: 404.`, undefined, mapped.path);
  }

  if (davMethods(input.chain).includes(method)) {
    return { kind: 'unknown', steps: [...steps, { kind: 'handler', message: `\`dav_methods\` handles \`${method}\`.` }] };
  }

  // ngx_http_static_handler
  if (!READ_METHODS.has(method)) {
    return respond(405, steps, `The static module serves only GET, HEAD and POST: \`${method}\` gets 405.`);
  }
  if (endsWithSlash) {
    const mapped = mapUriToPath(input);
    const where = mapped.kind === 'path' ? ` (\`${mapped.path}\`)` : '';
    return respond(403, steps, `No index file and no \`autoindex\` for the directory${where}: 403.`);
  }
  const mapped = mapUriToPath(input);
  if (mapped.kind === 'error') return respond(500, steps, mapped.reason, mapped.at);
  const kind = fileKind(input, mapped.path, false);
  if (kind === 'none') return respond(404, steps, `\`${mapped.path}\` does not exist: 404.`, mapped.at, mapped.path);
  if (kind === 'directory') {
    const location = escapeUri(uri) + '/' + (input.args ? `?${input.args}` : '');
    steps.push({ kind: 'response', message: `\`${mapped.path}\` is a directory: nginx redirects to \`${location}\`.`, at: mapped.at });
    return { kind: 'response', status: 301, location, file: mapped.path, steps };
  }
  if (method === 'POST') return respond(405, steps, `POST to the static file \`${mapped.path}\`: 405.`, mapped.at, mapped.path);
  return respond(200, steps, `nginx sends the file \`${mapped.path}\`.`, mapped.at, mapped.path);
}

/** The traps a static answer runs into: an alias that doubles or glues the path, an `add_header` list that hides the inherited one. */
function staticTraps(input: StaticInput): Trap[] {
  const traps = [hiddenListTrap(input.chain, 'add_header')];
  const setting = rootSetting(input.chain);
  if (setting.directive === 'alias' && setting.node && setting.block && setting.aliasCut !== 'whole') {
    const mapped = mapUriToPath(input);
    if (mapped.kind === 'path') traps.unshift(aliasTrap(setting.block, locationNameOf(setting.block).name, setting.node, input.uri, mapped.path));
  }
  return traps.filter((t): t is Trap => t !== undefined);
}

function respond(status: number, steps: ExplainStep[], message: string, at?: ConfigRef, file?: string): StaticOutcome {
  steps.push({ kind: 'response', message, at });
  return { kind: 'response', status, file, steps };
}

/** ngx_http_index_handler: undefined when it declines (no index file, the directory exists). */
function runIndex(input: StaticInput, steps: ExplainStep[]): StaticOutcome | undefined {
  const { names, at } = indexNames(input.chain);
  let directoryTested = false;
  for (const written of names) {
    const name = written.includes('$') ? input.expand(written) : written;
    if (name.startsWith('/')) {
      steps.push({ kind: 'index', message: `\`index ${written}\` is an absolute URI: internal redirect to \`${name}\` without checking it.`, at });
      return { kind: 'internal-redirect', uri: name, steps };
    }
    const mapped = mapUriToPath(input);
    if (mapped.kind === 'error') return respond(500, steps, mapped.reason, mapped.at);
    const candidate = mapped.path + name;
    if (fileKind(input, candidate, false) !== 'none') {
      const next = input.uri + name;
      steps.push({ kind: 'index', message: `Index file \`${candidate}\` exists: internal redirect to \`${next}\`.`, at });
      return { kind: 'internal-redirect', uri: next, steps };
    }
    if (!directoryTested) {
      directoryTested = true;
      const directory = mapped.path;
      const kind = fileKind(input, directory, true);
      if (kind === 'none') return respond(404, steps, `The directory \`${directory}\` does not exist: the index module answers 404.`, at, directory);
      if (kind === 'file') return respond(500, steps, `\`${directory}\` is not a directory: 500.`, at, directory);
    }
    steps.push({ kind: 'index', message: `Index file \`${candidate}\` does not exist.`, at });
  }
  return undefined;
}

/** $document_root and $request_filename for the lifecycle's variables. */
export function documentPath(input: Pick<StaticInput, 'chain' | 'uri' | 'locationValid' | 'expand' | 'prefix'>, name: 'document_root' | 'request_filename'): string | undefined {
  const mapped = mapUriToPath(input);
  if (mapped.kind === 'error') return undefined;
  return name === 'document_root' ? mapped.documentRoot : mapped.path;
}
