/**
 * File-path completion for arguments that name files or folders (nginx `include`, `root`,
 * `ssl_certificate`; Caddy `import`, `root`): lists the folder being typed through the
 * `ConfigSource`, one path segment at a time.
 */
import * as path from 'node:path';
import type { ConfigSource } from '../workspace/configSource';
import type { CompletionEntry } from './assist';

export interface PathRequest {
  /** The path typed so far, without quotes. */
  readonly typed: string;
  /** Index in the document where `typed` starts. */
  readonly startIndex: number;
  /** Folders a relative path is resolved against; empty: only absolute paths are completed. */
  readonly bases: readonly string[];
  readonly source: ConfigSource;
  /** `folders`: only folders are offered (nginx `root`). */
  readonly want: 'files' | 'folders';
  /** Files with these extensions sort first (`.conf` for an include, `.pem` for a certificate). */
  readonly preferExtensions?: readonly string[];
  /** Also offer `*.ext` for a folder holding such files (nginx `include conf.d/*.conf`). */
  readonly offerGlob?: boolean;
}

/** More entries than this in one folder are not listed: each costs a stat. */
const MAX_ENTRIES = 400;

function folderToList(request: PathRequest, dirPart: string): string | undefined {
  if (path.isAbsolute(dirPart)) return request.source.listFolder(dirPart) ? dirPart : undefined;
  for (const base of request.bases) {
    const folder = path.join(base, dirPart);
    if (request.source.listFolder(folder)) return folder;
  }
  return undefined;
}

export function pathCompletions(request: PathRequest): CompletionEntry[] {
  const { typed, source } = request;
  if (/[*?[]/.test(typed) || typed.includes('$')) return [];
  if (!path.isAbsolute(typed) && request.bases.length === 0) return [];
  const slash = typed.lastIndexOf('/');
  const dirPart = typed.slice(0, slash + 1);
  const namePart = typed.slice(slash + 1);
  const folder = folderToList(request, dirPart || (path.isAbsolute(typed) ? '/' : '.'));
  if (!folder) return [];
  const names = [...(source.listFolder(folder) ?? [])].filter((n) => !n.startsWith('.') || namePart.startsWith('.')).sort();
  const replaceStart = request.startIndex + slash + 1;
  const preferred = request.preferExtensions ?? [];
  const entries: CompletionEntry[] = [];
  let globCandidates = 0;
  for (const name of names.slice(0, MAX_ENTRIES)) {
    const isFile = source.isFile(path.join(folder, name));
    if (isFile && request.want === 'folders') continue;
    const matchesPreference = isFile && preferred.some((ext) => name.endsWith(ext));
    if (matchesPreference) globCandidates++;
    entries.push({
      label: isFile ? name : `${name}/`,
      category: isFile ? 'file' : 'folder',
      insertText: isFile ? name : `${name}/`,
      replaceStart,
      // Folders first (they lead somewhere), then the files the directive wants, then the rest.
      rank: isFile ? (matchesPreference || preferred.length === 0 ? 1 : 2) : 0,
      retrigger: isFile ? undefined : true,
    });
  }
  if (request.offerGlob && globCandidates > 1) {
    for (const ext of preferred) {
      entries.push({ label: `*${ext}`, category: 'file', detail: `every ${ext} file in ${dirPart || './'}`, insertText: `*${ext}`, replaceStart, rank: -1 });
    }
  }
  return entries;
}
