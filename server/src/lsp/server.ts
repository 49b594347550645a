import { TextDocumentSyncKind, type Connection, type InitializeResult, type ServerCapabilities } from 'vscode-languageserver/node';
import { loadWasmParsers, type ParserSet } from '../core/parse/parserHost';
import { ServerSession } from './session';
import { URI } from './uri';
import { registerDiagnostics } from './features/diagnostics';
import { registerStructure } from './features/structure';
import { registerCodeActions } from './features/codeActions';
import { registerFormatting } from './features/formatting';
import { registerNavigation } from './features/navigation';
import { completionTriggerCharacters, registerCompletion } from './features/completion';
import { registerHover } from './features/hover';
import { registerSignatureHelp, signatureTriggerCharacters } from './features/signatureHelp';
import { registerExplain } from './features/explain';

/** Each feature module registers its handlers and says which capabilities it provides. */
const features: { register(session: ServerSession): void; capabilities: ServerCapabilities }[] = [
  { register: registerDiagnostics, capabilities: {} },
  { register: registerCodeActions, capabilities: { codeActionProvider: { codeActionKinds: ['quickfix'] } } },
  { register: registerStructure, capabilities: { documentSymbolProvider: { label: 'Switchyard' }, foldingRangeProvider: true, selectionRangeProvider: true } },
  { register: registerFormatting, capabilities: { documentFormattingProvider: true, documentRangeFormattingProvider: true } },
  { register: registerNavigation, capabilities: { definitionProvider: true, referencesProvider: true, renameProvider: { prepareProvider: true }, documentLinkProvider: { resolveProvider: false }, workspaceSymbolProvider: true } },
  { register: registerCompletion, capabilities: { completionProvider: { triggerCharacters: completionTriggerCharacters, resolveProvider: true } } },
  { register: registerHover, capabilities: { hoverProvider: true } },
  { register: registerSignatureHelp, capabilities: { signatureHelpProvider: { triggerCharacters: signatureTriggerCharacters } } },
  // A custom request (`switchyard/explain`), announced so other clients can find it.
  { register: registerExplain, capabilities: { experimental: { explainRequest: true } } },
];

/** Wires LSP to the analysis core. Handlers live in ./features; this file only assembles them. */
export function startServer(connection: Connection, parsersPromise: Promise<ParserSet> = loadWasmParsers()): void {
  connection.onInitialize(async (params): Promise<InitializeResult> => {
    const session = new ServerSession(connection, await parsersPromise);
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    if (folder?.startsWith('file:')) session.settings.workspaceFolder = URI.toPath(folder);
    connection.onDidChangeConfiguration(({ settings }) => session.updateSettings(settings));
    session.syncDocuments();
    const capabilities: ServerCapabilities = { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } };
    for (const feature of features) {
      feature.register(session);
      Object.assign(capabilities, feature.capabilities);
    }
    return { capabilities, serverInfo: { name: 'switchyard', version: '0.1.0' } };
  });
  connection.listen();
}
