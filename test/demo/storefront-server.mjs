// Serves the demo storefront (demo/) from the test server the way `npm start` serves it, and under
// the strict Content-Security-Policy a careful shop sends:
// - every file of demo/ is also served at the server's root (`/login.html`, `/shop.ts`, …), where the
//   emulator's email links (`{storefrontUrl}/password-reset.html#token=…`) and its registered social
//   redirect URI (`{storefrontUrl}/callback.html`) point, since the test server is its storefront;
// - the pages get the emulator's URL where Vite would write `%EMX_PUBLIC_API_URL%`;
// - TypeScript and bare imports go through the runner's own transforms (esbuild, node-resolve);
// - ./observer.js comes first into every page, and what it reports (POST /__emx-observed) is kept,
//   with every page served and its CSP header, for ./observed-context.mjs, in every engine alike.
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

const OBSERVER_SCRIPT = '<script src="/test/demo/observer.js"></script>';

/**
 * `middleware` maps the root paths onto demo/ (before the runner's file serving), keeps what the
 * observer reports and notes every page served; `plugin` fills in the API URL, puts the observer
 * in and adds the CSP header to the demo's pages. `emulatorUrl()` is read per request: the emulator
 * starts with the server. `observed` holds the reports (`{ kind, data, page, at }`, kind `document`
 * for a page served) in the order they arrived.
 */
export function demoStorefront(emulatorUrl) {
  const observed = [];
  return {
    observed,
    async middleware(context, next) {
      if (context.method === 'POST' && context.path === '/__emx-observed') {
        observed.push(JSON.parse(await readBody(context.req)));
        context.status = 204;
        return undefined;
      }
      if (DEMO_FILES.has(context.path)) context.url = `/demo${context.url}`;
      if (context.path.startsWith('/demo/') && context.path.endsWith('.html')) {
        // A full answer every time, never "not modified": the CSP header noted is the one in force.
        delete context.req.headers['if-none-match'];
        delete context.req.headers['if-modified-since'];
      }
      await next();
      if (context.path.startsWith('/demo/') && context.response.is('html')) {
        const data = { path: context.path.slice('/demo'.length), status: context.status, csp: context.response.get('Content-Security-Policy') || null };
        observed.push({ kind: 'document', data, page: context.href, at: Date.now() });
      }
      return undefined;
    },
    plugin: {
      name: 'emx-demo-storefront',
      transform(context) {
        if (!context.path.startsWith('/demo/') || !context.response.is('html')) return undefined;
        return {
          body: context.body
            .replace(RUNNER_SOCKET_SCRIPT, '')
            .replaceAll('%EMX_PUBLIC_API_URL%', emulatorUrl())
            .replace(/<head>/, `<head>${OBSERVER_SCRIPT}`),
          headers: { 'Content-Security-Policy': storefrontCsp(new URL(emulatorUrl()).origin) },
        };
      },
    },
  };
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.once('end', () => resolve(body));
    request.once('error', reject);
  });
}
