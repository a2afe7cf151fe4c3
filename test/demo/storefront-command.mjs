// Test-runner commands that drive the demo storefront in top-level tabs of the test browser
// (`frame-ancestors 'none'` keeps it out of frames), each task in a fresh browsing state
// (./tabs.mjs, for Puppeteer and WebDriver alike). A task
// can outlast the runner's 20-second limit for one command, so it is started by one command and
// its outcome fetched by others (storefront-runner.ts does both):
// - `emx-storefront-start` `{ task: 'flow', flow }`: runs one of FLOWS and answers what
//   ObservedContext saw; `{ task: 'screens', viewport, language? }`: opens every page (with a
//   language chosen in the header: the sign-in and sign-up pages), answers what each shows and
//   saves a screenshot of each under test-results/screens/<engine>/; `{ task: 'csp-probe' }`: breaks
//   the policy on purpose, to show that a violation is seen. Answers the task's id.
// - `emx-storefront-outcome` `{ id }`: `{ done: false, step }` while the task runs (after waiting a
//   while; `step` is a flow's latest call on its tab), then `{ done: true, report }` or `{ done: true, error }`.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ObservedContext } from './observed-context.mjs';
import { tabsFor } from './tabs.mjs';
import { FLOWS, JANE, Shopper, signInWithPassword } from './storefront-flows.mjs';

const SCREENS_DIR = resolve(import.meta.dirname, '../../test-results/screens');

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844, isMobile: true, hasTouch: true },
};

/** The pages a screenshot is taken of: the element that is the page's point, and whether Jane is signed in. */
const SCREENS = [
  { name: 'shop', path: '/index.html', main: '.shop-grid' },
  { name: 'sign-in', path: '/login.html', main: 'emx-login' },
  { name: 'sign-up', path: '/signup.html', main: 'emx-signup' },
  { name: 'password-reset', path: '/password-reset.html', main: 'emx-password-reset' },
  { name: 'account-signed-out', path: '/account.html', main: 'emx-account' },
  { name: 'emulator-console', path: '/emulator.html', main: '[data-console="customers"] table' },
  { name: 'account', path: '/account.html', main: 'emx-account', signedIn: true, settled: 'emx-address-book [part~="list"]' },
  { name: 'signed-in', path: '/login.html', main: 'emx-login', signedIn: true },
  { name: 'social-callback', path: '/callback.html', main: 'emx-login', signedIn: true },
];

/**
 * What a screen shows: the header's words, the page's title and footer, its width against the
 * viewport's, and where its main element sits. The viewport is the layout viewport (`clientWidth`): a phone zooms out of a page
 * wider than the device, which widens `innerWidth` with it.
 */
function measure(main) {
  const box = document.querySelector(main)?.getBoundingClientRect();
  return {
    headerStatus: document.querySelector('[data-testid="session-status"]')?.textContent ?? '',
    navigation: [...document.querySelectorAll('.shop-nav a')].map((link) => link.textContent),
    title: document.title,
    footer: document.querySelector('.shop-footer')?.textContent ?? '',
    viewportWidth: document.documentElement.clientWidth,
    viewportHeight: document.documentElement.clientHeight,
    pageWidth: document.documentElement.scrollWidth,
    box: box && { left: box.left, right: box.right, top: box.top, width: box.width, height: box.height },
  };
}

/** The pages shown in another language too: the first a visitor sees, where a long word or a mirrored layout would break first. */
const LANGUAGE_SCREENS = SCREENS.filter((screen) => ['sign-in', 'sign-up'].includes(screen.name));

/**
 * What a customer would see cut off or overlapping: the header's pieces and the element's
 * headings, labels, hints, fields, buttons and links, each against the others (one inside another
 * aside), its own box (content wider than it) and the viewport; and the direction the element
 * lays out in, its heading, and the direction of its email and password inputs.
 */
