import { resolve } from 'node:path';
import { readdirSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { startEmulator } from './emulator/server.ts';

const demoRoot = resolve(import.meta.dirname, 'demo');
const storefrontPort = Number(process.env.PORT ?? 5173);
const emulatorPort = Number(process.env.EMX_EMULATOR_PORT ?? 4010);
// The demo pages write `%EMX_PUBLIC_API_URL%` into <emx-session api-url>; a real shop writes its API URL there.
process.env.EMX_PUBLIC_API_URL ??= `http://localhost:${emulatorPort}`;

/** `npm start` is one command: the dev server starts the emulator beside the storefront. */
function emulator(): Plugin {
  return {
    name: 'emx-emulator',
    apply: 'serve',
    async configureServer(server) {
      const running = await startEmulator({ port: emulatorPort, storefrontUrl: `http://localhost:${storefrontPort}` });
      server.httpServer?.once('close', () => void running.close());
    },
  };
}

export default defineConfig({
  root: demoRoot,
  envPrefix: 'EMX_PUBLIC_',
  server: { port: storefrontPort, strictPort: true },
  preview: { port: storefrontPort },
  plugins: [emulator()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/demo'),
    emptyOutDir: true,
    rollupOptions: {
      input: Object.fromEntries(
        readdirSync(demoRoot)
          .filter((file) => file.endsWith('.html'))
          .map((file) => [file.replace(/\.html$/, ''), resolve(demoRoot, file)]),
      ),
    },
  },
});
