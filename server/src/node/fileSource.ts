import * as fs from 'node:fs';
import type { ConfigSource } from '../core/workspace/configSource';

/** Why a file cannot be read as a configuration. */
export class UnreadableConfigError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as configuration text; refuses folders, binary files and invalid UTF-8. */
export function readConfigText(filePath: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new UnreadableConfigError(`${filePath}: no such file`);
  }
  if (stat.isDirectory()) throw new UnreadableConfigError(`${filePath}: is a directory, not a configuration file`);
  if (!stat.isFile()) throw new UnreadableConfigError(`${filePath}: not a regular file`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (error) {
    throw new UnreadableConfigError(`${filePath}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.includes(0)) throw new UnreadableConfigError(`${filePath}: binary file (contains NUL bytes), not a configuration file`);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new UnreadableConfigError(`${filePath}: not valid UTF-8 text`);
  }
}

/** The real file system as a ConfigSource; unreadable files read as missing. */
export const fileSystemSource: ConfigSource = {
  readText(filePath: string): string | undefined {
    try {
      return readConfigText(filePath);
    } catch {
      return undefined;
    }
  },
  listFolder(folder: string): readonly string[] | undefined {
    try {
      return fs.readdirSync(folder);
    } catch {
      return undefined;
    }
  },
  isFile(filePath: string): boolean {
    try {
      return fs.statSync(filePath).isFile();
    } catch {
      return false;
    }
  },
};
