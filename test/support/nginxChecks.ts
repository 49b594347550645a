/** Helpers for the nginx directive-check tests: configurations written inline, checked in memory. */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { wasmParsers } from './parse';
import { packs } from '../../server/src/core/dialects/registry';
import { checkConfigs, type CheckConfigsOptions } from '../../server/src/core/workspace/loadConfigs';
import type { ConfigSource } from '../../server/src/core/workspace/configSource';
import type { Finding } from '../../server/src/core/model/types';
import type { CheckFinding } from '../../server/src/core/analysis/directiveChecks';

/** Files held in memory, for configurations written inline in a test. */
export function memorySource(files: Record<string, string>): ConfigSource {
  return {
    readText: (p) => files[p],
    listFolder: (p) => {
      const names = Object.keys(files)
        .filter((f) => path.dirname(f) === p)
        .map((f) => path.basename(f));
      return names.length ? names : undefined;
    },
    isFile: (p) => p in files,
  };
}

export const MAIN = '/virtual/nginx.conf';

/** Checks `files` (the first one is the main configuration, read in the main context). */
export async function check(files: Record<string, string>, options: Omit<CheckConfigsOptions, 'mainConfigs'> = {}): Promise<CheckFinding[]> {
  const [main] = Object.keys(files);
  const outcome = checkConfigs([main], packs.nginx, await wasmParsers(), memorySource(files), { ...options, mainConfigs: [main] });
  return outcome.findings.filter((f) => !f.code.startsWith('syntax/'));
}

/** Checks an http block's body (with `events {}` around it, as a main configuration). */
export function checkHttp(body: string, options: Omit<CheckConfigsOptions, 'mainConfigs'> = {}): Promise<CheckFinding[]> {
  return check({ [MAIN]: `events {}\nhttp {\n${body}\n}\n` }, options);
}

export function codes(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.code);
}

export function only(findings: readonly CheckFinding[], code: string): CheckFinding {
  const matching = findings.filter((f) => f.code === code);
  assert.equal(matching.length, 1, `expected one ${code}, got: ${findings.map((f) => `${f.code} ${f.message}`).join(' | ') || 'nothing'}`);
  return matching[0];
}

/** Line (1-based) and the text a finding's range covers in `text`. */
export function located(finding: Finding, text: string): { line: number; text: string } {
  return { line: finding.span.start.line + 1, text: text.slice(finding.span.startIndex, finding.span.endIndex) };
}
