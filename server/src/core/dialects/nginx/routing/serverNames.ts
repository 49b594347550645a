/**
 * `server_name` as nginx reads it (ngx_http_core_server_name) and the per address:port name index
 * it builds (ngx_http_server_names + ngx_hash_add_key): exact names, `*.example.com` and
 * `.example.com` (longest suffix wins), `www.example.*` (longest prefix wins), then regexes in
 * configuration order. Also the "conflicting server name ... ignored" rule, which drops a later
 * name that collides with an earlier one on the same address:port.
 */
import type { ConfigRef } from '../../../analysis/explain/types';
import type { ConfigNode } from './configTree';
import { asciiLower } from './hostHeader';
import { compileNginxRegex, isRegexError, type Captures, type CompiledRegex } from './pcre';

export type ServerNameKind =
  /** `example.com`, or `""`. */
  | 'exact'
  /** `.example.com`: example.com itself and every name under it. */
  | 'dotWildcard'
  /** `*.example.com`: names under example.com only. */
  | 'headWildcard'
  /** `www.example.*`. */
  | 'tailWildcard'
  /** `~pattern`. */
  | 'regex'
  /** A name with `*` elsewhere, `**` or `..`: nginx refuses it once it has to hash it. */
  | 'invalid';

export interface ServerName {
  /** As nginx keeps it: lowercased (regexes as written, with the `~`). */
  readonly text: string;
  readonly kind: ServerNameKind;
  /** For wildcards: the fixed part (`example.com` of `*.example.com`, `www.example` of `www.example.*`). */
  readonly stem: string;
  readonly regex?: CompiledRegex;
  /** The regex could not be compiled (nginx would refuse it, or the explainer cannot reproduce it). */
  readonly regexError?: string;
  readonly at: ConfigRef;
}

export interface ParsedServerNames {
  readonly names: ServerName[];
  /** nginx refuses the configuration. */
  readonly errors: string[];
  readonly warnings: string[];
}

/** Every name of one `server_name` directive. */
export function parseServerNameDirective(node: ConfigNode, hostname: string): ParsedServerNames {
  const names: ServerName[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const value of node.args) {
    const first = value[0];
    if ((first === '*' && (value.length < 3 || value[1] !== '.')) || (first === '.' && value.length < 2)) {
      errors.push(`server name "${value}" is invalid (${where(node.at)})`);
      continue;
    }
    if (value.includes('/')) warnings.push(`server name "${value}" has suspicious symbols (${where(node.at)})`);
    if (value.toLowerCase() === '$hostname') {
      names.push(plainName(hostname.toLowerCase(), node.at));
      continue;
    }
    if (first !== '~') {
      names.push(plainName(asciiLower(value), node.at));
      continue;
    }
    if (value.length === 1) {
      errors.push(`empty regex in server name "${value}" (${where(node.at)})`);
      continue;
    }
    const pattern = value.slice(1);
    // nginx makes the regex caseless when the pattern holds any A-Z, escapes included.
    const caseless = /[A-Z]/.test(pattern);
    const compiled = compileNginxRegex(pattern, caseless);
    if (isRegexError(compiled)) {
      // PCRE itself refusing the pattern stops nginx; a pattern only the explainer cannot run does not.
      if (compiled.error.startsWith('pcre2_compile() failed')) errors.push(`${compiled.error} (${where(node.at)})`);
      else warnings.push(`server name regex "${pattern}" cannot be evaluated by the explainer: ${compiled.error} (${where(node.at)})`);
      names.push({ text: value, kind: 'regex', stem: pattern, regexError: compiled.error, at: node.at });
    } else {
      names.push({ text: value, kind: 'regex', stem: pattern, regex: compiled, at: node.at });
    }
  }
  return { names, errors, warnings };
}

function plainName(text: string, at: ConfigRef): ServerName {
  return { text, ...classify(text), at };
}

/** ngx_hash_add_key's reading of a name (with NGX_HASH_WILDCARD_KEY). */
function classify(name: string): { kind: ServerNameKind; stem: string } {
  const stars = name.split('*').length - 1;
  if (stars > 1 || name.includes('..') || name.includes('\0')) return { kind: 'invalid', stem: name };
  if (name.length > 1 && name[0] === '.') return { kind: 'dotWildcard', stem: name.slice(1) };
  if (name.length > 2 && name.startsWith('*.')) return { kind: 'headWildcard', stem: name.slice(2) };
  if (name.length > 2 && name.endsWith('.*')) return { kind: 'tailWildcard', stem: name.slice(0, -2) };
  if (stars > 0) return { kind: 'invalid', stem: name };
  return { kind: 'exact', stem: name };
}

function where(at: ConfigRef): string {
  return `${at.file}:${at.line}`;
}

/** The name nginx uses for `$host` when the request names none: the first name, without a leading dot. */
export function primaryServerName(names: readonly ServerName[]): string {
  const first = names[0];
  if (!first) return '';
  if (first.kind === 'regex') return first.text;
  return first.text.startsWith('.') ? first.text.slice(1) : first.text;
}

// ---------------------------------------------------------------------------------------------
// The name index of one address:port

export interface NameEntry<S> {
  readonly server: S;
  readonly name: ServerName;
}

