// Shared helpers for the editor end-to-end tests: locating fixtures in the (copied) workspace,
// opening documents, and polling for results that arrive asynchronously from the language server.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'switchyard.switchyard';

/**
 * How long to wait for an answer from the language server. The first answer can take a while (the
 * server process starts and loads its parsers); once anything has come back, answers take
 * milliseconds, and if the very first wait got nothing at all the server is most likely not running,
 * so the remaining tests fail quickly instead of each waiting the full start-up time.
 */
const COLD_WAIT_MS = 15_000;
const WARM_WAIT_MS = 5_000;
const DEAD_WAIT_MS = 2_000;
const POLL_INTERVAL_MS = 100;
let serverState: 'cold' | 'warm' | 'dead' = 'cold';

function serverWaitMs(): number {
  return serverState === 'cold' ? COLD_WAIT_MS : serverState === 'warm' ? WARM_WAIT_MS : DEAD_WAIT_MS;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e run must open the fixture workspace folder');
  return folder.uri;
}

export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

export async function openFixture(relativePath: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(fixtureUri(relativePath));
}

/**
 * Calls `probe` until it returns something other than `undefined`, or fails with `what` after
 * `timeoutMs`. Probes that throw are retried (a provider may not be registered yet).
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const suffix = lastError === undefined ? '' : ` (last error: ${String(lastError)})`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${suffix}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

/**
 * `waitFor` for something only the language server can produce; the timeout follows what is known
 * about the server so far (see COLD_WAIT_MS).
 */
export async function waitForServer<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
): Promise<T> {
  try {
    const value = await waitFor(what, probe, serverWaitMs());
    serverState = 'warm';
    return value;
  } catch (err) {
    if (serverState === 'cold') serverState = 'dead';
    throw err;
  }
}

/** Waits until the document has at least one diagnostic and returns them all. */
export async function waitForDiagnostics(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  return waitForServer(`diagnostics for ${vscode.workspace.asRelativePath(uri)}`, () => {
    const diagnostics = vscode.languages.getDiagnostics(uri);
    return diagnostics.length > 0 ? diagnostics : undefined;
  });
}

export function errorsOf(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics
    .map((d) => `${vscode.DiagnosticSeverity[d.severity]} ${d.range.start.line}:${d.range.start.character} [${d.source ?? ''}] ${d.message}`)
    .join('; ');
}

/** Document symbols, waiting until the server has produced at least one. */
export async function waitForSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return waitForServer(`document symbols for ${vscode.workspace.asRelativePath(uri)}`, async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
      'vscode.executeDocumentSymbolProvider',
      uri,
    );
    return symbols && symbols.length > 0 ? symbols : undefined;
  });
}

export function flattenSymbols(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  const all: vscode.DocumentSymbol[] = [];
  const visit = (list: readonly vscode.DocumentSymbol[] | undefined): void => {
    for (const symbol of list ?? []) {
      all.push(symbol);
      visit(symbol.children);
    }
  };
  visit(symbols);
  return all;
}

export function symbolNames(symbols: readonly vscode.DocumentSymbol[]): string {
  return flattenSymbols(symbols)
    .map((s) => JSON.stringify(s.name))
    .join(', ');
}

/** 0-based line of the first line of `document` that matches `pattern`. */
export function lineOf(document: vscode.TextDocument, pattern: RegExp): number {
  for (let line = 0; line < document.lineCount; line++) {
    if (pattern.test(document.lineAt(line).text)) return line;
  }
  throw new Error(`no line matches ${pattern} in ${vscode.workspace.asRelativePath(document.uri)}`);
}

export function formatRange(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/**
 * Waits until the document has a diagnostic satisfying `matches`; on timeout the error lists the
 * diagnostics that did arrive, which is what one needs to see when this fails.
 */
export async function waitForDiagnostic(
  uri: vscode.Uri,
  what: string,
  matches: (diagnostic: vscode.Diagnostic) => boolean,
): Promise<vscode.Diagnostic> {
  try {
    return await waitForServer(what, () => vscode.languages.getDiagnostics(uri).find(matches));
  } catch (err) {
    const seen = describeDiagnostics(vscode.languages.getDiagnostics(uri));
    throw new Error(`${(err as Error).message}; diagnostics present: ${seen}`);
  }
}

/**
 * Opens `barrierPath` (a fixture with a syntax error) after the documents under test and waits for
 * its diagnostics. The server handles documents in the order they are opened, so once the barrier's
 * diagnostics are in, anything it had to say about the earlier documents has been published too.
 * This is how "no errors" is told apart from "no answer yet" without sleeping.
 */
export async function diagnosticsBarrier(barrierPath: string): Promise<void> {
  const barrier = await openFixture(barrierPath);
  await waitForDiagnostics(barrier.uri);
}
