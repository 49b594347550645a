/**
 * Shrinks a disagreement to the few config lines that still produce it: whole blocks first, then
 * single lines, each removal kept only when nginx still accepts the config and the explainer still
 * disagrees with nginx on the same parts. The result is what a regression fixture pins.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BlockIndex, compareAnswers, observedAnswer, predictedAnswer, type Answer, type Part } from './compare';
import { blocksFromText } from './configText';
import type { ExplainerSide } from './explainerSide';
import type { NginxRoutingOracle } from './nginxRouting';
import type { RoutingRequest } from './rawHttp';

export interface Minimized {
  readonly text: string;
  readonly nginx: Answer;
  readonly explainer: Answer;
  readonly differ: readonly Part[];
  /** nginx runs it took. */
  readonly trials: number;
}

/** Lines that every trial keeps: the frame nginx needs and the block markers the comparison reads. */
const KEEP = /^(root |pid |events \{|http \{|\}$|add_header X-Block |access_log |default_type )/;

let jobIds = 1_000_000;

/**
 * What a smaller config must keep: the same disagreement (same differing parts), or — to pin a
 * disagreement the explainer has since fixed — exactly nginx's original answer.
 */
export type KeepWhat =
  | { readonly kind: 'disagreement'; readonly differ: readonly Part[]; readonly undetermined: readonly Part[] }
  | { readonly kind: 'nginx-answer'; readonly answer: Answer };

export async function minimizeDisagreement(
  oracle: NginxRoutingOracle,
  explainer: ExplainerSide,
  caseDir: string,
  text: string,
  request: RoutingRequest,
  keep: KeepWhat,
  /** 1-based lines of `text` never removed (e.g. the lines a wrong explanation cited). */
  protectedLines: ReadonlySet<number> = new Set(),
): Promise<Minimized | undefined> {
  let trials = 0;
  const differ = keep.kind === 'disagreement' ? keep.differ : [];
  const attempt = async (candidate: string): Promise<Omit<Minimized, 'trials' | 'text'> | undefined> => {
    trials++;
    fs.writeFileSync(path.join(caseDir, 'nginx.conf'), candidate);
    const result = await oracle.run({ id: jobIds++, dir: caseDir, requests: [request] });
    if (result.run.kind !== 'answered') return undefined;
    const nginx = observedAnswer(result.run.exchanges[0]);
    if (keep.kind === 'nginx-answer' && JSON.stringify(nginx) !== JSON.stringify(keep.answer)) return undefined;
    const outcome = explainer.prepare(caseDir)(request);
    if (keep.kind === 'nginx-answer') {
      if (outcome.kind !== 'explained') return { nginx, explainer: { reached: 'closed' }, differ: [] };
      const { blocks, aliases } = blocksFromText(candidate);
      const predicted = predictedAnswer(outcome.explanation, new BlockIndex(blocks, aliases), caseDir);
      return { nginx, explainer: predicted, differ: compareAnswers(nginx, predicted, request.method).differ };
    }
    if (outcome.kind !== 'explained') return differ.includes('reached') ? { nginx, explainer: { reached: 'closed' }, differ } : undefined;
    const { blocks, aliases } = blocksFromText(candidate);
    const predicted = predictedAnswer(outcome.explanation, new BlockIndex(blocks, aliases), caseDir);
    const verdict = compareAnswers(nginx, predicted, request.method);
    const sameParts = (a: readonly Part[], b: readonly Part[]): boolean => a.length === b.length && a.every((p) => b.includes(p));
    // An undetermined request (nothing differs) must stay undetermined in the same parts.
    const same = sameParts(verdict.differ, differ) && (differ.length > 0 || (keep.kind === 'disagreement' && sameParts(verdict.undetermined, keep.undetermined)));
    return same ? { nginx, explainer: predicted, differ: verdict.differ } : undefined;
  };

  let lines = text.split('\n');
  // Original line numbers, kept beside the lines so protection survives removals.
  let origin = lines.map((_, i) => i + 1);
  const removable = (range: [number, number]): boolean => origin.slice(range[0], range[1] + 1).every((n) => !protectedLines.has(n));
  let best = await attempt(lines.join('\n'));
  if (!best) return undefined;
  for (let pass = 0; pass < 4; pass++) {
    let progress = false;
    // Blocks (largest first), then single lines; a removal shifts lines, so ranges are recomputed after each success.
    for (let i = 0; i < lines.length; i++) {
      const range = blockRange(lines, i) ?? lineRange(lines, i);
      if (!range || !removable(range)) continue;
      const candidate = [...lines.slice(0, range[0]), ...lines.slice(range[1] + 1)];
      const answer = await attempt(candidate.join('\n'));
      if (answer) {
        lines = candidate;
        origin = [...origin.slice(0, range[0]), ...origin.slice(range[1] + 1)];
        best = answer;
        progress = true;
        i--;
      }
    }
    if (!progress) break;
  }
  fs.writeFileSync(path.join(caseDir, 'nginx.conf'), lines.join('\n'));
  return { text: lines.join('\n'), ...best, trials };
}

/** The lines [from, to] of the block opened on line `i` (not the http/events frame). */
function blockRange(lines: readonly string[], i: number): [number, number] | undefined {
  const head = lines[i].trim();
  if (!head.endsWith('{') || /^(http|events) \{$/.test(head)) return undefined;
  let depth = 0;
  for (let j = i; j < lines.length; j++) {
    const t = lines[j].trim();
    if (t.endsWith('{')) depth++;
    else if (t === '}' && --depth === 0) return [i, j];
  }
  return undefined;
}

function lineRange(lines: readonly string[], i: number): [number, number] | undefined {
  const t = lines[i].trim();
  if (t === '' || t.endsWith('{') || KEEP.test(t)) return undefined;
  return [i, i];
}
