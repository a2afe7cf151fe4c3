// The browser engines the browser tests run in, where each one's programs live, and which Debian
// packages provide them. `EMX_BROWSERS=chromium` (or a comma list such as `firefox,webkit`) narrows a
// run; without it every engine runs. Each path can be overridden for a machine with them elsewhere.
import { execFileSync } from 'node:child_process';

export const ENGINES = {
  chromium: {
    label: 'Chromium',
    packages: ['chromium'],
    programs: [process.env.CHROME_PATH ?? '/usr/bin/chromium'],
    version: () => firstLine(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version']).replace(/ built on .*/, ''),
  },
  firefox: {
    label: 'Firefox',
    packages: ['firefox-esr'],
    programs: [process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr'],
    version: () => firstLine(process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr', ['--version']).replace(/^Mozilla /, ''),
  },
  webkit: {
    label: 'WebKit',
    packages: ['webkit2gtk-driver', 'xvfb'],
    programs: [
      process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
      process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      process.env.XVFB_PATH ?? '/usr/bin/Xvfb',
    ],
    // WebKitWebDriver has no --version; the package's version is WebKitGTK's.
    version: () => `WebKitGTK ${firstLine('dpkg-query', ['-W', '-f=${Version}', 'webkit2gtk-driver']).replace(/-.*/, '')}`,
  },
};

/** The engines this run asks for, in the order they run. */
export function selectedEngines(value = process.env.EMX_BROWSERS) {
  if (!value?.trim()) return Object.keys(ENGINES);
  const names = value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((name) => !(name in ENGINES));
  if (unknown.length > 0) {
    throw new Error(`EMX_BROWSERS names ${unknown.join(', ')}; the engines are ${Object.keys(ENGINES).join(', ')}`);
  }
  return Object.keys(ENGINES).filter((name) => names.includes(name));
}

/** The version an engine reports, or `unknown` where it cannot say. */
export function engineVersion(name) {
  try {
    return ENGINES[name].version() || 'unknown';
  } catch {
    return 'unknown';
  }
}

function firstLine(program, args) {
  return execFileSync(program, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0].trim();
}
