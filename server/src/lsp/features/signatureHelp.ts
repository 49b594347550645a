import { MarkupKind, type SignatureHelp } from 'vscode-languageserver/node';
import type { ServerSession } from '../session';
import { signatureAt } from '../../core/analysis/signatureHelp';
import { assistSupport } from './assistSupport';

/** Typing a space after a directive or an argument shows the syntax with the next parameter. */
export const signatureTriggerCharacters = [' '];

/** Signature help: the directive's syntax lines with the argument at the cursor highlighted. */
export function registerSignatureHelp(session: ServerSession): void {
  const support = assistSupport(session);
  session.connection.onSignatureHelp(({ textDocument, position }): SignatureHelp | null => {
    const site = support.at(textDocument.uri, position);
    const result = site ? signatureAt(site.view, site.index, site.assist) : undefined;
    if (!result) return null;
    const active = result.signatures[result.activeSignature];
    return {
      signatures: result.signatures.map((s) => ({
        label: s.label,
        parameters: s.parameters.map(([start, end]) => ({ label: [start, end] as [number, number] })),
        documentation: s.documentation ? { kind: MarkupKind.Markdown, value: s.documentation } : undefined,
      })),
      activeSignature: result.activeSignature,
      // Past the last parameter: point outside the list so that none is highlighted.
      activeParameter: result.activeParameter === -1 ? active.parameters.length : result.activeParameter,
    };
  });
}
