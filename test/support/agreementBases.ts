/**
 * The configs the nginx agreement test starts from, and the main config that wraps each one:
 * Switchyard's own fixtures (test/fixtures/nginx-agreement/) and the shared corpus's nginx files
 * that nginx accepted, wrapped the way the corpus's `verdicts.jsonl` says (`wrap_spec`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusDir, corpusVerdicts, type CorpusVerdict } from './corpus';
import { fixturesDir } from './parse';
import type { WrapContext } from './mutations';

/** A definition the corpus's lenient tier adds to the wrapper's http block. */
export interface Stub {
  readonly type: 'log_format' | 'variable' | 'cache_zone' | 'req_zone' | 'conn_zone';
  readonly name: string;
}

export interface AgreementBase {
  /** `fixture:<name>` or the corpus path. */
  readonly id: string;
  readonly source: 'fixture' | 'corpus';
  readonly text: string;
  readonly context: WrapContext;
  /** Dynamic modules to load, by .so name without extension (e.g. ngx_stream_module). */
  readonly modules: readonly string[];
  /** A complete config without `events {}`: the wrapper adds one after it. */
  readonly addEvents: boolean;
  readonly stubs: readonly Stub[];
}

export const agreementFixturesDir = path.join(fixturesDir, 'nginx-agreement');
export const MODULES_DIR = '/usr/lib/nginx/modules';
/** The file name of the config under test inside a case folder; the wrapper is nginx.conf. */
export const SUBJECT = 'subject.conf';

const WRAP_CONTEXTS: readonly WrapContext[] = ['main', 'http', 'server', 'location', 'upstream', 'stream', 'stream-server', 'mail', 'mail-server'];

/**
 * A fixture says how it is wrapped in its first line:
 *   # agreement: context=http modules=ngx_stream_module,ngx_mail_module
 * (default: context=main, no modules).
 */
export function fixtureBases(): AgreementBase[] {
  if (!fs.existsSync(agreementFixturesDir)) return [];
  return fs
    .readdirSync(agreementFixturesDir)
    .filter((f) => f.endsWith('.conf'))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(agreementFixturesDir, name), 'utf8');
      const header = /^#\s*agreement:(.*)$/m.exec(text.split('\n', 1)[0])?.[1] ?? '';
      const field = (key: string): string | undefined => new RegExp(`\\b${key}=(\\S+)`).exec(header)?.[1];
      const context = (field('context') ?? 'main') as WrapContext;
      if (!WRAP_CONTEXTS.includes(context)) throw new Error(`${name}: unknown context '${context}'`);
      return { id: `fixture:${name}`, source: 'fixture' as const, text, context, modules: field('modules')?.split(',') ?? [], addEvents: false, stubs: [] };
    });
}

