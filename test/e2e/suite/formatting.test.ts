// Format Document through VS Code's provider command, with the formatting options the editor has
// for the file's language (the extension's configuration defaults: 4 spaces for nginx, tabs for
// Caddyfiles). The fixtures are indented every which way; the result must be indented by depth.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, waitForServer } from './helpers';
import { applyEdits } from './editorProbes';

/** Tab size and spaces-or-tabs as VS Code resolves them for this document's language. */
function editorOptions(document: vscode.TextDocument): vscode.FormattingOptions {
  const editor = vscode.workspace.getConfiguration('editor', document);
  return { tabSize: editor.get<number>('tabSize', 4), insertSpaces: editor.get<boolean>('insertSpaces', true) };
}

async function formatted(document: vscode.TextDocument): Promise<string> {
  const options = editorOptions(document);
  const edits = await waitForServer(`formatting edits for ${vscode.workspace.asRelativePath(document.uri)}`, async () => {
    const result = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', document.uri, options);
    return result && result.length > 0 ? result : undefined;
  });
  return applyEdits(document, edits);
}

/**
 * Lines whose indentation is not `unit` once per enclosing block (a line starting with `}` is at
 * its block's level); these fixtures have no braces in strings or comments.
 */
function misindented(text: string, unit: string): string[] {
  const wrong: string[] = [];
  let depth = 0;
  text.split('\n').forEach((line, i) => {
    const content = line.trim();
    if (!content) return;
    const level = content.startsWith('}') ? depth - 1 : depth;
    const expected = unit.repeat(Math.max(level, 0));
    if (line.slice(0, line.length - line.trimStart().length) !== expected) wrong.push(`${i + 1}: ${JSON.stringify(line)}`);
    for (const char of content) depth += char === '{' ? 1 : char === '}' ? -1 : 0;
  });
  return wrong;
}

suite('Formatting', () => {
  test('format document on a badly indented nginx file indents every block level by 4 spaces', async () => {
    const document = await openFixture('issue3/format/messy.nginx');
    const text = await formatted(document);
    const wrong = misindented(text, '    ');
    assert.deepStrictEqual(wrong, [], `lines not indented by 4 spaces per level:\n${wrong.join('\n')}\nformatted:\n${text}`);
    assert.strictEqual(text.replace(/\s+/g, ''), document.getText().replace(/\s+/g, ''), 'formatting changed more than whitespace');
  });

  test('format document on a Caddyfile indents every block level by a tab', async () => {
    const document = await openFixture('issue3/format/messy.caddyfile');
    const text = await formatted(document);
    const wrong = misindented(text, '\t');
    assert.deepStrictEqual(wrong, [], `lines not indented by one tab per level:\n${wrong.join('\n')}\nformatted:\n${text}`);
    assert.strictEqual(text.replace(/\s+/g, ''), document.getText().replace(/\s+/g, ''), 'formatting changed more than whitespace');
  });
});
