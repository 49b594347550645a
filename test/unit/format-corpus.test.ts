// The formatter over every nginx and Caddy file of the shared corpus. Each file is either refused
// (counted, with the reason) or formatted; a formatted file is checked here independently of the
// formatter's own checks: the token stream of the output equals the input's, and formatting the
// output again changes nothing. Caddyfiles are also run through the real `caddy fmt -` (2.6) and
// the number of byte-identical outputs is printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { corpusFiles, type CorpusFile } from '../support/corpus';
import { sharedCorpusOrSkip } from '../support/grammarHarness';
import { wasmParsers } from '../support/parse';
import { formatText } from '../../server/src/core/format/formatter';
import { firstDifference, tokenStream } from '../../server/src/core/format/tokenStream';
import { packs } from '../../server/src/core/dialects/registry';
import type { Dialect } from '../../server/src/core/model/types';

interface Formatted {
  readonly file: CorpusFile;
  readonly output: string;
}

async function formatCorpus(dialect: Dialect): Promise<{ formatted: Formatted[]; refused: Map<string, CorpusFile[]>; problems: string[] }> {
  const parser = (await wasmParsers()).forDialect(dialect);
  const pack = packs[dialect];
  const formatted: Formatted[] = [];
  const refused = new Map<string, CorpusFile[]>();
  const problems: string[] = [];
  for (const file of corpusFiles(dialect)) {
    const outcome = formatText({ text: file.text, pack, parser });
    if (outcome.kind === 'refused') {
      const reason = outcome.reason.replace(/line \d+/g, 'line N');
      refused.set(reason, [...(refused.get(reason) ?? []), file]);
      continue;
    }
    const [before, after] = [parser.parse(file.text), parser.parse(outcome.text)];
    const difference = firstDifference(tokenStream(before, file.text, pack.readingRules), tokenStream(after, outcome.text, pack.readingRules));
    before.delete?.();
    after.delete?.();
    if (difference) problems.push(`${file.path}: token stream changed`);
    const again = formatText({ text: outcome.text, pack, parser });
    if (again.kind !== 'formatted' || again.text !== outcome.text) problems.push(`${file.path}: not idempotent`);
    formatted.push({ file, output: outcome.text });
  }
  return { formatted, refused, problems };
}

function report(dialect: Dialect, formatted: Formatted[], refused: Map<string, CorpusFile[]>): void {
  const changed = formatted.filter((f) => f.output !== f.file.text).length;
  const refusedCount = [...refused.values()].reduce((n, files) => n + files.length, 0);
  console.log(`format corpus (${dialect}): ${formatted.length + refusedCount} files: ${formatted.length} formatted (${changed} changed, ${formatted.length - changed} already formatted), ${refusedCount} refused`);
  for (const [reason, files] of refused) {
    const rejected = files.filter((f) => !f.accepted).length;
    console.log(`  refused ${files.length}× (${rejected} of them rejected by the real server): ${reason}`);
  }
}

for (const dialect of ['nginx', 'caddy'] as const) {
  test(`every ${dialect} corpus file keeps its tokens and formats idempotently, or is refused`, async (t) => {
    if (!sharedCorpusOrSkip(t, 'the shared corpus is missing (set SWITCHYARD_CORPUS or provide <repo>/../shared/corpus)')) return;
    const { formatted, refused, problems } = await formatCorpus(dialect);
    report(dialect, formatted, refused);
    assert.ok(formatted.length > 0, `no ${dialect} files formatted`);
    assert.deepEqual(problems, []);
  });
}

/** Why an output differs from `caddy fmt` 2.6, for the printed list. */
function whyDifferent(input: string, theirs: string): string {
  if (/<<[A-Za-z0-9_-]+\r?\n/.test(input)) return 'heredoc (kept verbatim; caddy fmt 2.6 re-indents its body)';
  if (/`[^`]*\n[^`]*`/.test(input)) return 'multi-line backtick string (kept verbatim; caddy fmt 2.6 re-indents it)';
  if (/ $/m.test(theirs)) return 'caddy fmt 2.6 leaves a trailing space before a line starting with `{`';
  return 'other';
}

test('Caddyfile output agrees with caddy fmt (figure printed)', async (t) => {
  if (!sharedCorpusOrSkip(t, 'the shared corpus is missing (set SWITCHYARD_CORPUS or provide <repo>/../shared/corpus)')) return;
  if (spawnSync('caddy', ['version'], { encoding: 'utf8' }).status !== 0) return t.skip('caddy is not installed');
  const { formatted } = await formatCorpus('caddy');
  const differing: string[] = [];
  let agreeAccepted = 0;
  for (const { file, output } of formatted) {
    const theirs = spawnSync('caddy', ['fmt', '-'], { input: file.text, encoding: 'utf8' }).stdout;
    if (theirs === output) {
      if (file.accepted) agreeAccepted++;
    } else differing.push(`${file.path}: ${whyDifferent(file.text, theirs)}`);
  }
  const accepted = formatted.filter((f) => f.file.accepted).length;
  console.log(`caddy fmt agreement: ${formatted.length - differing.length} of ${formatted.length} formatted Caddyfiles byte-identical (${agreeAccepted} of ${accepted} that Caddy accepts)`);
  for (const p of differing) console.log(`  differs: ${p}`);
  assert.ok(formatted.length > 0);
});
