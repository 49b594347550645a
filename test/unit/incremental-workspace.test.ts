import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { ServerSession } from '../../server/src/lsp/session';
import { allDirectives, wasmParsers } from '../support/parse';
import type { Directive } from '../../server/src/core/model/types';

type Handler = (params: unknown) => void;

/** A session wired to a stand-in connection, and a folder of config files on disk. */
async function sessionWith(t: TestContext, files: Record<string, string>): Promise<{ session: ServerSession; folder: string; open(file: string): string; type(uri: string, line: number, column: number, text: string, deleted?: number): void }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'switchyard-incremental-'));
  t.after(() => fs.rmSync(folder, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), text);
  }
  const handlers = new Map<string, Handler>();
  const connection = new Proxy({} as Connection, {
    get: (_, key: string) => (key === 'sendDiagnostics' ? () => Promise.resolve() : (handler: Handler) => void handlers.set(key, handler)),
  });
  const session = new ServerSession(connection, await wasmParsers());
  session.settings.workspaceFolder = folder;
  session.syncDocuments();
  let version = 1;
  return {
    session,
    folder,
    open(file) {
      const uri = pathToFileURL(path.join(folder, file)).href;
      handlers.get('onDidOpenTextDocument')!({ textDocument: { uri, languageId: 'nginx', version: version++, text: fs.readFileSync(path.join(folder, file), 'utf8') } });
      return uri;
    },
    type(uri, line, column, text, deleted = 0) {
      const range = { start: { line, character: column }, end: { line, character: column + deleted } };
      handlers.get('onDidChangeTextDocument')!({ textDocument: { uri, version: version++ }, contentChanges: [{ range, text }] });
    },
  };
}

const mainConfig = 'events {}\nhttp {\n    include conf.d/*.conf;\n}\n';

test('typing in an included file keeps its workspace graph, with the document as it is now', async (t) => {
  const { session, open, type } = await sessionWith(t, { 'nginx.conf': mainConfig, 'conf.d/a.conf': 'server {\n    listen 80;\n    include missing.conf;\n}\n' });
  const uri = open('conf.d/a.conf');
  const before = session.workspaceFor(uri)!;
  type(uri, 1, 13, '0');
  assert.match(session.document(uri)!.text, /listen 800;/);
  const after = session.workspaceFor(uri)!;
  assert.equal(after.graph.edges, before.graph.edges);
  const doc = session.document(uri)!;
  assert.equal(after.graph.files.get(doc.path), doc.model);
});

test('an include site found missing moves with the text above it', async (t) => {
  const { session, open, type } = await sessionWith(t, { 'nginx.conf': mainConfig, 'conf.d/a.conf': 'server {\n    include missing.conf;\n}\n' });
  const uri = open('conf.d/a.conf');
  assert.equal(session.workspaceFor(uri)!.graph.findings[0].span.start.line, 1);
  type(uri, 1, 0, '    listen 80;\n\n');
  const [finding] = session.workspaceFor(uri)!.graph.findings;
  assert.equal(finding.code, 'nginx/include-not-found');
  assert.deepEqual(finding.span.start, { line: 3, column: 12 });
});

test('changing what an include names rebuilds the graph', async (t) => {
  const { session, open, type } = await sessionWith(t, { 'nginx.conf': mainConfig, 'conf.d/a.conf': 'server {\n    include snippets/x.conf;\n}\n', 'snippets/x.conf': 'listen 80;\n', 'snippets/y.conf': 'listen 81;\n' });
  const uri = open('conf.d/a.conf');
  const targetsOf = (): string[] => session.workspaceFor(uri)!.graph.edges.filter((e) => e.from.endsWith('a.conf')).flatMap((e) => e.targets.map((p) => path.basename(p)));
  assert.deepEqual(targetsOf(), ['x.conf']);
  type(uri, 1, 21, 'y', 1);
  assert.deepEqual(targetsOf(), ['y.conf']);
  type(uri, 1, 21, 'z', 1);
  assert.deepEqual(targetsOf(), []);
  assert.equal(session.workspaceFor(uri)!.graph.findings[0]?.code, 'nginx/include-not-found');
});

test('renaming the block around an include updates the include site’s enclosing blocks', async (t) => {
  const { session, open, type } = await sessionWith(t, { 'nginx.conf': 'events {}\nhttp {\n    server {\n        include snippets/x.conf;\n    }\n}\n', 'snippets/x.conf': 'listen 80;\n' });
  const uri = open('nginx.conf');
  const enclosing = (): readonly string[] | undefined => session.workspaceFor(uri)!.graph.edges[0]?.enclosing;
  assert.deepEqual(enclosing(), ['http', 'server']);
  const includeNow = (): Directive | undefined => allDirectives(session.document(uri)!.model).find((d) => d.name === 'include');
  const include = includeNow();
  type(uri, 1, 0, 'stream', 'http'.length);
  // The include directive is untouched (the same object); only a block around it changed.
  assert.equal(includeNow(), include);
  assert.deepEqual(enclosing(), ['stream', 'server']);
});

test('a file created on disk that a glob matches is in the graph at the next change', async (t) => {
  const { session, folder, open, type } = await sessionWith(t, { 'nginx.conf': mainConfig, 'conf.d/a.conf': 'server { listen 80; }\n' });
  const uri = open('conf.d/a.conf');
  assert.equal(session.workspaceFor(uri)!.graph.files.size, 2);
  fs.writeFileSync(path.join(folder, 'conf.d', 'b.conf'), 'server { listen 81; }\n');
  type(uri, 0, 0, ' ');
  assert.ok(session.workspaceFor(uri)!.graph.files.has(path.join(folder, 'conf.d', 'b.conf')));
});
