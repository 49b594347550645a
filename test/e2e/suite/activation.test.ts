import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, waitFor } from './helpers';

suite('Activation', () => {
  test('the extension activates when an nginx file is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed in the test instance`);
    const document = await openFixture('nginx.conf');
    assert.strictEqual(document.languageId, 'nginx');
    await waitFor(`activation of ${EXTENSION_ID}`, () => (extension.isActive ? true : undefined));
  });
});
