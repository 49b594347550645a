import { fileURLToPath, pathToFileURL } from 'node:url';

/** file: URIs ↔ paths; other schemes (untitled:) keep their URI as the "path". */
export const URI = {
  toPath(uri: string): string {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  },
  fromPath(filePath: string): string {
    return filePath.startsWith('/') || /^[A-Za-z]:[\\/]/.test(filePath) ? pathToFileURL(filePath).href : filePath;
  },
};
