// A fresh browsing state (./tabs.mjs) whose storefront pages are watched for what a security review
// asks about: CSP violations, console output, uncaught errors, every URL loaded or shown, the tokens
// the pages receive, and the DOM at chosen moments. The pages report it themselves through
// ./observer.js, which the test server puts into every storefront page (./storefront-server.mjs),
// so every engine is watched the same way; the emulator's own log adds every API request it got.
// The storefront pages are top-level pages, as `frame-ancestors 'none'` wants them.

/**
 * Places where the Emporix contract itself puts a secret into a URL's query, and the OAuth answer
 * the provider sends to the storefront's redirect URI; nowhere else may an access, refresh or SaaS
 * token, an authorization code or a password appear in a URL. (`code_verifier` rides along with
 * `code` on socialLogin.)
 */
const CONTRACT_SECRET_QUERIES = [
  { method: 'GET', path: /^\/customerlogin\/auth\/anonymous\/refresh$/, param: 'refresh_token', kind: 'token' },
  { method: 'GET', path: /^\/customer\/[^/]+\/refreshauthtoken$/, param: 'refreshToken', kind: 'token' },
  { method: 'GET', path: /^\/customer\/[^/]+\/logout$/, param: 'accessToken', kind: 'token' },
  { method: 'POST', path: /^\/customer\/[^/]+\/exchangeauthtoken$/, param: 'subjectAccessToken', kind: 'token' },
  { method: 'POST', path: /^\/customer\/[^/]+\/socialLogin$/, param: 'code', kind: 'authorization code' },
  { method: 'GET', path: /^\/callback\.html$/, param: 'code', kind: 'authorization code' },
];

const WAIT_MS = 10_000;
const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Every text a URL carries, decoded, with the query parameter it sits in (`undefined` for path and hash). */
function urlTexts(href) {
  const url = new URL(href);
  const decode = (text) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  return [
    { param: undefined, text: decode(url.pathname) },
    { param: undefined, text: decode(url.hash) },
    ...[...url.searchParams].map(([param, text]) => ({ param, text })),
  ];
}

export class ObservedContext {
  /** Secret value → what it is (`token`, `password`, `authorization code`). */
  #secrets = new Map();
  #tabs;
  #origins;
  /** The storefront server's list of reports (see ./storefront-server.mjs) and where this context's start. */
  #observed;
  #firstObservation;
  #domSnapshots = [];

  constructor(tabs, origins, observed) {
    this.#tabs = tabs;
    this.#origins = origins;
    this.#observed = observed;
    this.#firstObservation = observed.length;
  }

  /** `openTabs(origins)` gives fresh tabs (./tabs.mjs); `origins`: `{ storefront, emulator }`, both without a trailing slash. */
  static async open(openTabs, origins, observed) {
    return new ObservedContext(await openTabs(origins), origins, observed);
  }

  /** A new top-level tab. */
  newPage(viewport = { width: 1280, height: 800 }) {
    return this.#tabs.newTab(viewport);
  }

  /** Registers a value the flow types into a password field, so that it is looked for everywhere. */
  password(value) {
    this.#secrets.set(value, 'password');
    return value;
  }

  /** Keeps the tab's DOM (and the values of its non-password fields) as it is now, to be searched for secrets at the end. */
  async snapshotDom(tab, moment) {
    const dom = await tab.evaluate(() => {
      const values = [...document.querySelectorAll('input, textarea, select')]
        .filter((control) => !(control instanceof HTMLInputElement && control.type === 'password'))
        .map((control) => control.value);
      return `${document.documentElement.outerHTML}\n${values.join('\n')}`;
    });
    this.#domSnapshots.push({ moment, url: await tab.url(), dom });
  }

  /** Waits until `check(...args)` is truthy in the tab and answers it; throws `what` when it never is. */
  async waitFor(tab, what, check, ...args) {
    const deadline = Date.now() + WAIT_MS;
    let lastError;
    while (Date.now() < deadline) {
      try {
        const result = await tab.evaluate(check, ...args);
        if (result) return result;
      } catch (error) {
        // The tab is between documents: ask the next one.
        lastError = error;
      }
      await pause();
    }
    throw new Error(`${what} did not happen on ${await tab.url()}${lastError ? ` (${lastError.message.split('\n')[0]})` : ''}`);
  }

  /** Resolves with the next CSP violation any page reports; rejects when none comes. */
  async nextViolation() {
    const seen = this.#observed.length;
    const deadline = Date.now() + WAIT_MS;
    while (Date.now() < deadline) {
      const violation = this.#observed.slice(seen).find(({ kind }) => kind === 'violation');
      if (violation) return violation.data;
      await pause();
    }
    throw new Error('No CSP violation was reported');
  }

