/** The two ways the kit is bundled, shared by `npm run build` and `npm run bench`. */
import { build, type Plugin } from 'vite';
import { join, sep } from 'node:path';
import { ROOT, readPackageJson } from './package-layout.ts';

const TARGET = 'es2022';
const SOURCE_DIR = join(ROOT, 'src') + sep;

/**
 * package.json `sideEffects` describes the published `dist/` files. Built from `src/`, the kit's
 * own modules keep their side effects (the tag definitions); Vite's resolver would otherwise
 * apply the package's hints to them and drop every `customElements.define`.
 */
const keepSourceSideEffects: Plugin = {
  name: 'emx-keep-source-side-effects',
  transform: (_code, id) => (id.startsWith(SOURCE_DIR) ? { moduleSideEffects: true } : null),
};

/**
 * One minified ES module with everything in it (lit included) for a `<script type="module">`;
 * dynamic imports (oidc-client-ts) stay separate chunks under `chunks/`, loaded on demand.
 */
export async function buildStandaloneBundle(options: { entry: string; outDir: string; fileName: string }): Promise<void> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    plugins: [keepSourceSideEffects],
    build: {
      outDir: options.outDir,
      emptyOutDir: false,
      target: TARGET,
      minify: true,
      sourcemap: true,
      // Not lib mode: Vite's lib mode keeps the whitespace of ES output.
      rolldownOptions: {
        input: options.entry,
        preserveEntrySignatures: 'strict',
        output: { entryFileNames: options.fileName, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
}

/**
 * One readable ES module per source module (a bundler user's bundler minifies), with the
 * package's dependencies left as imports, so importing one element pulls in only its own graph.
 */
export async function buildModules(options: { entries: Record<string, string>; outDir: string }): Promise<void> {
  const dependencies = Object.keys(readPackageJson().dependencies);
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: [keepSourceSideEffects],
    build: {
      outDir: options.outDir,
      emptyOutDir: false,
      target: TARGET,
      minify: false,
      sourcemap: true,
      lib: { entry: options.entries, formats: ['es'] },
      rolldownOptions: {
        external: (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`)),
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  });
}
