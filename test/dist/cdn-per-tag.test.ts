import { expect } from '@open-wc/testing';
import { JANE, TENANT, emulatorUrl, requests, resetEmulator, until } from '../support/emulator.js';
import { headingOf, query, submitButtonOf, type } from '../support/dom.js';

/** Loads test/dist/cdn-login.html, a page that knows nothing but `dist/cdn/emx-login.js`, in an iframe. */
async function openLoginPage(): Promise<{ page: Window; close: () => void }> {
  const frame = document.createElement('iframe');
  frame.src = `/test/dist/cdn-login.html?api-url=${encodeURIComponent(emulatorUrl())}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { page: frame.contentWindow as Window, close: () => frame.remove() };
}

describe('dist/cdn/emx-login.js alone on a plain HTML page', () => {
  let close = () => {};
  beforeEach(() => resetEmulator());
  afterEach(() => close());

  it('defines <emx-session> and <emx-login> only, and logs Jane in', async () => {
    const shop = await openLoginPage();
    close = shop.close;
    const { page } = shop;
    await until(() => page.document.querySelector('emx-login form'), 5000, 'the login form');
    const login = query(page.document, 'emx-login');
    expect(page.customElements.get('emx-session'), '<emx-session>').to.exist;
    expect(['emx-signup', 'emx-account', 'emx-address-book', 'emx-password-reset'].filter((tag) => page.customElements.get(tag)), 'other tags').to.deep.equal([]);
    expect(await requests(), 'requests before any interaction').to.deep.equal([]);

    type(query<HTMLInputElement>(login, 'input[autocomplete="username"]'), JANE.email);
    type(query<HTMLInputElement>(login, 'input[autocomplete="current-password"]'), JANE.password);
    submitButtonOf(login).click();
    // Names are isolated (U+2068…U+2069) inside messages; a reader sees the sentence without the marks.
    await until(() => headingOf(login).replace(/[\u2068\u2069]/g, '') === 'Signed in as Jane Doe', 5000, 'the signed-in heading with her name');
    // Jane has one company: the session ties her to it (a refresh, authorized by the login's anonymous token).
    await until(() => login.querySelector('[part~="company"]'), 5000, 'her company');
    const calls = (await requests()).map((entry) => `${entry.method} ${entry.path} ${entry.status}`);
    expect(calls).to.deep.equal([
      'GET /customerlogin/auth/anonymous/login 200',
      `POST /customer/${TENANT}/login 200`,
      `GET /customer/${TENANT}/me 200`,
      `GET /customer/${TENANT}/refreshauthtoken 200`,
    ]);

    // The entry and its shared chunks, nothing from the all-tags bundle; how deep they go is
    // checked on the built files (test/package/package.test.ts), their size by `npm run bench`.
    const scripts = page.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js'));
    expect(scripts[0]).to.equal('/dist/cdn/emx-login.js');
    expect(scripts.slice(1).filter((path) => !path.startsWith('/dist/cdn/chunks/')), 'scripts from elsewhere').to.deep.equal([]);
    expect(scripts.filter((path) => /\/(?:social-flow|texts-de)-/.test(path)), 'social or German chunk before they are needed').to.deep.equal([]);
  });
});
