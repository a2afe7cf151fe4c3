/**
 * `npm run exports`: writes package.json `exports` and `sideEffects` from the element folders.
 * A node test fails while they are out of date, so a new element is never left unexported.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, packageExports, readPackageJson, sideEffectFiles } from './package-layout.ts';

const pkg = readPackageJson();
pkg.exports = packageExports();
pkg.sideEffects = sideEffectFiles();
writeFileSync(join(ROOT, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
console.log(`package.json: ${Object.keys(pkg.exports).length} exports, ${pkg.sideEffects.length} files with side effects`);
