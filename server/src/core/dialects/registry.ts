import * as path from 'node:path';
import type { Dialect } from '../model/types';
import type { DialectPack } from './pack';
import { nginxPack } from './nginx/pack';
import { caddyPack } from './caddy/pack';

export const packs: Readonly<Record<Dialect, DialectPack>> = { nginx: nginxPack, caddy: caddyPack };

export function packForLanguageId(languageId: string): DialectPack | undefined {
  return Object.values(packs).find((p) => p.languageId === languageId);
}

const NGINX_FOLDERS = new Set(['nginx', 'sites-available', 'sites-enabled', 'conf.d', 'snippets']);

/** The dialect a path implies, following the same associations as the VS Code manifest. */
export function dialectForPath(filePath: string): Dialect | undefined {
  const base = path.basename(filePath);
  const lower = base.toLowerCase();
  if (base === 'Caddyfile' || base.startsWith('Caddyfile.') || lower.endsWith('.caddyfile')) return 'caddy';
  if (base === 'nginx.conf' || lower.endsWith('.nginx') || lower.endsWith('.nginxconf') || lower.endsWith('.conf.j2') || lower.endsWith('.conf.template')) return 'nginx';
  if (lower.endsWith('.conf')) {
    const folders = path.dirname(path.resolve(filePath)).split(path.sep);
    if (folders.some((f) => NGINX_FOLDERS.has(f))) return 'nginx';
  }
  return undefined;
}

/** A guess from content, for files whose name says nothing (e.g. `site.conf` in a random folder). */
export function dialectFromContent(text: string): Dialect {
  const head = text.slice(0, 4096);
  if (/(^|[;{}\s])(server|http|events|location|upstream|worker_processes)\b[^\n]*[;{]/.test(head) && /;\s*($|#|\})/m.test(head)) return 'nginx';
  if (/^\s*(reverse_proxy|file_server|encode|root|tls|import|handle|respond)\b/m.test(head) || /^\s*[\w.*-]*:\d+\s*\{?\s*$/m.test(head) || /^\s*\([\w-]+\)\s*\{/m.test(head)) return 'caddy';
  return 'nginx';
}
