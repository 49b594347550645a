/**
 * Spreads a generated config over several files the way real setups do (`include sites/*.conf;`
 * or one `include` per file), so the explainer's include handling and nginx's glob order (sorted
 * names, not the order servers were written) are tested too. Block places move with their lines.
 */
import type { GeneratedFile } from './configGenerator';
import { placeKey, type BlockInfo } from './configText';
import type { Draw } from './random';

export interface Layout {
  readonly files: GeneratedFile[];
  readonly blocks: BlockInfo[];
  readonly aliases: Map<string, string>;
}

const MAIN = 'nginx.conf';

export function singleFileLayout(text: string, blocks: readonly BlockInfo[], aliases: ReadonlyMap<number, string>): Layout {
  return { files: [{ path: MAIN, content: text }], blocks: [...blocks], aliases: new Map([...aliases].map(([line, id]) => [placeKey(MAIN, line), id])) };
}

/** `servers`: the 1-based [first, last] lines of each server block in `text`. */
export function splitIntoIncludes(draw: Draw, text: string, blocks: readonly BlockInfo[], aliases: ReadonlyMap<number, string>, servers: readonly (readonly [number, number])[]): Layout {
  let moved = servers.map((_, i) => i).filter(() => draw.chance(0.5));
  if (moved.length === 0) moved = [draw.int(0, servers.length - 1)];
  // Letters in front of the names make the glob order differ from the order the servers were written in.
  const names = new Map(moved.map((i) => [i, `${draw.pick(['a', 'b', 'c', 'd'])}-s${i}.conf`]));
  const glob = draw.chance(0.5);
  const old = text.split('\n');
  const main: string[] = [];
  const includeFiles = new Map<string, string[]>();
  const place = new Map<number, { file: string; line: number }>();
  let globWritten = false;
  for (let n = 1; n <= old.length; n++) {
    const server = servers.findIndex(([first]) => first === n);
    const name = names.get(server);
    if (server >= 0 && name !== undefined) {
      const [first, last] = servers[server];
      if (!glob) main.push(`    include sites/${name};`);
      else if (!globWritten) main.push('    include sites/*.conf;');
      globWritten = true;
      const file = `sites/${name}`;
      const body = old.slice(first - 1, last).map((l) => l.replace(/^ {4}/, ''));
      includeFiles.set(file, body);
      for (let k = first; k <= last; k++) place.set(k, { file, line: k - first + 1 });
      n = last;
      continue;
    }
    main.push(old[n - 1]);
    place.set(n, { file: MAIN, line: main.length });
  }
  const moveBlock = (b: BlockInfo): BlockInfo => ({ ...b, ...place.get(b.line)! });
  return {
    files: [{ path: MAIN, content: main.join('\n') }, ...[...includeFiles].map(([file, body]) => ({ path: file, content: body.join('\n') + '\n' }))],
    blocks: blocks.map(moveBlock),
    aliases: new Map([...aliases].map(([line, id]) => {
      const at = place.get(line)!;
      return [placeKey(at.file, at.line), id];
    })),
  };
}

/** The main file with every `include` replaced by the file(s) it names (glob matches sorted), for one-file fixtures. */
export function flattenIncludes(text: string, readFile: (relative: string) => string | undefined, listFolder: (relative: string) => readonly string[]): string {
  return text.split('\n').flatMap((line) => {
    const include = /^(\s*)include (\S+);$/.exec(line);
    if (!include) return [line];
    const [, indent, target] = include;
    const folder = target.includes('/') ? target.slice(0, target.lastIndexOf('/')) : '.';
    const pattern = new RegExp(`^${target.slice(folder.length + 1).replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
    const names = target.includes('*') ? [...listFolder(folder)].filter((n) => pattern.test(n)).sort() : [target.slice(folder.length + 1)];
    return names.flatMap((name) => (readFile(`${folder}/${name}`) ?? '').replace(/\n$/, '').split('\n').map((l) => indent + l));
  }).join('\n');
}
