import * as assert from 'assert';
import * as vscode from 'vscode';
import { formatRange, lineOf, openFixture, waitForServer } from './helpers';

/** The line of the `}` that closes the block opened on `openLine` (fixtures have no braces in strings). */
function closingLine(document: vscode.TextDocument, openLine: number): number {
  let depth = 0;
  for (let line = openLine; line < document.lineCount; line++) {
    for (const char of document.lineAt(line).text.replace(/#.*/, '')) {
      if (char === '{') depth++;
      else if (char === '}' && --depth === 0) return line;
    }
  }
  throw new Error(`no closing brace for the block on line ${openLine}`);
}

async function foldingRanges(uri: vscode.Uri): Promise<vscode.FoldingRange[]> {
  return waitForServer('folding ranges', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>(
      'vscode.executeFoldingRangeProvider',
      uri,
    );
    return ranges && ranges.length > 0 ? ranges : undefined;
  });
}

/** A range folding the block from `openLine` to `closeLine`; the last line may be kept visible. */
function foldsBlock(range: vscode.FoldingRange, openLine: number, closeLine: number): boolean {
  return range.start === openLine && (range.end === closeLine || range.end === closeLine - 1);
}

function describeFolds(ranges: readonly vscode.FoldingRange[]): string {
  return ranges.map((r) => `${r.start}-${r.end}`).join(', ');
}

function chainOf(selection: vscode.SelectionRange): vscode.Range[] {
  const chain: vscode.Range[] = [];
  for (let s: vscode.SelectionRange | undefined = selection; s; s = s.parent) chain.push(s.range);
  return chain;
}

suite('Folding and selection ranges', () => {
  // The folding fixtures are unindented on purpose: for indented text VS Code computes folds from
  // indentation by itself, which would make these tests pass without a language server.
  test('an nginx server block folds from its header to its closing brace', async () => {
    const document = await openFixture('structure/flat.nginx');
    const serverLine = lineOf(document, /^server\s*\{/);
    const closeLine = closingLine(document, serverLine);
    const ranges = await foldingRanges(document.uri);
    assert.ok(
      ranges.some((r) => foldsBlock(r, serverLine, closeLine)),
      `no folding range ${serverLine}-${closeLine} (or -${closeLine - 1}) among: ${describeFolds(ranges)}`,
    );
  });

  test('a Caddyfile site block folds from its address to its closing brace', async () => {
    const document = await openFixture('structure/flat.caddyfile');
    const siteLine = lineOf(document, /^flat\.example\.test/);
    const closeLine = closingLine(document, siteLine);
    const ranges = await foldingRanges(document.uri);
    assert.ok(
      ranges.some((r) => foldsBlock(r, siteLine, closeLine)),
      `no folding range ${siteLine}-${closeLine} (or -${closeLine - 1}) among: ${describeFolds(ranges)}`,
    );
  });

  test('selection grows from a word to its directive to its enclosing block', async () => {
    const document = await openFixture('nginx.conf');
    const serverLine = lineOf(document, /^\s*server\s*\{/);
    const closeLine = closingLine(document, serverLine);
    const directiveLine = lineOf(document, /^\s*server_name /);
    const text = document.lineAt(directiveLine).text;
    const nameStart = text.indexOf('server_name');
    const wordStart = text.indexOf('example.test');
    const semicolon = text.indexOf(';');

    // `example.test` as one word: the editor's own word ranges stop at the dot, so this range can
    // only come from the language server.
    const word = new vscode.Range(directiveLine, wordStart, directiveLine, wordStart + 'example.test'.length);
    const isDirective = (r: vscode.Range): boolean =>
      r.start.isEqual(new vscode.Position(directiveLine, nameStart)) &&
      r.end.line === directiveLine &&
      (r.end.character === semicolon || r.end.character === semicolon + 1);
    const serverColumn = document.lineAt(serverLine).firstNonWhitespaceCharacterIndex;
    const isBlock = (r: vscode.Range): boolean =>
      r.start.isEqual(new vscode.Position(serverLine, serverColumn)) && r.end.line === closeLine;

    let lastSeen: vscode.Range[] = [];
    const chain = await waitForServer('a selection range covering exactly "example.test"', async () => {
      const result = await vscode.commands.executeCommand<vscode.SelectionRange[] | undefined>(
        'vscode.executeSelectionRangeProvider',
        document.uri,
        [new vscode.Position(directiveLine, wordStart + 3)],
      );
      lastSeen = result?.[0] ? chainOf(result[0]) : [];
      return lastSeen.some((r) => r.isEqual(word)) ? lastSeen : undefined;
    }).catch((err: Error) => {
      throw new Error(`${err.message}; ranges seen: ${lastSeen.map(formatRange).join(' < ') || '(none)'}`);
    });
    const described = chain.map(formatRange).join(' < ');
    const wordIndex = chain.findIndex((r) => r.isEqual(word));
    const directiveIndex = chain.findIndex(isDirective);
    const blockIndex = chain.findIndex(isBlock);
    assert.ok(directiveIndex > wordIndex, `no server_name directive range above the word in: ${described}`);
    assert.ok(blockIndex > directiveIndex, `no server block range above the directive in: ${described}`);
  });
});
