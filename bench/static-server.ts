/**
 * Serves the built bundle as a CDN serves a versioned file (cacheable for good) and the bench
 * pages as a shop serves its HTML (never cached).
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { ROOT } from '../scripts/package-layout.ts';

const SERVED = ['/dist/', '/bench/pages/'];
const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

export async function startStaticServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = resolve(join(ROOT, path));
    if (!SERVED.some((prefix) => path.startsWith(prefix)) || !file.startsWith(ROOT + sep)) return void response.writeHead(404).end();
    try {
      const body = await readFile(file);
      const caching = path.startsWith('/dist/') ? 'public, max-age=31536000, immutable' : 'no-store';
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': caching }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}`, close: () => new Promise((resolveClose) => server.close(() => resolveClose())) };
}
