import * as fs from 'node:fs';
import type { FileProbe } from '../core/analysis/explain/types';

/**
 * The real file system for the explainer's `files: 'fs'` mode. Paths come from the explainer as
 * latin1 strings (one char per byte of the decoded URI), so they are turned back into those bytes;
 * a path with wider characters (from a non-ASCII `root`) is taken as text.
 */
function pathBytes(filePath: string): Buffer | string {
  return /^[\x00-\xff]*$/.test(filePath) ? Buffer.from(filePath, 'latin1') : filePath;
}

function statOf(filePath: string): fs.Stats | undefined {
  try {
    return fs.statSync(pathBytes(filePath));
  } catch {
    return undefined;
  }
}

export const fileSystemProbe: FileProbe = {
  isFile: (filePath) => statOf(filePath)?.isFile() ?? false,
  isDirectory: (filePath) => statOf(filePath)?.isDirectory() ?? false,
};
