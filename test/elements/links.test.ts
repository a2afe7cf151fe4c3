/**
 * The `*-href` attributes of every element: a link the kit renders runs with the shop's origin
 * when clicked, so only relative, `http:` and `https:` URLs become links; anything else
 * (`javascript:`, `data:`, `vbscript:`) is refused with one console warning and the element
 * falls back to its `emx-navigate` button.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/elements/session/emx-session.js';
import '../../src/elements/login/emx-login.js';
import '../../src/elements/signup/emx-signup.js';
import '../../src/elements/password-reset/emx-password-reset.js';
import '../../src/elements/account/emx-account.js';
import '../../src/elements/address-book/emx-address-book.js';
import { CLIENT_ID, TENANT, emulatorUrl, resetEmulator, until } from '../support/emulator.js';

/** Every `*-href` attribute of every element, with where its link leads, as shown signed out. */
const LINKS = [
  { tag: 'emx-login', attribute: 'signup-href', to: 'signup' },
  { tag: 'emx-login', attribute: 'password-reset-href', to: 'password-reset' },
  { tag: 'emx-signup', attribute: 'login-href', to: 'login' },
  { tag: 'emx-password-reset', attribute: 'login-href', to: 'login' },
  { tag: 'emx-account', attribute: 'login-href', to: 'login' },
  { tag: 'emx-address-book', attribute: 'login-href', to: 'login' },
] as const;

const REFUSED = ['javascript:alert(document.domain)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];
const FOLLOWED = ['/account/login', '../login.html', 'login.html?from=cart', 'https://shop.example/login', 'http://localhost:8080/login'];

async function mount(tag: string, attribute: string, value: string): Promise<HTMLElement> {
  const element = staticHtml`<${unsafeStatic(tag)} sections="" ${unsafeStatic(attribute)}=${value}></${unsafeStatic(tag)}>`;
  const provider = await fixture<HTMLElement>(html`<emx-session tenant=${TENANT} client-id=${CLIENT_ID} api-url=${emulatorUrl()}>${element}</emx-session>`);
  const host = provider.querySelector<HTMLElement>(tag)!;
  await until(() => host.querySelector('[part~="link"]'), 3000, `the links of <${tag}>`);
  return host;
}

/** Where each link-styled button of `host` asks to go. */
function navigationTargets(host: HTMLElement): string[] {
  const targets: string[] = [];
  const listener = (event: Event) => targets.push((event as CustomEvent<{ to: string }>).detail.to);
  host.addEventListener('emx-navigate', listener);
  for (const button of host.querySelectorAll<HTMLButtonElement>('button[part~="link"]')) button.click();
  host.removeEventListener('emx-navigate', listener);
  return targets;
}

describe('*-href attributes', () => {
  const warn = console.warn;
  let warnings: string[] = [];
  before(() => resetEmulator());
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });

  for (const { tag, attribute, to } of LINKS) {
    it(`<${tag} ${attribute}> never turns a javascript:, data: or vbscript: URL into a link`, async () => {
      // Warnings are once per value and page: each test has values of its own.
      for (const value of REFUSED.map((refused) => `${refused}//${tag}/${attribute}`)) {
        const host = (await mount(tag, attribute, value)) as HTMLElement & { requestUpdate(): void; updateComplete: Promise<unknown> };
        // Re-rendered several times, the element still warns once per value.
        for (let round = 0; round < 3; round++) {
          host.requestUpdate();
          await host.updateComplete;
        }
        const anchors = [...host.querySelectorAll<HTMLAnchorElement>('a[href]')].map((anchor) => anchor.href);
        expect(anchors.filter((href) => !/^https?:/.test(href)), value).to.deep.equal([]);
        expect(navigationTargets(host), value).to.include(to);
        expect(warnings.filter((warning) => warning.includes(value)), `warnings about ${value}`).to.have.length(1);
      }
    });

    it(`<${tag} ${attribute}> links to relative, http: and https: URLs resolved against the document`, async () => {
      for (const value of FOLLOWED) {
        const host = await mount(tag, attribute, value);
        const link = [...host.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')].find((anchor) => anchor.getAttribute('href') === value);
        expect(link?.href, value).to.equal(new URL(value, document.baseURI).href);
        expect(navigationTargets(host), value).to.not.include(to);
      }
      expect(warnings).to.deep.equal([]);
    });
  }
});
