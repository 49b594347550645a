// Debian's chromium, headless with a fresh profile and a DevTools port, in its own process group;
// playwright-core attaches to it over CDP (a browser playwright launched itself would not be in a
// process group we own).
import { sleep, startGroup } from './process-groups.mjs';
import { chromiumPath } from './paths.mjs';

/** Starts chromium; its output goes to `browserLog`. The caller owns the returned process. */
export function startChromium({ cwd, profileDir, browserLog }) {
  const browserProcess = startGroup('chromium', chromiumPath, [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--window-size=1280,900',
    `--user-data-dir=${profileDir}`,
    '--remote-debugging-address=127.0.0.1',
    '--remote-debugging-port=0',
    'about:blank',
  ], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  browserProcess.stdout.on('data', (data) => browserLog.write(data));
  return browserProcess;
}

/** The ws:// address chromium prints once its DevTools port is open; call right after startChromium. */
export function devtoolsAddress(browserProcess, browserLog, limitMs) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error('chromium did not print its DevTools address')), limitMs);
    browserProcess.stderr.on('data', (data) => {
      browserLog.write(data);
      seen += data;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    browserProcess.exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`chromium exited during start-up (${code ?? signal}); see .e2e/last-run/chromium.log`));
    });
  });
}

/**
 * Asks chromium to quit by itself (it then reaps its own helper processes) and drops playwright's
 * connection; the process-group stop that follows remains the guarantee.
 */
export async function closeChromium(browser, browserProcess) {
  const quit = async () => {
    const session = await browser.newBrowserCDPSession();
    await session.send('Browser.close');
  };
  await Promise.race([quit().catch(() => {}), sleep(2000)]);
  if (browserProcess) await Promise.race([browserProcess.exited, sleep(2000)]);
  await browser.close().catch(() => {});
}