function measureLayout(main) {
  const element = document.querySelector(main);
  const root = element?.querySelector('[part~="base"]');
  const pieces = [
    ...document.querySelectorAll(
      `.shop-header > *, .shop-nav a, .shop-header select, ${main} :is([part~="heading"], [part~="label"], [part~="legend"], [part~="hint"], [part~="input"], [part~="select"], [part~="checkbox"], [part~="password-toggle"], [part~="button"], [part~="link"], [part~="choice-label"], [part~="text"])`,
    ),
  ].filter((piece) => {
    const box = piece.getBoundingClientRect();
    return box.width > 1 && box.height > 1 && getComputedStyle(piece).visibility !== 'hidden';
  });
  const describe = (piece) => `${piece.localName}${piece.getAttribute('part') ? `[part="${piece.getAttribute('part')}"]` : ''} "${(piece.textContent || piece.getAttribute('name') || '').trim().slice(0, 40)}"`;
  const problems = [];
  const viewportWidth = document.documentElement.clientWidth;
  for (const piece of pieces) {
    const box = piece.getBoundingClientRect();
    if (box.left < -1 || box.right > viewportWidth + 1) problems.push(`${describe(piece)} spans ${Math.round(box.left)}–${Math.round(box.right)}px of ${viewportWidth}px`);
    const display = getComputedStyle(piece).display;
    if (!['inline', 'contents'].includes(display) && !['input', 'select'].includes(piece.localName) && piece.scrollWidth > piece.clientWidth + 1) {
      problems.push(`${describe(piece)} is cut off: ${piece.scrollWidth}px of content in ${piece.clientWidth}px`);
    }
  }
  for (const [index, first] of pieces.entries()) {
    for (const second of pieces.slice(index + 1)) {
      if (first.contains(second) || second.contains(first)) continue;
      const a = first.getBoundingClientRect();
      const b = second.getBoundingClientRect();
      const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (width > 1 && height > 1) problems.push(`${describe(first)} and ${describe(second)} overlap by ${Math.round(width)}×${Math.round(height)}px`);
    }
  }
  return {
    lang: document.documentElement.lang,
    direction: root ? getComputedStyle(root).direction : '',
    heading: element?.querySelector('[part~="heading"]')?.textContent.trim() ?? '',
    inputDirections: [...(element?.querySelectorAll('input[type="email"], input[type="password"]') ?? [])].map((input) => getComputedStyle(input).direction),
    layoutProblems: problems,
  };
}

/** Waits until the page's emx elements have rendered, in its language once their texts have loaded (`updateComplete` waits for them). */
function rendered() {
  const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('emx-'));
  return Promise.all(elements.map((element) => customElements.whenDefined(element.localName).then(() => element.updateComplete))).then(() => true);
}

async function screens(openTabs, origins, observed, engine, viewport, language) {
  await mkdir(resolve(SCREENS_DIR, engine), { recursive: true });
  const context = await ObservedContext.open(openTabs, origins, observed);
  try {
    const shop = new Shopper(context, await context.newPage(VIEWPORTS[viewport]), origins.storefront, origins.emulator);
    const results = [];
    if (language) {
      // Chosen in the header like a visitor does; the choice holds on the next pages.
      await shop.visit('/login.html');
      await shop.fill('.shop-language select', language);
    }
    for (const screen of language ? LANGUAGE_SCREENS : SCREENS) {
      if (screen.signedIn && !results.some((each) => each.signedIn)) await signInWithPassword(shop, JANE);
      await shop.visit(screen.path);
      await shop.waitForSelector(screen.main);
      if (screen.settled) await shop.waitForSelector(screen.settled);
      await shop.tab.evaluate(rendered);
      const file = `${engine}/${screen.name}-${language ? `${language}-` : ''}${viewport}.png`;
      await shop.tab.screenshot(resolve(SCREENS_DIR, file));
      results.push({ ...screen, file, ...(await shop.tab.evaluate(measure, screen.main)), ...(await shop.tab.evaluate(measureLayout, screen.main)) });
    }
    const { errors, violations } = await context.report(shop.tab);
    return { screens: results, errors, violations };
  } finally {
    await context.close();
  }
}

/**
 * The tab, noting each action it is given in `progress.step` (the method and its selector or path,
 * never a typed value or a full URL, which may carry secrets), so that a flow that hangs says where.
 * `evaluate` is how every wait polls, so it names no step: the step is the action waited after.
 */