export interface NameIndex<S> {
  readonly exact: ReadonlyMap<string, NameEntry<S>>;
  /** `*.stem` and `.stem` by stem. */
  readonly head: ReadonlyMap<string, NameEntry<S>>;
  /** `stem.*` by stem. */
  readonly tail: ReadonlyMap<string, NameEntry<S>>;
  readonly regexes: readonly NameEntry<S>[];
  /** Names dropped as "conflicting server name", by the name that kept the place. */
  readonly ignored: ReadonlyMap<NameEntry<S>, readonly NameEntry<S>[]>;
}

export interface NameIndexBuild<S> {
  readonly index: NameIndex<S>;
  readonly warnings: string[];
  readonly errors: string[];
}

/**
 * Indexes the names of `servers` (in the order they listen on the address) the way nginx hashes
 * them, including its conflict rules: `.example.com` also reserves the exact name `example.com`
 * (even when the wildcard half is then rejected), and `*.example.com` and `.example.com` collide.
 */
export function buildNameIndex<S>(
  servers: readonly S[],
  namesOf: (server: S) => readonly ServerName[],
  addressText: string,
  bucketSize = 64,
): NameIndexBuild<S> {
  const exact = new Map<string, NameEntry<S>>();
  const head = new Map<string, NameEntry<S>>();
  const tail = new Map<string, NameEntry<S>>();
  const regexes: NameEntry<S>[] = [];
  const exactKeys = new Set<string>();
  const headKeys = new Set<string>();
  const tailKeys = new Set<string>();
  const warnings: string[] = [];
  const errors: string[] = [];
  const ignored = new Map<NameEntry<S>, NameEntry<S>[]>();
  let current: NameEntry<S> | undefined;
  const conflict = (name: ServerName, winner?: NameEntry<S>) => {
    warnings.push(`conflicting server name "${name.text}" on ${addressText}, ignored (${where(name.at)})`);
    if (winner && current) ignored.set(winner, [...(ignored.get(winner) ?? []), current]);
  };

  for (const server of servers) {
    for (const name of namesOf(server)) {
      const entry = { server, name };
      current = entry;
      switch (name.kind) {
        case 'regex':
          regexes.push(entry);
          break;
        case 'invalid':
          errors.push(`invalid server name or wildcard "${name.text}" on ${addressText} (${where(name.at)})`);
          break;
        case 'exact':
          if (exactKeys.has(name.stem)) conflict(name, exact.get(name.stem) ?? head.get(name.stem));
          else {
            exactKeys.add(name.stem);
            exact.set(name.stem, entry);
          }
          break;
        case 'dotWildcard':
          if (exactKeys.has(name.stem)) {
            conflict(name, exact.get(name.stem) ?? head.get(name.stem));
            break;
          }
          exactKeys.add(name.stem);
          if (headKeys.has(name.stem)) conflict(name, head.get(name.stem));
          else {
            headKeys.add(name.stem);
            head.set(name.stem, entry);
          }
          break;
        case 'headWildcard':
          if (headKeys.has(name.stem)) conflict(name, head.get(name.stem));
          else {
            headKeys.add(name.stem);
            head.set(name.stem, entry);
          }
          break;
        case 'tailWildcard':
          if (tailKeys.has(name.stem)) conflict(name, tail.get(name.stem));
          else {
            tailKeys.add(name.stem);
            tail.set(name.stem, entry);
          }
          break;
      }
    }
  }
  // ngx_hash_init: every key (an exact name, or one label of a wildcard) must fit a bucket.
  const fits = (key: string) => 8 + align8(key.length + 2) + 8 <= bucketSize;
  const wildcardLabels = [...head.keys(), ...tail.keys()].flatMap((stem) => stem.split('.'));
  const tooLong = [...exact.keys(), ...wildcardLabels].find((key) => !fits(key));
  if (tooLong !== undefined) {
    errors.push(`could not build server_names_hash, you should increase server_names_hash_bucket_size: ${bucketSize} ("${tooLong}" on ${addressText} is too long)`);
  }
  return { index: { exact, head, tail, regexes, ignored }, warnings, errors };
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

export type NameMatch<S> =
  | { readonly kind: 'exact' | 'headWildcard' | 'tailWildcard'; readonly entry: NameEntry<S> }
  | { readonly kind: 'regex'; readonly entry: NameEntry<S>; readonly captures: Captures }
  /** A regex the explainer cannot run was reached before any match: the answer is unknown. */
  | { readonly kind: 'unknown'; readonly entry: NameEntry<S> };

/** ngx_http_find_virtual_server: exact, then `*.`/`.` suffix (longest), then `.*` prefix (longest), then regexes. */
export function findServerByName<S>(index: NameIndex<S>, host: string): NameMatch<S> | undefined {
  const exact = index.exact.get(host);
  if (exact) return { kind: 'exact', entry: exact };
  if (host.length === 0) return undefined;

  if (index.head.size > 0) {
    const bare = index.head.get(host);
    if (bare && bare.name.kind === 'dotWildcard') return { kind: 'headWildcard', entry: bare };
    for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
      const entry = index.head.get(host.slice(dot + 1));
      if (entry) return { kind: 'headWildcard', entry };
    }
  }
  if (index.tail.size > 0) {
    for (let dot = host.lastIndexOf('.'); dot > 0; dot = host.lastIndexOf('.', dot - 1)) {
      const entry = index.tail.get(host.slice(0, dot));
      if (entry) return { kind: 'tailWildcard', entry };
    }
  }
  for (const entry of index.regexes) {
    const regex = entry.name.regex;
    if (!regex) return { kind: 'unknown', entry };
    const captures = regex.exec(host);
    if (captures) return { kind: 'regex', entry, captures };
  }
  return undefined;
}