  /** Waits until every report the tab's current document sent has arrived. */
  async settle(tab) {
    const sent = await tab.evaluate(() => globalThis.emxObserved);
    if (!sent) return;
    const arrived = () => this.#observed.filter((each) => each.document === sent.document).length;
    const deadline = Date.now() + WAIT_MS;
    while (arrived() < sent.count) {
      if (Date.now() > deadline) throw new Error(`${sent.count - arrived()} reports from ${await tab.url()} never arrived`);
      await pause();
    }
  }

  /** The entries of the tab's history so far, as its storefront pages shaped them (a load adds one, `replaceState` changes the last). */
  history() {
    const entries = [];
    for (const { data } of this.#reports('history')) {
      if (data.how === 'replaceState') entries[entries.length - 1] = data.href;
      else entries.push(data.href);
    }
    return entries;
  }

  /** What was seen, judged: every list is empty when the storefront behaved. `tab`: the tab the task ends in. */
  async report(tab) {
    await this.settle(tab);
    for (const { data } of this.#reports('answer')) for (const token of data.tokens) this.#secrets.set(token, 'token');
    const requests = [
      // A page's resource list says no method.
      ...this.#reports('request').map(({ data }) => ({ method: undefined, url: data.url })),
      ...this.#reports('history').map(({ data }) => ({ method: 'GET', url: data.href })),
      ...(await this.#emulatorLog()),
    ];
    for (const { text, param } of requests.flatMap(({ url }) => urlTexts(url))) {
      if (param === 'code' && text) this.#secrets.set(text, this.#secrets.get(text) ?? 'authorization code');
    }
    const secrets = [...this.#secrets].filter(([value]) => value.length >= 6);
    const found = (text) => secrets.filter(([value]) => text.includes(value)).map(([, kind]) => kind);

    const urlLeaks = [];
    const contractQueries = new Set();
    for (const { method, url } of requests) {
      const { origin, pathname } = new URL(url);
      for (const { param, text } of urlTexts(url)) {
        for (const kind of found(text)) {
          // A CORS preflight carries the URL of the request it clears.
          const allowed = CONTRACT_SECRET_QUERIES.find(
            (place) => (!method || place.method === method || method === 'OPTIONS') && place.path.test(pathname) && place.param === param && place.kind === kind,
          );
          const ownOrigin = origin === this.#origins.emulator || origin === this.#origins.storefront;
          if (allowed && ownOrigin) contractQueries.add(`${allowed.method} ${pathname.replace(/^\/customer\/[^/]+\//, '/customer/{tenant}/')}?${param}`);
          else urlLeaks.push(`${kind} in ${param ? `query parameter ${param}` : 'path or hash'} of ${method ?? 'a request to'} ${url}`);
        }
      }
    }
    const consoleOutput = this.#reports('console');
    return {
      documents: this.#reports('document').map(({ data }) => data),
      violations: this.#reports('violation').map(({ page, data }) => ({ page, ...data })),
      errors: [
        ...consoleOutput.filter(({ data }) => data.method === 'error').map(({ page, data }) => `console.error on ${page}: ${data.text}`),
        ...this.#reports('uncaught').map(({ page, data }) => `uncaught on ${page}: ${data.message}`),
      ],
      consoleLeaks: consoleOutput.flatMap(({ page, data }) => found(data.text).map((kind) => `${kind} in console output on ${page}: ${data.text}`)),
      urlLeaks,
      domLeaks: this.#domSnapshots.flatMap(({ moment, url, dom }) => found(dom).map((kind) => `${kind} in the DOM ${moment} (${url})`)),
      unsearchedAnswers: this.#reports('unsearched').map(({ data }) => data.label),
      contractQueries: [...contractQueries].sort(),
      requestCount: requests.length,
      secretCounts: Object.fromEntries(['token', 'password', 'authorization code'].map((kind) => [kind, secrets.filter(([, each]) => each === kind).length])),
    };
  }

  async close() {
    await this.#tabs.close();
  }

  /** This context's reports of one kind, in the order they happened. */
  #reports(kind) {
    return this.#observed
      .slice(this.#firstObservation)
      .filter((each) => each.kind === kind)
      .sort((a, b) => a.at - b.at);
  }

  /** Every request the emulator got since its last reset, with its query. */
  async #emulatorLog() {
    const response = await fetch(`${this.#origins.emulator}/_emulator/requests`);
    const entries = await response.json();
    return entries.map(({ method, path, query }) => ({ method, url: `${this.#origins.emulator}${path}?${new URLSearchParams(query)}` }));
  }
}
