/**
 * `npm run bench`: sizes, time to an interactive `<emx-login>`, and requests per scenario. Prints
 * a Markdown table and exits non-zero when a budget is exceeded; `npm run bench -- --write-readme`
 * also puts the table into README.md.
 */
import { availableParallelism, cpus } from 'node:os';
import { launch } from 'puppeteer-core';
import { startEmulator } from '../emulator/server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.ts';
import { writeReadmeSection } from '../scripts/readme-sections.ts';
import { measureInteractive } from './interactive.ts';
import { countRequests } from './requests.ts';
import { measureSizes, type Sizes } from './sizes.ts';
import { startStaticServer } from './static-server.ts';

/** kB as 1000 bytes, brotli: what a visitor downloads from a CDN. */
const BUDGET_KB = { cdn: 24, loginOnly: 14 };
const ONE_FRAME_MS = 16;
const LOADS = 21;

interface Row {
  measure: string;
  value: string;
  budget: string;
  ok: boolean;
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const sizeValue = (sizes: Sizes) => `${kB(sizes.min)} / ${kB(sizes.gzip)} / **${kB(sizes.brotli)}** kB`;

const sizes = await measureSizes();
const { defined, missing } = sizes.cdn.tags;
// A bundle that leaves out elements would meet its budget by accident: it is reported, and fails.
const cdnContent = missing.length === 0 ? 'every tag' : `${defined.length} of ${defined.length + missing.length} tags, without ${missing.join(', ')} (not exported from src/index.ts)`;
const rows: Row[] = [
  {
    measure: `CDN bundle \`dist/emx-elements.js\`, ${cdnContent}, without the social chunk (min / gzip / brotli)`,
    value: sizeValue(sizes.cdn),
    budget: `≤ ${BUDGET_KB.cdn} kB brotli, every tag`,
    ok: missing.length === 0 && sizes.cdn.brotli <= BUDGET_KB.cdn * 1000,
  },
  { measure: 'login-only path `<emx-session>` + `<emx-login>`, lit included (min / gzip / brotli)', value: sizeValue(sizes.loginOnly), budget: `≤ ${BUDGET_KB.loginOnly} kB brotli`, ok: sizes.loginOnly.brotli <= BUDGET_KB.loginOnly * 1000 },
  { measure: 'social-login chunk (sign-in code and oidc-client-ts), loaded on the first social sign-in (min / gzip / brotli)', value: sizeValue(sizes.social), budget: '–', ok: true },
  { measure: 'German texts chunk (every element), loaded when a page first shows German (min / gzip / brotli)', value: sizeValue(sizes.german), budget: '–', ok: true },
];

const emulator = await startEmulator({ port: 0, quiet: true });
const pages = await startStaticServer();
const browser = await launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
try {
  const pagesUrl = `${pages.url}/bench/pages`;
  const loginPageUrl = `${pagesUrl}/login.html?api-url=${encodeURIComponent(emulator.url)}`;
  for (const visit of ['first', 'repeat'] as const) {
    const times = await measureInteractive(browser, loginPageUrl, { loads: LOADS, visit });
    // The budget holds for the element's own cost: a repeat visit, bundle cached. A first visit
    // also downloads and compiles the bundle, which no plain form has to.
    const gated = visit === 'repeat';
    rows.push({
      measure: `${visit} visit: navigation → interactive form, plain HTML form / \`<emx-login>\` on the same page, median of ${times.loads} loads`,
      value: `${times.plainFormMs.toFixed(1)} / ${times.emxLoginMs.toFixed(1)} ms (\`<emx-login>\` +${times.differenceMs.toFixed(1)} ms)`,
      budget: gated ? `+ < ${ONE_FRAME_MS} ms (one frame)` : '–',
      ok: !gated || times.differenceMs < ONE_FRAME_MS,
    });
  }
  for (const count of await countRequests(browser, emulator.url, pagesUrl)) {
    rows.push({
      measure: `requests: ${count.scenario.replace(/</g, '`<').replace(/>/g, '>`')} (${count.note})`,
      value: count.requests.length === 0 ? '0' : `${count.requests.length}: ${count.requests.map((request) => `\`${request}\``).join(', ')}`,
      budget: String(count.expected.length),
      ok: count.requests.join('\n') === count.expected.join('\n'),
    });
  }
  const machine = `${availableParallelism()} cores (nproc), ${cpus()[0]?.model.trim()}, Chromium ${(await browser.version()).replace(/^\D+/, '')}, Node ${process.versions.node}`;
  const report = [
    `Taken on ${machine}, ${new Date().toISOString().slice(0, 10)}:`,
    '',
    '| measure | value | budget | ok |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.measure} | ${row.value} | ${row.budget} | ${row.ok ? 'yes' : '**no**'} |`),
  ].join('\n');
  console.log(`\n${report}`);
  if (process.argv.includes('--write-readme')) writeReadmeSection('bench', `\n${report}\n`);
  const failed = rows.filter((row) => !row.ok);
  if (failed.length > 0) {
    console.error(`\n${failed.length} budget(s) exceeded`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await pages.close();
  await emulator.close();
}
