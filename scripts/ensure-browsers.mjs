// Makes sure the browser engines the tests ask for (EMX_BROWSERS, or all) are installed; on Debian
// as root it installs the missing ones' packages with apt-get, elsewhere it says what to run.
// Test tools' own browser downloads are not used: they fail where only package registries are reachable.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { ENGINES, selectedEngines } from './engines.mjs';

const missing = selectedEngines().filter((name) => ENGINES[name].programs.some((program) => !existsSync(program)));
if (missing.length === 0) process.exit(0);

const packages = missing.flatMap((name) => ENGINES[name].packages);
const labels = missing.map((name) => ENGINES[name].label).join(', ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`Missing for the browser tests: ${labels}. Installing Debian's ${packages.join(' ')} (apt-get install)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  process.exit(0);
}

console.error(`Missing for the browser tests: ${labels}. Install, then run npm test again:
  Debian/Ubuntu:  sudo apt-get install -y ${packages.join(' ')}
or run only the engines you have, e.g. EMX_BROWSERS=chromium npm test.
Paths can be set with CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH, MINIBROWSER_PATH and XVFB_PATH.`);
process.exit(1);
