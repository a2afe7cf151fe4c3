// A fresh browser context (its own storage, cookies and cache) whose pages are watched for what a
// security review asks about: CSP violations, console output, every request URL, the tokens the
// emulator hands out, and the DOM at chosen moments. The storefront pages are top-level pages, as
// `frame-ancestors 'none'` wants them.

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

/** JSON keys whose values are tokens: access_token, refresh_token, saas_token, social_id_token, id_token, … */
const TOKEN_KEY = /_token$/;
const WAIT_MS = 10_000;

/** Runs in every document before its own scripts; reports through the `__emxObserve` binding. */
function observeDocument() {
  const report = (kind, data) => globalThis.__emxObserve?.(JSON.stringify({ kind, data, page: location.href }));
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      report('violation', {
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
        sample: event.sample,
      }),
    true,
  );
  const describe = (value) => {
    const seen = new WeakSet();
    try {
      return JSON.stringify(value, (_key, each) => {
        if (each instanceof Error) return { ...each, name: each.name, message: each.message, stack: each.stack, cause: each.cause };
        if (each instanceof Node) return each instanceof Element ? each.outerHTML : each.textContent;
        if (typeof each === 'object' && each !== null) {
          if (seen.has(each)) return '[circular]';
          seen.add(each);
        }
        return each;
      });
    } catch {
      return String(value);
    }
  };
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'dirxml', 'table', 'assert']) {
    const original = console[method];
    console[method] = function (...args) {
      report('console', { method, text: args.map(describe).join(' ') });
      return original.apply(this, args);
    };
  }
}

function collectTokens(value, into) {
  if (Array.isArray(value)) value.forEach((each) => collectTokens(each, into));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, each] of Object.entries(value)) {
      if (TOKEN_KEY.test(key) && typeof each === 'string' && each) into.add(each);
      else collectTokens(each, into);
    }
  }
}

/** A paused request whose page is leaving can leave a command to it unanswered: give up on it after a while. */
function withinTime(command) {
  let timer;
  const late = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('no answer from the browser')), WAIT_MS);
  });
  return Promise.race([command, late]).finally(() => clearTimeout(timer));
}

