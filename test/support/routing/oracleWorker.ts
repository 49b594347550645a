/**
 * An oracle worker: runs inside its own `unshare -mn` sandbox (private loopback, tmpfs over
 * /var/log and /var/lib/nginx), keeps the echo upstreams up for its whole life, and for each case
 * read from stdin validates the config with `nginx -t`, starts nginx, sends the requests over raw
 * sockets, stops nginx and writes the result as one JSON line. Started by nginxRouting.ts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { ECHO_ID_HEADER, ECHO_TARGET_HEADER, ECHO_UPSTREAMS, EchoJournal, startEchoUpstream } from './echoUpstream';
import { sendRaw, type Exchange } from './rawHttp';
import type { CaseJob, CaseResult, NginxNote, NginxRun } from './workerProtocol';

const REQUEST_TIMEOUT_MS = 2_000;
const START_TIMEOUT_MS = 5_000;
const STOP_GRACE_MS = 2_000;

const NOTE = /^nginx: \[(\w+)\] (.*)$/;

function notesOf(output: string): NginxNote[] {
  return output.split('\n').flatMap((line) => {
    const m = NOTE.exec(line.trimEnd());
    return m ? [{ level: m[1], text: m[2] }] : [];
  });
}

function nginxArgs(dir: string): string[] {
  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  return ['-p', prefix, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'logs', 'error.log')];
}

function pidFile(dir: string): string {
  return path.join(dir, 'logs', 'nginx.pid');
}

async function runCase(job: CaseJob): Promise<NginxRun> {
  fs.mkdirSync(path.join(job.dir, 'logs'), { recursive: true });
  const test = spawnSync('nginx', ['-t', ...nginxArgs(job.dir)], { encoding: 'utf8', timeout: 10_000 });
  const testOutput = `${test.stdout ?? ''}${test.stderr ?? ''}`;
  if (test.status !== 0) {
    const messages = notesOf(testOutput);
    return messages.length > 0 ? { kind: 'rejected', messages } : { kind: 'broken', reason: `nginx -t: ${testOutput.trim() || String(test.error)}` };
  }
  const warnings = notesOf(testOutput).filter((n) => n.level !== 'emerg');
  // One foreground process (no master, no workers), left in the worker's process group so that
  // stopping the worker's group stops a nginx the worker could not.
  const nginx = spawn('nginx', [...nginxArgs(job.dir), '-g', 'daemon off; master_process off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let startOutput = '';
  nginx.stderr?.on('data', (d: Buffer) => (startOutput += d.toString('utf8')));
  try {
    const started = await waitForStart(nginx, pidFile(job.dir));
    if (started !== 'ready') return { kind: 'broken', reason: `nginx did not start (${started}): ${startOutput.trim()}` };
    const exchanges = await Promise.all(job.requests.map((request) => sendRaw(request, REQUEST_TIMEOUT_MS)));
    // A loaded machine can starve one exchange: ask again, alone, before calling it a timeout.
    for (const [i, exchange] of exchanges.entries()) {
      if (exchange.kind === 'timeout') exchanges[i] = await sendRaw(job.requests[i], REQUEST_TIMEOUT_MS * 2);
    }
    return { kind: 'answered', warnings, exchanges: exchanges.map(withEchoTarget) };
  } finally {
    await stop(nginx);
  }
}

/**
 * nginx writes its pid file after binding every listen socket, so its own pid in the file means
 * "connectable" (`nginx -t` leaves a pid file behind too: only the content tells them apart).
 */
function waitForStart(nginx: ChildProcess, pidPath: string): Promise<'ready' | 'exited' | 'timeout'> {
  return new Promise((resolve) => {
    const deadline = Date.now() + START_TIMEOUT_MS;
    const poll = (): void => {
      if (nginx.exitCode !== null || nginx.signalCode !== null) return resolve('exited');
      if (readPid(pidPath) === nginx.pid) return resolve('ready');
      if (Date.now() > deadline) return resolve('timeout');
      setTimeout(poll, 2);
    };
    poll();
  });
}

const journal = new EchoJournal();

/** Puts the target an echo upstream received (kept in the journal under the id it answered with) into the exchange. */
function withEchoTarget(exchange: Exchange): Exchange {
  if (exchange.kind !== 'response') return exchange;
  const id = exchange.response.headers[ECHO_ID_HEADER];
  const target = id === undefined ? undefined : journal.take(Number(id));
  if (target === undefined) return exchange;
  return { kind: 'response', response: { ...exchange.response, headers: { ...exchange.response.headers, [ECHO_TARGET_HEADER]: target } } };
}

function readPid(pidPath: string): number | undefined {
  try {
    return Number(fs.readFileSync(pidPath, 'utf8').trim());
  } catch {
    return undefined;
  }
}

function stop(nginx: ChildProcess): Promise<void> {
  if (nginx.pid === undefined || nginx.exitCode !== null || nginx.signalCode !== null) return Promise.resolve();
  const pid = nginx.pid;
  return new Promise((resolve) => {
    const kill = setTimeout(() => signal(pid, 'SIGKILL'), STOP_GRACE_MS);
    nginx.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    signal(pid, 'SIGQUIT');
  });
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

async function main(): Promise<void> {
  await Promise.all(ECHO_UPSTREAMS.map((address) => startEchoUpstream(address, journal)));
  process.stdout.write(JSON.stringify({ ready: true }) + '\n');
  const lines = readline.createInterface({ input: process.stdin });
  // One case at a time: the ports are reused from case to case.
  const queue: CaseJob[] = [];
  let busy = false;
  const drain = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    while (queue.length > 0) {
      const job = queue.shift()!;
      const began = Date.now();
      let run: NginxRun;
      try {
        run = await runCase(job);
      } catch (error) {
        run = { kind: 'broken', reason: String(error) };
      }
      const result: CaseResult = { id: job.id, run, elapsedMs: Date.now() - began };
      process.stdout.write(JSON.stringify(result) + '\n');
    }
    busy = false;
  };
  lines.on('line', (line) => {
    if (!line.trim()) return;
    queue.push(JSON.parse(line) as CaseJob);
    void drain();
  });
  lines.on('close', () => {
    const finish = (): void => (busy || queue.length > 0 ? void setTimeout(finish, 10) : process.exit(0));
    finish();
  });
}

void main();
