// Navigation across an nginx include graph, through VS Code's provider commands: issue3/nginx.conf
// proxies to the upstream app_backend that conf.d/app.conf (included by a glob inside http { })
// defines; app.conf proxies to it too and names certificates relative to the main config's folder.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { fixtureUri, formatRange, lineOf, openFixture, waitForServer } from './helpers';
import { applyEdits, describeLocation, positionAt, sameFile, targetOf } from './editorProbes';

const MAIN = 'issue3/nginx.conf';
const FRAGMENT = 'issue3/conf.d/app.conf';

/** The cursor inside `app_backend` in nginx.conf's proxy_pass. */
async function upstreamReference(): Promise<{ document: vscode.TextDocument; position: vscode.Position }> {
  const document = await openFixture(MAIN);
  return { document, position: positionAt(document, /^\s*proxy_pass /, 'app_backend', 4) };
}

function describeLinks(links: readonly vscode.DocumentLink[]): string {
  if (links.length === 0) return '(none)';
  return links.map((l) => `${formatRange(l.range)} → ${l.target ? vscode.workspace.asRelativePath(l.target) : '(unresolved)'}`).join('; ');
}

async function waitForLinks(document: vscode.TextDocument): Promise<vscode.DocumentLink[]> {
  return waitForServer(`document links in ${vscode.workspace.asRelativePath(document.uri)}`, async () => {
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri);
    return links && links.length > 0 ? links : undefined;
  });
}

suite('Navigation (nginx, across includes)', () => {
  test('go to definition on an upstream name in proxy_pass jumps to its upstream block in the included file', async () => {
    const { document, position } = await upstreamReference();
    const definitions = await waitForServer('a definition of app_backend', async () => {
      const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider',
        document.uri,
        position,
      );
      return found && found.length > 0 ? found.map(targetOf) : undefined;
    });
    const fragment = await openFixture(FRAGMENT);
    const upstreamLine = lineOf(fragment, /^upstream app_backend \{/);
    assert.ok(
      definitions.some((d) => sameFile(d.uri, fragment.uri) && d.range.start.line === upstreamLine),
      `no definition at ${FRAGMENT}:${upstreamLine}; got ${definitions.map(describeLocation).join(', ')}`,
    );
  });

  test('references of an upstream include its uses in both files', async () => {
    const { document, position } = await upstreamReference();
    const references = await waitForServer('references of app_backend', async () => {
      const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
      return found && found.length > 0 ? found : undefined;
    });
    const fragment = await openFixture(FRAGMENT);
    const describe = references.map((r) => describeLocation(targetOf(r))).join(', ');
    const mainUse = lineOf(document, /^\s*proxy_pass http:\/\/app_backend;/);
    const fragmentUse = lineOf(fragment, /^\s*proxy_pass http:\/\/app_backend;/);
    assert.ok(references.some((r) => sameFile(r.uri, document.uri) && r.range.start.line === mainUse), `no reference at ${MAIN}:${mainUse}; got ${describe}`);
    assert.ok(references.some((r) => sameFile(r.uri, fragment.uri) && r.range.start.line === fragmentUse), `no reference at ${FRAGMENT}:${fragmentUse}; got ${describe}`);
  });

  test('renaming an upstream edits its definition and every use, in both files', async () => {
    const { document, position } = await upstreamReference();
    const fragment = await openFixture(FRAGMENT);
    const edit = await waitForServer('a rename edit for app_backend', async () => {
      const result = await vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>(
        'vscode.executeDocumentRenameProvider',
        document.uri,
        position,
        'api_backend',
      );
      return result && result.size > 0 ? result : undefined;
    });
    const editsFor = (target: vscode.TextDocument): vscode.TextEdit[] =>
      edit.entries().filter(([uri]) => sameFile(uri, target.uri)).flatMap(([, edits]) => edits);
    const files = edit.entries().map(([uri, edits]) => `${vscode.workspace.asRelativePath(uri)} (${edits.length})`).join(', ');
    for (const target of [document, fragment]) {
      const edits = editsFor(target);
      const name = vscode.workspace.asRelativePath(target.uri);
      assert.ok(edits.length > 0, `no edits for ${name}; the rename edits ${files}`);
      const renamed = applyEdits(target, edits);
      assert.ok(!renamed.includes('app_backend'), `${name} still names app_backend after the rename:\n${renamed}`);
      assert.strictEqual(
        renamed.split('api_backend').length - 1,
        target.getText().split('app_backend').length - 1,
        `${name}: every app_backend should become api_backend and nothing else change`,
      );
    }
  });

  test('the glob include conf.d/*.conf is a link to the one file it matches', async () => {
    const document = await openFixture(MAIN);
    const includeLine = lineOf(document, /^\s*include conf\.d\/\*\.conf;/);
    const links = await waitForLinks(document);
    const target = fixtureUri(FRAGMENT);
    assert.ok(
      links.some((l) => l.range.start.line === includeLine && l.target !== undefined && sameFile(l.target, target)),
      `no link on line ${includeLine} to ${FRAGMENT}; links: ${describeLinks(links)}`,
    );
  });

  test('a certificate path in an included file links to the file under the main configuration\'s folder', async () => {
    const document = await openFixture(FRAGMENT);
    const certificateLine = lineOf(document, /^\s*ssl_certificate certs\/issue3\.pem;/);
    const links = await waitForLinks(document);
    const target = fixtureUri('issue3/certs/issue3.pem');
    assert.ok(
      links.some((l) => l.range.start.line === certificateLine && l.target !== undefined && sameFile(l.target, target)),
      `no link on line ${certificateLine} to issue3/certs/issue3.pem; links: ${describeLinks(links)}`,
    );
  });

  test('workspace symbols find an upstream defined in an included file', async () => {
    await openFixture(MAIN);
    const target = fixtureUri(FRAGMENT);
    let seen: vscode.SymbolInformation[] = [];
    try {
      await waitForServer('a workspace symbol for app_backend', async () => {
        seen = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'app_backend')) ?? [];
        return seen.find((s) => s.name.includes('app_backend') && sameFile(s.location.uri, target));
      });
    } catch (err) {
      const found = seen.map((s) => `${JSON.stringify(s.name)} at ${describeLocation(s.location)}`).join(', ') || '(none)';
      throw new Error(`${(err as Error).message}; symbols found: ${found}`);
    }
  });
});
