// Put first into every demo storefront page the browser tests load (./storefront-server.mjs), in
// every engine alike: reports to the test server what a security review asks about (CSP
// violations, console output, uncaught errors, the URLs the page loads and shows, the tokens in the
// JSON answers the page fetches) for ./observed-context.mjs to judge. A classic script, so it runs
// before the page's own module scripts.
(() => {
  // How many reports this document sent, for the harness to wait until all of them arrived.
  const sent = { document: `${performance.timeOrigin}-${Math.random()}`, count: 0 };
  // The page's fetch before this script wraps it below: the fallback for a report is not observed.
  const unobservedFetch = globalThis.fetch.bind(globalThis);
  Object.defineProperty(globalThis, 'emxObserved', { value: sent });
  const report = (kind, data) => {
    sent.count += 1;
    const record = { kind, data, page: location.href, at: performance.timeOrigin + performance.now(), document: sent.document };
    const body = JSON.stringify(record);
    // A beacon the engine does not queue (its in-flight limit reached) goes as a plain request.
    if (!navigator.sendBeacon('/__emx-observed', body)) void unobservedFetch('/__emx-observed', { method: 'POST', body }).catch(() => undefined);
  };

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
  addEventListener('error', (event) => report('uncaught', { message: event.message }));
  addEventListener('unhandledrejection', (event) => report('uncaught', { message: describe(event.reason) }));

  // The tab's history as this document shapes it: its own entry, then what the page replaces or adds.
  report('history', { how: 'load', href: location.href });
  for (const how of ['pushState', 'replaceState']) {
    const original = history[how];
    history[how] = function (...args) {
      const result = original.apply(this, args);
      report('history', { how, href: location.href });
      return result;
    };
  }

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.name.endsWith('/__emx-observed')) report('request', { url: entry.name });
    }
  }).observe({ type: 'resource', buffered: true });

  // Every JSON answer a fetch receives is searched for tokens before the page sees it.
  const TOKEN_KEY = /_token$/;
  const collectTokens = (value, into) => {
    if (Array.isArray(value)) value.forEach((each) => collectTokens(each, into));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, each] of Object.entries(value)) {
        if (TOKEN_KEY.test(key) && typeof each === 'string' && each) into.push(each);
        else collectTokens(each, into);
      }
    }
  };
  const originalFetch = globalThis.fetch;
  globalThis.fetch = async function (input, init) {
    const response = await originalFetch.call(this, input, init);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const label = `${method} ${new URL(response.url).pathname}`;
    if (response.ok && (response.headers.get('content-type') ?? '').includes('json')) {
      try {
        const tokens = [];
        collectTokens(await response.clone().json(), tokens);
        report('answer', { label, tokens });
      } catch {
        report('unsearched', { label });
      }
    }
    return response;
  };
})();
