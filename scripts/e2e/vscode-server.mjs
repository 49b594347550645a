// The VS Code server inside code-server, started directly (the code-server launcher drops test
// paths) on a free local port, without a connection token, with the run's fresh directories.
import net from 'node:net';

import { sleep, startGroup } from './process-groups.mjs';
import { serverMain } from './paths.mjs';

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function freePort() {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 10000);
    if (await portIsFree(port)) return port;
  }
  throw new Error('no free port found in 20000-29999');
}

/**
 * Starts the server in its own process group; its output goes to `serverLog` (and to stdout with
 * `verbose`). Returns at once: the caller owns `process` (to stop it) before waiting for
 * `listening()`, so a server that never comes up is still stopped.
 */
export async function startVsCodeServer({ cwd, dirs, env, serverLog, verbose }) {
  const port = await freePort();
  const server = startGroup('VS Code server', process.execPath, [
    serverMain,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--disable-workspace-trust',
    '--telemetry-level', 'off',
    '--server-data-dir', dirs['server-data'],
    '--user-data-dir', dirs['user-data'],
    '--extensions-dir', dirs.extensions,
  ], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [server.stdout, server.stderr]) {
    stream.on('data', (data) => {
      serverLog.write(data);
      if (verbose) process.stdout.write(`[server] ${data}`);
    });
  }
  const base = `http://127.0.0.1:${port}`;
  let serverGone = false;
  server.exited.then(() => (serverGone = true));
  return {
    process: server,
    port,
    base,
    /** Whether the server has exited (it should not, before we stop it). */
    gone: () => serverGone,
    /** Resolves once the server answers HTTP; `remaining()` is the run's time left in ms. */
    async listening(remaining) {
      for (;;) {
        if (serverGone) throw new Error('the VS Code server exited during start-up (see .e2e/last-run/server.log)');
        if (remaining() === 0) throw new Error('timed out waiting for the VS Code server to listen');
        try {
          const response = await fetch(`${base}/`, { signal: AbortSignal.timeout(2000) });
          if (response.ok) break;
        } catch {
          // not listening yet
        }
        await sleep(100);
      }
    },
  };
}
