import * as path from 'node:path';
import { dialectForPath, dialectFromContent, packs } from '../../core/dialects/registry';
import type { DialectPack } from '../../core/dialects/pack';
import type { Dialect } from '../../core/model/types';
import { readConfigText } from '../../node/fileSource';
import { UsageError } from '../args';

/** Validates each input file (exit 2 on the first unusable one) and decides its dialect. */
export function resolveInputs(files: readonly string[], dialectOption: string | true | undefined): { file: string; pack: DialectPack }[] {
  if (files.length === 0) throw new UsageError('no FILE given');
  if (dialectOption !== undefined && dialectOption !== 'nginx' && dialectOption !== 'caddy') {
    throw new UsageError(`--dialect must be nginx or caddy, not '${String(dialectOption)}'`);
  }
  return files.map((f) => {
    const file = path.resolve(f);
    const text = readConfigText(file);
    const dialect: Dialect = (dialectOption as Dialect | undefined) ?? dialectForPath(file) ?? dialectFromContent(text);
    return { file, pack: packs[dialect] };
  });
}
