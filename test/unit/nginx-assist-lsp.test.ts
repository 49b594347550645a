import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { LspSession } from '../support/lspClient';
import { assistRoot, fixture } from '../support/nginxAssist';

interface Item {
  label: string;
  detail?: string;
  documentation?: { kind: string; value: string };
  textEdit?: { newText: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };
  insertTextFormat?: number;
}

let session: LspSession;
let capabilities: Record<string, unknown>;
const uri = pathToFileURL(fixture('conf.d', 'site.conf')).href;
const text = 'server {\n    listen 80;\n    location / {\n        prox\n        proxy_pass http://app_backend;\n    }\n}\n';

before(async () => {
  session = new LspSession();
  capabilities = ((await session.initialize(assistRoot)) as { capabilities: Record<string, unknown> }).capabilities;
  const opened = session.nextDiagnostics(uri);
  await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nginx', version: 1, text } });
  await opened;
});
after(async () => session.dispose());

test('the server offers completion, hover and signature help with their trigger characters', () => {
  assert.deepEqual((capabilities.completionProvider as { triggerCharacters: string[] }).triggerCharacters, ['$', ' ', '@', '/']);
  assert.equal(capabilities.hoverProvider, true);
  assert.deepEqual((capabilities.signatureHelpProvider as { triggerCharacters: string[] }).triggerCharacters, [' ']);
});

test('completion in a location offers proxy_pass as a snippet replacing the typed word, documented on resolve', async () => {
  const list = (await session.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 12 } })) as { items: Item[] };
  const item = list.items.find((i) => i.label === 'proxy_pass');
  assert.ok(item, 'proxy_pass offered');
  assert.equal(item.textEdit?.newText, 'proxy_pass $1;');
  assert.equal(item.insertTextFormat, 2);
  assert.deepEqual(item.textEdit?.range, { start: { line: 3, character: 8 }, end: { line: 3, character: 12 } });
  assert.ok(!list.items.some((i) => i.label === 'listen'), 'listen is not allowed in a location');
  const resolved = (await session.connection.sendRequest('completionItem/resolve', item)) as Item;
  assert.equal(resolved.detail, 'ngx_http_proxy_module');
  assert.ok(resolved.documentation?.value.includes('proxy_pass URL;'));
});

test('a long list is cut to its best-ranked entries and marked incomplete, so typing asks again', async () => {
  const list = (await session.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 8 } })) as { isIncomplete: boolean; items: Item[] };
  assert.equal(list.isIncomplete, true);
  assert.equal(list.items.length, 100);
  assert.ok(list.items.some((i) => i.label === 'proxy_pass'), 'a common directive is among them');
});

test('hover over an upstream name in proxy_pass shows the upstream block from another file', async () => {
  const hover = (await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 30 } })) as {
    contents: { kind: string; value: string };
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
  };
  assert.equal(hover.contents.kind, 'markdown');
  assert.ok(hover.contents.value.includes('conf.d/upstreams.conf:1'));
  assert.ok(hover.contents.value.includes('server 10.0.0.11:8080;'));
  assert.deepEqual(hover.range, { start: { line: 4, character: 26 }, end: { line: 4, character: 37 } });
});

test('signature help shows the syntax with the argument at the cursor', async () => {
  const help = (await session.connection.sendRequest('textDocument/signatureHelp', { textDocument: { uri }, position: { line: 4, character: 20 } })) as {
    signatures: { label: string; parameters: { label: [number, number] }[] }[];
    activeParameter: number;
  };
  assert.equal(help.signatures[0].label, 'proxy_pass URL;');
  assert.deepEqual(help.signatures[0].parameters[help.activeParameter].label, [11, 14]);
});
