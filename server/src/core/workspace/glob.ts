import * as path from 'node:path';
import type { ConfigSource } from './configSource';

export function hasGlob(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** Converts one path segment of a glob(3) pattern to a RegExp (`*`, `?`, `[…]`, `[!…]`). */
function segmentMatcher(segment: string): RegExp {
  let source = '^';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) {
        source += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      if (body.startsWith('!')) body = '^' + body.slice(1);
      source += '[' + body.replace(/\\/g, '\\\\') + ']';
      i = close;
    } else source += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(source + '$');
}

/**
 * Expands an absolute glob the way glob(3) does for nginx and Go's filepath.Glob for Caddy:
 * sorted, `*` does not match a leading dot, only existing files are returned.
 */
export function expandGlob(absolutePattern: string, source: ConfigSource): string[] {
  const root = path.parse(absolutePattern).root;
  const segments = absolutePattern.slice(root.length).split(/[\\/]+/).filter(Boolean);
  let candidates = [root];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const next: string[] = [];
    if (!hasGlob(segment)) {
      for (const dir of candidates) next.push(path.join(dir, segment));
    } else {
      const matcher = segmentMatcher(segment);
      for (const dir of candidates) {
        const entries = source.listFolder(dir);
        if (!entries) continue;
        for (const entry of [...entries].sort()) {
          if (entry.startsWith('.') && !segment.startsWith('.')) continue;
          if (matcher.test(entry)) next.push(path.join(dir, entry));
        }
      }
    }
    candidates = next;
    if (candidates.length === 0) break;
  }
  return candidates.filter((c) => source.isFile(c));
}
