import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { LspSession } from '../support/lspClient';
import { fixture, navigationDir, offsetOf } from '../support/navigationFixtures';

interface Location {
  uri: string;
  range: { start: { line: number; character: number } };
}
interface WorkspaceEdit {
  changes: Record<string, { range: { start: { line: number; character: number } }; newText: string }[]>;
}

const app = fixture('nginx', 'sites/app.conf');
const appUri = pathToFileURL(app).href;
const upstreamsUri = pathToFileURL(fixture('nginx', 'upstreams.conf')).href;

/** The LSP position of the `nth` occurrence of `needle` in the fixture. */
function positionOf(needle: string, nth = 0): { line: number; character: number } {
  const text = fs.readFileSync(app, 'utf8');
  const offset = offsetOf(app, needle, nth);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

let session: LspSession;
before(async () => {
  session = new LspSession();
  await session.initialize(navigationDir);
  const opened = session.nextDiagnostics(appUri);
  await session.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: appUri, languageId: 'nginx', version: 1, text: fs.readFileSync(app, 'utf8') },
  });
  await opened;
});
after(async () => session.dispose());

test('go to definition on an upstream name opens the upstream block in another file', async () => {
  const locations = (await session.connection.sendRequest('textDocument/definition', { textDocument: { uri: appUri }, position: positionOf('backend/') })) as Location[];
  assert.deepEqual(
    locations.map((l) => [l.uri, l.range.start.line, l.range.start.character]),
    [[upstreamsUri, 0, 9]],
  );
});

test('rename across files returns one WorkspaceEdit touching both files', async () => {
  const position = positionOf('backend/');
  const prepared = (await session.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: appUri }, position })) as { placeholder: string };
  assert.equal(prepared.placeholder, 'backend');
  const edit = (await session.connection.sendRequest('textDocument/rename', { textDocument: { uri: appUri }, position, newName: 'api' })) as WorkspaceEdit;
  assert.deepEqual(Object.keys(edit.changes).sort(), [appUri, upstreamsUri].sort());
  assert.equal(edit.changes[appUri].length, 2);
  assert.deepEqual(edit.changes[upstreamsUri], [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 16 } }, newText: 'api' }]);
});

test('renaming a built-in variable is refused with a reason', async () => {
  await assert.rejects(session.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: appUri }, position: positionOf('$host') }), /built-in nginx variable/);
});

test('document links point at certificate files and included files', async () => {
  const links = (await session.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: appUri } })) as { target: string }[];
  assert.deepEqual(
    links.map((l) => l.target.slice(l.target.lastIndexOf('/') + 1)),
    ['app.pem', 'app.key', 'errors.conf'],
  );
});

test('workspace symbols reach files the open document only includes indirectly', async () => {
  const symbols = (await session.connection.sendRequest('workspace/symbol', { query: 'backend' })) as { name: string; location: Location }[];
  assert.deepEqual(
    symbols.map((s) => [s.name, s.location.uri]),
    [['upstream backend', upstreamsUri]],
  );
});
