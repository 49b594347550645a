// The shared corpus: real nginx and Caddy configurations with the verdict of the real server on
// each (verdicts.jsonl). This module is the one place that finds the corpus, reads the verdicts
// and cuts Caddy multi-part test files down to their Caddyfile.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Dialect } from '../../server/src/core/model/types';

/** The shared corpus folder (`<repo>/../shared/corpus`, or $SWITCHYARD_CORPUS), if present. */
export function corpusDir(): string | undefined {
  const candidates = [process.env.SWITCHYARD_CORPUS, path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus')];
  return candidates.find((c): c is string => !!c && fs.existsSync(path.join(c, 'verdicts.jsonl')));
}

export interface CorpusVerdict {
  path: string;
  dialect: string;
  accepted: boolean;
  kind?: string;
  error?: string | null;
  error_line?: number | null;
  error_file?: string | null;
  wrap_spec?: { context?: string; base?: string; modules?: string[] };
  /** The verdict once the file is wrapped in its context, with stubs for what it uses from elsewhere. */
  lenient?: { accepted?: boolean } | null;
}

/** Every line of verdicts.jsonl (paths are relative to the corpus folder); none without a corpus. */
export function corpusVerdicts(): CorpusVerdict[] {
  const dir = corpusDir();
  if (!dir) return [];
  return fs
    .readFileSync(path.join(dir, 'verdicts.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusVerdict);
}

/** The dialect of a verdict (`nginx`, `caddyfile`/`caddy`), or undefined for any other. */
function dialectOf(v: CorpusVerdict): Dialect | undefined {
  if (v.dialect === 'nginx') return 'nginx';
  if (v.dialect === 'caddyfile' || v.dialect === 'caddy') return 'caddy';
  return undefined;
}

/**
 * Caddy adapt tests (`.caddyfiletest`, `.caddytest`) and caddy-docker-proxy's multi-part `.txt`
 * tests hold the Caddyfile only before their first `----------` line.
 */
export function isMultiPartTest(v: Pick<CorpusVerdict, 'path' | 'kind'>): boolean {
  return v.kind === 'adapt-test' || v.kind === 'multi-part-test' || /\.caddy(file)?test$/.test(v.path);
}

/** The Caddyfile part of a Caddy test file: everything before the first `----------` line. */
export function caddyfilePart(text: string): string {
  const match = /^-{10,}[ \t\r]*$/m.exec(text);
  return match ? text.slice(0, match.index) : text;
}

/**
 * How the real server judged a file: `accepted` as it stands, `lenient` accepted only once wrapped
 * in its context with stubs (nginx fragments), `rejected` otherwise.
 */
export type CorpusTier = 'accepted' | 'lenient' | 'rejected';

export interface CorpusFile {
  path: string;
  absolutePath: string;
  dialect: Dialect;
  accepted: boolean;
  tier: CorpusTier;
  text: string;
}

/**
 * Every corpus file of a dialect (of both when none is given) with its text, in verdicts.jsonl
 * order; Caddy multi-part test files are cut to their Caddyfile part. None without a corpus.
 */
export function corpusFiles(only?: Dialect): CorpusFile[] {
  const dir = corpusDir();
  if (!dir) return [];
  return corpusVerdicts().flatMap((v) => {
    const dialect = dialectOf(v);
    if (!dialect || (only && dialect !== only)) return [];
    const absolutePath = path.join(dir, v.path);
    if (!fs.existsSync(absolutePath)) return [];
    const raw = fs.readFileSync(absolutePath, 'utf8');
    const text = dialect === 'caddy' && isMultiPartTest(v) ? caddyfilePart(raw) : raw;
    const tier: CorpusTier = v.accepted ? 'accepted' : v.lenient?.accepted === true ? 'lenient' : 'rejected';
    return [{ path: v.path, absolutePath, dialect, accepted: v.accepted, tier, text }];
  });
}

/** Files split by tier, each group in the order given. */
export function byTier<T extends { readonly tier: CorpusTier }>(files: readonly T[]): Record<CorpusTier, T[]> {
  const groups: Record<CorpusTier, T[]> = { accepted: [], lenient: [], rejected: [] };
  for (const file of files) groups[file.tier].push(file);
  return groups;
}
