// "Switchyard: Explain a Request…": the command asks the server and shows the answer as a Markdown
// preview. Called with its arguments, as a keybinding could, so no input box needs typing into.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, waitFor, waitForServer } from './helpers';

interface ExplainResult {
  markdown: string;
  root: string;
  /** The URI of the read-only document the preview shows. */
  document: string;
}

suite('Explain a request (nginx)', () => {
  test('the command explains a URL for the active nginx file and opens the Markdown in a preview', async () => {
    const document = await openFixture('explain/nginx.conf');
    await vscode.window.showTextDocument(document);
    const result = await waitForServer('an explanation from switchyard.explainRequest', async () =>
      vscode.commands.executeCommand<ExplainResult | undefined>('switchyard.explainRequest', { url: 'http://127.0.0.1:8080/api/users', files: 'missing' }),
    );
    assert.match(result.markdown, /^# `GET \/api\/users` on `127\.0\.0\.1:8080`/);
    assert.match(result.markdown, /`location \/api\/`/);
    assert.match(result.markdown, /Request target sent upstream: `\/users`/);

    const shown = await vscode.workspace.openTextDocument(vscode.Uri.parse(result.document));
    assert.strictEqual(shown.uri.scheme, 'switchyard-explanation', 'the explanation is a read-only virtual document');
    assert.strictEqual(shown.languageId, 'markdown');
    assert.strictEqual(shown.getText(), result.markdown);
    await waitFor('a Markdown preview tab', () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find((tab) => tab.input instanceof vscode.TabInputWebview && /markdown/i.test(tab.input.viewType)),
    );
  });
});
