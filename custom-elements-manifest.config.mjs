// The Custom Elements Manifest (dist/custom-elements.json), read from the elements' JSDoc.
import { dirname, posix } from 'node:path';

/** `src/elements/login/emx-login.component.ts` (or `.js`, or with a leading `/`) → `dist/elements/login/emx-login.component.js`. */
function publishedPath(path, fromModule) {
  const fromRoot = path.startsWith('.') ? posix.join(dirname(fromModule), path) : path.replace(/^\//, '');
  return fromRoot.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

/** The analyzer names source files; a published manifest names the files in the package. */
function publishedPaths() {
  return {
    name: 'emx-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const source = module.path;
        const rewrite = (node) => {
          if (Array.isArray(node)) node.forEach(rewrite);
          else if (node && typeof node === 'object') {
            if (typeof node.module === 'string') node.module = publishedPath(node.module, source);
            Object.values(node).forEach(rewrite);
          }
        };
        rewrite(module.declarations ?? []);
        rewrite(module.exports ?? []);
        module.path = publishedPath(source, source);
      }
    },
  };
}

export default {
  // The elements and the base class they inherit attributes from; not their styles and texts.
  globs: ['src/elements/*/emx-*.ts'],
  exclude: ['src/elements/*/*.styles.ts', 'src/**/*.test.ts'],
  litelement: true,
  packagejson: false,
  plugins: [publishedPaths()],
};
