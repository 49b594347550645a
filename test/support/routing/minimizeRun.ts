/**
 * Minimizes disagreements kept as repro folders (routingReport.ts writes them: nginx.conf, the
 * static files, repro.json) into regression fixture candidates, a few per kind:
 * `<outDir>/<kind>-s<seed>-c<case>-r<request>.conf` in the format of regressionFixture.ts, ready to
 * be named and moved into test/fixtures/explain/regressions/. Mode 'disagreement' keeps what still
 * disagrees; mode 'nginx-answer' pins nginx's recorded answer (for disagreements since fixed).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Answer } from './compare';
import { ExplainerSide } from './explainerSide';
import { flattenIncludes } from './includeLayout';
import { minimizeDisagreement } from './minimize';
import { NginxRoutingOracle } from './nginxRouting';
import { DIR_PLACEHOLDER, formatFixture, staticPathsFor } from './regressionFixture';
import type { Disagreement } from './routingAgreement';
import { groupBySignature } from './routingReport';

export interface MinimizedCandidate {
  readonly file: string;
  readonly signature: string;
  readonly lines: number;
}

interface ReproEntry {
  readonly reproDir: string;
  readonly disagreement: Disagreement;
}

export function readRepros(reproDirs: readonly string[]): ReproEntry[] {
  return reproDirs.flatMap((reproDir) => {
    const file = path.join(reproDir, 'repro.json');
    if (!fs.existsSync(file)) return [];
    const repro = JSON.parse(fs.readFileSync(file, 'utf8')) as { disagreements: Disagreement[] };
    return repro.disagreements.map((disagreement) => ({ reproDir, disagreement }));
  });
}

export async function minimizeRepros(entries: readonly ReproEntry[], mode: 'disagreement' | 'nginx-answer', outDir: string, perKind: number, limit: number): Promise<MinimizedCandidate[]> {
  const bySignature = groupBySignature(entries.map((e) => e.disagreement));
  const picks = bySignature.flatMap(([, list]) => list.slice(0, perKind)).slice(0, limit)
    .map((d) => entries.find((e) => e.disagreement === d)!);
  if (picks.length === 0) return [];
  const explainer = await ExplainerSide.load();
  const oracle = await NginxRoutingOracle.start(2);
  fs.mkdirSync(outDir, { recursive: true });
  const written: MinimizedCandidate[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < picks.length) {
      const { reproDir, disagreement: d } = picks[next++];
      const work = path.join(outDir, `work-${d.runSeed}-${d.caseIndex}-${d.requestIndex}`);
      fs.rmSync(work, { recursive: true, force: true });
      fs.cpSync(reproDir, work, { recursive: true });
      try {
        // One file: fixtures carry a single config, and line removals then reach included servers too.
        const original = flattenIncludes(
          fs.readFileSync(path.join(work, 'nginx.conf'), 'utf8'),
          (relative) => (fs.existsSync(path.join(work, relative)) ? fs.readFileSync(path.join(work, relative), 'utf8') : undefined),
          (relative) => (fs.existsSync(path.join(work, relative)) ? fs.readdirSync(path.join(work, relative)) : []),
        ).split(reproDir).join(work);
        const keep = mode === 'disagreement' ? { kind: 'disagreement' as const, differ: d.differ, undetermined: d.undetermined } : { kind: 'nginx-answer' as const, answer: d.nginx as Answer };
        // When pinning, the lines the wrong explanation cited stay: they are what misled it.
        const cited = mode === 'nginx-answer' ? new Set(d.steps.flatMap((step) => [...step.matchAll(/\(line (\d+)\)/g)].map((m) => Number(m[1])))) : new Set<number>();
        const result = await minimizeDisagreement(oracle, explainer, work, original, d.request, keep, cited);
        if (!result) continue;
        const config = result.text.split(work).join(DIR_PLACEHOLDER);
        const tree = listTree(path.join(work, 'www'));
        const statics = staticPathsFor(config, tree.files, tree.folders);
        const slug = d.signature.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
        const file = path.join(outDir, `${slug}-s${d.runSeed}-c${d.caseIndex}-r${d.requestIndex}.conf`);
        const said = mode === 'disagreement' ? `explainer said ${JSON.stringify(result.explainer)}` : `explainer then said ${JSON.stringify(d.explainer)}`;
        const title = `${d.signature} (seed ${d.runSeed} case ${d.caseIndex} request ${d.requestIndex}; ${said})`;
        const nginx = JSON.parse(JSON.stringify(result.nginx).split(work).join(DIR_PLACEHOLDER)) as Answer;
        fs.writeFileSync(file, formatFixture({ title, request: d.request, nginx, ...statics, config }));
        written.push({ file, signature: d.signature, lines: config.split('\n').length });
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
    }
  };
  try {
    await Promise.all([lane(), lane()]);
  } finally {
    oracle.stop();
  }
  return written;
}

/** Files and folders under `www/`, as paths relative to the case folder (`www/s0/f.txt`). */
function listTree(www: string): { files: string[]; folders: string[] } {
  const files: string[] = [];
  const folders: string[] = [];
  if (!fs.existsSync(www)) return { files, folders };
  for (const entry of fs.readdirSync(www, { recursive: true, withFileTypes: true })) {
    const relative = path.relative(path.dirname(www), path.join(entry.parentPath ?? entry.path, entry.name));
    if (entry.isFile()) files.push(relative);
    else if (entry.isDirectory()) folders.push(relative);
  }
  return { files: files.sort(), folders: folders.sort() };
}
