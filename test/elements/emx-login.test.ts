import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { chord, press, typeText } from '../support/keyboard.js';
import '../../src/elements/session/emx-session.js';
import '../../src/elements/login/emx-login.js';
import type { EmxLoginElement } from '../../src/elements/login/emx-login.js';
import type { EmxSessionElement } from '../../src/elements/session/emx-session.js';
import { loginMessages } from '../../src/elements/login/messages.js';
import { RUN_DEADLINE_MS } from '../../src/elements/shared/run-controller.js';
import { setMessages } from '../../src/elements/shared/localize.js';
import { watchPasswordOffers } from '../support/password-offers.js';
import { sharedMessages } from '../../src/elements/shared/messages.js';
import sharedDe from '../../src/elements/shared/messages.de.js';
import loginDe from '../../src/elements/login/messages.de.js';
import { EmporixSession, signUpCustomer } from '../../src/session/index.js';
import {
  EVERY_ATTEMPT,
  CLIENT_ID,
  JANE,
  TENANT,
  clearFaults,
  clearRequests,
  emulatorUrl,
  injectFault,
  requests,
  requestsTo,
  resetEmulator,
  until,
} from '../support/emulator.js';
import {
  errorSummaryOf,
  fieldErrorOf,
  fillMessage,
  hasFocus,
  headingOf,
  query,
  statusOf,
  submitButtonOf,
  type,
  waitForError,
  waitForFocus,
} from '../support/dom.js';
import { sessionTag } from '../support/session-tag.js';

const INA = { email: 'ina@example.com', password: 'Ina#2026pass' };
const OTTO = { email: 'otto@example.com', password: 'Otto#2026pass' };
const LOGIN_PATH = `/customer/${TENANT}/login`;
const en = { ...sharedMessages.en, ...loginMessages.en };
const de = { ...sharedDe, ...loginDe };

/** `<emx-login>` inside `<emx-session>`, rendered with its session. */
async function mountLogin(attributes = html`<emx-login></emx-login>`): Promise<{ login: EmxLoginElement; provider: EmxSessionElement }> {
  const provider = await fixture<EmxSessionElement>(sessionTag(attributes));
  const login = query<EmxLoginElement>(provider, 'emx-login');
  await until(() => login.querySelector('form'), 3000, 'the login form');
  return { login, provider };
}

const emailInput = (login: Element) => query<HTMLInputElement>(login, 'input[autocomplete="username"]');
const passwordInput = (login: Element) => query<HTMLInputElement>(login, 'input[autocomplete="current-password"]');

function signIn(login: EmxLoginElement, credentials: { email: string; password: string }): void {
  type(emailInput(login), credentials.email);
  type(passwordInput(login), credentials.password);
  submitButtonOf(login).click();
}

/** Submits and waits for the answer: an error message, or the signed-in heading. */
async function attempt(login: EmxLoginElement, credentials: { email: string; password: string }): Promise<string> {
  signIn(login, credentials);
  return waitForError(login);
}

