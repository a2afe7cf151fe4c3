/** Runs the analyzer with custom-elements-manifest.config.mjs and returns the manifest it wrote. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { MANIFEST, ROOT } from './package-layout.ts';

export interface ManifestEntry {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}

export interface ManifestMember extends ManifestEntry {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  inheritedFrom?: { name: string };
}

export interface ManifestElement {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  members?: ManifestMember[];
  attributes?: Array<ManifestEntry & { fieldName?: string }>;
  events?: ManifestEntry[];
  slots?: ManifestEntry[];
  cssParts?: ManifestEntry[];
  cssProperties?: ManifestEntry[];
}

export interface Manifest {
  schemaVersion: string;
  modules: Array<{ path: string; declarations?: ManifestElement[] }>;
}

export async function analyzeElements(): Promise<Manifest> {
  const outDir = mkdtempSync(join(tmpdir(), 'emx-manifest-'));
  try {
    // The analyzer joins --outdir to the working directory, so it gets a relative path.
    const cli = join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
    await promisify(execFile)(process.execPath, [cli, 'analyze', '--quiet', '--outdir', relative(ROOT, outDir)], { cwd: ROOT });
    return JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8')) as Manifest;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The documented custom elements, by tag name. */
export function customElements(manifest: Manifest): Array<ManifestElement & { tagName: string }> {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration): declaration is ManifestElement & { tagName: string } => Boolean(declaration.customElement && declaration.tagName))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}
