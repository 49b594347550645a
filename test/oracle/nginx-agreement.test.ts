/**
 * Issue 3 §4: Switchyard agrees with the real `nginx -t`. Mistakes are planted in configs nginx
 * accepts (test/fixtures/nginx-agreement/ and the shared corpus when present); every one nginx
 * rejects must get a Switchyard error at nginx's line, and the configs nginx accepts must get none.
 * The figures are printed; `node scripts/agreement/nginx.mjs` prints them outside the test runner.
 * In CI (CI=true) it must run: a missing nginx or sandbox fails it; elsewhere it skips then.
 */
import { before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { DEFAULT_OPTIONS, runAgreement, type AgreementReport } from '../support/nginxAgreement';
import { formatReport, matchRate } from '../support/agreementReport';
import { nginxOracleUnavailable, parseNginxOutput } from '../support/nginxOracle';
import { linesOfReaderPosition, tokenize } from '../support/nginxTokens';
import { mutate } from '../support/mutations';

const ci = process.env.CI === 'true';
const unavailable = nginxOracleUnavailable();
const skip = unavailable && !ci ? `real nginx unavailable: ${unavailable}` : false;

let report: AgreementReport;
before(async () => {
  if (skip) return;
  if (unavailable) throw new Error(`CI needs the real nginx: ${unavailable}`);
  report = await runAgreement(DEFAULT_OPTIONS);
  console.log(formatReport(report, 60));
}, { timeout: 240_000 });

test('every config nginx -t rejects gets a Switchyard error at nginx\'s line (≥ 98%)', { skip }, () => {
  assert.ok(report.rejected >= 200, `only ${report.rejected} mutations were rejected by nginx: too few to measure`);
  const misses = report.misses.map((m) => `[${m.kind}] ${m.base}: ${m.label} — nginx: ${m.nginx.text} (line ${m.nginx.line ?? '?'})`);
  assert.ok(matchRate(report) >= 0.98, `matched ${report.matched} of ${report.rejected}; misses:\n${misses.join('\n')}`);
});

test('no Switchyard error on any config nginx -t accepts', { skip }, () => {
  const list = report.falsePositives.flatMap((f) => f.errors.map((e) => `${f.base}${f.mutation ? ` (${f.mutation})` : ''}: ${e.file}:${e.line} ${e.code} ${e.message}`));
  assert.equal(report.falsePositives.length, 0, `false positives:\n${list.join('\n')}`);
});

// The harness's own pieces, checked without nginx.

test('nginx output: the message is split from the file and line nginx read it at', () => {
  const [m] = parseNginxOutput('nginx: [emerg] unknown directive "lsten" in /tmp/c/subject.conf:12\nnginx: configuration file /tmp/c/nginx.conf test failed\n');
  assert.deepEqual(m, { level: 'emerg', text: 'unknown directive "lsten"', file: '/tmp/c/subject.conf', line: 12 });
});

test('nginx lexer: a } inside a word and ${var} stay in the word', () => {
  assert.deepEqual(tokenize('return 200 a}b;\nset $x ${host}s;').map((t) => t.text), ['return', '200', 'a}b', ';', 'set', '$x', '${host}s', ';']);
});

test('position mapping: a removed ; counts on the directive it was cut from, not only where nginx noticed', () => {
  const text = 'server {\n    listen 80\n    root /srv;\n}\n';
  assert.deepEqual([...linesOfReaderPosition(text, 3)].sort(), [2, 3]);
});

test('position mapping: unexpected end of file counts on the first line of each block left open', () => {
  const text = 'http {\n    server {\n        listen 80;\n}\n';
  assert.deepEqual([...linesOfReaderPosition(text, 5, true)].sort(), [1, 5]);
});

test('mutations: the same seed plants the same mistakes', () => {
  const text = 'server {\n    listen 80;\n    location / {\n        root /srv;\n    }\n}\n';
  const a = mutate('x', text, 'http', 7, 2);
  assert.deepEqual(mutate('x', text, 'http', 7, 2), a);
  assert.ok(a.some((m) => m.kind === 'missing-semicolon' && m.line === 2 && !m.text.includes('listen 80;')));
});
