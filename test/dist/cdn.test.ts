import { expect } from '@open-wc/testing';
import { JANE, TENANT, emulatorUrl, requests, resetEmulator, until } from '../support/emulator.js';
import { headingOf, isolated, query, submitButtonOf, type } from '../support/dom.js';

/** Loads test/dist/cdn.html, a page that knows nothing but `dist/emx-elements.js`, in an iframe. */
async function openShopPage(): Promise<{ page: Window; close: () => void }> {
  const frame = document.createElement('iframe');
  frame.src = `/test/dist/cdn.html?api-url=${encodeURIComponent(emulatorUrl())}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { page: frame.contentWindow as Window, close: () => frame.remove() };
}

/** Every tag the manifest documents. */
async function documentedTags(): Promise<string[]> {
  const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as { modules: Array<{ declarations?: Array<{ tagName?: string }> }> };
  return manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => declaration.tagName ?? []);
}

describe('dist/emx-elements.js on a plain HTML page', () => {
  let close = () => {};
  beforeEach(() => resetEmulator());
  afterEach(() => close());

  it('defines every documented tag, loads nothing else, and logs Jane in', async () => {
    const shop = await openShopPage();
    close = shop.close;
    const { page } = shop;
    await until(() => page.document.querySelector('emx-login form'), 5000, 'the login form');
    const login = query(page.document, 'emx-login');

    const tags = await documentedTags();
    expect(tags).to.include.members(['emx-session', 'emx-login']);
    expect(tags.filter((tag) => !page.customElements.get(tag)), 'undefined tags').to.deep.equal([]);
    expect(await requests(), 'requests before any interaction').to.deep.equal([]);

    type(query<HTMLInputElement>(login, 'input[autocomplete="username"]'), JANE.email);
    type(query<HTMLInputElement>(login, 'input[autocomplete="current-password"]'), JANE.password);
    submitButtonOf(login).click();
    await until(() => headingOf(login) === `Signed in as ${isolated('Jane Doe')}`, 5000, 'the signed-in heading with her name');

    // Jane has one company: the session ties her to it (a refresh, authorized by the login's anonymous token).
    await until(() => login.querySelector('[part~="company"]'), 5000, 'her company');
    const calls = (await requests()).map((entry) => `${entry.method} ${entry.path} ${entry.status}`);
    expect(calls).to.deep.equal([
      'GET /customerlogin/auth/anonymous/login 200',
      `POST /customer/${TENANT}/login 200`,
      `GET /customer/${TENANT}/me 200`,
      `GET /customer/${TENANT}/refreshauthtoken 200`,
    ]);
    const scripts = page.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js'));
    expect(scripts, 'scripts the page loaded (no social chunk before a social sign-in)').to.deep.equal(['/dist/emx-elements.js']);
  });
});

/** test/dist/forms.html in an iframe of a fixed size, built from dist/ or from src/. */
async function openFormsPage(from: 'dist' | 'source'): Promise<{ page: Window; close: () => void }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 520px; height: 2400px; border: 0';
  frame.src = `/test/dist/forms.html?from=${from}&api-url=${encodeURIComponent(emulatorUrl())}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const page = frame.contentWindow as Window;
  await until(() => page.document.querySelectorAll('emx-session form').length === 4 && page.document.querySelector('[lang="de"] emx-login [part~="heading"]')?.textContent === 'Anmelden', 5000, `the forms from ${from}`);
  return { page, close: () => frame.remove() };
}

/** What a visitor gets from each element: every element with its attributes, text and box. */
function rendering(page: Window): string[] {
  const lines: string[] = [];
  for (const element of page.document.querySelectorAll('emx-session *')) {
    const attributes = [...element.attributes].map((attribute) => `${attribute.name}="${attribute.value}"`).join(' ');
    const text = [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    const box = element.getBoundingClientRect();
    const style = page.getComputedStyle(element);
    lines.push(`<${element.localName} ${attributes}> "${text}" ${[box.x, box.y, box.width, box.height].map(Math.round).join(',')} ${style.display} ${style.color} ${style.font}`);
  }
  return lines;
}

describe('dist/emx-elements.js renders what the source renders', () => {
  it('builds the same elements, texts and layout for every signed-out form, in English and German', async () => {
    // Signed out: the pages share this origin's storage with the test above.
    localStorage.clear();
    sessionStorage.clear();
    const fromDist = await openFormsPage('dist');
    const fromSource = await openFormsPage('source');
    try {
      const built = rendering(fromDist.page);
      expect(built.length).to.be.greaterThan(50);
      expect(built).to.deep.equal(rendering(fromSource.page));
    } finally {
      fromDist.close();
      fromSource.close();
    }
  });
});