const STUB_TYPES = new Set<Stub['type']>(['log_format', 'variable', 'cache_zone', 'req_zone', 'conn_zone']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

function readUtf8(file: string): string | undefined {
  try {
    return utf8.decode(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

interface CorpusWrap {
  readonly context?: string;
  readonly modules?: readonly string[];
  readonly addEvents?: boolean;
  readonly shims?: readonly unknown[];
  readonly stubs?: readonly { readonly type: string; readonly name: string }[];
}

/** The wrap that made nginx accept the file: the strict one, else the lenient tier's stubs. */
function acceptedWrap(v: CorpusVerdict): CorpusWrap | undefined {
  const lenient = (v as CorpusVerdict & { lenient?: { accepted: boolean; wrap_spec?: CorpusWrap } | null }).lenient;
  const wrap: CorpusWrap | undefined = v.accepted ? v.wrap_spec : lenient?.accepted ? lenient.wrap_spec : undefined;
  if (!wrap || (wrap.shims?.length ?? 0) > 0) return undefined;
  if (!(wrap.stubs ?? []).every((s) => STUB_TYPES.has(s.type as Stub['type']))) return undefined;
  return wrap;
}

/**
 * Corpus nginx files nginx accepted, that stand alone in a temp folder: no relative includes (the
 * file is copied alone), no environment shims (certificates, users …), and no Lua blocks (the
 * test's own nginx lexer does not read Lua). nginx has the last word: the run keeps only those it
 * accepts in this test's wrapper.
 */
export function corpusBases(): AgreementBase[] {
  const dir = corpusDir();
  if (!dir) return [];
  return corpusVerdicts().flatMap((v) => {
    const extra = v as CorpusVerdict & { relative_includes?: number };
    if (v.dialect !== 'nginx' || (extra.relative_includes ?? 0) > 0) return [];
    const wrap = acceptedWrap(v);
    const context = (wrap?.context ?? '') as WrapContext;
    if (!wrap || !WRAP_CONTEXTS.includes(context)) return [];
    const text = readUtf8(path.join(dir, v.path));
    if (text === undefined || /_lua_block\b/.test(text)) return [];
    const stubs = (wrap.stubs ?? []).map((s) => ({ type: s.type as Stub['type'], name: s.name }));
    return [{ id: v.path, source: 'corpus' as const, text, context, modules: wrap.modules ?? [], addEvents: wrap.addEvents ?? false, stubs }];
  });
}

/** Modules another module needs loaded first. */
const MODULE_NEEDS: Readonly<Record<string, readonly string[]>> = {
  ngx_http_lua_module: ['ndk_http_module'],
  ngx_stream_geoip2_module: ['ngx_stream_module'],
};

function stubLine(stub: Stub): string {
  switch (stub.type) {
    case 'log_format': return `log_format ${stub.name} '$remote_addr';`;
    case 'variable': return `map $host $${stub.name} { default ""; }`;
    case 'cache_zone': return `proxy_cache_path cache/${stub.name} keys_zone=${stub.name}:1m;`;
    case 'req_zone': return `limit_req_zone $binary_remote_addr zone=${stub.name}:1m rate=1r/s;`;
    case 'conn_zone': return `limit_conn_zone $binary_remote_addr zone=${stub.name}:1m;`;
  }
}

/**
 * The main config of a case folder: loads the modules, includes SUBJECT in its context, keeps pid
 * and logs inside the folder (relative paths resolve against the prefix, `-p DIR/`).
 */
export function wrapperText(base: AgreementBase): string {
  const modules = [...new Set(base.modules.flatMap((m) => [...(MODULE_NEEDS[m] ?? []), m]))];
  const lines = modules.map((m) => `load_module ${MODULES_DIR}/${m}.so;`);
  const include = `include ${SUBJECT};`;
  if (base.context === 'main') {
    lines.push(include);
    if (base.addEvents) lines.push('events { }');
    return lines.join('\n') + '\n';
  }
  lines.push('pid nginx.pid;', 'error_log logs/error.log;', 'events { }');
  const stubs = base.stubs.map(stubLine);
  const nest = (outer: string[], inner: string): string => outer.reduceRight((body, block) => `${block} {\n${body}\n}`, inner);
  const httpStubs = stubs.length ? stubs.join('\n') + '\n' : '';
  switch (base.context) {
    case 'http': lines.push(`http {\n${httpStubs}${include}\n}`); break;
    case 'server': lines.push(`http {\n${httpStubs}${nest(['server'], include)}\n}`); break;
    case 'location': lines.push(`http {\n${httpStubs}${nest(['server', 'location /'], include)}\n}`); break;
    case 'upstream': lines.push(`http {\n${httpStubs}${nest(['upstream agreement_upstream'], include)}\n}`); break;
    case 'stream': lines.push(nest(['stream'], include)); break;
    case 'stream-server': lines.push(nest(['stream', 'server'], include)); break;
    case 'mail': lines.push(nest(['mail'], include)); break;
    case 'mail-server': lines.push(nest(['mail', 'server'], include)); break;
  }
  return lines.join('\n') + '\n';
}
