/**
 * Every disagreement the routing oracle (test/oracle/nginx-routing.test.ts) found between the
 * explainer and the real nginx 1.22.1, pinned as a small config with nginx's recorded answer:
 * test/fixtures/explain/regressions/*.conf (format: test/support/routing/regressionFixture.ts).
 * No nginx needed: the answers were recorded from it by `node scripts/agreement/nginx-routing.mjs`
 * (`--minimize` for open disagreements, `--pin` for ones fixed since).
 */
import { before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BlockIndex, compareAnswers, predictedAnswer } from '../support/routing/compare';
import { blocksFromText } from '../support/routing/configText';
import { ExplainerSide } from '../support/routing/explainerSide';
import { answerAt, materializeFixture, parseFixture } from '../support/routing/regressionFixture';
import { fixturesDir } from '../support/parse';

const regressionsDir = path.join(fixturesDir, 'explain', 'regressions');
const fixtureFiles = fs.readdirSync(regressionsDir).filter((f) => f.endsWith('.conf')).sort();

let explainer: ExplainerSide;
before(async () => {
  explainer = await ExplainerSide.load();
});

test('there are regression fixtures to check', () => {
  assert.ok(fixtureFiles.length > 0);
});

for (const file of fixtureFiles) {
  const fixture = parseFixture(fs.readFileSync(path.join(regressionsDir, file), 'utf8'));
  test(`${file.replace(/\.conf$/, '')}: ${fixture.title}`, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explain-regression-'));
    try {
      const root = materializeFixture(fixture, dir);
      const outcome = explainer.prepare(dir)(fixture.request);
      assert.equal(outcome.kind, 'explained', outcome.kind === 'threw' ? outcome.error : '');
      if (outcome.kind !== 'explained') return;
      const { blocks, aliases } = blocksFromText(fs.readFileSync(root, 'utf8'));
      const predicted = predictedAnswer(outcome.explanation, new BlockIndex(blocks, aliases), dir);
      const nginx = answerAt(fixture, dir);
      const verdict = compareAnswers(nginx, predicted, fixture.request.method);
      assert.deepEqual(verdict, { differ: [], undetermined: [] },
        `nginx answered ${JSON.stringify(nginx)}\nexplainer: ${JSON.stringify(predicted)}\n${outcome.explanation.steps.map((s) => `  [${s.kind}] ${s.message}`).join('\n')}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
