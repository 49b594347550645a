/**
 * The real nginx as a test oracle: runs `nginx -t` on a config folder inside a private sandbox and
 * parses what it says. Used by the agreement test (test/oracle/nginx-agreement.test.ts).
 *
 * Sandbox: `unshare -mn` gives the run its own network namespace (nginx -t binds every `listen`
 * socket, so only a private `lo` keeps ports from clashing with the machine or with parallel runs)
 * and its own mount namespace, where tmpfs is mounted over /var/log and /var/lib/nginx: a config's
 * own absolute `error_log`/`access_log` files and the built-in temp folders then never reach the disk.
 * The startup error log goes to DIR/logs (`-e`), the prefix is DIR (`-p`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export type NginxLevel = 'emerg' | 'alert' | 'crit' | 'error' | 'warn' | 'notice' | 'info';

/** One `nginx: [level] message in file:line` line; file and line are absent when nginx gives none. */
export interface NginxMessage {
  readonly level: NginxLevel;
  readonly text: string;
  readonly file?: string;
  readonly line?: number;
}

export type NginxVerdict =
  | { readonly kind: 'accepted'; readonly warnings: readonly NginxMessage[] }
  | { readonly kind: 'rejected'; readonly error: NginxMessage; readonly warnings: readonly NginxMessage[] }
  /** nginx did not finish in time, or said nothing we understand. */
  | { readonly kind: 'broken'; readonly reason: string };

const SANDBOX_SETUP = [
  'ip link set lo up',
  'mount -t tmpfs tmpfs /var/log',
  'mkdir -p /var/log/nginx',
  'mkdir -p /var/lib/nginx',
  'mount -t tmpfs tmpfs /var/lib/nginx',
].join(' && ');

const MESSAGE = /^nginx: \[(emerg|alert|crit|error|warn|notice|info)\] (.*)$/;
/** nginx appends " in FILE:LINE" when it knows where it was reading; the message itself may name
 *  other places ("used in A:20"), so the greedy prefix makes the last " in " the one read. */
const LOCATION = /^(.*) in (\/.*):(\d+)$/;

export function parseNginxOutput(output: string): NginxMessage[] {
  const messages: NginxMessage[] = [];
  for (const raw of output.split('\n')) {
    const m = MESSAGE.exec(raw.trimEnd());
    if (!m) continue;
    const level = m[1] as NginxLevel;
    const loc = LOCATION.exec(m[2]);
    messages.push(loc ? { level, text: loc[1], file: loc[2], line: Number(loc[3]) } : { level, text: m[2] });
  }
  return messages;
}

function verdictFrom(status: number | null, output: string): NginxVerdict {
  const messages = parseNginxOutput(output);
  const warnings = messages.filter((m) => m.level === 'warn' || m.level === 'notice' || m.level === 'info');
  const error = messages.find((m) => m.level === 'emerg' || m.level === 'alert' || m.level === 'crit' || m.level === 'error');
  if (status === 0 && /test is successful/.test(output)) return { kind: 'accepted', warnings };
  if (status !== 0 && error) return { kind: 'rejected', error, warnings };
  return { kind: 'broken', reason: `exit ${status}: ${output.trim().split('\n').slice(-3).join(' | ')}` };
}

/** Why the oracle cannot run here, or undefined when it can (nginx present, sandbox allowed). */
export function nginxOracleUnavailable(): string | undefined {
  const version = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) return 'nginx is not installed';
  const probe = spawnSync('unshare', ['-mn', '--', 'sh', '-c', SANDBOX_SETUP], { encoding: 'utf8', timeout: 10_000 });
  if (probe.error || probe.status !== 0) return `cannot create the sandbox (unshare -mn, needs root): ${(probe.stderr || String(probe.error ?? '')).trim()}`;
  return undefined;
}

export function nginxVersion(): string {
  return spawnSync('nginx', ['-v'], { encoding: 'utf8' }).stderr.trim().replace(/^nginx version: /, '');
}

/**
 * Runs nginx -t processes with bounded concurrency and a time limit each; `stopAll` kills whatever
 * still runs (the whole process group, so nothing outlives the test).
 */
export class NginxOracle {
  private readonly running = new Set<ChildProcess>();
  private readonly queue: (() => void)[] = [];
  private active = 0;

  constructor(
    private readonly concurrency = 2,
    private readonly timeoutMs = 10_000,
  ) {}

  /** `nginx -t -p DIR/ -c DIR/nginx.conf` on a folder holding the config. */
  async test(dir: string): Promise<NginxVerdict> {
    await this.slot();
    try {
      return await this.run(dir);
    } finally {
      this.active--;
      this.queue.shift()?.();
    }
  }

  stopAll(): void {
    for (const child of this.running) killGroup(child);
    this.running.clear();
  }

  private slot(): Promise<void> {
    if (this.active < this.concurrency) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.queue.push(() => (this.active++, resolve())));
  }

  private run(dir: string): Promise<NginxVerdict> {
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    fs.mkdirSync(path.join(dir, 'logs'), { recursive: true });
    const nginx = ['nginx', '-t', '-p', prefix, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'logs', 'error.log')];
    const script = `${SANDBOX_SETUP} && exec ${nginx.map(shellQuote).join(' ')}`;
    return new Promise((resolve) => {
      const child = spawn('unshare', ['-mn', '--', 'sh', '-c', script], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      this.running.add(child);
      let output = '';
      child.stdout?.on('data', (d: Buffer) => (output += d.toString('utf8')));
      child.stderr?.on('data', (d: Buffer) => (output += d.toString('utf8')));
      const timer = setTimeout(() => {
        killGroup(child);
        finish({ kind: 'broken', reason: `nginx -t did not finish within ${this.timeoutMs} ms` });
      }, this.timeoutMs);
      let done = false;
      const finish = (verdict: NginxVerdict): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        this.running.delete(child);
        resolve(verdict);
      };
      child.on('error', (error) => finish({ kind: 'broken', reason: String(error) }));
      child.on('close', (status) => finish(verdictFrom(status, output)));
    });
  }
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
