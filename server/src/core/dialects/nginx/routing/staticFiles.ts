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
import { directiveInForce, directivesInForce, flagInForce, locationSettingBlocks } from './configIndex';
import { locationNameOf } from './locationHead';
import { escapeUri } from './uriEscape';
import { aliasTrap, hiddenListTrap, trapStep, type Trap } from './trapWarnings';

/** nginx's `-p` prefix on Debian (relative `root`/`alias` paths and the default root `html` hang off it). */
const DEBIAN_PREFIX = '/usr/share/nginx/';

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
  /**
   * r->add_uri_to_alias: try_files found a file under a regex location's alias and made it the URI,
   * so that alias maps alias + URI instead of standing for the whole path.
   */
  readonly addUriToAlias?: boolean;
}

/** What mapping a URI onto the file system reads. */
export type PathInput = Pick<StaticInput, 'chain' | 'uri' | 'locationValid' | 'expand' | 'prefix' | 'addUriToAlias'>;

/** none: root + URI; prefix: alias replaces the first `length` bytes of the URI; regex: alias is the whole path. */
export type AliasMode = { readonly kind: 'none' } | { readonly kind: 'prefix'; readonly length: number } | { readonly kind: 'regex' };

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
      /** How the alias in force replaces the URI (try_files builds its paths the same way). */
      readonly alias: AliasMode;
      /** The `root`/`alias` line; undefined for the built-in default root `html`. */
      readonly at?: ConfigRef;
    }
  | { readonly kind: 'error'; readonly status: 500; readonly reason: string; readonly at?: ConfigRef };

const NO_ALIAS: AliasMode = { kind: 'none' };

interface RootSetting {
  readonly node?: ConfigNode;
  /** The block that writes it. */
  readonly block?: ConfigNode;
  /** clcf->alias: none for `root`. */
  readonly alias: AliasMode;
}

function rootSetting(chain: readonly ConfigNode[]): RootSetting {
  const blocks = locationSettingBlocks(chain);
  for (let i = blocks.length - 1; i >= 0; i--) {
    for (const child of blocks[i].children ?? []) {
      if (child.name === 'root') return { node: child, block: blocks[i], alias: NO_ALIAS };
      if (child.name === 'alias') {
        const { modifier, name } = locationNameOf(blocks[i]);
        const alias: AliasMode = modifier === '~' || modifier === '~*' ? { kind: 'regex' } : { kind: 'prefix', length: name.length };
        return { node: child, block: blocks[i], alias };
      }
    }
  }
  return { alias: NO_ALIAS };
}

function fullName(prefix: string, path: string): string {
  return path.startsWith('/') ? path : prefix + path;
}

/** ngx_http_map_uri_to_path: root + URI, alias + the URI after the location name, or a regex location's alias alone. */
export function mapUriToPath(input: PathInput): PathMapping {
  const prefix = input.prefix ?? DEBIAN_PREFIX;
  const setting = rootSetting(input.chain);
  if (!setting.node) {
    const root = fullName(prefix, 'html');
    return { kind: 'path', path: root + input.uri, documentRoot: root, alias: NO_ALIAS };
  }
  const written = setting.node.args[0] ?? '';
  const alias = setting.alias;
  if (alias.kind !== 'none' && !input.locationValid) {
    return { kind: 'error', status: 500, reason: '`alias` cannot be used in a location where the URI was rewritten', at: setting.node.at };
  }
  let value = alias.kind === 'none' && written.endsWith('/') ? written.slice(0, -1) : written;
  value = fullName(prefix, value.includes('$') ? input.expand(value) : value);
  const mapped = { kind: 'path', documentRoot: value, alias, at: setting.node.at } as const;
  if (alias.kind === 'regex') return { ...mapped, path: input.addUriToAlias ? value + input.uri : value };
  const cut = alias.kind === 'prefix' ? alias.length : 0;
  return { ...mapped, path: value + input.uri.slice(cut) };
}

/** The index file names in force (`index` lists are replaced, not merged, by an inner block). */
function indexNames(chain: readonly ConfigNode[]): { names: readonly string[]; at?: ConfigRef } {
  const own = directivesInForce(locationSettingBlocks(chain), 'index');
  return own.length ? { names: own.flatMap((n) => n.args), at: own[0].at } : { names: ['index.html'] };
}

function flagOn(chain: readonly ConfigNode[], name: string): boolean {
  return flagInForce(locationSettingBlocks(chain), name, false);
}

function davMethods(chain: readonly ConfigNode[]): readonly string[] {
  const own = directiveInForce(locationSettingBlocks(chain), 'dav_methods');
  return own ? own.args.filter((a) => a !== 'off').map((a) => a.toUpperCase()) : [];
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

  // Nothing else took the request: the static module itself (ngx_http_static_handler).
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
  if (setting.alias.kind === 'prefix' && setting.node && setting.block) {
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
export function documentPath(input: PathInput, name: 'document_root' | 'request_filename'): string | undefined {
  const mapped = mapUriToPath(input);
  if (mapped.kind === 'error') return undefined;
  return name === 'document_root' ? mapped.documentRoot : mapped.path;
}
