import * as assert from 'assert';
import * as vscode from 'vscode';
import { flattenSymbols, openFixture, symbolNames, waitForSymbols } from './helpers';

async function outline(file: string): Promise<vscode.DocumentSymbol[]> {
  const document = await openFixture(file);
  return waitForSymbols(document.uri);
}

function findSymbol(
  symbols: readonly vscode.DocumentSymbol[],
  what: string,
  matches: (symbol: vscode.DocumentSymbol) => boolean,
): vscode.DocumentSymbol {
  const found = flattenSymbols(symbols).find(matches);
  assert.ok(found, `no ${what} among the symbols: ${symbolNames(symbols)}`);
  return found;
}

const isExampleServer = (s: vscode.DocumentSymbol): boolean =>
  s.name.startsWith('server') && s.name.includes('example.test');

suite('Document symbols', () => {
  test('an nginx server block is outlined with its server_name', async () => {
    const symbols = await outline('nginx.conf');
    findSymbol(symbols, 'server symbol naming example.test', isExampleServer);
  });

  test('an nginx location is outlined as a child of its server, with its path', async () => {
    const symbols = await outline('nginx.conf');
    const server = findSymbol(symbols, 'server symbol naming example.test', isExampleServer);
    const inside = flattenSymbols(server.children);
    const location = inside.find((s) => s.name.startsWith('location') && s.name.includes('/api/'));
    assert.ok(location, `no "location ... /api/" under ${JSON.stringify(server.name)}: ${symbolNames(server.children)}`);
  });

  test('an nginx upstream is outlined by its name', async () => {
    const symbols = await outline('nginx.conf');
    findSymbol(symbols, '"upstream backend" symbol', (s) => s.name === 'upstream backend');
  });

  test('a Caddyfile site is outlined by its address', async () => {
    const symbols = await outline('Caddyfile');
    findSymbol(symbols, 'site symbol naming example.test', (s) =>
      s.name.split(/,\s*/).includes('example.test'),
    );
  });

  test('a Caddyfile snippet is outlined as (common)', async () => {
    const symbols = await outline('Caddyfile');
    findSymbol(symbols, '"(common)" snippet symbol', (s) => s.name === '(common)');
  });

  test('a Caddyfile named matcher is outlined as @api', async () => {
    const symbols = await outline('Caddyfile');
    findSymbol(symbols, '"@api" matcher symbol', (s) => s.name === '@api' || s.name.startsWith('@api '));
  });
});