function traced(tab, progress) {
  return new Proxy(tab, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (property === 'evaluate') return value.bind(target);
      return (...args) => {
        const [first] = args;
        const where = typeof first !== 'string' ? '' : /^https?:/.test(first) ? new URL(first).pathname : first;
        progress.step = `${String(property)}(${where})`;
        return value.apply(target, args);
      };
    },
  });
}

async function flow(openTabs, origins, observed, name, progress) {
  const run = FLOWS[name];
  if (!run) throw new Error(`No storefront flow "${name}"`);
  const context = await ObservedContext.open(openTabs, origins, observed);
  try {
    const page = traced(await context.newPage(), progress);
    await run(new Shopper(context, page, origins.storefront, origins.emulator));
    await context.snapshotDom(page, 'at the end of the flow');
    return await context.report(page);
  } finally {
    await context.close();
  }
}

/**
 * Adds an inline style attribute, which `style-src 'self'` forbids, and (where the engine has
 * Trusted Types) assigns a plain string to `innerHTML`, which `require-trusted-types-for 'script'`
 * forbids: the probe must see exactly those violations.
 */
async function cspProbe(openTabs, origins, observed) {
  const context = await ObservedContext.open(openTabs, origins, observed);
  try {
    const shop = new Shopper(context, await context.newPage(), origins.storefront, origins.emulator);
    await shop.visit('/login.html');
    let violation = context.nextViolation();
    await shop.tab.evaluate(() => {
      const probe = document.createElement('p');
      probe.setAttribute('style', 'color: red');
      document.body.append(probe);
    });
    await violation;
    const trustedTypes = await shop.tab.evaluate(() => 'trustedTypes' in window);
    if (trustedTypes) {
      violation = context.nextViolation();
      const refused = await shop.tab.evaluate(() => {
        try {
          document.createElement('p').innerHTML = '<b>not trusted</b>';
          return false;
        } catch (error) {
          return error instanceof TypeError;
        }
      });
      if (!refused) throw new Error('innerHTML took a plain string under require-trusted-types-for');
      await violation;
    }
    return { ...(await context.report(shop.tab)), trustedTypes };
  } finally {
    await context.close();
  }
}

/** How long one `emx-storefront-outcome` waits for the task, well within the runner's 20 seconds. */
const OUTCOME_WAIT_MS = 10_000;

const TASKS = {
  flow: (openTabs, origins, observed, { flow: name, progress }) => flow(openTabs, origins, observed, name, progress),
  screens: (openTabs, origins, observed, { engine, viewport, language }) => screens(openTabs, origins, observed, engine, viewport, language),
  'csp-probe': (openTabs, origins, observed) => cspProbe(openTabs, origins, observed),
};

/**
 * `origins()` answers `{ storefront, emulator }` once the server and the emulator run; `observed`
 * is the storefront server's list of what its pages report (./storefront-server.mjs);
 * `engineOf(launcher)` names the engine a test session runs in (its screenshots' folder).
 */
export function storefrontCommands(origins, observed, engineOf) {
  const running = new Map();
  let lastId = 0;

  async function outcome(id) {
    const task = running.get(id);
    if (!task) throw new Error(`No storefront task ${id}`);
    let timer;
    const stillRunning = new Promise((resolve) => {
      timer = setTimeout(() => resolve({ done: false }), OUTCOME_WAIT_MS);
    });
    const result = await Promise.race([task.outcome, stillRunning]);
    clearTimeout(timer);
    if (result.done) running.delete(id);
    return result.done ? result : { done: false, step: task.progress.step };
  }

  return {
    name: 'emx-storefront',
    async executeCommand({ command, payload, session }) {
      if (command === 'emx-storefront-start') {
        const run = TASKS[payload.task];
        if (!run) throw new Error(`No storefront task "${payload.task}"`);
        const id = ++lastId;
        const progress = { step: 'starting' };
        const outcome = run(tabsFor(session), origins(), observed, { ...payload, engine: engineOf(session.browser), progress }).then(
          (report) => ({ done: true, report }),
          (error) => ({ done: true, error: error.message }),
        );
        running.set(id, { outcome, progress });
        return id;
      }
      if (command === 'emx-storefront-outcome') return outcome(payload.id);
      return undefined;
    },
  };
}
