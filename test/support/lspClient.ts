import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { repoRoot } from './parse';

export interface PublishedDiagnostics {
  uri: string;
  diagnostics: { range: { start: { line: number; character: number } }; message: string; code?: string; severity?: number; source?: string }[];
}

/** The built language server over stdio, driven like an editor would. */
export class LspSession {
  private readonly child: ChildProcess;
  readonly connection: MessageConnection;
  private readonly diagnosticWaiters: ((p: PublishedDiagnostics) => void)[] = [];
  readonly published: PublishedDiagnostics[] = [];

  constructor() {
    this.child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.push(p);
      for (const waiter of this.diagnosticWaiters.splice(0)) waiter(p);
    });
    this.connection.listen();
  }

  async initialize(rootPath = repoRoot): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: `file://${rootPath}`, capabilities: {} });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  nextDiagnostics(uri: string, timeoutMs = 10_000): Promise<PublishedDiagnostics> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      const waiter = (p: PublishedDiagnostics): void => {
        if (p.uri !== uri) {
          this.diagnosticWaiters.push(waiter);
          return;
        }
        clearTimeout(timer);
        resolve(p);
      };
      this.diagnosticWaiters.push(waiter);
    });
  }

  async dispose(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone.
    }
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}
