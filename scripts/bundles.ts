/** The two ways the kit is bundled, shared by `npm run build` and `npm run bench`. */
import { build, type Plugin } from 'vite';
import { join, sep } from 'node:path';
import { minifyTemplates } from './minify-templates.ts';
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

/** `de` for a module of German texts (`src/elements/<folder>/messages.de.ts`), otherwise null. */
const textsLanguageOf = (id: string) => (id.startsWith(SOURCE_DIR) ? (/[\\/]messages\.([a-z]{2,3}(?:-[a-z0-9]+)*)\.ts$/i.exec(id)?.[1] ?? null) : null);

/** The kit's own Lit templates, whitespace and CSS minified (lit's sources are minified already). */
const minifySourceTemplates = () => minifyTemplates({ include: (id) => id.startsWith(SOURCE_DIR) });

/**
 * One minified ES module with everything in it (lit included) for a `<script type="module">`;
 * dynamic imports (social sign-in with oidc-client-ts) stay separate chunks under `chunks/`,
 * loaded on demand.
 */
export async function buildStandaloneBundle(options: { entry: string; outDir: string; fileName: string }): Promise<void> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    plugins: [keepSourceSideEffects, minifySourceTemplates()],
    build: {
      outDir: options.outDir,
      emptyOutDir: false,
      target: TARGET,
      minify: true,
      sourcemap: true,
      // Lib mode, so that no module-preload helper wraps the dynamic imports (a library's chunks
      // import nothing a page should preload); its ES output keeps whitespace and annotations
      // for a bundler to read, so minification is asked for in full.
      lib: { entry: options.entry, formats: ['es'] },
      rolldownOptions: {
        // The chunks loaded on demand import what they share with the bundle from the bundle itself
        // (a few extra, short-named exports); a strict signature would move that code into a third
        // file the bundle imports statically.
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: options.fileName,
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: true,
          comments: false,
          // One chunk per language for the texts of every element (`messages.de.ts`), fetched when the page first shows it.
          codeSplitting: { groups: [{ debugName: 'texts per language', name: (id) => textsLanguageOf(id) && `texts-${textsLanguageOf(id)}` }] },
        },
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
    plugins: [keepSourceSideEffects, minifySourceTemplates()],
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
