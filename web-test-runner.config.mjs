// Browser tests: real engines against a real emulator over HTTP, one engine after the other:
// Chromium and Firefox through puppeteer-core (Firefox over WebDriver BiDi), WebKit (WebKitGTK's
// MiniBrowser in a private Xvfb display) through WebKitWebDriver. EMX_BROWSERS narrows the engines
// (scripts/engines.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import puppeteer from 'puppeteer-core';
import { tsImport } from 'tsx/esm/api';
import { ENGINES, engineVersion, selectedEngines } from './scripts/engines.mjs';
import { startWebKitDriver } from './test/support/webkit-driver.mjs';
import { keyChordCommand } from './test/support/key-chord-command.mjs';
import { socialProviderCommand } from './test/social/provider-command.mjs';
import { serveUntransformed } from './test/dist/serve-untransformed.mjs';
import { reactAsEsModule } from './test/frameworks/react-plugin.mjs';
import { demoStorefront, storefrontCsp } from './test/demo/storefront-server.mjs';
import { storefrontCommands } from './test/demo/storefront-command.mjs';
import { freePort } from './test/support/free-port.mjs';

const { startEmulator } = await tsImport('./emulator/server.ts', import.meta.url);
const { chromiumPath, CHROMIUM_ARGS } = await tsImport('./scripts/chromium.ts', import.meta.url);

const testPort = Number(process.env.EMX_TEST_PORT ?? (await freePort()));
const testOrigin = `http://localhost:${testPort}`;
let emulator;
// The demo storefront, under its strict CSP, at this server's root (test/demo/).
const storefront = demoStorefront(() => emulator.url);

/** Starts the emulator with the test server as its storefront and stops it at the end. */
function emulatorPlugin() {
  return {
    name: 'emx-emulator',
    async serverStart() {
      emulator = await startEmulator({
        port: 0,
        quiet: true,
        storefrontUrl: testOrigin,
        extraRedirectUris: [`${testOrigin}/test/social/callback.html`, `${testOrigin}/test/social/callback.html?keep=1`],
      });
    },
    async serverStop() {
      await emulator?.close();
    },
  };
}

/** Counts every test of every file (nested suites included). */
function countTests(suite, counts = { passed: 0, failed: 0, skipped: 0 }) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countTests(child, counts);
  return counts;
}

const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed, ${skipped} skipped`;

/** When each launcher started its first test file and ended its last one. */
const timeSpent = new Map();

/** Notes when `launcher` starts its first test file and ends each one. */
function timed(launcher) {
  const startSession = launcher.startSession.bind(launcher);
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.startSession = (...args) => {
    if (!timeSpent.has(launcher)) timeSpent.set(launcher, { start: Date.now(), end: Date.now() });
    return startSession(...args);
  };
  launcher.stopSession = async (...args) => {
    const result = await stopSession(...args);
    timeSpent.get(launcher).end = Date.now();
    return result;
  };
  return launcher;
}

function minutes(launcher) {
  const spent = timeSpent.get(launcher);
  return spent ? `${((spent.end - spent.start) / 60_000).toFixed(1)} min` : '0 min';
}

/**
 * Ends the run with one line per engine (`N passed, N failed, N skipped`, the time, its version) and
 * one plain `browser tests: N passed, N failed, N skipped` line over all, which CI and people read.
 * They are written at process exit: the runner's live progress display redraws over earlier lines.
 */
function summaryLineReporter(engineOf) {
  return {
    stop({ sessions }) {
      const total = { passed: 0, failed: 0, skipped: 0 };
      const perEngine = new Map();
      for (const session of sessions) {
        if (!perEngine.has(session.browser)) perEngine.set(session.browser, { passed: 0, failed: 0, skipped: 0 });
        for (const counts of [total, perEngine.get(session.browser)]) {
          countTests(session.testResults, counts);
          // A file that failed to load has no results but errors; count it as a failure.
          if (!session.testResults && session.errors.length > 0) counts.failed += 1;
        }
      }
      const lines = [...perEngine].map(([launcher, counts]) => {
        const name = engineOf.get(launcher);
        return `${ENGINES[name].label}: ${line(counts)} in ${minutes(launcher)} (${engineVersion(name)})`;
      });
      process.once('exit', () => {
        process.stdout.write(`\n${lines.join('\n')}\nbrowser tests: ${line(total)}\n`);
      });
    },
  };
}

/**
 * A fresh MiniBrowser for every test file: one browser through a whole run was seen to disconnect
 * late in it (after some 18 files), taking a file's tests with it; a new WebDriver session per
 * file costs about a second and starts each file from an empty profile, as in the other engines.
 */
function freshBrowserPerFile(launcher) {
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (...args) => {
    try {
      return await stopSession(...args);
    } finally {
      await launcher.stop();
    }
  };
  return launcher;
}

/** The launcher of each engine asked for; `engineOf` maps each launcher back to its engine's name. */
async function launchers(names) {
  const engineOf = new Map();
  for (const name of names) {
    if (name === 'chromium') {
      engineOf.set(timed(chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS } })), name);
    } else if (name === 'firefox') {
      engineOf.set(
        timed(
          chromeLauncher({
            puppeteer,
            launchOptions: { browser: 'firefox', executablePath: ENGINES.firefox.programs[0], headless: true },
          }),
        ),
        name,
      );
    } else if (name === 'webkit') {
      engineOf.set(timed(freshBrowserPerFile(webdriverLauncher(await startWebKitDriver(ENGINES.webkit.programs)))), name);
    }
  }
  return engineOf;
}

const engineOf = await launchers(selectedEngines());

export default {
  // test/package/ holds Node tests of the built package (npm run test:package).
  files: ['test/**/*.test.ts', '!test/package/**'],
  port: testPort,
  nodeResolve: true,
  middleware: [
    // The CDN bundle's page for the storefront test gets the storefront's strict CSP.
    serveUntransformed((path) => (path === '/test/dist/strict-csp.html' ? { 'Content-Security-Policy': storefrontCsp(new URL(emulator.url).origin) } : {})),
    storefront.middleware,
  ],
  concurrency: 1,
  // One engine after the other: they share the emulator, whose state each test resets.
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60_000,
  testFramework: { config: { timeout: 20_000 } },
  reporters: [defaultReporter(), summaryLineReporter(engineOf)],
  plugins: [
    emulatorPlugin(),
    socialProviderCommand(),
    keyChordCommand(),
    reactAsEsModule(),
    storefront.plugin,
    storefrontCommands(() => ({ storefront: testOrigin, emulator: emulator.url }), storefront.observed, (launcher) => engineOf.get(launcher)),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }),
  ],
  browsers: [...engineOf.keys()],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"></head>
  <body>
    <script>window.__EMX_TEST__ = ${JSON.stringify({ emulatorUrl: emulator?.url })};</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
