import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  describeDiagnostics,
  diagnosticsBarrier,
  errorsOf,
  lineOf,
  openFixture,
  waitForDiagnostic,
} from './helpers';

const isSwitchyardError = (d: vscode.Diagnostic): boolean =>
  d.severity === vscode.DiagnosticSeverity.Error && d.source === 'switchyard';

suite('Syntax diagnostics', () => {
  test('a missing semicolon after a directive is an error on that directive\'s line', async () => {
    const document = await openFixture('diagnostics/missing-semicolon.nginx');
    const listenLine = lineOf(document, /^\s*listen 80\s*$/);
    const diagnostic = await waitForDiagnostic(
      document.uri,
      `a switchyard error on line ${listenLine}`,
      (d) => isSwitchyardError(d) && d.range.start.line === listenLine,
    );
    assert.match(diagnostic.message, /;/, 'the message should mention the missing semicolon');
  });

  test('an unclosed nginx server block is an error that names the server block', async () => {
    const document = await openFixture('diagnostics/unclosed-server.nginx');
    await waitForDiagnostic(
      document.uri,
      'a switchyard error mentioning "unclosed" and "server"',
      (d) => isSwitchyardError(d) && /unclosed/i.test(d.message) && /server/.test(d.message),
    );
  });

  test('a valid nginx file has no error diagnostics', async () => {
    const document = await openFixture('nginx.conf');
    await diagnosticsBarrier('diagnostics/barrier.nginx');
    const errors = errorsOf(vscode.languages.getDiagnostics(document.uri));
    assert.strictEqual(errors.length, 0, `unexpected errors: ${describeDiagnostics(errors)}`);
  });

  test('an unclosed Caddyfile site block is an unclosed-block error', async () => {
    const document = await openFixture('diagnostics/unclosed.caddyfile');
    await waitForDiagnostic(
      document.uri,
      'a switchyard error mentioning "unclosed"',
      (d) => isSwitchyardError(d) && /unclosed/i.test(d.message),
    );
  });

  test('a valid Caddyfile has no error diagnostics', async () => {
    const document = await openFixture('Caddyfile');
    await diagnosticsBarrier('diagnostics/barrier.caddyfile');
    const errors = errorsOf(vscode.languages.getDiagnostics(document.uri));
    assert.strictEqual(errors.length, 0, `unexpected errors: ${describeDiagnostics(errors)}`);
  });
});
