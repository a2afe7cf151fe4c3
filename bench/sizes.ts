/** Bytes a visitor downloads: minified, gzip and brotli (both at their highest level, as CDNs serve static files). */
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildStandaloneBundle } from '../scripts/bundles.ts';
import { CDN_BUNDLE, DIST, tagsDefinedIn } from '../scripts/package-layout.ts';

export interface Sizes {
  min: number;
  gzip: number;
  brotli: number;
}

function sizesOf(file: string): Sizes {
  const code = readFileSync(file);
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length,
  };
}

/** The chunk that holds oidc-client-ts: the one chunk besides the entry, loaded on a social sign-in. */
function socialChunkIn(dir: string): string {
  const chunks = readdirSync(join(dir, 'chunks')).filter((file) => file.endsWith('.js'));
  if (chunks.length !== 1) throw new Error(`expected one on-demand chunk in ${dir}/chunks, found: ${chunks.join(', ')}`);
  return join(dir, 'chunks', chunks[0]!);
}

export async function measureSizes(): Promise<{ cdn: Sizes & { tags: ReturnType<typeof tagsDefinedIn> }; loginOnly: Sizes; social: Sizes }> {
  const loginOnlyDir = mkdtempSync(join(tmpdir(), 'emx-login-only-'));
  try {
    await buildStandaloneBundle({ entry: join(import.meta.dirname, 'login-only.ts'), outDir: loginOnlyDir, fileName: 'login-only.js' });
    return {
      cdn: { ...sizesOf(join(DIST, CDN_BUNDLE)), tags: tagsDefinedIn(readFileSync(join(DIST, CDN_BUNDLE), 'utf8')) },
      loginOnly: sizesOf(join(loginOnlyDir, 'login-only.js')),
      social: sizesOf(socialChunkIn(DIST)),
    };
  } finally {
    rmSync(loginOnlyDir, { recursive: true, force: true });
  }
}