const postedLogins = () => requestsTo(LOGIN_PATH, 'POST');
/** Every request the emulator got since the last reset, as `METHOD path`. */
const sent = async () => (await requests()).map((entry) => `${entry.method} ${entry.path}`);
/** Time for a request that would follow to arrive. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<emx-login>', () => {
  beforeEach(() => resetEmulator());
  afterEach(() => clearFaults());

  describe('without a session', () => {
    it('says sign-in is unavailable, then shows the form once an <emx-session> appears', async () => {
      const page = await fixture<HTMLElement>(html`<div><emx-login></emx-login></div>`);
      const login = query<EmxLoginElement>(page, 'emx-login');
      await login.updateComplete;
      expect(query(login, '[part~="notice"]').textContent).to.equal(en['login.not_configured']);
      expect(login.querySelector('form')).to.equal(null);
      await expect(login).to.be.accessible();

      const provider = document.createElement('emx-session');
      Object.assign(provider, { tenant: TENANT, clientId: CLIENT_ID, apiUrl: emulatorUrl() });
      page.append(provider);
      await until(() => login.querySelector('form'), 3000, 'the form after the session appeared');
      expect(headingOf(login)).to.equal(en['login.heading']);
    });
  });

  describe('signing in', () => {
    it('signs Jane in, shows who is signed in and lets <emx-session> announce it', async () => {
      const { login, provider } = await mountLogin();
      await expect(login).to.be.accessible();
      const announced = oneEvent(provider, 'emx-login');

      signIn(login, JANE);

      const { detail } = await announced;
      expect(detail.method).to.equal('password');
      expect(detail.customer.email).to.equal(JANE.email);
      await until(() => headingOf(login).startsWith('Signed in as'), 3000, 'the signed-in state');
      expect(headingOf(login)).to.match(/^Signed in as \S+/);
      expect(login.textContent).to.contain(JANE.email);
      expect(login.querySelector('input[type="password"]')).to.equal(null);
      await waitForFocus(query(login, '[part~="heading"]'));
      const posted = await postedLogins();
      expect(posted).to.have.length(1);
      expect(posted[0]?.status).to.equal(200);
      await expect(login).to.be.accessible();
    });

    it('sends nothing before interaction, fetches the anonymous token when the form is first used, then logs in with two requests (two more tie a one-company customer to it)', async () => {
      const { login } = await mountLogin();
      await pause(300);
      expect(await sent(), 'a page without interaction').to.deep.equal([]);

      emailInput(login).focus();
      await until(async () => (await sent()).length > 0, 3000, 'the anonymous token');
      type(emailInput(login), JANE.email);
      type(passwordInput(login), JANE.password);
      await pause(100);
      expect(await sent(), 'focus and typing').to.deep.equal(['GET /customerlogin/auth/anonymous/login']);

      await clearRequests();
      submitButtonOf(login).click();
      await until(() => headingOf(login).startsWith('Signed in as'), 3000, 'the signed-in state');
      await until(async () => (await sent()).length >= 3, 3000, 'the profile and the company');
      await pause(300);
      // Jane has one company: the session ties her to it, a refresh authorized by the anonymous
      // token that authorized the login (no second anonymous token).
      expect(await sent(), 'the submit').to.deep.equal([
        `POST ${LOGIN_PATH}`,
        `GET /customer/${TENANT}/me`,
        `GET /customer/${TENANT}/refreshauthtoken`,
      ]);
    });

    it('works outside <emx-session> and inside a shop’s shadow root, with its styles adopted there', async () => {
      const page = await fixture<HTMLElement>(html`<div>${sessionTag()}<section id="shop-widget"></section></div>`);
      const shadow = query(page, '#shop-widget').attachShadow({ mode: 'open' });
      const login = document.createElement('emx-login');
      shadow.append(login);
      await until(() => login.querySelector('form'), 3000, 'the form in the shadow root');

      expect(shadow.adoptedStyleSheets.length).to.be.greaterThan(0);
      expect(getComputedStyle(submitButtonOf(login)).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
      // Label and input meet across no shadow boundary: the label names the input.
      expect(query<HTMLLabelElement>(login, 'label[for]').control === emailInput(login), 'the label names the input').to.equal(true);

      signIn(login, JANE);
      await until(() => headingOf(login).startsWith('Signed in as'), 3000, 'the signed-in state');
      await expect(login).to.be.accessible();
    });

    it('offers the browser to save the password after a successful login, where it can take one', async () => {
      const offers = watchPasswordOffers();
      try {
        const { login } = await mountLogin();
        signIn(login, JANE);
        await until(() => headingOf(login).startsWith('Signed in as'), 3000, 'the signed-in state');
        await until(() => offers.offered.length >= offers.expected(JANE.email).length, 3000, 'the credential to be offered');
        expect(offers.offered).to.deep.equal(offers.expected(JANE.email));
      } finally {
        offers.stop();
      }
    });

    it('keeps its form where password managers look: in the page, labelled, and read at submit time', async () => {
      const { login } = await mountLogin();
      const form = query<HTMLFormElement>(login, 'form');
      // Reachable from the document, as extensions query it: no shadow root between page and inputs.
      expect(document.querySelectorAll('emx-login form input[autocomplete="username"]').length).to.equal(1);
      expect(emailInput(login).getRootNode()).to.equal(document);
      expect(emailInput(login).form).to.equal(form);
      expect([...form.elements].filter((field) => field instanceof HTMLInputElement).map((input) => (input as HTMLInputElement).labels?.length)).to.deep.equal([1, 1]);
      // A password manager fills values without input events; the submit reads the form itself.
      emailInput(login).value = JANE.email;
      passwordInput(login).value = JANE.password;
      submitButtonOf(login).click();
      await until(() => headingOf(login).startsWith('Signed in as'), 3000, 'the signed-in state');
      expect(await postedLogins()).to.have.length(1);
    });

    it('validates empty fields without sending anything and focuses the first one', async () => {
      const { login } = await mountLogin();

      submitButtonOf(login).click();
      await login.updateComplete;

      expect(errorSummaryOf(login)).to.equal(en['form.invalid']);
      expect(emailInput(login).getAttribute('aria-invalid')).to.equal('true');
      expect(passwordInput(login).getAttribute('aria-invalid')).to.equal('true');
      expect(fieldErrorOf(emailInput(login))).to.equal(en['validation.required']);
      expect(fieldErrorOf(passwordInput(login))).to.equal(en['validation.required']);
      await waitForFocus(emailInput(login));
      await expect(login).to.be.accessible();

      type(emailInput(login), 'jane@');
      submitButtonOf(login).click();
      await login.updateComplete;
      expect(fieldErrorOf(emailInput(login))).to.equal(en['validation.email']);
      expect(await postedLogins()).to.have.length(0);
    });

    it('explains a wrong password and keeps what was typed', async () => {
      const { login } = await mountLogin();
      const reported = oneEvent(login, 'emx-error');

      const message = await attempt(login, { email: JANE.email, password: 'wrong-password-1' });

      expect(message).to.equal(en['error.invalid_credentials']);
      expect(emailInput(login).value).to.equal(JANE.email);
      expect(passwordInput(login).value).to.equal('wrong-password-1');
      const { detail } = await reported;
      expect(detail).to.include({ operation: 'login', code: 'invalid_credentials', status: 401 });
      await waitForFocus(query(login, '[part~="error-summary"]'));
      await expect(login).to.be.accessible();
    });

    it('tells an inactive customer the account waits for activation', async () => {
      const { login } = await mountLogin();
      expect(await attempt(login, INA)).to.equal(en['error.account_inactive']);
      await expect(login).to.be.accessible();
    });

    it('tells a customer on hold to contact the shop', async () => {
      const { login } = await mountLogin();
      expect(await attempt(login, OTTO)).to.equal(en['error.account_on_hold']);
    });

    it('says the account is locked after five failed attempts', async () => {
      const { login } = await mountLogin();
      const messages: string[] = [];
      for (let tries = 0; tries < 6 && messages.at(-1) !== en['error.account_locked']; tries++) {
        const before = (await postedLogins()).length;
        signIn(login, { email: JANE.email, password: `wrong-${tries}-password` });
        await until(async () => (await postedLogins()).length > before && !login.querySelector('[aria-busy="true"]'), 5000, 'the answer');
        messages.push(errorSummaryOf(login));
      }
      expect(messages.slice(0, 4)).to.deep.equal(Array(4).fill(en['error.invalid_credentials']));
      expect(messages.at(-1)).to.equal(en['error.account_locked']);
      // Locked means locked: the right password does not help now.
      expect(await attempt(login, JANE)).to.equal(en['error.account_locked']);
      await expect(login).to.be.accessible();
    });

    it('offers to resend the activation email when double opt-in is pending', async () => {
      await resetEmulator({ settings: { doubleOptIn: true } });
      const pending = { email: 'new.customer@example.com', password: 'New#2026pass' };
      const service = new EmporixSession({ tenant: TENANT, clientId: CLIENT_ID, apiUrl: emulatorUrl(), storage: 'memory' });
      await signUpCustomer(service, { ...pending, customerDetails: { firstName: 'New', lastName: 'Customer' } });
      service.dispose();
      const { login } = await mountLogin();

      expect(await attempt(login, pending)).to.equal(en['error.optin_pending']);
      await expect(login).to.be.accessible();
      query<HTMLButtonElement>(login, '[part~="resend-activation"]').click();

      await until(() => statusOf(login), 3000, 'the confirmation');
      expect(statusOf(login)).to.equal(fillMessage(en['login.activation_resent'], { email: pending.email }));
      expect(await requestsTo('/signup/optin/refresh_token', 'POST')).to.have.length(1);
      await expect(login).to.be.accessible();
    });
  });

  describe('when the network or the server fails', () => {
    it('reports a dropped connection, keeps the input and succeeds on retry', async () => {
      const { login } = await mountLogin();
      await injectFault({ path: LOGIN_PATH, method: 'POST', drop: true, times: EVERY_ATTEMPT });

      expect(await attempt(login, JANE)).to.equal(en['error.network']);
      expect(emailInput(login).value).to.equal(JANE.email);
      expect(passwordInput(login).value).to.equal(JANE.password);
      await expect(login).to.be.accessible();

      await clearFaults();
      submitButtonOf(login).click();
      await until(() => headingOf(login).startsWith('Signed in as'), 3000, 'the signed-in state after retrying');
    });

    it('reports a 503 as trouble on the server side', async () => {
      const { login } = await mountLogin();
      await injectFault({ path: LOGIN_PATH, method: 'POST', status: 503 });
      expect(await attempt(login, JANE)).to.equal(en['error.server']);
    });

    it('asks to wait as long as a 429 says', async () => {
      const { login } = await mountLogin();
      await injectFault({ path: LOGIN_PATH, method: 'POST', status: 429, headers: { 'Retry-After': '30' } });
      expect(await attempt(login, JANE)).to.equal(fillMessage(en['error.rate_limited_wait'], { seconds: 30 }));
    });

    for (const { retryAfter, message } of [
      { retryAfter: '600', message: fillMessage(en['error.rate_limited_wait_minutes'], { minutes: 10 }) },
      { retryAfter: '999999', message: en['error.rate_limited_later'] },
      { retryAfter: '1e+308', message: en['error.rate_limited_later'] },
      { retryAfter: 'Fri, 31 Dec 9999 23:59:59 GMT', message: en['error.rate_limited_later'] },
    ]) {
      it(`a 429 with Retry-After: ${retryAfter} is said in words a person can act on`, async () => {
        const { login } = await mountLogin();
        await injectFault({ path: LOGIN_PATH, method: 'POST', status: 429, headers: { 'Retry-After': retryAfter } });
        expect(await attempt(login, JANE)).to.equal(message);
      });
    }

    it('a 429 with a long Retry-After says "later" in German too', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="de">${sessionTag(html`<emx-login></emx-login>`)}</div>`);
      const login = query<EmxLoginElement>(page, 'emx-login');
      await until(() => login.querySelector('form'), 3000, 'the login form');
      await injectFault({ path: LOGIN_PATH, method: 'POST', status: 429, headers: { 'Retry-After': '86400' } });
      expect(await attempt(login, JANE)).to.equal(de['error.rate_limited_later']);
      await injectFault({ path: LOGIN_PATH, method: 'POST', status: 429, headers: { 'Retry-After': '120' } });
      submitButtonOf(login).click();
      await until(() => errorSummaryOf(login) !== de['error.rate_limited_later'], 3000, 'the next answer');
      expect(await waitForError(login)).to.equal(fillMessage(de['error.rate_limited_wait_minutes'], { minutes: 2 }, 'de'));
    });

    it('an answer that never comes does not hold "Signing in…" for good: after the deadline the form offers to try again', async function () {
      this.timeout(RUN_DEADLINE_MS + 30_000);
      const { login } = await mountLogin();
      // Every anonymous token request hangs for longer than the per-request limit: alone, the retries would take 45 s.
      await injectFault({ path: '/customerlogin/auth/anonymous/login', method: 'GET', delayMs: 40_000, times: 3 });
      const reported = oneEvent(login, 'emx-error');
      const started = performance.now();
      signIn(login, JANE);
      await login.updateComplete;
      expect(submitButtonOf(login).textContent?.trim()).to.equal(en['login.submitting']);

      expect(await waitForError(login, RUN_DEADLINE_MS + 5000)).to.equal(en['error.deadline']);
      const waited = performance.now() - started;
      expect(waited, 'ms until the form was free again').to.be.within(RUN_DEADLINE_MS - 500, RUN_DEADLINE_MS + 3000);
      expect((await reported).detail).to.include({ operation: 'login', code: 'deadline', status: 0 });
      expect(submitButtonOf(login).getAttribute('aria-busy')).to.equal(null);
      expect(submitButtonOf(login).textContent?.trim()).to.equal(en['login.submit']);
      expect([emailInput(login).value, passwordInput(login).value]).to.deep.equal([JANE.email, JANE.password]);
      await expect(login).to.be.accessible();

      // The session's anonymous token request is shared and still waits for its own time limit (15 s) to end.
      await clearFaults();
      submitButtonOf(login).click();
      await until(() => headingOf(login).startsWith('Signed in as'), 20_000, 'the signed-in state after trying again');
      // The attempt given up at the deadline sends nothing once the token comes: it would sign her
      // in a second time, replacing this sign-in, after the form had told her to try again.
      await until(() => login.querySelector('[part~="company"]'), 5000, 'her company');
      expect(await postedLogins(), `every request: ${(await sent()).join(', ')}`).to.have.length(1);
    });

    it('sends one request for two quick clicks and shows progress meanwhile', async () => {
      const { login } = await mountLogin();
      await injectFault({ path: LOGIN_PATH, method: 'POST', delayMs: 600 });
      type(emailInput(login), JANE.email);
      type(passwordInput(login), JANE.password);

      submitButtonOf(login).click();
      submitButtonOf(login).click();
      await login.updateComplete;

      const button = submitButtonOf(login);
      expect(button.getAttribute('aria-busy')).to.equal('true');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent?.trim()).to.equal(en['login.submitting']);
      await until(() => headingOf(login).startsWith('Signed in as'), 5000, 'the signed-in state');
      // Counted once the sign-in is over (her company shown comes after it): a second sign-in
      // request, sent beside the first and held as long, is in the log by then.
      await until(() => login.querySelector('[part~="company"]'), 5000, 'her company');
      expect(await postedLogins(), `every request: ${(await sent()).join(', ')}`).to.have.length(1);
    });
  });

  describe('signed in', () => {
    it('signs out, and the form comes back', async () => {
      const { login, provider } = await mountLogin();
      signIn(login, JANE);
      // Signed in, and tied to her one company (a refresh that would otherwise meet the sign-out).
      await until(() => login.querySelector('[part~="company"]'), 3000, 'her company');
      const signedOut = oneEvent(provider, 'emx-logout');

      query<HTMLButtonElement>(login, '[part~="sign-out"]').click();

      expect((await signedOut).detail.reason).to.equal('logout');
      await until(() => login.querySelector('form input[autocomplete="username"]'), 3000, 'the form');
      // The token is revoked after the local sign-out, which waits for nothing.
      await until(async () => (await requestsTo(`/customer/${TENANT}/logout`, 'GET')).length === 1, 3000, 'the revocation');
      expect(passwordInput(login).value).to.equal('');
      await waitForFocus(query(login, '[part~="heading"]'));
      await expect(login).to.be.accessible();
    });
  });

  describe('language and texts', () => {
    it('follows the nearest lang attribute, also when it changes', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="de">${sessionTag(html`<emx-login></emx-login>`)}</div>`);
      const login = query<EmxLoginElement>(page, 'emx-login');
      await until(() => login.querySelector('form'), 3000, 'the form');
      expect(headingOf(login)).to.equal(de['login.heading']);
      expect(query(login, 'label[for]').textContent?.trim()).to.equal(de['login.email']);

      expect(await attempt(login, { email: JANE.email, password: 'falsches-passwort-1' })).to.equal(de['error.invalid_credentials']);
      await expect(login).to.be.accessible();

      page.setAttribute('lang', 'en-GB');
      await until(() => headingOf(login) === en['login.heading'], 1000, 'English texts');
      expect(errorSummaryOf(login)).to.equal(en['error.invalid_credentials']);
    });

    it('takes texts overridden by key, on the element and for the whole page', async () => {
      const { login } = await mountLogin();
      login.messages = { 'login.submit': 'Let me in' };
      setMessages('en', { 'error.invalid_credentials': 'Those details do not match our records.' });
      try {
        await login.updateComplete;
        expect(submitButtonOf(login).textContent?.trim()).to.equal('Let me in');
        expect(await attempt(login, { email: JANE.email, password: 'wrong-password-1' })).to.equal('Those details do not match our records.');
      } finally {
        setMessages('en', { 'error.invalid_credentials': undefined });
      }
      await until(() => errorSummaryOf(login) === en['error.invalid_credentials'], 1000, 'the built-in text again');
    });
  });

  describe('keyboard and assistive technology', () => {
    it('can be completed with the keyboard alone', async () => {
      const { login } = await mountLogin();
      (document.activeElement as HTMLElement | null)?.blur();

      await press('Tab');
      expect(hasFocus(emailInput(login)), 'focus on the email field').to.equal(true);
      await typeText(JANE.email);
      await press('Tab');
      expect(hasFocus(passwordInput(login)), 'focus on the password field').to.equal(true);
      await typeText(JANE.password);
      await press('Tab');
      expect(hasFocus(query(login, '[part~="password-toggle"]')), 'focus on the toggle').to.equal(true);
      await press(' ');
      expect(passwordInput(login).type).to.equal('text');
      await chord('Shift', 'Tab');
      await press('Enter');

      await until(() => headingOf(login).startsWith('Signed in as'), 3000, 'the signed-in state');
      await waitForFocus(query(login, '[part~="heading"]'));
    });

    it('has a real show/hide button with a name and a pressed state', async () => {
      const { login } = await mountLogin();
      const toggle = query<HTMLButtonElement>(login, '[part~="password-toggle"]');
      expect(toggle.type).to.equal('button');
      expect(toggle.textContent?.trim()).to.equal(en['field.show_password']);
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');

      toggle.click();
      await login.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(passwordInput(login).type).to.equal('text');
      await expect(login).to.be.accessible();

      // Submitting hides it again, so the browser sees a password field it can save.
      submitButtonOf(login).click();
      await login.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    });

    it('follows the visitor\'s colour scheme, and is accessible in the dark one too', async () => {
      const { login, provider } = await mountLogin();
      const surface = () => getComputedStyle(query(login, '[part~="base"]')).backgroundColor;
      // The default surfaces, light (#ffffff) and dark (#17191e): the scheme is the visitor's preference...
      const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
      expect(surface()).to.equal(prefersDark ? 'rgb(23, 25, 30)' : 'rgb(255, 255, 255)');
      // ...unless the shop sets one: the dark scheme, set the way a shop does, in every engine.
      provider.style.setProperty('--emx-color-scheme', 'dark');
      expect(surface()).to.equal('rgb(23, 25, 30)');
      await attempt(login, { email: JANE.email, password: 'wrong-password-1' });
      await expect(login).to.be.accessible();
    });
  });

  describe('links to other flows', () => {
    it('are links when the shop gives URLs', async () => {
      const { login } = await mountLogin(html`<emx-login signup-href="/signup.html" password-reset-href="/password-reset.html"></emx-login>`);
      const links = [...login.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')].map((link) => [link.textContent, link.getAttribute('href')]);
      expect(links).to.deep.equal([
        [en['login.forgot_password'], '/password-reset.html'],
        [en['login.create_account'], '/signup.html'],
      ]);
    });

    it('are buttons that ask the shop to navigate otherwise', async () => {
      const { login } = await mountLogin();
      const [forgot, create] = login.querySelectorAll<HTMLButtonElement>('button[part~="link"]');
      setTimeout(() => create?.click());
      expect((await oneEvent(login, 'emx-navigate')).detail.to).to.equal('signup');
      setTimeout(() => forgot?.click());
      expect((await oneEvent(login, 'emx-navigate')).detail.to).to.equal('password-reset');
    });
  });
});
