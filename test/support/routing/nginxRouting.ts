/**
 * The parent's side of the routing oracle: a small pool of sandboxed workers (oracleWorker.ts),
 * each started as `unshare -mn -- sh -c 'setup && exec node oracleWorker.js'`, fed cases one JSON
 * line at a time. Every worker is stopped by its process group when the pool closes.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import * as readline from 'node:readline';
import type { CaseJob, CaseResult } from './workerProtocol';

/** A private loopback (IPv4 and ::1), and tmpfs where nginx's built-in log and temp paths point. */
const SANDBOX_SETUP = [
  'ip link set lo up',
  'mount -t tmpfs tmpfs /var/log',
  'mkdir -p /var/log/nginx /var/lib/nginx',
  'mount -t tmpfs tmpfs /var/lib/nginx',
].join(' && ');

/** A case that takes longer than this means a stuck worker: the pool fails rather than hangs. */
const CASE_TIMEOUT_MS = 60_000;

/** Why the routing oracle cannot run here, or undefined when it can. */
export function routingOracleUnavailable(): string | undefined {
  const version = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) return 'nginx is not installed';
  const probe = spawnSync('unshare', ['-mn', '--', 'sh', '-c', SANDBOX_SETUP], { encoding: 'utf8', timeout: 10_000 });
  if (probe.error || probe.status !== 0) return `cannot create the sandbox (unshare -mn, needs root): ${(probe.stderr || String(probe.error ?? '')).trim()}`;
  return undefined;
}

interface Pending {
  readonly resolve: (result: CaseResult) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

class OracleWorker {
  private readonly pending = new Map<number, Pending>();
  private readonly ready: Promise<void>;
  private stderr = '';
  /** Cases sent and not yet answered: the pool gives new ones to the least loaded worker. */
  get load(): number {
    return this.pending.size;
  }

  constructor(private readonly child: ChildProcess) {
    let markReady: () => void = () => undefined;
    let failReady: (error: Error) => void = () => undefined;
    this.ready = new Promise((resolve, reject) => ((markReady = resolve), (failReady = reject)));
    child.stderr?.on('data', (d: Buffer) => (this.stderr = (this.stderr + d.toString('utf8')).slice(-4000)));
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const message = JSON.parse(line) as CaseResult | { ready: true };
      if ('ready' in message) return markReady();
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      clearTimeout(waiting.timer);
      this.pending.delete(message.id);
      waiting.resolve(message);
    });
    child.on('exit', (code, signal) => {
      const error = new Error(`oracle worker exited (${code ?? signal}): ${this.stderr.trim()}`);
      failReady(error);
      for (const waiting of this.pending.values()) {
        clearTimeout(waiting.timer);
        waiting.reject(error);
      }
      this.pending.clear();
    });
  }

  waitReady(): Promise<void> {
    return this.ready;
  }

  run(job: CaseJob): Promise<CaseResult> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(job.id);
        reject(new Error(`case ${job.id} got no answer within ${CASE_TIMEOUT_MS} ms`));
      }, CASE_TIMEOUT_MS);
      this.pending.set(job.id, { resolve, reject, timer });
      this.child.stdin!.write(JSON.stringify(job) + '\n');
    });
  }

  stop(): void {
    this.child.stdin?.end();
    if (this.child.pid === undefined || this.child.exitCode !== null) return;
    try {
      process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

export class NginxRoutingOracle {
  private constructor(private readonly workers: readonly OracleWorker[]) {}

  static async start(workerCount: number): Promise<NginxRoutingOracle> {
    const script = path.join(__dirname, 'oracleWorker.js');
    const workers = Array.from({ length: workerCount }, () => {
      const command = `${SANDBOX_SETUP} && exec ${shellQuote(process.execPath)} ${shellQuote(script)}`;
      const child = spawn('unshare', ['-mn', '--', 'sh', '-c', command], { detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
      return new OracleWorker(child);
    });
    const oracle = new NginxRoutingOracle(workers);
    try {
      await Promise.all(workers.map((w) => w.waitReady()));
    } catch (error) {
      oracle.stop();
      throw error;
    }
    return oracle;
  }

  run(job: CaseJob): Promise<CaseResult> {
    const worker = this.workers.reduce((best, w) => (w.load < best.load ? w : best));
    return worker.run(job);
  }

  stop(): void {
    for (const worker of this.workers) worker.stop();
  }
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
