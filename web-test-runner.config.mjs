// Browser tests: real Chromium (Debian's, or CHROME_PATH) against a real emulator over HTTP.
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { tsImport } from 'tsx/esm/api';

const { startEmulator } = await tsImport('./emulator/server.ts', import.meta.url);

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

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const testPort = Number(process.env.EMX_TEST_PORT ?? (await freePort()));
const testOrigin = `http://localhost:${testPort}`;
let emulator;

/** Starts the emulator with the test server as its storefront and stops it at the end. */
function emulatorPlugin() {
  return {
    name: 'emx-emulator',
    async serverStart() {
      emulator = await startEmulator({
        port: 0,
        quiet: true,
        storefrontUrl: testOrigin,
        extraRedirectUris: [`${testOrigin}/test/social/callback.html`],
      });
    },
    async serverStop() {
      await emulator?.close();
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  port: testPort,
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 10 * 60_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [emulatorPlugin(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
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
