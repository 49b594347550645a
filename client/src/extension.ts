// The VS Code side of Switchyard: a thin language client. All analysis lives in the language
// server (dist/server.js); this file only starts it, tells it which documents to watch and hands it
// the `switchyard.*` settings.
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
  // start() also registers the client for disposal; a failure is reported in the output channel
  // rather than failing activation, so the languages and grammars keep working without a server.
  try {
    await client.start();
  } catch (err) {
    outputChannel.appendLine(`Switchyard language server failed to start: ${String(err)}`);
  }
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop();
  }
}
