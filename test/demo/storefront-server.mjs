// Serves the demo storefront (demo/) from the test server the way `npm start` serves it, and under
// the strict Content-Security-Policy a careful shop sends:
// - every file of demo/ is also served at the server's root (`/login.html`, `/shop.ts`, …), where the
//   emulator's email links (`{storefrontUrl}/password-reset.html#token=…`) and its registered social
//   redirect URI (`{storefrontUrl}/callback.html`) point, since the test server is its storefront;
// - the pages get the emulator's URL where Vite would write `%EMX_PUBLIC_API_URL%`;
// - TypeScript and bare imports go through the runner's own transforms (esbuild, node-resolve).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const DEMO_FILES = new Set(readdirSync(resolve(import.meta.dirname, '../../demo')).map((file) => `/${file}`));
/** The runner's own web socket script, which it adds to every page it serves: the storefront's pages go without it. */
const RUNNER_SOCKET_SCRIPT = /<!-- injected by web-dev-server -->\s*<script type="module" src="\/__web-dev-server__web-socket\.js"><\/script>/;

/**
 * The policy the demo runs under; the emulator is the one other origin the pages talk to. Trusted
 * Types: DOM sinks that parse HTML or load script take only values from a named policy, and the
 * only policy allowed is Lit's own (`lit-html`, which hands its template HTML through it).
 */
export function storefrontCsp(emulatorOrigin) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${emulatorOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/**
 * `middleware` maps the root paths onto demo/ (before the runner's file serving); `plugin` fills in
 * the API URL and adds the CSP header to the demo's pages. `emulatorUrl()` is read per request: the
 * emulator starts with the server.
 */
export function demoStorefront(emulatorUrl) {
  return {
    middleware(context, next) {
      if (DEMO_FILES.has(context.path)) context.url = `/demo${context.url}`;
      return next();
    },
    plugin: {
      name: 'emx-demo-storefront',
      transform(context) {
        if (!context.path.startsWith('/demo/') || !context.response.is('html')) return undefined;
        return {
          body: context.body.replace(RUNNER_SOCKET_SCRIPT, '').replaceAll('%EMX_PUBLIC_API_URL%', emulatorUrl()),
          headers: { 'Content-Security-Policy': storefrontCsp(new URL(emulatorUrl()).origin) },
        };
      },
    },
  };
}
