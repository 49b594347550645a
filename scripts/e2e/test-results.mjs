// The suite's results as the harness sees them: the per-test progress lines the suite appends to
// `<report>.events` while it runs, printed as they arrive, and the JSON report it writes at the end.
import fs from 'node:fs';

import { log } from './log.mjs';

/** Reads the per-test progress lines the suite appends to `<report>.events`. */
export class EventTail {
  constructor(file) {
    this.file = file;
    this.offset = 0;
    this.pending = '';
    this.events = [];
  }
  poll(onEvent) {
    let chunk;
    try {
      const fd = fs.openSync(this.file, 'r');
      try {
        const size = fs.fstatSync(fd).size;
        if (size <= this.offset) return;
        const buffer = Buffer.alloc(size - this.offset);
        fs.readSync(fd, buffer, 0, buffer.length, this.offset);
        this.offset = size;
        chunk = buffer.toString('utf8');
      } finally {
        fs.closeSync(fd);
      }
    } catch {
      return; // not written yet
    }
    const lines = (this.pending + chunk).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        const event = JSON.parse(line);
        this.events.push(event);
        onEvent(event);
      } catch {
        // ignore a malformed line
      }
    }
  }
}

export function printTestEvent(event) {
  if (event.event === 'begin') {
    log(`e2e: running ${event.total} test(s)`);
    return;
  }
  if (event.event !== 'test') return;
  const mark = event.state === 'passed' ? 'ok  ' : event.state === 'pending' ? 'skip' : 'FAIL';
  const duration = event.state === 'pending' ? '' : ` (${event.durationMs} ms)`;
  log(`  ${mark} ${event.title}${duration}`);
  if (event.state === 'failed' && event.error) {
    const lines = String(event.error).split('\n');
    // The message, then only the stack frames that point into the suite.
    const shown = [lines[0], ...lines.slice(1).filter((l) => /e2e[\\/]suite/.test(l)).slice(0, 3)];
    for (const line of shown) log(`         ${line.trim()}`);
  }
}

export function countResults(tests) {
  return {
    passed: tests.filter((t) => t.state === 'passed').length,
    failed: tests.filter((t) => t.state === 'failed').length,
  };
}

export function readReport(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
