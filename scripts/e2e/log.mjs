// The harness's own output: one line at a time on stdout (scripts/run-tests.mjs reads the
// `e2e: ...` lines).

export function log(message) {
  process.stdout.write(`${message}\n`);
}
