import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusDir, corpusVerdicts, type CorpusVerdict } from '../support/corpus';
import { nativeParsers, wasmParsers } from '../support/parse';
import { packs } from '../../server/src/core/dialects/registry';
import { checkConfigs } from '../../server/src/core/workspace/loadConfigs';
import type { ConfigSource } from '../../server/src/core/workspace/configSource';
import { fileSystemSource } from '../../server/src/node/fileSource';
import type { Finding } from '../../server/src/core/model/types';

/**
 * Every nginx file of the shared corpus that `nginx -t` accepted is checked the way the corpus
 * harness ran nginx on it: included by a main config in its conf prefix folder, in the context
 * `wrap_spec.context` names, with `wrap_spec.modules` loaded and the standard files it copied in.
 * nginx accepted all of them, so every error Switchyard reports there is a false positive.
 */

interface WrapSpec {
  readonly context?: string;
  readonly base?: string;
  readonly modules?: readonly string[];
  readonly addEvents?: boolean;
  readonly shims?: readonly { readonly type: string; readonly path?: string; readonly from?: string }[];
}

const WRAPPER_NAME = '__switchyard_corpus_wrapper__.conf';
/** Where the corpus harness kept its copies of the repositories; shim paths point there. */
const HARNESS_REPOS = /^.*\/\.work\/repos\//;

function wrapperText(subject: string, spec: WrapSpec): string {
  const lines = (spec.modules ?? []).map((m) => `load_module /usr/lib/nginx/modules/${m}.so;`);
  const include = `include ${subject};`;
  const nest = (blocks: string[]): string => blocks.reduceRight((body, block) => `${block} {\n${body}\n}`, include);
  switch (spec.context) {
    case 'main':
      lines.push(include);
      if (spec.addEvents) lines.push('events { }');
      break;
    case 'http': lines.push('events { }', nest(['http'])); break;
    case 'server': lines.push('events { }', nest(['http', 'server'])); break;
    case 'location': lines.push('events { }', nest(['http', 'server', 'location /'])); break;
    case 'upstream': lines.push('events { }', nest(['http', 'upstream corpus_upstream'])); break;
    case 'stream': lines.push('events { }', nest(['stream'])); break;
    case 'stream-server': lines.push('events { }', nest(['stream', 'server'])); break;
    case 'mail': lines.push('events { }', nest(['mail'])); break;
    case 'mail-server': lines.push('events { }', nest(['mail', 'server'])); break;
    default: throw new Error(`unknown wrap context ${spec.context}`);
  }
  return lines.join('\n') + '\n';
}

/** The real file system, plus the wrapper and the standard files the harness copied in. */
function wrappedSource(wrapperPath: string, wrapper: string, spec: WrapSpec, corpus: string): ConfigSource {
  const copied = new Map<string, string>();
  for (const shim of spec.shims ?? []) {
    if (shim.type === 'stdfile' && shim.path && shim.from) copied.set(shim.path.replace(HARNESS_REPOS, corpus + '/'), shim.from);
  }
  return {
    readText: (p) => (p === wrapperPath ? wrapper : (fileSystemSource.readText(p) ?? (copied.has(p) ? fileSystemSource.readText(copied.get(p) ?? '') : undefined))),
    listFolder: (p) => fileSystemSource.listFolder(p),
    isFile: (p) => p === wrapperPath || fileSystemSource.isFile(p) || copied.has(p),
  };
}

export interface CorpusCheck {
  readonly verdict: CorpusVerdict;
  readonly findings: readonly Finding[];
}

/** Checks every accepted nginx corpus file in its wrapper. */
export async function checkAcceptedCorpus(): Promise<CorpusCheck[]> {
  const corpus = corpusDir();
  if (!corpus) return [];
  const parsers = nativeParsers() ?? (await wasmParsers());
  const results: CorpusCheck[] = [];
  for (const verdict of corpusVerdicts()) {
    if (verdict.dialect !== 'nginx' || !verdict.accepted) continue;
    const spec = (verdict.wrap_spec ?? {}) as WrapSpec;
    const subject = path.join(corpus, verdict.path);
    if (!fs.existsSync(subject)) continue;
    const repo = verdict.path.split('/')[0];
    const base = path.join(corpus, repo, spec.base ?? path.dirname(verdict.path.slice(repo.length + 1)));
    const wrapperPath = path.join(base, WRAPPER_NAME);
    const wrapper = wrapperText(subject, spec);
    const outcome = checkConfigs([wrapperPath], packs.nginx, parsers, wrappedSource(wrapperPath, wrapper, spec, corpus), { mainConfigs: [wrapperPath] });
    results.push({ verdict, findings: outcome.findings });
  }
  return results;
}

function describe(corpus: string, f: Finding): string {
  return `${path.relative(corpus, f.file)}:${f.span.start.line + 1}:${f.span.start.column + 1} ${f.code} ${f.message}`;
}

let checked: Promise<CorpusCheck[]> | undefined;
function acceptedCorpus(): Promise<CorpusCheck[]> {
  checked ??= checkAcceptedCorpus();
  return checked;
}

test('no error on any nginx file of the corpus that nginx -t accepts', async (t) => {
  const corpus = corpusDir();
  if (!corpus) return t.skip('no shared corpus');
  const results = await acceptedCorpus();
  const errors = results.flatMap((r) => r.findings.filter((f) => f.severity === 'error'));
  const warnings = results.flatMap((r) => r.findings.filter((f) => f.severity === 'warning'));
  const byCode = new Map<string, number>();
  for (const f of errors) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  t.diagnostic(`accepted nginx corpus files checked: ${results.length}; error findings (false positives): ${errors.length}; warnings: ${warnings.length}`);
  for (const [code, n] of byCode) t.diagnostic(`  ${code}: ${n}`);
  for (const f of errors.slice(0, 50)) t.diagnostic(`  ${describe(corpus, f)}`);
  assert.equal(errors.length, 0, errors.map((f) => describe(corpus, f)).join('\n'));
});

test('conflicting server name warnings are the ones nginx -t printed for the accepted corpus', async (t) => {
  if (!corpusDir()) return t.skip('no shared corpus');
  const conflict = /^conflicting server name ".*" on \S+, ignored/;
  const ours: string[] = [];
  const nginx: string[] = [];
  for (const { verdict, findings } of await acceptedCorpus()) {
    for (const f of findings) if (f.code === 'nginx/conflicting-server-name') ours.push(`${verdict.path}: ${conflict.exec(f.message)?.[0]}`);
    for (const w of (verdict as CorpusVerdict & { warnings?: string[] }).warnings ?? []) if (conflict.test(w)) nginx.push(`${verdict.path}: ${conflict.exec(w)?.[0]}`);
  }
  t.diagnostic(`conflicting server name warnings: nginx ${nginx.length}, Switchyard ${ours.length}`);
  assert.deepEqual(ours.sort(), nginx.sort());
});
