// Diagnostics with stable codes and the quick fixes offered for them, through VS Code's provider
// command (which hands the provider the diagnostics under the range, as the light bulb does).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { lineOf, openFixture, waitForDiagnostic, waitForServer } from './helpers';
import { applyEdits, sameFile } from './editorProbes';

function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  const { code } = diagnostic;
  return typeof code === 'object' ? code.value : code;
}

function isCodeAction(action: vscode.CodeAction | vscode.Command): action is vscode.CodeAction {
  return !('command' in action && typeof action.command === 'string');
}

function describeActions(actions: readonly (vscode.CodeAction | vscode.Command)[]): string {
  return actions.map((a) => JSON.stringify(a.title)).join(', ') || '(none)';
}

/** The quick fixes offered for `diagnostic`, once the server has offered any for its range. */
async function quickFixesFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  let seen: (vscode.CodeAction | vscode.Command)[] = [];
  try {
    return await waitForServer(`quick fixes for "${diagnostic.message}"`, async () => {
      seen = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range)) ?? [];
      const fixes = seen.filter(isCodeAction).filter((a) => a.kind !== undefined && vscode.CodeActionKind.QuickFix.contains(a.kind));
      return fixes.length > 0 ? fixes : undefined;
    });
  } catch (err) {
    throw new Error(`${(err as Error).message}; actions offered: ${describeActions(seen)}`);
  }
}

/** The document's text after the action's edit (which must only touch this document). */
function textAfter(document: vscode.TextDocument, action: vscode.CodeAction): string {
  assert.ok(action.edit, `the action ${JSON.stringify(action.title)} has no edit`);
  const entries = action.edit.entries();
  assert.ok(entries.every(([uri]) => sameFile(uri, document.uri)), `the action ${JSON.stringify(action.title)} edits other files`);
  return applyEdits(document, entries.flatMap(([, edits]) => edits));
}

const unknownDirective = (d: vscode.Diagnostic): boolean => d.source === 'switchyard' && codeOf(d) === 'nginx/unknown-directive';
const missingSemicolon = (d: vscode.Diagnostic): boolean => d.source === 'switchyard' && codeOf(d) === 'syntax/missing-semicolon';

suite('Quick fixes (nginx)', () => {
  test('a misspelt proxy_pas is an nginx/unknown-directive error that suggests proxy_pass', async () => {
    const document = await openFixture('issue3/fixes/misspelt.nginx');
    const line = lineOf(document, /^\s*proxy_pas /);
    const diagnostic = await waitForDiagnostic(document.uri, 'an nginx/unknown-directive diagnostic', unknownDirective);
    assert.strictEqual(diagnostic.range.start.line, line, 'the diagnostic should be on the misspelt directive\'s line');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostic.message, /proxy_pass/, 'the message should suggest proxy_pass');
  });

  test('the quick fix for proxy_pas replaces it with proxy_pass', async () => {
    const document = await openFixture('issue3/fixes/misspelt.nginx');
    const diagnostic = await waitForDiagnostic(document.uri, 'an nginx/unknown-directive diagnostic', unknownDirective);
    const fixes = await quickFixesFor(document, diagnostic);
    const line = diagnostic.range.start.line;
    const fixed = fixes.find((f) => f.edit && textAfter(document, f).split('\n')[line]?.trim() === 'proxy_pass http://127.0.0.1:9000;');
    assert.ok(fixed, `no quick fix turns line ${line} into "proxy_pass http://127.0.0.1:9000;"; offered: ${describeActions(fixes)}`);
  });

  test('the quick fix for a missing semicolon inserts it after the directive', async () => {
    const document = await openFixture('issue3/fixes/missing-semicolon.nginx');
    const line = lineOf(document, /^\s*listen 8080\s*$/);
    const diagnostic = await waitForDiagnostic(document.uri, 'a syntax/missing-semicolon diagnostic', missingSemicolon);
    const fixes = await quickFixesFor(document, diagnostic);
    const fixed = fixes.find((f) => f.edit && textAfter(document, f).split('\n')[line] === document.lineAt(line).text.trimEnd() + ';');
    assert.ok(fixed, `no quick fix turns line ${line} into "listen 8080;"; offered: ${describeActions(fixes)}`);
  });
});
