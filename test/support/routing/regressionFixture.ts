/**
 * Regression fixtures (test/fixtures/explain/regressions/*.conf): a minimized config from a
 * disagreement, with a header that carries the request, what the real nginx answered (recorded,
 * never hand-written) and the static files the config's roots need. `@DIR@` stands for the folder
 * the fixture is written into before the explainer reads it.
 *
 *   # regression: <title>
 *   # request: {"method":"GET",...}
 *   # nginx: {"reached":"response","status":404,"block":"L12",...}
 *   # files: www/s0/f.txt www/s0/a/index.html
 *   # folders: www/s0/img
 *   <config>
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Answer } from './compare';
import type { RoutingRequest } from './rawHttp';

export interface RegressionFixture {
  readonly title: string;
  readonly request: RoutingRequest;
  readonly nginx: Answer;
  readonly files: readonly string[];
  readonly folders: readonly string[];
  /** The config with `@DIR@` for the fixture's folder. */
  readonly config: string;
}

export const DIR_PLACEHOLDER = '@DIR@';

export function formatFixture(fixture: RegressionFixture): string {
  return [
    `# regression: ${fixture.title}`,
    `# request: ${JSON.stringify(fixture.request)}`,
    `# nginx: ${JSON.stringify(fixture.nginx)}`,
    `# files: ${fixture.files.join(' ')}`,
    `# folders: ${fixture.folders.join(' ')}`,
    fixture.config.trimEnd(),
    '',
  ].join('\n');
}

export function parseFixture(text: string): RegressionFixture {
  const header = (name: string): string => {
    const m = new RegExp(`^# ${name}: ?(.*)$`, 'm').exec(text);
    if (!m) throw new Error(`fixture without a "# ${name}:" line`);
    return m[1];
  };
  const list = (name: string): string[] => header(name).split(' ').filter((s) => s !== '');
  return {
    title: header('regression'),
    request: JSON.parse(header('request')) as RoutingRequest,
    nginx: JSON.parse(header('nginx')) as Answer,
    files: list('files'),
    folders: list('folders'),
    config: text,
  };
}

/** Writes nginx.conf (header lines kept, so line numbers match the fixture file) and the static files. */
export function materializeFixture(fixture: RegressionFixture, dir: string): string {
  for (const folder of fixture.folders) fs.mkdirSync(path.join(dir, folder), { recursive: true });
  for (const file of fixture.files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), `F ${file.replace(/^www\//, '')}\n`);
  }
  const root = path.join(dir, 'nginx.conf');
  fs.writeFileSync(root, fixture.config.split(DIR_PLACEHOLDER).join(dir));
  return root;
}

/** nginx's recorded answer as it reads for a fixture written into `dir` (answers may show paths, e.g. `$document_root`). */
export function answerAt(fixture: RegressionFixture, dir: string): Answer {
  return JSON.parse(JSON.stringify(fixture.nginx).split(DIR_PLACEHOLDER).join(dir)) as Answer;
}

/** The static files and folders a config's roots and aliases can reach (those of the servers it still names). */
export function staticPathsFor(config: string, files: readonly string[], folders: readonly string[]): { files: string[]; folders: string[] } {
  const servers = new Set([...config.matchAll(/\/www\/(s\d+)/g)].map((m) => m[1]));
  const reachable = (p: string): boolean => servers.has(p.split('/')[1]);
  return { files: files.filter(reachable), folders: folders.filter(reachable) };
}
