/**
 * `npm run build`: the CDN bundles (all tags, and one entry per tag), the per-module ES build with its types, and the custom
 * elements manifest, all in `dist/`.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { buildCdnBundles, buildModules } from './bundles.ts';
import { analyzeElements } from './manifest.ts';
import { CDN_BUNDLE, CDN_TAG_DIR, DIST, MANIFEST, ROOT, cdnTagEntries, libraryEntries } from './package-layout.ts';

const started = performance.now();
rmSync(DIST, { recursive: true, force: true });
// Two builds: the all-tags bundle stays one file (one request, compressed as a whole); the
// per-tag entries share chunks among themselves. A page uses one way or the other, never both
// (each would define the tags and hold its own session context).
await buildCdnBundles({ outDir: DIST, entries: { [CDN_BUNDLE.replace(/\.js$/, '')]: join(ROOT, 'src/index.ts') } });
await buildCdnBundles({ outDir: join(DIST, CDN_TAG_DIR), generated: cdnTagEntries() });
await buildModules({ entries: libraryEntries(), outDir: DIST });
execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
writeFileSync(join(DIST, MANIFEST), `${JSON.stringify(await analyzeElements(), null, 2)}\n`);
console.log(`dist/ built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
