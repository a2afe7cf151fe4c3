import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { press, typeText } from '../support/keyboard.js';
import type { TemplateResult } from 'lit';
import '../../src/elements/session/emx-session.js';
import '../../src/elements/login/emx-login.js';
import '../../src/elements/password-reset/emx-password-reset.js';
import type { EmxPasswordResetElement } from '../../src/elements/password-reset/emx-password-reset.js';
import type { EmxSessionElement } from '../../src/elements/session/emx-session.js';
import { passwordResetMessages } from '../../src/elements/password-reset/messages.js';
import { sharedMessages } from '../../src/elements/shared/messages.js';
import sharedDe from '../../src/elements/shared/messages.de.js';
import passwordResetDe from '../../src/elements/password-reset/messages.de.js';
import { EmporixSession, requestCustomerPasswordReset, signUpCustomer } from '../../src/session/index.js';
import {
  EVERY_ATTEMPT,
  CLIENT_ID,
  JANE,
  TENANT,
  clearFaults,
  emulatorUrl,
  injectFault,
  outbox,
  requestsTo,
  resetEmulator,
  until,
  type Fault,
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

const en = { ...sharedMessages.en, ...passwordResetMessages.en };
const de = { ...sharedDe, ...passwordResetDe };
const REQUEST_PATH = `/customer/${TENANT}/password/reset`;
const UPDATE_PATH = `/customer/${TENANT}/password/reset/update`;
const NEW_PASSWORD = 'Fresh#2027pass';
/** The test page's own URL (the runner's session id lives in its query): every test leaves it as it found it. */
const PAGE_URL = location.href;

const fill = (text: string, params: Record<string, string | number>) => fillMessage(text, params);

async function mountReset(element = html`<emx-password-reset></emx-password-reset>`, options: { siteCode?: string } = {}) {
  const provider = await fixture<EmxSessionElement>(sessionTag(element, options));
  const reset = query<EmxPasswordResetElement>(provider, 'emx-password-reset');
  await until(() => reset.querySelector('form'), 3000, 'the form');
  return { reset, provider };
}

/** The test page's URL with more query parameters. */
function pageUrlWith(params: Record<string, string>): string {
  const url = new URL(PAGE_URL);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

/**
 * Makes this page the one the emailed link opens: its token where the link has it (the
 * emulator's links: in the fragment; Emporix's own templates: in the query), beside another
 * parameter.
 */
function followLink(link: string): void {
  const { searchParams, hash } = new URL(link);
  const inQuery = searchParams.get('token');
  history.replaceState(null, '', inQuery === null ? `${pageUrlWith({ utm: 'mail' })}${hash}` : pageUrlWith({ token: inQuery, utm: 'mail' }));
}

/** Opens the page the way the emailed link does: the token in the URL before the element connects. */
function openResetLink(link: string, element?: TemplateResult) {
  followLink(link);
  return mountReset(element);
}

const emailInput = (root: Element) => query<HTMLInputElement>(root, 'input[autocomplete="username"]:not([hidden])');
const newPasswordInputs = (root: Element) => [...root.querySelectorAll<HTMLInputElement>('input[autocomplete="new-password"]')];

async function requestLink(reset: EmxPasswordResetElement, email: string): Promise<void> {
  type(emailInput(reset), email);
  submitButtonOf(reset).click();
  await until(() => headingOf(reset) === en['password-reset.requested_heading'], 3000, 'the "check your inbox" step');
}

async function resetLinkFor(email: string): Promise<string> {
  const mail = (await outbox()).find((message) => message.kind === 'password-reset' && message.to === email);
  if (!mail) throw new Error(`no reset mail for ${email}`);
  return mail.link;
}

function chooseNewPassword(reset: EmxPasswordResetElement, password: string, confirmation = password): void {
  const [first, second] = newPasswordInputs(reset);
  if (!first || !second) throw new Error('the new-password form is not shown');
  type(first, password);
  type(second, confirmation);
  submitButtonOf(reset).click();
}

const completed = (reset: EmxPasswordResetElement) =>
  until(() => headingOf(reset) === en['password-reset.completed_heading'], 5000, 'the "password changed" step');

/** Whether the emulator lets `email` sign in with `password`, through a session of its own. */
async function canSignIn(email: string, password: string): Promise<boolean> {
  const service = new EmporixSession({ tenant: TENANT, clientId: CLIENT_ID, apiUrl: emulatorUrl(), storage: 'memory' });
  try {
    await service.login({ email, password });
    return true;
  } catch {
    return false;
  } finally {
    service.dispose();
  }
}

/** What the element shows, with the email taken out, to compare two answers. */
function visibleText(reset: Element, email: string): string {
  return (reset.textContent ?? '').replaceAll(email, '<email>').replace(/\s+/g, ' ').trim();
}

describe('<emx-password-reset>', () => {
  beforeEach(() => resetEmulator());
  afterEach(async () => {
    history.replaceState(null, '', PAGE_URL);
    await clearFaults();
  });

  describe('requesting the link', () => {
    it('answers the same for a known and an unknown email, and mails only the known one', async () => {
      const unknown = 'nobody@example.com';
      const answers: string[] = [];
      for (const email of [JANE.email, unknown]) {
        const { reset } = await mountReset();
        await expect(reset).to.be.accessible();
        const announced = oneEvent(reset, 'emx-password-reset');

        await requestLink(reset, email);

        expect((await announced).detail.step).to.equal('requested');
        expect(query(reset, '[part~="text"]').textContent).to.equal(fill(en['password-reset.requested'], { email }));
        await waitForFocus(query(reset, '[part~="heading"]'));
        await expect(reset).to.be.accessible();
        answers.push(visibleText(reset, email));
      }
      expect(answers[0]).to.equal(answers[1]);

      const mails = await outbox();
      expect(mails.map((mail) => [mail.kind, mail.to])).to.deep.equal([['password-reset', JANE.email]]);
      const posted = await requestsTo(REQUEST_PATH, 'POST');
      expect(posted.map((entry) => [entry.status, entry.tokenKind])).to.deep.equal([
        [204, 'anonymous'],
        [204, 'anonymous'],
      ]);
    });

    it('sends the link again, and lets the customer use another email', async () => {
      const { reset } = await mountReset();
      await requestLink(reset, JANE.email);
      const announced = oneEvent(reset, 'emx-password-reset');

      query<HTMLButtonElement>(reset, '[part~="send-again"]').click();

      await until(() => statusOf(reset), 3000, 'the confirmation');
      expect(statusOf(reset)).to.equal(fill(en['password-reset.sent_again'], { email: JANE.email }));
      expect((await announced).detail.step).to.equal('requested');
      expect(await requestsTo(REQUEST_PATH, 'POST')).to.have.length(2);
      expect((await outbox()).filter((mail) => mail.to === JANE.email)).to.have.length(2);
      await expect(reset).to.be.accessible();

      query<HTMLButtonElement>(reset, 'button[part~="link"]').click();
      await until(() => headingOf(reset) === en['password-reset.heading'], 1000, 'the email form');
      expect(emailInput(reset).value).to.equal(JANE.email);
    });

    it('checks the email before sending anything', async () => {
      const { reset } = await mountReset();
      submitButtonOf(reset).click();
      await reset.updateComplete;
      expect(fieldErrorOf(emailInput(reset))).to.equal(en['validation.required']);
      await waitForFocus(emailInput(reset));
      await expect(reset).to.be.accessible();

      type(emailInput(reset), 'jane@example');
      submitButtonOf(reset).click();
      await reset.updateComplete;
      expect(fieldErrorOf(emailInput(reset))).to.equal(en['validation.email']);
      expect(await requestsTo(REQUEST_PATH, 'POST')).to.have.length(0);
    });

    it('names the site: the attribute, else the session’s site code', async () => {
      const bodies: unknown[] = [];
      const originalFetch = window.fetch;
      window.fetch = (input, init) => {
        if (String(input instanceof Request ? input.url : input).endsWith(REQUEST_PATH)) bodies.push(JSON.parse(String(init?.body)));
        return originalFetch(input, init);
      };
      try {
        const { reset } = await mountReset(html`<emx-password-reset></emx-password-reset>`, { siteCode: 'main' });
        await requestLink(reset, JANE.email);
        const other = await mountReset(html`<emx-password-reset site="outlet"></emx-password-reset>`, { siteCode: 'main' });
        await requestLink(other.reset, JANE.email);
      } finally {
        window.fetch = originalFetch;
      }
      expect(bodies).to.deep.equal([
        { email: JANE.email, site: 'main' },
        { email: JANE.email, site: 'outlet' },
      ]);
    });
  });

  describe('choosing the new password', () => {
    it('completes the whole flow through the emailed link, and the new password signs in', async () => {
      const first = await mountReset();
      await requestLink(first.reset, JANE.email);
      const link = await resetLinkFor(JANE.email);
      expect(new URL(link).pathname).to.equal('/password-reset.html');

      followLink(link);
      const page = await fixture<HTMLElement>(html`<div>${sessionTag(html`<emx-password-reset></emx-password-reset>`)}<emx-login></emx-login></div>`);
      const reset = query<EmxPasswordResetElement>(page, 'emx-password-reset');
      await until(() => newPasswordInputs(reset).length === 2, 3000, 'the new-password form');
      expect(headingOf(reset)).to.equal(en['password-reset.new_password_heading']);
      // Gone from the address bar at once, the other parameters kept.
      expect(new URL(link).hash).to.match(/^#token=/);
      expect(location.hash).to.equal('');
      expect(new URL(location.href).searchParams.get('utm')).to.equal('mail');
      expect(query(reset, '[part~="hint"]').textContent).to.equal(fill(en['field.password_policy_hint'], { min: 8 }));
      await expect(reset).to.be.accessible();
      const announced = oneEvent(reset, 'emx-password-reset');

      chooseNewPassword(reset, NEW_PASSWORD);

      await completed(reset);
      expect((await announced).detail.step).to.equal('completed');
      expect(query(reset, '[part~="text"]').textContent).to.equal(en['password-reset.completed']);
      await waitForFocus(query(reset, '[part~="heading"]'));
      await expect(reset).to.be.accessible();
      const posted = await requestsTo(UPDATE_PATH, 'POST');
      expect(posted.map((entry) => [entry.status, entry.tokenKind])).to.deep.equal([[204, 'anonymous']]);

      // The customer signs in with the new password on the same page; the old one is gone.
      const login = query<HTMLElement>(page, 'emx-login');
      type(query<HTMLInputElement>(login, 'input[autocomplete="username"]'), JANE.email);
      type(query<HTMLInputElement>(login, 'input[autocomplete="current-password"]'), NEW_PASSWORD);
      submitButtonOf(login).click();
      await until(() => headingOf(login).startsWith('Signed in as'), 3000, 'the signed-in state');
      expect(await canSignIn(JANE.email, JANE.password)).to.equal(false);
    });

    it('says when the link is unusable and offers a new one', async () => {
      const { reset } = await openResetLink('http://shop.example/password-reset.html?token=not-a-real-token');
      const reported = oneEvent(reset, 'emx-error');

      chooseNewPassword(reset, NEW_PASSWORD);

      expect(await waitForError(reset)).to.equal(en['password-reset.error.invalid_token']);
      expect((await reported).detail).to.include({ operation: 'password-reset', code: 'invalid_token', status: 400 });
      expect(newPasswordInputs(reset).map((input) => input.value)).to.deep.equal([NEW_PASSWORD, NEW_PASSWORD]);
      await expect(reset).to.be.accessible();

      query<HTMLButtonElement>(reset, '[part~="request-new-link"]').click();
      await until(() => headingOf(reset) === en['password-reset.heading'], 1000, 'the email form');
      await requestLink(reset, JANE.email);
      expect(await outbox()).to.have.length(1);
    });

    it('refuses a link that was already used', async () => {
      const { reset: asker } = await mountReset();
      await requestLink(asker, JANE.email);
      const link = await resetLinkFor(JANE.email);
      const { reset } = await openResetLink(link);
      chooseNewPassword(reset, NEW_PASSWORD);
      await completed(reset);
      history.replaceState(null, '', PAGE_URL);

      const { reset: again } = await openResetLink(link);
      chooseNewPassword(again, 'Other#2028pass');

      expect(await waitForError(again)).to.equal(en['password-reset.error.invalid_token']);
      expect(await canSignIn(JANE.email, NEW_PASSWORD)).to.equal(true);
    });

    it('a reset link opened while another customer is signed in never files the new password under that customer', async () => {
      // B has an account and asks for a reset link; A (Jane) is signed in on this browser when B's link is opened.
      await resetEmulator({ settings: { autoActivate: true } });
      const other = { email: 'bea@example.com', password: 'Bea#2026pass' };
      const service = new EmporixSession({ tenant: TENANT, clientId: CLIENT_ID, apiUrl: emulatorUrl(), storage: 'memory' });
      await signUpCustomer(service, other);
      await requestCustomerPasswordReset(service, { email: other.email });
      service.dispose();
      const signedIn = await fixture<EmxSessionElement>(sessionTag(html``));
      await signedIn.session?.login(JANE);
      signedIn.remove();

      const { reset, provider } = await openResetLink(await resetLinkFor(other.email));
      expect(provider.session?.snapshot.customer?.email).to.equal(JANE.email);
      const usernames = [...reset.querySelectorAll<HTMLInputElement>('input[autocomplete="username"]')].map((input) => input.value);
      expect(usernames, 'usernames offered to the password manager').to.deep.equal([]);

      // Where the engine has no Credential Management API (WebKit's MiniBrowser) nothing can be offered at all.
      const credentials = (navigator as Partial<Navigator>).credentials;
      const offered: Credential[] = [];
      const store = credentials?.store;
      if (credentials) {
        credentials.store = async (credential: Credential) => {
          offered.push(credential);
          return undefined;
        };
      }
      try {
        chooseNewPassword(reset, NEW_PASSWORD);
        await completed(reset);
      } finally {
        if (credentials && store) credentials.store = store;
      }
      expect(offered, 'credentials offered for saving').to.deep.equal([]);
      expect(await canSignIn(other.email, NEW_PASSWORD)).to.equal(true);
      expect(await canSignIn(JANE.email, JANE.password)).to.equal(true);
    });

    it('checks the password policy and the repetition before sending', async () => {
      const { reset } = await openResetLink('http://shop.example/password-reset.html?token=whatever');
      const [password, confirmation] = newPasswordInputs(reset) as [HTMLInputElement, HTMLInputElement];

      chooseNewPassword(reset, 'short1');
      await reset.updateComplete;
      expect(fieldErrorOf(password)).to.equal(fill(en['validation.password_policy'], { min: 8 }));
      await waitForFocus(password);

      chooseNewPassword(reset, 'long-enough-but-no-digit');
      await reset.updateComplete;
      expect(fieldErrorOf(password)).to.equal(fill(en['validation.password_policy'], { min: 8 }));

      chooseNewPassword(reset, NEW_PASSWORD, `${NEW_PASSWORD}x`);
      await reset.updateComplete;
      expect(fieldErrorOf(password)).to.equal('');
      expect(fieldErrorOf(confirmation)).to.equal(en['validation.mismatch']);
      await waitForFocus(confirmation);
      await expect(reset).to.be.accessible();
      expect(await requestsTo(UPDATE_PATH, 'POST')).to.have.length(0);
    });

    it('shows a password the server refuses on the field, and takes a stronger one', async () => {
      const { reset: asker } = await mountReset();
      await requestLink(asker, JANE.email);
      // A shop policy laxer than the server's: the server has the last word.
      const { reset } = await openResetLink(
        await resetLinkFor(JANE.email),
        html`<emx-password-reset password-policy='{"minLength":6,"requireDigit":false}'></emx-password-reset>`,
      );
      expect(query(reset, '[part~="hint"]').textContent).to.equal(fill(en['field.password_length_hint'], { min: 6 }));
      const [password] = newPasswordInputs(reset) as [HTMLInputElement];

      chooseNewPassword(reset, 'letters-only');

      await until(() => fieldErrorOf(password), 3000, 'the error on the field');
      expect(fieldErrorOf(password)).to.equal(en['validation.password_too_weak']);
      expect(errorSummaryOf(reset)).to.equal(en['form.invalid']);
      await waitForFocus(password);
      await expect(reset).to.be.accessible();

      chooseNewPassword(reset, NEW_PASSWORD);
      await completed(reset);
      expect(await canSignIn(JANE.email, NEW_PASSWORD)).to.equal(true);
    });
  });

  describe('when the network or the server fails', () => {
    const faults: Array<[string, Omit<Fault, 'path' | 'method'>, string]> = [
      ['a 503', { status: 503 }, en['error.server']],
      ['a dropped connection', { drop: true, times: EVERY_ATTEMPT }, en['error.network']],
    ];

    for (const [name, fault, message] of faults) {
      it(`reports ${name} while requesting, keeps the email and succeeds on retry`, async () => {
        const { reset } = await mountReset();
        await injectFault({ path: REQUEST_PATH, method: 'POST', ...fault });
        type(emailInput(reset), JANE.email);
        submitButtonOf(reset).click();

        expect(await waitForError(reset)).to.equal(message);
        expect(emailInput(reset).value).to.equal(JANE.email);
        await expect(reset).to.be.accessible();

        await clearFaults();
        submitButtonOf(reset).click();
        await until(() => headingOf(reset) === en['password-reset.requested_heading'], 3000, 'the "check your inbox" step');
        expect((await requestsTo(REQUEST_PATH, 'POST')).filter((entry) => entry.status === 204)).to.have.length(1);
        expect(await outbox()).to.have.length(1);
      });

      it(`reports ${name} while saving the new password, keeps it and succeeds on retry`, async () => {
        const { reset: asker } = await mountReset();
        await requestLink(asker, JANE.email);
        const { reset } = await openResetLink(await resetLinkFor(JANE.email));
        await injectFault({ path: UPDATE_PATH, method: 'POST', ...fault });

        chooseNewPassword(reset, NEW_PASSWORD);

        expect(await waitForError(reset)).to.equal(message);
        expect(newPasswordInputs(reset).map((input) => input.value)).to.deep.equal([NEW_PASSWORD, NEW_PASSWORD]);
        await expect(reset).to.be.accessible();

        await clearFaults();
        submitButtonOf(reset).click();
        await completed(reset);
        expect((await requestsTo(UPDATE_PATH, 'POST')).filter((entry) => entry.status === 204)).to.have.length(1);
        expect(await canSignIn(JANE.email, NEW_PASSWORD)).to.equal(true);
      });
    }

    it('sends one request for two quick clicks and shows progress meanwhile', async () => {
      const { reset } = await mountReset();
      await injectFault({ path: REQUEST_PATH, method: 'POST', delayMs: 500 });
      type(emailInput(reset), JANE.email);
      submitButtonOf(reset).click();
      submitButtonOf(reset).click();
      await reset.updateComplete;

      expect(submitButtonOf(reset).getAttribute('aria-busy')).to.equal('true');
      expect(submitButtonOf(reset).textContent?.trim()).to.equal(en['password-reset.requesting']);
      await until(() => headingOf(reset) === en['password-reset.requested_heading'], 5000, 'the "check your inbox" step');
      expect(await requestsTo(REQUEST_PATH, 'POST')).to.have.length(1);
    });
  });

  describe('keyboard, language and links', () => {
    it('can be completed with the keyboard alone', async () => {
      const { reset: asker } = await mountReset();
      (document.activeElement as HTMLElement | null)?.blur();
      await press('Tab');
      expect(hasFocus(emailInput(asker)), 'focus on the email field').to.equal(true);
      await typeText(JANE.email);
      await press('Enter');
      await until(() => headingOf(asker) === en['password-reset.requested_heading'], 3000, 'the "check your inbox" step');
      await waitForFocus(query(asker, '[part~="heading"]'));
      await press('Tab');
      expect(hasFocus(query(asker, '[part~="send-again"]')), 'focus on "send again"').to.equal(true);
      await press('Enter');
      await until(() => statusOf(asker), 3000, 'the confirmation');

      // The link opens a new page.
      fixtureCleanup();
      const { reset } = await openResetLink(await resetLinkFor(JANE.email));
      const [password, confirmation] = newPasswordInputs(reset) as [HTMLInputElement, HTMLInputElement];
      (document.activeElement as HTMLElement | null)?.blur();
      await press('Tab');
      expect(hasFocus(password), 'focus on the new password').to.equal(true);
      await typeText(NEW_PASSWORD);
      await press('Tab');
      await press(' ');
      expect(password.type, 'the toggle shows the password').to.equal('text');
      await press('Tab');
      expect(hasFocus(confirmation), 'focus on the repetition').to.equal(true);
      await typeText(NEW_PASSWORD);
      await press('Enter');

      await completed(reset);
      await waitForFocus(query(reset, '[part~="heading"]'));
      await press('Tab');
      const signIn = query(reset, '[part~="link"]');
      expect(hasFocus(signIn), 'focus on "Sign in"').to.equal(true);
      setTimeout(() => void press('Enter'));
      expect((await oneEvent(reset, 'emx-navigate')).detail.to).to.equal('login');
    });

    it('speaks German inside lang="de", in every step', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="de">${sessionTag(html`<emx-password-reset></emx-password-reset>`)}</div>`);
      const reset = query<EmxPasswordResetElement>(page, 'emx-password-reset');
      await until(() => reset.querySelector('form'), 3000, 'the form');
      expect(headingOf(reset)).to.equal(de['password-reset.heading']);
      submitButtonOf(reset).click();
      await reset.updateComplete;
      expect(fieldErrorOf(emailInput(reset))).to.equal(de['validation.required']);
      await expect(reset).to.be.accessible();

      type(emailInput(reset), JANE.email);
      submitButtonOf(reset).click();
      await until(() => headingOf(reset) === de['password-reset.requested_heading'], 3000, 'the German "check your inbox"');
      expect(query(reset, '[part~="text"]').textContent).to.equal(fill(de['password-reset.requested'], { email: JANE.email }));
      await expect(reset).to.be.accessible();

      history.replaceState(null, '', pageUrlWith({ token: 'not-a-real-token' }));
      const linked = await fixture<HTMLElement>(html`<div lang="de">${sessionTag(html`<emx-password-reset></emx-password-reset>`)}</div>`);
      const form = query<EmxPasswordResetElement>(linked, 'emx-password-reset');
      await until(() => newPasswordInputs(form).length === 2, 3000, 'the new-password form');
      expect(headingOf(form)).to.equal(de['password-reset.new_password_heading']);
      chooseNewPassword(form, NEW_PASSWORD);
      expect(await waitForError(form)).to.equal(de['password-reset.error.invalid_token']);
      expect(query(form, '[part~="request-new-link"]').textContent?.trim()).to.equal(de['password-reset.request_new_link']);
      await expect(form).to.be.accessible();
    });

    it('links to the sign-in page when the shop gives its URL', async () => {
      const { reset } = await mountReset(html`<emx-password-reset login-href="/login.html"></emx-password-reset>`);
      const link = query<HTMLAnchorElement>(reset, 'a[part~="link"]');
      expect([link.textContent, link.getAttribute('href')]).to.deep.equal([en['password-reset.back_to_login'], '/login.html']);
    });

    it('reads the token from the parameter the shop names', async () => {
      history.replaceState(null, '', pageUrlWith({ reset: 'abc', token: 'unrelated' }));
      const { reset } = await mountReset(html`<emx-password-reset token-param="reset"></emx-password-reset>`);
      expect(newPasswordInputs(reset)).to.have.length(2);
      const params = new URL(location.href).searchParams;
      expect([params.has('reset'), params.get('token')]).to.deep.equal([false, 'unrelated']);
    });

    it('says resetting is unavailable while the page has no session', async () => {
      const page = await fixture<HTMLElement>(html`<div><emx-password-reset></emx-password-reset></div>`);
      const reset = query<EmxPasswordResetElement>(page, 'emx-password-reset');
      await reset.updateComplete;
      expect(query(reset, '[part~="notice"]').textContent).to.equal(en['password-reset.not_configured']);
      await expect(reset).to.be.accessible();
    });
  });
});
