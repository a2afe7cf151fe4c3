/** Bytes a visitor downloads: minified, gzip and brotli (both at their highest level, as CDNs serve static files). */
import { existsSync, readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildCdnBundles } from '../scripts/bundles.ts';
import { staticGraphOf } from '../scripts/cdn-graph.ts';
import { CDN_BUNDLE, CDN_TAG_DIR, DIST, tagsDefinedIn } from '../scripts/package-layout.ts';

export interface Sizes {
  min: number;
  gzip: number;
  brotli: number;
}

/** An entry with the chunks it imports statically: each file is its own request, compressed on its own. */
export interface EntrySizes extends Sizes {
  files: number;
  depth: number;
}

function sizesOf(file: string): Sizes {
  const code = readFileSync(file);
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length,
  };
}

function entrySizesOf(buildDir: string, entry: string): EntrySizes {
  const { files, depth } = staticGraphOf(buildDir, entry);
  const total = { min: 0, gzip: 0, brotli: 0, files: files.length, depth };
  for (const file of files) {
    const sizes = sizesOf(join(buildDir, file));
    total.min += sizes.min;
    total.gzip += sizes.gzip;
    total.brotli += sizes.brotli;
  }
  return total;
}

/** The one on-demand chunk under `dir/chunks` whose source map names a source matching `source`. */
function chunkWith(dir: string, source: RegExp, what: string): string {
  const chunks = readdirSync(join(dir, 'chunks')).filter((file) => file.endsWith('.js'));
  const matching = chunks.filter((file) => {
    const mapFile = join(dir, 'chunks', `${file}.map`);
    // The bundler's own helper chunk (shared by the language chunks) comes without a map.
    if (!existsSync(mapFile)) return false;
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] };
    return map.sources.some((name) => source.test(name));
  });
  if (matching.length !== 1) throw new Error(`expected one ${what} chunk in ${dir}/chunks, found ${matching.length} among: ${chunks.join(', ')}`);
  return join(dir, 'chunks', matching[0]!);
}

/** The chunk that holds the social sign-in code with oidc-client-ts, loaded on a social sign-in. */
const socialChunkIn = (dir: string) => chunkWith(dir, /node_modules\/oidc-client-ts\//, 'social-login');

/** The chunk with every element's German texts, loaded when a page first shows German. */
const germanChunkIn = (dir: string) => chunkWith(dir, /messages\.de\.ts$/, 'German texts');

/** Hanko Elements' `register` bundle, or why it could not be built here. */
export type HankoSizes = EntrySizes | { error: string };

export interface MeasuredSizes {
  cdn: EntrySizes & { tags: ReturnType<typeof tagsDefinedIn> };
  loginOnly: EntrySizes;
  perTag: Record<string, EntrySizes>;
  social: Sizes;
  german: Sizes;
  hanko: HankoSizes;
}

async function bundledAlone(entry: string, name: string): Promise<EntrySizes> {
  const outDir = mkdtempSync(join(tmpdir(), `emx-${name}-`));
  try {
    await buildCdnBundles({ outDir, entries: { [name]: entry } });
    return entrySizesOf(outDir, `${name}.js`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function measureSizes(): Promise<MeasuredSizes> {
  const perTag = Object.fromEntries(
    readdirSync(join(DIST, CDN_TAG_DIR))
      .filter((file) => file.endsWith('.js'))
      .sort()
      .map((file) => [`${CDN_TAG_DIR}/${file}`, entrySizesOf(DIST, `${CDN_TAG_DIR}/${file}`)]),
  );
  const cdnFiles = staticGraphOf(DIST, CDN_BUNDLE).files;
  let hanko: HankoSizes;
  try {
    hanko = await bundledAlone(join(import.meta.dirname, 'hanko-register.ts'), 'hanko-register');
  } catch (error) {
    hanko = { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
  return {
    cdn: { ...entrySizesOf(DIST, CDN_BUNDLE), tags: tagsDefinedIn(cdnFiles.map((file) => readFileSync(join(DIST, file), 'utf8')).join('\n')) },
    loginOnly: await bundledAlone(join(import.meta.dirname, 'login-only.ts'), 'login-only'),
    perTag,
    social: sizesOf(socialChunkIn(DIST)),
    german: sizesOf(germanChunkIn(DIST)),
    hanko,
  };
}
