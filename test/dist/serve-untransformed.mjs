// The CDN bundle and the plain pages that load it are served byte for byte, as a CDN or a static
// host would: this middleware answers before the dev server's plugins (esbuild, node-resolve) run.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

const isUntransformed = (path) => path.startsWith('/dist/') || (path.startsWith('/test/dist/') && path.endsWith('.html'));

/** `headersFor(path)` adds response headers for some paths (the page served under the strict CSP). */
export function serveUntransformed(headersFor = () => ({})) {
  return async (context, next) => {
    const file = resolve(ROOT, `.${decodeURIComponent(context.path)}`);
    if (!isUntransformed(context.path) || !file.startsWith(ROOT + sep)) return next();
    try {
      context.body = await readFile(file);
      context.type = extname(file);
      context.set(headersFor(context.path));
    } catch {
      context.status = 404;
    }
  };
}
