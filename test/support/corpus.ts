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
  lenient?: { accepted: boolean } | null;
}

export function corpusVerdicts(): CorpusVerdict[] {
  const dir = corpusDir();
  if (!dir) return [];
  return fs
    .readFileSync(path.join(dir, 'verdicts.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CorpusVerdict);
}

/** The Caddyfile part of a Caddy test file: everything before the first `----------` line. */
export function caddyfilePart(text: string): string {
  const match = /^-{10,}\s*$/m.exec(text);
  return match ? text.slice(0, match.index) : text;
}

export interface CorpusFile {
  path: string;
  absolutePath: string;
  dialect: Dialect;
  accepted: boolean;
  text: string;
}

/** Every corpus file with its text (Caddy test files cut to their Caddyfile part). */
export function corpusFiles(): CorpusFile[] {
  const dir = corpusDir();
  if (!dir) return [];
  return corpusVerdicts().flatMap((v) => {
    const absolutePath = path.join(dir, v.path);
    if (!fs.existsSync(absolutePath)) return [];
    const dialect: Dialect = v.dialect === 'nginx' ? 'nginx' : 'caddy';
    const raw = fs.readFileSync(absolutePath, 'utf8');
    return [{ path: v.path, absolutePath, dialect, accepted: v.accepted, text: dialect === 'caddy' ? caddyfilePart(raw) : raw }];
  });
}
