/**
 * Records the real nginx's answer into a hand-written regression fixture (its `# nginx:` line), so
 * no expected answer is ever typed by hand: materialize the fixture, send its request, write back.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { observedAnswer, type Answer } from './compare';
import { NginxRoutingOracle } from './nginxRouting';
import { DIR_PLACEHOLDER, materializeFixture, parseFixture } from './regressionFixture';

export async function recordFixtures(files: readonly string[]): Promise<{ file: string; answer: Answer | string }[]> {
  const oracle = await NginxRoutingOracle.start(1);
  const recorded: { file: string; answer: Answer | string }[] = [];
  try {
    for (const [i, file] of files.entries()) {
      const text = fs.readFileSync(file, 'utf8');
      const fixture = parseFixture(text.replace(/^# nginx: \?$/m, '# nginx: {}'));
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'record-fixture-'));
      try {
        materializeFixture(fixture, dir);
        const result = await oracle.run({ id: i, dir, requests: [fixture.request] });
        if (result.run.kind !== 'answered') {
          recorded.push({ file, answer: `not recorded: ${JSON.stringify(result.run)}` });
          continue;
        }
        const answer = JSON.parse(JSON.stringify(observedAnswer(result.run.exchanges[0])).split(dir).join(DIR_PLACEHOLDER)) as Answer;
        fs.writeFileSync(file, text.replace(/^# nginx: .*$/m, `# nginx: ${JSON.stringify(answer)}`));
        recorded.push({ file, answer });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    oracle.stop();
  }
  return recorded;
}
