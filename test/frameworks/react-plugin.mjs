// React ships CommonJS only. The React test gets `react` and `react-dom/client` as one ES module,
// bundled by Vite on first request, so both share one copy of React.
import { build } from 'vite';

const BUNDLE_PATH = '/__react-bundle.js';
const ENTRY_ID = '\0react-bundle-entry';
const ENTRY = `
export { createElement } from 'react';
export { createRoot } from 'react-dom/client';
`;

async function bundleReact() {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'development',
    build: { write: false, minify: false, rolldownOptions: { input: ENTRY_ID, preserveEntrySignatures: 'strict' } },
    plugins: [{ name: 'react-bundle-entry', resolveId: (id) => (id === ENTRY_ID ? id : null), load: (id) => (id === ENTRY_ID ? ENTRY : null) }],
  });
  const [result] = Array.isArray(output) ? output : [output];
  return result.output.find((item) => item.type === 'chunk' && item.isEntry).code;
}

/** Serves the bundle and points the React imports of test files at it. */
export function reactAsEsModule() {
  let bundle;
  return {
    name: 'react-as-es-module',
    resolveImport({ source }) {
      if (source === 'react' || source === 'react-dom/client') return BUNDLE_PATH;
    },
    async serve(context) {
      if (context.path !== BUNDLE_PATH) return undefined;
      bundle ??= bundleReact();
      return { body: await bundle, type: 'js' };
    },
  };
}
