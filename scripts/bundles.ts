/** The two ways the kit is bundled, shared by `npm run build` and `npm run bench`. */
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { build, type Plugin } from 'vite';
import { join, posix, sep } from 'node:path';
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

/**
 * Lit's own plugin minifies the markup in the kit's `` html`…` ``, `` svg`…` `` and `` css`…` ``
 * (lit's sources are minified already). Render-safe settings: only comments and whitespace go;
 * attributes, empty values, entities and void-element slashes stay as written.
 */
const minifySourceTemplates = () =>
  minifyHtmlLiterals({
    filter: (id) => id.startsWith(SOURCE_DIR),
    failOnError: true,
    options: {
      minifyOptions: {
        // Whitespace shrinks to one space but never disappears: text beside inline elements keeps its gap.
        conservativeCollapse: true,
        decodeEntities: false,
        keepClosingSlash: true,
        minifyJS: false,
        removeEmptyAttributes: false,
        removeScriptTypeAttributes: false,
        removeStyleLinkTypeAttributes: false,
      },
    },
  });

/** Entries of a CDN build that are no file, only `import` lines: `emx-cdn-entry/<name>`. */
const ENTRY_PREFIX = 'emx-cdn-entry/';

/**
 * Per-tag CDN entries are generated: each imports its modules for their side effects (tag
 * definitions). Vite resolves lib entries against the root, so the id is matched at its end.
 */
function generatedEntries(entries: Record<string, string[]>): Plugin {
  return {
    name: 'emx-generated-entries',
    enforce: 'pre',
    resolveId: (id) => {
      const at = id.lastIndexOf(ENTRY_PREFIX);
      return at >= 0 && id.slice(at + ENTRY_PREFIX.length) in entries ? `\0${id.slice(at)}` : null;
    },
    load: (id) => (id.startsWith(`\0${ENTRY_PREFIX}`) ? entries[id.slice(ENTRY_PREFIX.length + 1)]!.map((file) => `import ${JSON.stringify(file)};`).join('\n') : null),
  };
}

/**
 * Every entry imports every chunk of its static graph itself, so the browser requests them all
 * as soon as it has read the entry: two requests deep, whatever imports what among the chunks.
 * The added imports come last and name chunks that were already evaluated by then, so nothing
 * runs in another order (rolldown has no `hoistTransitiveImports`).
 */
const flatImports: Plugin = {
  name: 'emx-flat-imports',
  generateBundle(_options, bundle) {
    const chunkNamed = (fileName: string) => {
      const output = bundle[fileName];
      return output?.type === 'chunk' ? output : undefined;
    };
    for (const entry of Object.values(bundle)) {
      if (entry.type !== 'chunk' || !entry.isEntry) continue;
      const reached = new Set<string>();
      const visit = (fileName: string) => {
        for (const imported of chunkNamed(fileName)?.imports ?? []) {
          if (!reached.has(imported)) reached.add(imported), visit(imported);
        }
      };
      visit(entry.fileName);
      const missing = [...reached].filter((fileName) => !entry.imports.includes(fileName));
      if (missing.length === 0) continue;
      const specifier = (fileName: string) => {
        const path = posix.relative(posix.dirname(entry.fileName), fileName);
        return path.startsWith('.') ? path : `./${path}`;
      };
      const lines = missing.map((fileName) => `import${JSON.stringify(specifier(fileName))};`).join('');
      // Before a trailing source map comment, which must stay last.
      const mapComment = /\n?\/\/# sourceMappingURL=[^\n]*\n?$/.exec(entry.code);
      const at = mapComment ? mapComment.index : entry.code.length;
      entry.code = `${entry.code.slice(0, at)}${entry.code.endsWith('\n') || at === 0 ? '' : '\n'}${lines}${entry.code.slice(at)}`;
      entry.imports.push(...missing);
    }
  },
};

/**
 * Minified ES modules (lit included) for `<script type="module">`, from one build so that they
 * share chunks: an entry per source file (`entries`: output name without `.js` → file), or per
 * list of files bundled together (`generated`). Code several entries share sits in `chunks/`,
 * once, so a page that includes several entries of one build runs each module once; dynamic
 * imports (social sign-in with oidc-client-ts, texts per language) stay chunks loaded on demand.
 */
export async function buildCdnBundles(options: { outDir: string; entries?: Record<string, string>; generated?: Record<string, string[]> }): Promise<void> {
  const generated = options.generated ?? {};
  const entries = { ...options.entries, ...Object.fromEntries(Object.keys(generated).map((name) => [name, `${ENTRY_PREFIX}${name}`])) };
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    plugins: [generatedEntries(generated), keepSourceSideEffects, minifySourceTemplates(), flatImports],
    build: {
      outDir: options.outDir,
      emptyOutDir: false,
      target: TARGET,
      minify: true,
      sourcemap: true,
      // Lib mode, so that no module-preload helper wraps the dynamic imports (a library's chunks
      // import nothing a page should preload); its ES output keeps whitespace and annotations
      // for a bundler to read, so minification is asked for in full.
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        // The chunks loaded on demand import what they share with an entry from the entry itself
        // (a few extra, short-named exports); a strict signature would move that code into another
        // file the entry imports statically.
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name].js',
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
 * One readable ES module per source module, templates as written (a shop's bundler minifies,
 * as Lit advises for published packages), with the
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
