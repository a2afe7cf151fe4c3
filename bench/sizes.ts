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

/** The one on-demand chunk under `dir/chunks` whose source map names a source matching `source`. */
function chunkWith(dir: string, source: RegExp, what: string): string {
  const chunks = readdirSync(join(dir, 'chunks')).filter((file) => file.endsWith('.js'));
  const matching = chunks.filter((file) => {
    const map = JSON.parse(readFileSync(join(dir, 'chunks', `${file}.map`), 'utf8')) as { sources: string[] };
    return map.sources.some((name) => source.test(name));
  });
  if (matching.length !== 1) throw new Error(`expected one ${what} chunk in ${dir}/chunks, found ${matching.length} among: ${chunks.join(', ')}`);
  return join(dir, 'chunks', matching[0]!);
}

/** The chunk that holds the social sign-in code with oidc-client-ts, loaded on a social sign-in. */
const socialChunkIn = (dir: string) => chunkWith(dir, /node_modules\/oidc-client-ts\//, 'social-login');

/** The chunk with every element's German texts, loaded when a page first shows German. */
const germanChunkIn = (dir: string) => chunkWith(dir, /messages\.de\.ts$/, 'German texts');

export async function measureSizes(): Promise<{ cdn: Sizes & { tags: ReturnType<typeof tagsDefinedIn> }; loginOnly: Sizes; social: Sizes; german: Sizes }> {
  const loginOnlyDir = mkdtempSync(join(tmpdir(), 'emx-login-only-'));
  try {
    await buildStandaloneBundle({ entry: join(import.meta.dirname, 'login-only.ts'), outDir: loginOnlyDir, fileName: 'login-only.js' });
    return {
      cdn: { ...sizesOf(join(DIST, CDN_BUNDLE)), tags: tagsDefinedIn(readFileSync(join(DIST, CDN_BUNDLE), 'utf8')) },
      loginOnly: sizesOf(join(loginOnlyDir, 'login-only.js')),
      social: sizesOf(socialChunkIn(DIST)),
      german: sizesOf(germanChunkIn(DIST)),
    };
  } finally {
    rmSync(loginOnlyDir, { recursive: true, force: true });
  }
}
