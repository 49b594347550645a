import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText, wasmParsers } from '../support/parse';
import { packs } from '../../server/src/core/dialects/registry';
import { quickFixesFor, type CheckFinding, type ProblemToFix, type QuickFix, type TextEdit } from '../../server/src/core/analysis/directiveChecks';
import { checkConfigs } from '../../server/src/core/workspace/loadConfigs';
import type { Finding } from '../../server/src/core/model/types';
import { LineIndex } from '../../server/src/core/text/span';

const FILE = '/virtual/nginx.conf';

/** Applies non-overlapping edits (as an editor would) and returns the new text. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const ordered = [...edits].sort((a, b) => lines.indexAt(b.start) - lines.indexAt(a.start));
  let result = text;
  for (const edit of ordered) result = result.slice(0, lines.indexAt(edit.start)) + edit.newText + result.slice(lines.indexAt(edit.end));
  return result;
}

/** The findings of `text` as a main configuration, syntax included. */
async function findingsOf(text: string): Promise<CheckFinding[]> {
  const source = { readText: (p: string) => (p === FILE ? text : undefined), listFolder: () => undefined, isFile: (p: string) => p === FILE };
  return [...checkConfigs([FILE], packs.nginx, await wasmParsers(), source, { mainConfigs: [FILE] }).findings];
}

function problemOf(finding: CheckFinding): ProblemToFix {
  return { code: finding.code, start: finding.span.start, end: finding.span.end, suggestion: finding.suggestion };
}

/** The fixes offered for the one finding with `code`. */
async function fixesFor(text: string, code: string): Promise<QuickFix[]> {
  const finding = (await findingsOf(text)).find((f) => f.code === code);
  assert.ok(finding, `no ${code} in ${text}`);
  return quickFixesFor(packs.nginx, problemOf(finding), await parseText('nginx', text, FILE), text);
}

async function fixed(text: string, code: string): Promise<string> {
  const fixes = await fixesFor(text, code);
  assert.equal(fixes.length, 1);
  return applyEdits(text, fixes[0].edits);
}

const wrap = (body: string): string => `events {}\nhttp {\n${body}\n}\n`;

test("the missing ';' fix inserts it after the directive's last argument", async () => {
  assert.equal(await fixed(wrap('  server {\n    listen 80\n  }'), 'syntax/missing-semicolon'), wrap('  server {\n    listen 80;\n  }'));
});

test('the unknown-directive fix renames it to the suggested directive', async () => {
  const fixes = await fixesFor(wrap('  server { location / { proxy_pas http://b; } }'), 'nginx/unknown-directive');
  assert.equal(fixes[0].title, "Change to 'proxy_pass'");
  assert.equal(applyEdits(wrap('  server { location / { proxy_pas http://b; } }'), fixes[0].edits), wrap('  server { location / { proxy_pass http://b; } }'));
});

test('a name with no close candidate gets no fix', async () => {
  assert.deepEqual(await fixesFor(wrap('  completely_made_up on;'), 'nginx/unknown-directive'), []);
});

test('the duplicate fix removes the second directive with its line', async () => {
  assert.equal(await fixed(wrap('  server {\n    root /a;\n    root /b;\n  }'), 'nginx/duplicate-directive'), wrap('  server {\n    root /a;\n  }'));
});

test('the duplicate fix on a line shared with other directives removes only the directive', async () => {
  assert.equal(await fixed(wrap('  server { root /a; root /b; index i; }'), 'nginx/duplicate-directive'), wrap('  server { root /a; index i; }'));
});

test('the proxy_pass fix drops the URI part and keeps scheme, host and port', async () => {
  assert.equal(await fixed(wrap('  server { location ~ \\.php$ { proxy_pass http://127.0.0.1:9000/app/; } }'), 'nginx/proxy-pass-uri-in-regex-location'), wrap('  server { location ~ \\.php$ { proxy_pass http://127.0.0.1:9000; } }'));
});

test('the proxy_pass fix keeps the quotes of a quoted URL', async () => {
  assert.equal(await fixed(wrap('  server { location @x { proxy_pass "http://b/y?z"; } }'), 'nginx/proxy-pass-uri-in-regex-location'), wrap('  server { location @x { proxy_pass "http://b"; } }'));
});

test('the unknown-variable fix uses the suggested name, braces kept', async () => {
  assert.equal(await fixed(wrap('  server { return 200 "${reqeust_uri}x"; }'), 'nginx/unknown-variable'), wrap('  server { return 200 "${request_uri}x"; }'));
});

test("without the diagnostic's data, the suggestion is read from its message", async () => {
  const text = wrap('  server { location / { proxy_pas http://b; } }');
  const finding = (await findingsOf(text)).find((f) => f.code === 'nginx/unknown-directive');
  assert.ok(finding);
  const problem: ProblemToFix = { code: finding.code, start: finding.span.start, end: finding.span.end, message: finding.message };
  const [fix] = quickFixesFor(packs.nginx, problem, await parseText('nginx', text, FILE), text);
  assert.equal(fix?.edits[0].newText, 'proxy_pass');
});

test('a problem whose range no longer matches the text gets no fix', async () => {
  const text = wrap('  server { root /a; }');
  const file = await parseText('nginx', text, FILE);
  const stale: ProblemToFix = { code: 'nginx/duplicate-directive', start: { line: 0, column: 3 }, end: { line: 0, column: 5 } };
  assert.deepEqual(quickFixesFor(packs.nginx, stale, file, text), []);
});

test('a Caddyfile has no directive checks yet, so no fixes', async () => {
  const text = 'example.com {\n  respond hi\n}\n';
  const problem: ProblemToFix = { code: 'nginx/duplicate-directive', start: { line: 1, column: 2 }, end: { line: 1, column: 9 } };
  assert.deepEqual(quickFixesFor(packs.caddy, problem, await parseText('caddy', text), text), []);
});

test('findings keep the Finding shape the CLI formats', async () => {
  const findings: Finding[] = await findingsOf(wrap('  gzip maybe;'));
  assert.deepEqual(Object.keys(findings[0]).sort(), ['code', 'file', 'message', 'severity', 'span']);
});
