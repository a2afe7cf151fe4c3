// What `npm run build` ships, checked the way a shop meets it: through package.json.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { staticGraphOf } from '../../scripts/cdn-graph.ts';
import { CDN_BUNDLE, CDN_TAG_DIR, DIST, ROOT, definitionOf, elementFolders, packageExports, readPackageJson, sideEffectFiles, tagsDefinedIn } from '../../scripts/package-layout.ts';
import { bundleLikeAShop } from './consumer.ts';

const pkg = readPackageJson();

function exportTargets(): string[] {
  return Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target as Record<string, string>)));
}

/**
 * The source files a built file's source map names, relative to the repository; none for the
 * bundler's own helper chunk (its namespace-object helper, shared by the language chunks), which has no map.
 */
function sourcesOf(file: string): string[] {
  if (!existsSync(`${file}.map`)) return [];
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
  return map.sources.map((source) => relative(ROOT, join(file, '..', source)));
}

describe('package.json', () => {
  it('exports every element folder, defining and class-only (run `npm run exports` after adding one)', () => {
    assert.deepEqual(pkg.exports, packageExports());
    assert.deepEqual(pkg.sideEffects, sideEffectFiles());
  });

  it('points every export and field at a built file (run `npm run build` first)', () => {
    const fields = ['main', 'module', 'types', 'unpkg', 'customElements'].map((field) => String(pkg[field]));
    const missing = [...exportTargets(), ...fields].filter((target) => !existsSync(join(ROOT, target)));
    assert.deepEqual(missing, []);
  });
});

describe('per-element entry points', () => {
  it('importing only <emx-login> bundles no other element and no oidc-client-ts', async () => {
    const chunk = await bundleLikeAShop(`import 'emx-elements/login';\n`);
    const elementFoldersIn = new Set(chunk.moduleIds.map((id) => /\/dist\/elements\/([^/]+)\//.exec(id)?.[1]).filter(Boolean));
    assert.deepEqual([...elementFoldersIn].sort(), ['login', 'shared']);
    assert.ok(!chunk.moduleIds.some((id) => id.includes('/node_modules/oidc-client-ts/')), 'oidc-client-ts is bundled statically');
    assert.ok(!chunk.moduleIds.some((id) => id.endsWith('.de.js')), 'German texts are bundled statically');
    assert.match(chunk.code, definitionOf('emx-login'));
  });

  for (const element of elementFolders()) {
    it(`emx-elements/${element.subpath}/component exports the class and defines no tag`, async () => {
      const chunk = await bundleLikeAShop(`export * from 'emx-elements/${element.subpath}/component';\n`);
      assert.ok(chunk.exports.some((name) => /^Emx\w+Element$/.test(name)), `exports: ${chunk.exports.join(', ')}`);
      assert.doesNotMatch(chunk.code, /customElements\.define\(/);
    });
  }
});

describe(`CDN bundle dist/${CDN_BUNDLE}`, () => {
  const bundle = join(DIST, CDN_BUNDLE);
  const chunks = () => readdirSync(join(DIST, 'chunks')).filter((file) => file.endsWith('.js'));

  it('is one module with no static imports; oidc-client-ts is a separate chunk it imports on demand', () => {
    const code = readFileSync(bundle, 'utf8');
    assert.doesNotMatch(code, /^import\s|[;}]import\s*[{*\w]/m, 'a static import');
    const socialChunks = chunks().filter((file) => sourcesOf(join(DIST, 'chunks', file)).some((source) => source.includes('node_modules/oidc-client-ts/')));
    assert.equal(socialChunks.length, 1, `chunks: ${chunks().join(', ')}`);
    assert.ok(new RegExp(`import\\(["'\`]\\./chunks/${socialChunks[0]}["'\`]\\)`).test(code), 'the bundle imports the social chunk dynamically');
    assert.ok(!sourcesOf(bundle).some((source) => source.includes('node_modules/oidc-client-ts/')), 'oidc-client-ts is in the bundle itself');
  });

  const languages = readdirSync(join(ROOT, 'src/elements/shared')).flatMap((file) => /^messages\.([a-z]{2})\.ts$/.exec(file)?.[1] ?? []);
  for (const lang of languages) {
    it(`loads the ${lang} texts of every element as one chunk, on demand`, () => {
      const code = readFileSync(bundle, 'utf8');
      const textsModule = `messages.${lang}.ts`;
      const languageChunks = chunks().filter((file) => sourcesOf(join(DIST, 'chunks', file)).some((source) => source.endsWith(textsModule)));
      assert.equal(languageChunks.length, 1, `chunks: ${chunks().join(', ')}`);
      const languageSources = sourcesOf(join(DIST, 'chunks', languageChunks[0]!)).filter((source) => source.endsWith(textsModule));
      const everyModule = readdirSync(join(ROOT, 'src/elements'))
        .map((folder) => `src/elements/${folder}/${textsModule}`)
        .filter((path) => existsSync(join(ROOT, path)));
      assert.deepEqual(languageSources.sort(), everyModule.sort());
      assert.ok(new RegExp(`import\\(["'\`]\\./chunks/${languageChunks[0]}["'\`]\\)`).test(code), `the bundle imports the ${lang} chunk dynamically`);
      assert.ok(!sourcesOf(bundle).some((source) => /messages\.[a-z]{2}\.ts$/.test(source)), 'texts of a language other than English are in the bundle itself');
    });
  }

  it('contains lit, and defines the tag of every element folder of src/elements', () => {
    assert.ok(sourcesOf(bundle).some((source) => source.startsWith('node_modules/lit-element/')));
    const { missing } = tagsDefinedIn(readFileSync(bundle, 'utf8'));
    assert.deepEqual(missing, [], 'tags the bundle does not define (is the element exported from src/index.ts?)');
  });
});

describe(`per-tag CDN entries dist/${CDN_TAG_DIR}/<tag>.js`, () => {
  for (const element of elementFolders()) {
    const entry = `${CDN_TAG_DIR}/emx-${element.folder}.js`;
    it(`${entry} defines <emx-session> and <emx-${element.folder}>, two requests deep, no oidc-client-ts or German texts statically`, () => {
      const { files, depth } = staticGraphOf(DIST, entry);
      assert.ok(depth <= 2, `${depth} requests deep: ${files.join(', ')}`);
      const code = files.map((file) => readFileSync(join(DIST, file), 'utf8')).join('\n');
      const { defined } = tagsDefinedIn(code);
      assert.deepEqual(defined.sort(), [...new Set(['emx-session', `emx-${element.folder}`])].sort());
      const sources = files.flatMap((file) => sourcesOf(join(DIST, file)));
      assert.ok(!sources.some((source) => source.includes('node_modules/oidc-client-ts/') || /messages\.[a-z]{2}\.ts$/.test(source)), 'social code or another language’s texts loaded statically');
    });
  }
});
