/**
 * One routing case: a generated config written into its own folder, and the requests to send.
 * Seeds are derived per case, so any case can be regenerated alone from (run seed, case index).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateConfig, type GeneratedConfig } from './configGenerator';
import { hashString } from '../mutations';
import type { RoutingRequest } from './rawHttp';
import { generateRequests } from './requestGenerator';

export interface RoutingCase {
  readonly index: number;
  readonly seed: number;
  readonly dir: string;
  readonly config: GeneratedConfig;
  readonly requests: readonly RoutingRequest[];
}

export function caseSeed(runSeed: number, index: number): number {
  return hashString(`${runSeed}/${index}`);
}

export function makeCase(runSeed: number, index: number, requestsPerCase: number, parentDir: string): RoutingCase {
  return makeCaseIn(runSeed, index, requestsPerCase, path.join(parentDir, `case-${index}`));
}

/** The same case with its home at `dir`: identical lines, root/alias paths pointing into `dir`. */
export function makeCaseIn(runSeed: number, index: number, requestsPerCase: number, dir: string): RoutingCase {
  const seed = caseSeed(runSeed, index);
  const config = generateConfig(seed, dir);
  const requests = generateRequests(config, seed ^ 0x5bd1e995, requestsPerCase);
  return { index, seed, dir, config, requests };
}

export function writeCase(routingCase: RoutingCase): void {
  fs.mkdirSync(path.join(routingCase.dir, 'logs'), { recursive: true });
  for (const folder of routingCase.config.folders) fs.mkdirSync(path.join(routingCase.dir, folder), { recursive: true });
  for (const file of routingCase.config.files) {
    const at = path.join(routingCase.dir, file.path);
    fs.mkdirSync(path.dirname(at), { recursive: true });
    fs.writeFileSync(at, file.content, 'latin1');
  }
}

export function removeCase(routingCase: RoutingCase): void {
  fs.rmSync(routingCase.dir, { recursive: true, force: true });
}
