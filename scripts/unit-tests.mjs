// `npm run test:unit`: the unit tests kept beside the pure modules they test (`src/**/*.test.ts`),
// in Node's test runner. The list is built here because Node 20's `--test` takes no globs.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const files = readdirSync('src', { recursive: true })
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => join('src', file))
  .sort();
const { status } = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...files], { stdio: 'inherit' });
process.exit(status ?? 1);
