/**
 * `npm run build`: the CDN bundle, the per-module ES build with its types, and the custom
 * elements manifest, all in `dist/`.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { buildModules, buildStandaloneBundle } from './bundles.ts';
import { analyzeElements } from './manifest.ts';
import { CDN_BUNDLE, DIST, MANIFEST, ROOT, libraryEntries } from './package-layout.ts';

const started = performance.now();
rmSync(DIST, { recursive: true, force: true });
await buildStandaloneBundle({ entry: join(ROOT, 'src/index.ts'), outDir: DIST, fileName: CDN_BUNDLE });
await buildModules({ entries: libraryEntries(), outDir: DIST });
execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
writeFileSync(join(DIST, MANIFEST), `${JSON.stringify(await analyzeElements(), null, 2)}\n`);
console.log(`dist/ built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
