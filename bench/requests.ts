/**
 * Requests per scenario, counted in the emulator's request log: what a shop's page costs its
 * visitors and the Emporix API.
 */
import type { Browser, Frame, Page } from 'puppeteer-core';

const TENANT = 'demo';
const JANE = { email: 'jane@example.com', password: 'Jane#2026pass' };
const CUSTOMER_TOKEN_SECONDS = 600;
/** The stored record's key starts with the tenant and client id; the API URL follows. */
const RECORD_KEY_PREFIX = 'emx-elements.session:demo:demo-storefront:';
/** How long a page is left alone to show that it sends nothing by itself. */
const QUIET_MS = 500;

interface LoggedRequest {
  method: string;
  path: string;
}

export interface ScenarioCount {
  scenario: string;
  /** `METHOD path` of every request, in order. */
  requests: string[];
  expected: string[];
  note: string;
}

class Emulator {
  constructor(readonly url: string) {}

  async #control(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(this.url + path, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
    return response.status === 204 ? undefined : response.json();
  }

  reset(tokenLifetimes?: { customer: number }) {
    return this.#control('POST', '/_emulator/reset', tokenLifetimes ? { tokenLifetimes } : {});
  }

  advanceClock(advanceSeconds: number) {
    return this.#control('POST', '/_emulator/clock', { advanceSeconds });
  }

  /** The log since the last call, as `METHOD path`, without CORS preflights (the browser's own, cached at will). */
  async takeRequests(): Promise<string[]> {
    const log = (await this.#control('GET', '/_emulator/requests?preflights=false')) as LoggedRequest[];
    await this.#control('DELETE', '/_emulator/requests');
    return log.map((entry) => `${entry.method} ${entry.path}`);
  }
}

const ANONYMOUS_LOGIN = 'GET /customerlogin/auth/anonymous/login';
const LOGIN = `POST /customer/${TENANT}/login`;
const PROFILE = `GET /customer/${TENANT}/me`;
const REFRESH = `GET /customer/${TENANT}/refreshauthtoken`;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openLoginPage(page: Page, shopUrl: string): Promise<void> {
  await page.goto(shopUrl);
  await page.waitForSelector('emx-login input[autocomplete="username"], emx-login [part~="sign-out"]');
}

async function waitForSignedIn(page: Page | Frame): Promise<void> {
  await page.waitForFunction(() => document.querySelector('emx-login [part~="heading"]')?.textContent?.startsWith('Signed in as'), { timeout: 10_000 });
}

/** Cold page, first use of the form, password login, then the same page again with the stored session. */
async function visitAndLogIn(browser: Browser, emulator: Emulator, shopUrl: string): Promise<ScenarioCount[]> {
  await emulator.reset();
  const context = await browser.createBrowserContext();
  const page = await context.newPage();

  await openLoginPage(page, shopUrl);
  await wait(QUIET_MS);
  const cold = await emulator.takeRequests();

  await page.type('emx-login input[autocomplete="username"]', JANE.email);
  await page.type('emx-login input[autocomplete="current-password"]', JANE.password);
  await wait(QUIET_MS);
  const firstUse = await emulator.takeRequests();
  await page.click('emx-login button[type="submit"]');
  await waitForSignedIn(page);
  await wait(QUIET_MS);
  const login = await emulator.takeRequests();

  await page.reload();
  await waitForSignedIn(page);
  await wait(QUIET_MS);
  const warm = await emulator.takeRequests();
  await context.close();

  return [
    { scenario: 'cold page with <emx-login>, before interaction', requests: cold, expected: [], note: 'the session is lazy' },
    {
      scenario: 'first use of the login form (focus, typing), before submit',
      requests: firstUse,
      expected: [ANONYMOUS_LOGIN],
      note: 'the anonymous token the contract requires to authorize the login, fetched once when the visitor starts on the form',
    },
    {
      scenario: 'password login',
      requests: login,
      expected: [LOGIN, PROFILE, REFRESH],
      note: 'login + profile, counted from the submit; the anonymous token arrived on first focus (the row above), so the submit waits one round trip less; Jane is the contact of one company, so the session ties her to it with one refresh, authorized by the anonymous token of the login',
    },
    { scenario: 'warm page with a stored valid customer session', requests: warm, expected: [], note: 'the stored customer token and name are used as they are; the login element needs no profile' },
  ];
}

/**
 * Five tabs open on a session whose customer token has expired (the emulator's clock moved past
 * it; the stored record says it is due), and each asks for a token at once.
 */
async function fiveTabsAtExpiry(browser: Browser, emulator: Emulator, shopUrl: string, tabsUrl: string): Promise<ScenarioCount> {
  await emulator.reset({ customer: CUSTOMER_TOKEN_SECONDS });
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await openLoginPage(page, shopUrl);
  await page.evaluate((credentials) => document.querySelector('emx-session')!.session!.login(credentials), JANE);

  await emulator.advanceClock(CUSTOMER_TOKEN_SECONDS);
  await page.evaluate((prefix) => {
    // The record itself, not a remembered company stored beside it under the same prefix.
    const key = Object.keys(localStorage).find((name) => name.startsWith(prefix) && !name.includes(':legal-entity:'));
    if (!key) throw new Error('no stored session record after the login');
    const record = JSON.parse(localStorage.getItem(key)!);
    record.customer.expiresAt = Date.now();
    localStorage.setItem(key, JSON.stringify(record));
  }, RECORD_KEY_PREFIX);
  await emulator.takeRequests();

  await page.goto(tabsUrl);
  const tabs = page.frames().filter((frame) => frame !== page.mainFrame());
  await Promise.all(tabs.map((tab) => waitForSignedIn(tab)));
  const tokens = await page.evaluate(() =>
    Promise.all([...document.querySelectorAll('iframe')].map((frame) => frame.contentDocument!.querySelector('emx-session')!.session!.getAccessToken())),
  );
  const requests = await emulator.takeRequests();
  await context.close();
  if (new Set(tokens).size !== 1) throw new Error(`the tabs hold ${new Set(tokens).size} different tokens after the refresh`);
  return {
    scenario: `${tabs.length} tabs at token expiry`,
    requests,
    expected: [ANONYMOUS_LOGIN, REFRESH],
    note: 'one refresh: one tab refreshes under a Web Lock, the others read its result; the contract authorizes the refresh with an anonymous token, which a signed-in session does not keep',
  };
}

export async function countRequests(browser: Browser, emulatorUrl: string, pagesUrl: string): Promise<ScenarioCount[]> {
  const emulator = new Emulator(emulatorUrl);
  const query = `?api-url=${encodeURIComponent(emulatorUrl)}`;
  const shopUrl = `${pagesUrl}/shop.html${query}`;
  return [...(await visitAndLogIn(browser, emulator, shopUrl)), await fiveTabsAtExpiry(browser, emulator, shopUrl, `${pagesUrl}/tabs.html${query}`)];
}
