// Every process the e2e harness starts leads its own process group, and is stopped by that group's
// id: the VS Code server and chromium fork helpers (extension host, language server, renderers)
// that must not outlive a run, whatever way it ends.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

import { log } from './log.mjs';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** pgid → label, for every process group this script started and has not yet reaped. */
const groups = new Map();
/** Where to say how long each stop took (--verbose), or undefined. */
let stopLog;

/** Reports every stopGroup through `logLine` from now on (the --verbose option). */
export function logGroupStops(logLine) {
  stopLog = logLine;
}

/** The process groups started and not yet stopped (pgids). */
export function runningGroups() {
  return [...groups.keys()];
}

/** Starts a command as the leader of a new process group; `child.exited` resolves with { code, signal }. */
export function startGroup(label, command, args, options) {
  // detached: the child calls setsid(), so it leads a new process group whose id is its pid, and
  // everything it forks (extension host, language server, chromium's helpers) stays in that group.
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid === undefined) throw new Error(`could not start ${label}`);
  groups.set(child.pid, label);
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.once('error', (err) => log(`e2e: ${label}: ${err.message}`));
  return child;
}

/**
 * Whether any process of the group is still running. Zombies do not count: the helpers of a killed
 * chromium or VS Code server are re-parented to PID 1, which may reap them only a little later.
 */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  let entries;
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return true; // no procfs: trust kill(0)
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid pgrp ..."; comm may contain spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true;
  }
  return false;
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

/**
 * SIGTERM the group, give it a moment, then SIGKILL whatever is left. Nothing the groups write needs
 * an orderly shutdown (it all lives in the temp dir), so the grace period is short: the VS Code
 * server and chromium each take 1.5-2 s to exit on SIGTERM, which would double the run time.
 */
export async function stopGroup(pgid) {
  const label = groups.get(pgid);
  if (label === undefined) return;
  const started = Date.now();
  signalGroup(pgid, 'SIGTERM');
  const deadline = started + 500;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(50);
  const forced = groupAlive(pgid);
  signalGroup(pgid, 'SIGKILL');
  groups.delete(pgid);
  stopLog?.(`e2e: stopped ${label} (pgid ${pgid}) in ${Date.now() - started} ms${forced ? ', after SIGKILL' : ''}`);
}

// Last line of defence: if the script exits any other way, nothing it started may survive it.
process.on('exit', () => {
  for (const pgid of groups.keys()) signalGroup(pgid, 'SIGKILL');
});

/** Runs a command to its end or for at most limitMs, then stops its whole group either way. */
export function runBounded(label, command, args, options, limitMs) {
  const child = startGroup(label, command, args, { stdio: 'inherit', ...options });
  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ timeout: true }), limitMs);
  });
  return Promise.race([child.exited, timedOut]).then(async (result) => {
    clearTimeout(timer);
    await stopGroup(child.pid);
    return result;
  });
}