const isJsonSuccess = (status, contentType = '') => status >= 200 && status < 300 && contentType.includes('json');

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
  #context;
  #origins;
  #requests = [];
  #documents = [];
  #violations = [];
  #console = [];
  #errors = [];
  #domSnapshots = [];
  #answersBeingRead = [];
  /** Network ids of the emulator's JSON answers whose tokens were taken. */
  #searchedAnswers = new Set();
  /** The emulator's JSON answers that reached a page: every one of them must have been searched. */
  #receivedAnswers = [];
  #violationWaiters = [];

  constructor(context, origins) {
    this.#context = context;
    this.#origins = origins;
  }

  /** `origins`: `{ storefront, emulator }`, both without a trailing slash. */
  static async open(browser, origins) {
    return new ObservedContext(await browser.createBrowserContext(), origins);
  }

  /** A new top-level page, watched from its first document on. */
  async newPage(viewport = { width: 1280, height: 800 }) {
    const page = await this.#context.newPage();
    await page.setViewport(viewport);
    // Every load is a full answer from the server, so the CSP header seen is the one in force.
    await page.setCacheEnabled(false);
    await page.exposeFunction('__emxObserve', (message) => this.#onObservation(JSON.parse(message)));
    await page.evaluateOnNewDocument(observeDocument);
    page.on('request', (request) => this.#requests.push({ method: request.method(), url: request.url() }));
    page.on('response', (response) => this.#onResponse(page, response));
    // Every answer the emulator gives a fetch is held until its body has been read for tokens.
    const cdp = await page.createCDPSession();
    cdp.on('Fetch.requestPaused', (event) => this.#answersBeingRead.push(this.#readAnswer(cdp, event)));
    await cdp.send('Fetch.enable', { patterns: [{ urlPattern: `${this.#origins.emulator}/*`, resourceType: 'Fetch', requestStage: 'Response' }] });
    page.on('pageerror', (error) => {
      if (this.#isStorefront(page.url())) this.#errors.push(`uncaught on ${page.url()}: ${error.message}`);
    });
    return page;
  }

  /** Registers a value the flow types into a password field, so that it is looked for everywhere. */
  password(value) {
    this.#secrets.set(value, 'password');
    return value;
  }

  /** Keeps the page's DOM (and the values of its non-password fields) as it is now, to be searched for secrets at the end. */
  async snapshotDom(page, moment) {
    const dom = await page.evaluate(() => {
      const values = [...document.querySelectorAll('input, textarea, select')]
        .filter((control) => !(control instanceof HTMLInputElement && control.type === 'password'))
        .map((control) => control.value);
      return `${document.documentElement.outerHTML}\n${values.join('\n')}`;
    });
    this.#domSnapshots.push({ moment, url: page.url(), dom });
  }

  /** Waits until `check(...args)` is truthy in the page; throws `what` when it never is. */
  async waitFor(page, what, check, ...args) {
    try {
      return await page.waitForFunction(check, { timeout: WAIT_MS, polling: 50 }, ...args);
    } catch (error) {
      throw new Error(`${what} did not happen on ${page.url()} (${error.message.split('\n')[0]})`);
    }
  }

  /** Resolves with the next CSP violation any page reports; rejects when none comes. */
  nextViolation() {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('No CSP violation was reported')), WAIT_MS);
      this.#violationWaiters.push((violation) => {
        clearTimeout(timer);
        resolve(violation);
      });
    });
  }

  /** What was seen, judged: every list is empty when the storefront behaved. */
  async report() {
    await Promise.all(this.#answersBeingRead);
    for (const { text, param } of this.#requests.flatMap(({ url }) => urlTexts(url))) {
      if (param === 'code' && text) this.#secrets.set(text, this.#secrets.get(text) ?? 'authorization code');
    }
    const secrets = [...this.#secrets].filter(([value]) => value.length >= 6);
    const found = (text) => secrets.filter(([value]) => text.includes(value)).map(([, kind]) => kind);

    const urlLeaks = [];
    const contractQueries = new Set();
    for (const { method, url } of this.#requests) {
      const { origin, pathname } = new URL(url);
      for (const { param, text } of urlTexts(url)) {
        for (const kind of found(text)) {
          // A CORS preflight carries the URL of the request it clears.
          const allowed = CONTRACT_SECRET_QUERIES.find(
            (place) => (place.method === method || method === 'OPTIONS') && place.path.test(pathname) && place.param === param && place.kind === kind,
          );
          const ownOrigin = origin === this.#origins.emulator || origin === this.#origins.storefront;
          if (allowed && ownOrigin) contractQueries.add(`${allowed.method} ${pathname.replace(/^\/customer\/[^/]+\//, '/customer/{tenant}/')}?${param}`);
          else urlLeaks.push(`${kind} in ${param ? `query parameter ${param}` : 'path or hash'} of ${method} ${url}`);
        }
      }
    }
    return {
      documents: this.#documents,
      violations: this.#violations,
      errors: this.#errors,
      consoleLeaks: this.#console.flatMap(({ page, text }) => found(text).map((kind) => `${kind} in console output on ${page}: ${text}`)),
      urlLeaks,
      domLeaks: this.#domSnapshots.flatMap(({ moment, url, dom }) => found(dom).map((kind) => `${kind} in the DOM ${moment} (${url})`)),
      unsearchedAnswers: this.#receivedAnswers.filter(({ id }) => !this.#searchedAnswers.has(id)).map(({ label }) => label),
      contractQueries: [...contractQueries].sort(),
      requestCount: this.#requests.length,
      secretCounts: Object.fromEntries(['token', 'password', 'authorization code'].map((kind) => [kind, secrets.filter(([, each]) => each === kind).length])),
    };
  }

  async close() {
    await this.#context.close();
  }

  #onObservation({ kind, data, page }) {
    if (kind === 'violation') {
      this.#violations.push({ page, ...data });
      this.#violationWaiters.splice(0).forEach((resolve) => resolve(data));
      return;
    }
    this.#console.push({ page, text: data.text });
    if (data.method === 'error' && this.#isStorefront(page)) this.#errors.push(`console.error on ${page}: ${data.text}`);
  }

  #isStorefront(url) {
    return url.startsWith(`${this.#origins.storefront}/`);
  }

  #onResponse(page, response) {
    const request = response.request();
    const url = new URL(response.url());
    if (request.isNavigationRequest() && request.frame() === page.mainFrame() && this.#isStorefront(url.href)) {
      this.#documents.push({ path: url.pathname, status: response.status(), csp: response.headers()['content-security-policy'] ?? null });
    }
    if (request.resourceType() === 'fetch' && url.origin === this.#origins.emulator && isJsonSuccess(response.status(), response.headers()['content-type'])) {
      this.#receivedAnswers.push({ id: request.id, label: `${request.method()} ${url.pathname}` });
    }
  }

  /**
   * Takes the tokens out of a paused JSON answer, then lets it through to the page. An answer whose
   * page left meanwhile cannot be read, and reaches no page either; one that reaches a page unread
   * is reported by {@link report}.
   */
  async #readAnswer(cdp, { requestId, networkId, responseStatusCode, responseHeaders = [] }) {
    const contentType = responseHeaders.find(({ name }) => name.toLowerCase() === 'content-type')?.value;
    try {
      if (isJsonSuccess(responseStatusCode, contentType)) {
        const { body, base64Encoded } = await withinTime(cdp.send('Fetch.getResponseBody', { requestId }));
        const tokens = new Set();
        collectTokens(JSON.parse(base64Encoded ? Buffer.from(body, 'base64').toString() : body), tokens);
        for (const token of tokens) this.#secrets.set(token, 'token');
        this.#searchedAnswers.add(networkId);
      }
    } catch {
      // Gone with its page; see above.
    } finally {
      await withinTime(cdp.send('Fetch.continueResponse', { requestId })).catch(() => undefined);
    }
  }
}
