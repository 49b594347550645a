// Helpers shared by the editor-feature tests (hover, completion, navigation, formatting, quick
// fixes): finding a cursor position in a fixture, asking VS Code's provider commands, and reading
// their answers in a form that makes a failure message useful.
import * as vscode from 'vscode';
import { lineOf, waitForServer } from './helpers';

/**
 * The position just after `text` (or `offset` characters into it) on the first line matching
 * `line`: where the cursor sits when the user has typed up to there.
 */
export function positionAt(document: vscode.TextDocument, line: RegExp, text: string, offset = text.length): vscode.Position {
  const at = lineOf(document, line);
  const column = document.lineAt(at).text.indexOf(text);
  if (column < 0) throw new Error(`line ${at} of ${vscode.workspace.asRelativePath(document.uri)} has no ${JSON.stringify(text)}`);
  return new vscode.Position(at, column + offset);
}

/** The text of a hover's contents, whichever form each part comes in. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Hover text at `position`, once the language server has something to say there. */
export async function waitForHover(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  return waitForServer(`a hover at ${position.line}:${position.character}`, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hoverText(hovers ?? []);
    return text.trim() ? text : undefined;
  });
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/**
 * Completion labels from the language server at `position`. VS Code falls back to words of the
 * document (kind Text) when no provider answers; the server never uses that kind, so those are
 * left out, and an answer counts only once the server has given at least one item.
 */
export async function waitForCompletionLabels(document: vscode.TextDocument, position: vscode.Position, triggerCharacter?: string): Promise<string[]> {
  return waitForServer(`completion items at ${position.line}:${position.character}`, async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      position,
      triggerCharacter,
    );
    const labels = (list?.items ?? []).filter((i) => i.kind !== vscode.CompletionItemKind.Text).map(labelOf);
    return labels.length > 0 ? labels : undefined;
  });
}

export function describeLabels(labels: readonly string[], max = 40): string {
  const shown = labels.slice(0, max).join(', ');
  return labels.length > max ? `${shown}, … (${labels.length} in all)` : shown;
}

/** Where a definition or reference points, whichever of the two shapes the provider used. */
export function targetOf(location: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in location
    ? { uri: location.targetUri, range: location.targetSelectionRange ?? location.targetRange }
    : { uri: location.uri, range: location.range };
}

export function describeLocation(location: { uri: vscode.Uri; range: vscode.Range }): string {
  const { start } = location.range;
  return `${vscode.workspace.asRelativePath(location.uri)}:${start.line}:${start.character}`;
}

/** The same file, however the two URIs were spelt. */
export function sameFile(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.fsPath === b.fsPath;
}

/** The document's text with `edits` applied (non-overlapping, as providers return them). */
export function applyEdits(document: vscode.TextDocument, edits: readonly vscode.TextEdit[]): string {
  const text = document.getText();
  const ordered = edits
    .map((e) => ({ start: document.offsetAt(e.range.start), end: document.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of ordered) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}
