import { getRequestListener } from '@hono/node-server';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './src/app.ts';
import { DEFAULT_PORT, resolveConfig, type EmulatorOptions } from './src/config.ts';
import { createContext } from './src/context.ts';

export type { EmulatorOptions, TenantOptions, TenantSettings, TokenLifetimes } from './src/config.ts';

export interface RunningEmulator {
  /** Origin of the emulator, e.g. `http://localhost:4010` (no trailing slash). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the emulator with fresh state and seed data. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  // The app needs the port for its URLs, so the server listens first; requests arriving meanwhile
  // wait for the app (their bodies stay buffered) instead of meeting a half-started emulator.
  let appIsReady!: (listener: RequestListener) => void;
  let startFailed!: (error: unknown) => void;
  const appReady = new Promise<RequestListener>((resolve, reject) => {
    appIsReady = resolve;
    startFailed = reject;
  });
  appReady.catch(() => {}); // a failed start is reported by startEmulator itself
  const server = createServer((req, res) => {
    appReady.then(
      (listener) => listener(req, res),
      () => res.writeHead(503).end(),
    );
  });
  await listen(server, options.port ?? DEFAULT_PORT, host);
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  try {
    const context = await createContext(resolveConfig(options, url), internalOrigin(host, port));
    const report = options.quiet ? () => {} : (error: unknown) => console.error('[emulator]', error);
    const app = createApp(context, report);
    context.openId.provider.on('server_error', (_ctx, error) => report(error));
    appIsReady(getRequestListener(app.fetch, { overrideGlobalObjects: false }));
  } catch (error) {
    startFailed(error);
    await close(server);
    throw error;
  }
  return { url, port, close: () => close(server) };
}

/** How the emulator reaches itself: a wildcard bind address is not a destination. */
function internalOrigin(host: string, port: number): string {
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
