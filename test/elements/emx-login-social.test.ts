// <emx-login>'s social sign-in buttons and messages. The sign-ins go through the emulator's real
// OpenID provider pages: in an iframe (the storefront page of test/social, with <emx-login> on it)
// for redirects, or in a popup opened from this page.
import { expect, fixture, html } from '@open-wc/testing';
import type axe from 'axe-core';
import { press } from '../support/keyboard.js';
import '../../src/elements/session/emx-session.js';
import '../../src/elements/login/emx-login.js';
import type { EmxLoginElement } from '../../src/elements/login/emx-login.js';
import type { EmxSessionElement } from '../../src/elements/session/emx-session.js';
import { loginMessages } from '../../src/elements/login/messages.js';
import { sharedMessages } from '../../src/elements/shared/messages.js';
import sharedDe from '../../src/elements/shared/messages.de.js';
import loginDe from '../../src/elements/login/messages.de.js';
import type { SocialProvider } from '../../src/session/index.js';
import { TENANT, clearFaults, emulatorUrl, injectFault, requestsTo, resetEmulator, until } from '../support/emulator.js';
import { testProviders, type PageState } from '../social/fixtures.js';
import {
  ALEX,
  PAT,
  callbackArrival,
  cancelAtProvider,
  controlPages,
  navigate,
  oidcClientTsResources,
  openPage,
  signInAtProvider,
  socialOf,
  storedCustomer,
  windowOf,
} from '../support/social.js';
import { errorSummaryOf, fillMessage, hasFocus, headingOf, query, statusOf, waitForError, waitForFocus } from '../support/dom.js';
import { sessionTag } from '../support/session-tag.js';

const en = { ...sharedMessages.en, ...loginMessages.en };
const de = { ...sharedDe, ...loginDe };
/** The redirects (provider pages, callback, code redemption) take longer than an API call. */
const NAVIGATION_TIMEOUT_MS = 10_000;

function continueWith(texts: typeof en, provider: string): string {
  return fillMessage(texts['login.social.continue_with'], { provider });
}

function socialButtonOf(login: Element, providerId: string): HTMLButtonElement {
  return query<HTMLButtonElement>(login, `[data-provider="${providerId}"] [part~="social-button"]`);
}

const socialButtonsOf = (login: Element) => [...login.querySelectorAll<HTMLButtonElement>('[part~="social-button"]')];

/** `<emx-login>` inside `<emx-session>` with `providers`, on this page. */
async function mountLogin(providers: readonly SocialProvider[], lang = 'en'): Promise<{ login: EmxLoginElement; provider: EmxSessionElement }> {
  const page = await fixture<HTMLElement>(html`<div lang=${lang}>${sessionTag(html`<emx-login></emx-login>`, { providers })}</div>`);
  const login = query<EmxLoginElement>(page, 'emx-login');
  await until(() => login.querySelector('form'), 3000, 'the login form');
  // <emx-session> loads social login once it has providers; the buttons follow.
  if (providers.length > 0) await until(() => login.querySelector('[part~="alternatives"]'), 3000, 'the social buttons');
  return { login, provider: query<EmxSessionElement>(page, 'emx-session') };
}

/**
 * axe-core checks an element in the document it runs in, so for a page in the frame it is loaded
 * there (the page's CSP allows same-origin scripts) and run by that page.
 */
async function expectAccessibleInItsPage(element: Element): Promise<void> {
  const page = element.ownerDocument.defaultView as (Window & { axe?: typeof axe }) | null;
  if (!page) throw new Error('The element is in no page');
  if (!page.axe) {
    const script = Object.assign(page.document.createElement('script'), { src: '/node_modules/axe-core/axe.min.js' });
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    page.document.head.append(script);
    await loaded;
  }
  const { violations } = await page.axe!.run(element);
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).to.deep.equal([]);
}

/** The `emx-error` events that reach `document` until the returned function is called. */
function recordErrors(): () => Array<{ operation: string; code: string }> {
  const seen: Array<{ operation: string; code: string }> = [];
  const record = ({ detail }: CustomEvent<{ operation: string; code: string }>) => seen.push({ operation: detail.operation, code: detail.code });
  document.addEventListener('emx-error', record);
  return () => {
    document.removeEventListener('emx-error', record);
    return seen;
  };
}

