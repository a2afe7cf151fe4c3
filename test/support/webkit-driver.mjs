// WebKit for the browser tests: WebKitGTK's MiniBrowser, driven by WebKitWebDriver, in a private
// Xvfb display (MiniBrowser has no headless mode, and a run needs no DISPLAY nor pops windows up on
// one). Both programs stop when the test run's process exits.
import { spawn } from 'node:child_process';
import { freePort } from './free-port.mjs';

const START_TIMEOUT_MS = 20_000;
const children = [];
process.once('exit', () => children.forEach((child) => child.kill()));

function withinStartTimeout(promise, what) {
  let timer;
  const late = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Starts Xvfb on a display it picks itself (`-displayfd`) and answers that display, e.g. `:99`. */
function startXvfb(xvfb) {
  const child = spawn(xvfb, ['-displayfd', '1', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(child);
  return withinStartTimeout(
    new Promise((resolve, reject) => {
      let output = '';
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
      child.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('\n')) resolve(`:${output.trim()}`);
      });
    }),
    'Xvfb',
  );
}

async function waitUntilReady(url) {
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts Xvfb and WebKitWebDriver; answers the options of `webdriverLauncher` for MiniBrowser.
 * `--javascript-can-open-windows-automatically` lets script open popups (the social sign-in's).
 */
export async function startWebKitDriver([driver, miniBrowser, xvfb]) {
  const display = await startXvfb(xvfb);
  const port = await freePort();
  const child = spawn(driver, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  children.push(child);
  await withinStartTimeout(waitUntilReady(`http://127.0.0.1:${port}/status`), 'WebKitWebDriver');
  return {
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation', '--javascript-can-open-windows-automatically=true'] },
      'wdio:enforceWebDriverClassic': true,
    },
  };
}
