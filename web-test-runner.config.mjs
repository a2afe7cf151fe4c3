// Browser tests: real Chromium (Debian's, or CHROME_PATH) against a real emulator over HTTP.
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { tsImport } from 'tsx/esm/api';
import { socialProviderCommand } from './test/social/provider-command.mjs';
import { serveUntransformed } from './test/dist/serve-untransformed.mjs';
import { reactAsEsModule } from './test/frameworks/react-plugin.mjs';
import { demoStorefront, storefrontCsp } from './test/demo/storefront-server.mjs';
import { storefrontCommands } from './test/demo/storefront-command.mjs';

const { startEmulator } = await tsImport('./emulator/server.ts', import.meta.url);
const { chromiumPath, CHROMIUM_ARGS } = await tsImport('./scripts/chromium.ts', import.meta.url);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

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

/**
 * Ends the run with one plain `N passed, N failed, N skipped` line that CI and people can read.
 * It is written at process exit: the runner's live progress display redraws over earlier lines.
 */
function summaryLineReporter() {
  return {
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        countTests(session.testResults, counts);
        // A file that failed to load has no results but errors; count it as a failure.
        if (!session.testResults && session.errors.length > 0) counts.failed += 1;
      }
      process.once('exit', () => {
        process.stdout.write(`\nbrowser tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
      });
    },
  };
}

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
  testsFinishTimeout: 10 * 60_000,
  testFramework: { config: { timeout: 20_000 } },
  reporters: [defaultReporter(), summaryLineReporter()],
  plugins: [
    emulatorPlugin(),
    socialProviderCommand(),
    reactAsEsModule(),
    storefront.plugin,
    storefrontCommands(() => ({ storefront: testOrigin, emulator: emulator.url })),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"></head>
  <body>
    <script>window.__EMX_TEST__ = ${JSON.stringify({ emulatorUrl: emulator?.url })};</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
