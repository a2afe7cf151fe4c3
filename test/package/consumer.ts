/**
 * A throwaway project beside the repository that depends on the built package the way a shop's
 * project does (`node_modules/emx-elements` → this repository), so imports go through `exports`.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { ROOT } from '../../scripts/package-layout.ts';

export async function withConsumerProject<T>(files: Record<string, string>, use: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'emx-consumer-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules/emx-elements'), 'dir');
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bundles `source` as a shop's bundler would (everything in, not minified) and returns the entry chunk. */
export function bundleLikeAShop(source: string): Promise<Rolldown.OutputChunk> {
  return withConsumerProject({ 'main.js': source }, async (dir) => {
    const output = await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      build: { write: false, minify: false, rolldownOptions: { input: join(dir, 'main.js'), preserveEntrySignatures: 'strict' } },
    });
    const [result] = Array.isArray(output) ? output : [output];
    const entry = 'output' in result ? result.output.find((item) => item.type === 'chunk' && item.isEntry) : undefined;
    if (!entry || entry.type !== 'chunk') throw new Error('the probe bundle has no entry chunk');
    return entry;
  });
}
