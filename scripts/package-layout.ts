/**
 * What the package is made of, read from the source tree so that a new element folder needs no
 * configuration: the bundler entry points, the `exports` map and the files with side effects.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist');
export const CDN_BUNDLE = 'emx-elements.js';
/** Folder of the per-tag CDN entries (`cdn/emx-login.js`), beside the all-tags bundle. */
export const CDN_TAG_DIR = 'cdn';
export const MANIFEST = 'custom-elements.json';

/** The layers a shop can import without any element; their names win over element folders. */
const LAYER_ENTRIES = { '.': 'index', './session': 'session/index', './api': 'api/index' } as const;

export interface ElementFolder {
  /** Folder name under `src/elements/`, e.g. `login`. */
  folder: string;
  /** The package subpath without `./`: the folder name, or `<folder>-element` where a layer has that name. */
  subpath: string;
  /** Module id without extension, relative to `src/` and `dist/`: defines the tag. */
  defining: string;
  /** The class alone, no side effects. */
  component: string;
}

/** Every folder under `src/elements/` with an `emx-<folder>.ts` beside its `emx-<folder>.component.ts`. */
export function elementFolders(): ElementFolder[] {
  const elementsDir = join(ROOT, 'src/elements');
  return readdirSync(elementsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((folder) => ['', '.component'].every((kind) => existsSync(join(elementsDir, folder, `emx-${folder}${kind}.ts`))))
    .sort()
    .map((folder) => ({
      folder,
      subpath: `./${folder}` in LAYER_ENTRIES ? `${folder}-element` : folder,
      defining: `elements/${folder}/emx-${folder}`,
      component: `elements/${folder}/emx-${folder}.component`,
    }));
}

/** Bundler entry points: module id (relative to `src/`, no extension) → source file. */
export function libraryEntries(): Record<string, string> {
  const ids = [...Object.values(LAYER_ENTRIES), ...elementFolders().flatMap((element) => [element.defining, element.component])];
  return Object.fromEntries(ids.map((id) => [id, join(ROOT, 'src', `${id}.ts`)]));
}

/**
 * Per-tag CDN entries: output name in `dist/cdn/` (no `.js`) → the defining source files it
 * bundles. Every tag needs a session provider, so every entry also defines `<emx-session>`.
 */
export function cdnTagEntries(): Record<string, string[]> {
  const defining = (element: ElementFolder) => join(ROOT, 'src', `${element.defining}.ts`);
  const folders = elementFolders();
  const session = folders.find((element) => element.folder === 'session')!;
  return Object.fromEntries(folders.map((element) => [`emx-${element.folder}`, [...new Set([defining(session), defining(element)])]]));
}

const moduleExport = (id: string) => ({ types: `./dist/${id}.d.ts`, default: `./dist/${id}.js` });

/** The `exports` map of package.json: layers, every element (defining and class-only), manifest. */
export function packageExports(): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  for (const [subpath, id] of Object.entries(LAYER_ENTRIES)) exports[subpath] = moduleExport(id);
  for (const element of elementFolders()) {
    exports[`./${element.subpath}`] = moduleExport(element.defining);
    exports[`./${element.subpath}/component`] = moduleExport(element.component);
  }
  exports[`./${MANIFEST}`] = `./dist/${MANIFEST}`;
  exports['./package.json'] = './package.json';
  return exports;
}

/** Files a bundler must keep even when nothing is imported from them: they define tags. */
export function sideEffectFiles(): string[] {
  return [`./dist/${CDN_BUNDLE}`, ...elementFolders().map((element) => `./dist/${element.defining}.js`)];
}

/** Matches the definition of `tag` in plain or minified output. */
export const definitionOf = (tag: string) => new RegExp(`customElements\\.define\\(["'\`]${tag}["'\`]`);

/** The element tags (one per element folder) that `code` defines. */
export function tagsDefinedIn(code: string): { defined: string[]; missing: string[] } {
  const tags = elementFolders().map((element) => `emx-${element.folder}`);
  return { defined: tags.filter((tag) => definitionOf(tag).test(code)), missing: tags.filter((tag) => !definitionOf(tag).test(code)) };
}

export interface PackageJson {
  dependencies: Record<string, string>;
  exports: Record<string, unknown>;
  sideEffects: string[];
  [field: string]: unknown;
}

export function readPackageJson(): PackageJson {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
}
