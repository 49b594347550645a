// The VS Code side of Switchyard: a thin language client. All analysis lives in the language
// server (dist/server.js); this file only starts it, tells it which documents to watch, hands it
// the `switchyard.*` settings, and shows what its `switchyard/explain` request answers.
import * as vscode from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

const LANGUAGES = ['nginx', 'caddyfile'] as const;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };

  const outputChannel = vscode.window.createOutputChannel('Switchyard');
  context.subscriptions.push(outputChannel);

  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    // Included files change on disk too: the server re-reads them when told.
    synchronize: {
      configurationSection: 'switchyard',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.conf,*.nginx,*.nginxconf,*.conf.j2,*.conf.template,Caddyfile,Caddyfile.*,*.caddyfile,*.Caddyfile,*.caddy}'),
    },
    outputChannel,
  };

  client = new LanguageClient('switchyard', 'Switchyard', serverOptions, clientOptions);
  registerExplainCommand(context);
  // start() also registers the client for disposal; a failure is reported in the output channel
  // rather than failing activation, so the languages and grammars keep working without a server.
  try {
    await client.start();
  } catch (err) {
    outputChannel.appendLine(`Switchyard language server failed to start: ${String(err)}`);
  }
}

const EXPLAIN_COMMAND = 'switchyard.explainRequest';
const EXPLANATION_SCHEME = 'switchyard-explanation';
const LAST_URL_KEY = 'switchyard.explain.lastUrl';
const MAX_KEPT_EXPLANATIONS = 20;

/** What the command accepts when called programmatically (tests, keybindings): skips the prompts. */
interface ExplainCommandArgs {
  uri?: string;
  url?: string;
  host?: string | null;
  method?: string;
  headers?: [string, string][];
  addr?: string;
  files?: 'exist' | 'missing' | 'fs';
}

interface ExplainResult {
  markdown: string;
  root: string;
}

/** What the command returns: the server's answer and the read-only document showing it. */
interface ExplainCommandResult extends ExplainResult {
  document: string;
}

/**
 * "Switchyard: Explain a Request…": asks for a URL (remembering the last), asks the server, and
 * shows the Markdown in a preview. Explanations are read-only virtual documents, so closing one
 * never asks to save it.
 */
function registerExplainCommand(context: vscode.ExtensionContext): void {
  const explanations = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  let counter = 0;
  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(EXPLANATION_SCHEME, {
      onDidChange: changed.event,
      provideTextDocumentContent: (uri) => explanations.get(uri.toString()) ?? '',
    }),
    vscode.commands.registerCommand(EXPLAIN_COMMAND, async (given?: ExplainCommandArgs | vscode.Uri): Promise<ExplainCommandResult | undefined> => {
      const args: ExplainCommandArgs = given instanceof vscode.Uri ? { uri: given.toString() } : (given ?? {});
      const editor = vscode.window.activeTextEditor?.document;
      const uri = args.uri ?? (editor && (LANGUAGES as readonly string[]).includes(editor.languageId) ? editor.uri.toString() : undefined);
      if (!uri) {
        void vscode.window.showErrorMessage('Switchyard: open an nginx configuration (or a file it includes) first.');
        return undefined;
      }
      const url =
        args.url ??
        (await vscode.window.showInputBox({
          title: 'Switchyard: Explain a Request',
          prompt: 'http://ADDRESS:PORT/target, sent exactly as written (a host name instead of the address is the Host header, arriving on 127.0.0.1)',
          placeHolder: 'http://127.0.0.1:80/api/users?id=1',
          value: context.workspaceState.get<string>(LAST_URL_KEY) ?? 'http://127.0.0.1:80/',
          ignoreFocusOut: true,
          validateInput: (text) => (/^https?:\/\//i.test(text) ? undefined : 'Start with http:// or https://'),
        }));
      if (!url) return undefined;
      await context.workspaceState.update(LAST_URL_KEY, url);
      if (!client) return undefined;
      let result: ExplainResult;
      try {
        result = await client.sendRequest<ExplainResult>('switchyard/explain', { ...args, uri, url });
      } catch (err) {
        void vscode.window.showErrorMessage(`Switchyard: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
      }
      // The tab title: the target, with slashes that cannot be in a file name swapped for look-alikes.
      const target = (url.replace(/^https?:\/\/[^/?#]*/i, '') || '/').slice(0, 60).replace(/[/\\]/g, '∕');
      const document = vscode.Uri.from({ scheme: EXPLANATION_SCHEME, path: `/${++counter}/Explain ${target}.md` });
      explanations.set(document.toString(), result.markdown);
      // Old explanations are dropped once their previews are likely gone; they are cheap to redo.
      if (explanations.size > MAX_KEPT_EXPLANATIONS) explanations.delete(explanations.keys().next().value as string);
      changed.fire(document);
      try {
        await vscode.commands.executeCommand('markdown.showPreview', document);
      } catch {
        // Without the built-in Markdown extension, the source is still readable.
        await vscode.window.showTextDocument(document, { preview: true });
      }
      return { ...result, document: document.toString() };
    }),
  );
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop();
  }
}