describe('<emx-login> social sign-in', function () {
  // The sign-ins go through the provider's pages and back; each step is a real page load.
  this.timeout(30_000);

  beforeEach(async () => {
    await resetEmulator();
    controlPages({});
  });
  afterEach(() => clearFaults());

  describe('buttons', () => {
    const icon = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"><circle cx="10" cy="10" r="9"/></svg>')}`;
    const google: SocialProvider = { id: 'google', label: 'Google', icon, issuer: 'https://accounts.example', clientId: 'shop', redirectUri: 'https://shop.example/callback' };
    const partner: SocialProvider = { ...google, id: 'partner', label: 'Partner SSO', icon: undefined };

    it('shows one "Continue with …" button per provider of <emx-session providers>, above the form', async () => {
      const { login } = await mountLogin([google, partner]);

      expect(socialButtonsOf(login).map((button) => button.textContent?.trim())).to.deep.equal([
        continueWith(en, 'Google'),
        continueWith(en, 'Partner SSO'),
      ]);
      const googleIcon = query<HTMLImageElement>(socialButtonOf(login, 'google'), 'img[part~="social-icon"]');
      expect(googleIcon.getAttribute('alt')).to.equal('');
      expect(googleIcon.src).to.equal(icon);
      expect(socialButtonOf(login, 'partner').querySelector('img')).to.equal(null);
      expect(socialButtonOf(login, 'google').type).to.equal('button');
      const list = query(login, '[part~="alternatives"]');
      expect(list.compareDocumentPosition(query(login, 'form')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await expect(login).to.be.accessible();
    });

    it('appear when providers are set after the first render, and go when they are removed', async () => {
      const { login, provider } = await mountLogin([]);
      expect(login.querySelector('[part~="alternatives"]')).to.equal(null);

      provider.providers = [google];
      await until(() => socialButtonsOf(login).length === 1, 1000, 'the button of the new provider');
      expect(socialButtonsOf(login)[0]?.textContent?.trim()).to.equal(continueWith(en, 'Google'));

      provider.providers = [];
      await until(() => !login.querySelector('[part~="alternatives"]'), 1000, 'the buttons to go');
    });

    it('are named in German on a German page', async () => {
      const { login } = await mountLogin([google, partner], 'de');
      expect(socialButtonsOf(login).map((button) => button.textContent?.trim())).to.deep.equal([
        continueWith(de, 'Google'),
        continueWith(de, 'Partner SSO'),
      ]);
      await expect(login).to.be.accessible();
    });
  });

  describe('through the provider’s pages', () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    /**
     * The `<emx-login>` of the page the frame shows at `path`, once it has rendered with its session
     * (signed out: with the providers' buttons, which follow social login's loading).
     */
    function loginIn(path: string): Promise<EmxLoginElement> {
      return until(() => {
        const page = windowOf(frame!);
        const login = page?.location.pathname.endsWith(path) ? page.document.querySelector('emx-login') : null;
        return login?.querySelector('[part~="alternatives"], [part~="sign-out"]') ? login : undefined;
      }, NAVIGATION_TIMEOUT_MS, `<emx-login> on ${path}`) as Promise<EmxLoginElement>;
    }

    /** The storefront page with `<emx-login>` in a fresh frame (in `lang`), and its login. */
    function openLoginPage(lang = 'en'): Promise<EmxLoginElement> {
      controlPages({ login: { lang } });
      frame = openPage();
      return loginIn('start.html');
    }

    const pageState = (): PageState => windowOf(frame!)!.emx!;

    /** The callback page's `<emx-login>` once it names the customer (the profile arrives after the tokens). */
    async function signedInOnCallback(firstName: string): Promise<EmxLoginElement> {
      const login = await loginIn('callback.html');
      await until(() => headingOf(login).startsWith(`Signed in as \u2068${firstName} `), NAVIGATION_TIMEOUT_MS, `${firstName} signed in`);
      return login;
    }

    it('signs in with a click: a real redirect to the provider, back to a signed-in <emx-login>', async () => {
      const start = await openLoginPage();
      // Rendering the buttons downloads none of the sign-in code.
      expect(oidcClientTsResources(windowOf(frame!)!)).to.deep.equal([]);
      const button = socialButtonOf(start, 'social');

      button.click();
      await start.updateComplete;
      expect(button.getAttribute('aria-busy')).to.equal('true');
      expect(button.textContent?.trim()).to.equal(fillMessage(en['login.social.connecting'], { provider: 'Demo Social' }));
      expect(socialButtonOf(start, 'partner').getAttribute('aria-disabled')).to.equal('true');
      await signInAtProvider(ALEX);

      const login = await signedInOnCallback('Alex');
      expect(login.textContent).to.contain(ALEX.email);
      expect(pageState().events).to.deep.equal([{ type: 'emx-login', method: 'social' }]);
      const [redemption] = await requestsTo('/socialLogin', 'POST');
      expect(redemption).to.include({ status: 200 });
      await expectAccessibleInItsPage(login);
    });

    it('signs in with the keyboard alone: Tab to the provider’s button, Enter', async () => {
      const start = await openLoginPage();
      query(start, '[part~="heading"]').focus();

      await press('Tab');
      expect(hasFocus(socialButtonOf(start, 'social')), 'focus on the first provider').to.equal(true);
      await press('Tab');
      expect(hasFocus(socialButtonOf(start, 'partner')), 'focus on the second provider').to.equal(true);
      await press('Enter');
      await signInAtProvider(PAT);

      await signedInOnCallback('Pat');
      expect(await requestsTo('/exchangeauthtoken', 'POST')).to.have.length(1);
    });

    it('says "Signing you in…" while the session completes the sign-in', async () => {
      await injectFault({ path: `/customer/${TENANT}/socialLogin`, method: 'POST', delayMs: 1500 });
      const start = await openLoginPage();
      socialButtonOf(start, 'social').click();
      await signInAtProvider(ALEX);

      const login = await loginIn('callback.html');
      await until(() => statusOf(login) === en['login.social.completing'], NAVIGATION_TIMEOUT_MS, 'the progress message');
      expect(query(login, '[part~="alternatives"]').getAttribute('aria-busy')).to.equal('true');
      expect(socialButtonsOf(login).map((button) => button.getAttribute('aria-disabled'))).to.deep.equal(['true', 'true', 'true']);
      await expectAccessibleInItsPage(login);

      await signedInOnCallback('Alex');
    });

    it('explains a sign-in cancelled at the provider (access_denied), once, until it is dismissed', async () => {
      const start = await openLoginPage();
      socialButtonOf(start, 'social').click();
      await cancelAtProvider();

      const login = await loginIn('callback.html');
      expect(await waitForError(login, NAVIGATION_TIMEOUT_MS)).to.equal(en['login.social.error.cancelled']);
      expect(headingOf(login)).to.equal(en['login.heading']);
      // <emx-session> announces the failure; <emx-login> does not announce it again.
      expect(pageState().events).to.deep.equal([{ type: 'emx-error', code: 'cancelled', operation: 'social-login' }]);
      expect(storedCustomer()).to.equal(undefined);
      await expectAccessibleInItsPage(login);

      const dismiss = query<HTMLButtonElement>(login, '[part~="dismiss"]');
      expect(dismiss.textContent?.trim()).to.equal(en['login.social.dismiss']);
      dismiss.focus();
      await press('Enter');
      await until(() => errorSummaryOf(login) === '', 1000, 'the message to go');
      expect(socialOf(pageState().session).lastError).to.equal(undefined);
      expect(login.querySelector('[part~="dismiss"]')).to.equal(null);
      await waitForFocus(query(login, '[part~="heading"]'));
    });

    it('explains a tampered state in German, and clears the message when the customer starts again', async () => {
      controlPages({ holdAnswer: true, login: { lang: 'de' } });
      frame = openPage();
      const start = await loginIn('start.html');
      expect(socialButtonOf(start, 'social').textContent?.trim()).to.equal(continueWith(de, 'Demo Social'));
      socialButtonOf(start, 'social').click();
      await signInAtProvider(ALEX);
      const tampered = await callbackArrival(frame);
      tampered.searchParams.set('state', `social--${'0'.repeat(32)}`);
      controlPages({ login: { lang: 'de' } });

      await navigate(frame, tampered.href);
      const login = await loginIn('callback.html');
      expect(await waitForError(login, NAVIGATION_TIMEOUT_MS)).to.equal(de['login.social.error.state_mismatch']);
      expect(query(login, '[part~="dismiss"]').textContent?.trim()).to.equal(de['login.social.dismiss']);
      expect(pageState().events).to.deep.equal([{ type: 'emx-error', code: 'state_mismatch', operation: 'social-login' }]);
      expect(await requestsTo('/socialLogin')).to.deep.equal([]);
      await expectAccessibleInItsPage(login);

      // Pressing the button sends the page to the provider: its session is taken first.
      const { session } = pageState();
      socialButtonOf(login, 'social').click();
      await until(() => errorSummaryOf(login) === '', 1000, 'the message to go');
      expect(socialOf(session).lastError).to.equal(undefined);
    });
  });

  describe('in a popup', () => {
    const providers = () => testProviders(emulatorUrl(), location.origin);

    it('keeps the button busy while the popup is open, then shows the signed-in customer', async () => {
      const { login } = await mountLogin(providers());
      const button = socialButtonOf(login, 'social-popup');

      button.click();
      await login.updateComplete;
      expect(button.getAttribute('aria-busy')).to.equal('true');
      expect(socialButtonOf(login, 'social').getAttribute('aria-disabled')).to.equal('true');
      await signInAtProvider(ALEX);

      await until(() => headingOf(login).startsWith('Signed in as \u2068Alex '), NAVIGATION_TIMEOUT_MS, 'Alex signed in');
      await expect(login).to.be.accessible();
    });

    it('shows a cancelled sign-in, announced once (by <emx-session>, not again by the form)', async () => {
      const { login } = await mountLogin(providers());
      const errors = recordErrors();

      socialButtonOf(login, 'social-popup').click();
      await cancelAtProvider();

      expect(await waitForError(login, NAVIGATION_TIMEOUT_MS)).to.equal(en['login.social.error.cancelled']);
      await until(() => !socialButtonOf(login, 'social-popup').hasAttribute('aria-busy'), 1000, 'the button to be free again');
      expect(errors()).to.deep.equal([{ operation: 'social-login', code: 'cancelled' }]);
      await expect(login).to.be.accessible();
    });
  });
});
