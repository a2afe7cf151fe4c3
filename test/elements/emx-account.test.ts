import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { chord, press, typeText } from '../support/keyboard.js';
import '../../src/elements/session/emx-session.js';
import '../../src/elements/account/emx-account.js';
import type { EmxAccountElement } from '../../src/elements/account/emx-account.js';
import type { EmxSessionElement } from '../../src/elements/session/emx-session.js';
import { accountMessages } from '../../src/elements/account/messages.js';
import { sharedMessages } from '../../src/elements/shared/messages.js';
import { watchPasswordOffers } from '../support/password-offers.js';
import sharedDe from '../../src/elements/shared/messages.de.js';
import accountDe from '../../src/elements/account/messages.de.js';
import type { Customer } from '../../src/api/index.js';
import { EmporixSession, updateCustomerProfile } from '../../src/session/index.js';
import { RETRIES } from '../../src/session/retry.js';
import { EVERY_ATTEMPT, CLIENT_ID, JANE, TENANT, clearFaults, emulatorUrl, injectFault, outbox, requestsTo, resetEmulator, until, type Fault } from '../support/emulator.js';
import { errorSummaryOf, fieldErrorOf, fillMessage, hasFocus, query, statusOf, submitButtonOf, type, waitForError, waitForFocus } from '../support/dom.js';
import { sessionTag } from '../support/session-tag.js';

const en = { ...sharedMessages.en, ...accountMessages.en };
const de = { ...sharedDe, ...accountDe };
const ME_PATH = `/customer/${TENANT}/me`;
/** How often the session sends a read that keeps failing. */
const READ_ATTEMPTS = RETRIES + 1;
const PASSWORD_CHANGE_PATH = `/customer/${TENANT}/password/change`;
const EMAIL_CHANGE_PATH = `/customer/${TENANT}/me/accounts/internal/email/change`;
const CONFIRM_PATH = `${EMAIL_CHANGE_PATH}/confirm`;
const NEW_PASSWORD = 'Fresh#2027pass';
const NEW_EMAIL = 'jane.doe@example.org';
/** The test page's own URL (the runner's session id lives in its query): every test leaves it as it found it. */
const PAGE_URL = location.href;

/** How the browser names a language (the element uses `Intl.DisplayNames` as well). */
const languageName = (lang: string, code: string) => new Intl.DisplayNames([lang], { type: 'language' }).of(code);
const fill = (text: string, params: Record<string, string | number>) => fillMessage(text, params);

function pageUrlWith(params: Record<string, string>): string {
  const url = new URL(PAGE_URL);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

/** `<emx-account>` with its session; `signedIn` signs Jane in first, as `<emx-login>` would. */
async function mountAccount(element = html`<emx-account></emx-account>`, { signedIn = true, lang = '' } = {}) {
  const page = await fixture<HTMLElement>(html`<div lang=${lang || 'en'}>${sessionTag(element)}</div>`);
  const provider = query<EmxSessionElement>(page, 'emx-session');
  const account = query<EmxAccountElement>(page, 'emx-account');
  if (signedIn) {
    await provider.session?.login(JANE);
    await until(() => account.querySelector('[part~="edit-profile"]'), 3000, 'the profile');
  }
  return { account, provider };
}

/** A second browser: its own session, to see what the service stored. */
async function otherSession(credentials: { email: string; password: string } = JANE): Promise<EmporixSession> {
  const service = new EmporixSession({ tenant: TENANT, clientId: CLIENT_ID, apiUrl: emulatorUrl(), storage: 'memory' });
  await service.login(credentials);
  return service;
}

/** The profile as the service has it now, read through another session. */
async function freshProfile(email: string = JANE.email): Promise<Customer> {
  const service = await otherSession({ email, password: JANE.password });
  try {
    return await service.loadProfile();
  } finally {
    service.dispose();
  }
}

async function canSignIn(email: string, password: string): Promise<boolean> {
  try {
    (await otherSession({ email, password })).dispose();
    return true;
  } catch {
    return false;
  }
}

/** Records the JSON bodies the page sends to `path` with `method`, while `action` runs. */
async function bodiesSentDuring(method: string, path: string, action: () => Promise<unknown>): Promise<unknown[]> {
  const bodies: unknown[] = [];
  const originalFetch = window.fetch;
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (init?.method === method && url.pathname === path) bodies.push(JSON.parse(String(init.body)));
    return originalFetch(input, init);
  };
  try {
    await action();
  } finally {
    window.fetch = originalFetch;
  }
  return bodies;
}

const section = (account: Element, name: string) => query(account, `[part~="${name}-section"]`);
const sectionHeadingOf = (account: Element, name: string) => query(section(account, name), '[part~="section-heading"]').textContent?.trim() ?? '';
const input = (account: Element, name: string) => query<HTMLInputElement>(account, `[name="${name}"]`);
const profileValue = (account: Element, label: string) => {
  const row = [...account.querySelectorAll('[part~="profile-row"]')].find((each) => each.querySelector('dt')?.textContent?.trim() === label);
  return row?.querySelector('dd')?.textContent?.trim();
};

async function openEditor(account: EmxAccountElement): Promise<void> {
  query<HTMLButtonElement>(account, '[part~="edit-profile"]').click();
  await until(() => account.querySelector('[part~="profile-form"]'), 1000, 'the profile form');
}

const saveProfile = (account: Element) => submitButtonOf(section(account, 'profile')).click();
const profileSaved = (account: Element) =>
  until(() => account.querySelector('[part~="edit-profile"]') && statusOf(section(account, 'profile')), 5000, 'the saved profile');

function changePassword(account: Element, current: string, next: string, repeated = next): void {
  type(input(account, 'currentPassword'), current);
  type(input(account, 'newPassword'), next);
  type(input(account, 'confirmation'), repeated);
  submitButtonOf(section(account, 'password')).click();
}

function requestEmailChange(account: Element, password: string, newEmail: string): void {
  type(query<HTMLInputElement>(section(account, 'email'), '[name="password"]'), password);
  type(input(account, 'newEmail'), newEmail);
  submitButtonOf(section(account, 'email')).click();
}

describe('<emx-account>', () => {
  beforeEach(() => resetEmulator());
  afterEach(async () => {
    history.replaceState(null, '', PAGE_URL);
    await clearFaults();
  });

  describe('signed out', () => {
    it('invites to sign in, by link or by asking the shop', async () => {
      const { account } = await mountAccount(html`<emx-account></emx-account>`, { signedIn: false });
      await until(() => account.querySelector('[part~="link"]'), 3000, 'the invitation');
      expect(account.querySelector('form')).to.equal(null);
      expect(query(account, '[part~="text"]').textContent).to.equal(en['account.signed_out']);
      await expect(account).to.be.accessible();
      setTimeout(() => query<HTMLButtonElement>(account, 'button[part~="link"]').click());
      expect((await oneEvent(account, 'emx-navigate')).detail.to).to.equal('login');

      const linked = await mountAccount(html`<emx-account login-href="/login.html"></emx-account>`, { signedIn: false });
      await until(() => linked.account.querySelector('a[part~="link"]'), 3000, 'the link');
      expect(query(linked.account, 'a[part~="link"]').getAttribute('href')).to.equal('/login.html');
    });

    it('says the account is unavailable while the page has no session', async () => {
      const page = await fixture<HTMLElement>(html`<div><emx-account></emx-account></div>`);
      const account = query<EmxAccountElement>(page, 'emx-account');
      await account.updateComplete;
      expect(query(account, '[part~="notice"]').textContent).to.equal(en['account.not_configured']);
      await expect(account).to.be.accessible();
    });

    it('goes back to the invitation, with empty forms, when the customer signs out', async () => {
      const { account, provider } = await mountAccount();
      type(input(account, 'currentPassword'), JANE.password);
      await provider.session?.logout();
      await until(() => !account.querySelector('form'), 3000, 'the signed-out view');
      await provider.session?.login(JANE);
      await until(() => account.querySelector('[name="currentPassword"]'), 3000, 'the forms again');
      expect(input(account, 'currentPassword').value).to.equal('');
    });
  });

  describe('profile', () => {
    it('shows the cached profile without asking the server again', async () => {
      const { account } = await mountAccount();
      expect(sectionHeadingOf(account, 'profile')).to.equal(en['account.profile_heading']);
      expect(profileValue(account, en['account.name'])).to.equal('Ms Jane Doe');
      expect(profileValue(account, en['account.login_email'])).to.equal(JANE.email);
      expect(profileValue(account, en['account.contact_email'])).to.equal(JANE.email);
      expect(profileValue(account, en['account.phone'])).to.equal('+49 30 1234567');
      expect(profileValue(account, en['account.company'])).to.equal('Doe Trading GmbH');
      expect(profileValue(account, en['account.company_registration_id'])).to.equal('HRB-123456');
      expect(profileValue(account, en['account.language'])).to.equal(languageName('en', 'en-US'));
      expect(profileValue(account, en['account.currency'])).to.equal('Euro (EUR)');
      expect(profileValue(account, en['account.site'])).to.equal('main');
      // One GET /me, by the login; the element used its result.
      expect(await requestsTo(ME_PATH, 'GET')).to.have.length(1);
      await expect(account).to.be.accessible();
    });

    it('loads the profile itself when the session has none cached', async () => {
      await injectFault({ path: ME_PATH, method: 'GET', status: 503, times: READ_ATTEMPTS });
      const { account, provider } = await mountAccount(html`<emx-account></emx-account>`, { signedIn: false });
      await provider.session?.login(JANE);
      // The login's profile load failed (503 at every attempt), so the element loads it.
      await until(() => account.querySelector('[part~="edit-profile"]'), 5000, 'the profile');
      expect(profileValue(account, en['account.name'])).to.equal('Ms Jane Doe');
      expect((await requestsTo(ME_PATH, 'GET')).map((entry) => entry.status)).to.deep.equal([...Array(READ_ATTEMPTS).fill(503), 200]);
    });

    it('offers to load the profile again when loading fails', async () => {
      // The login's load and the element's fail, at every attempt.
      await injectFault({ path: ME_PATH, method: 'GET', status: 503, times: 2 * READ_ATTEMPTS });
      const { account, provider } = await mountAccount(html`<emx-account></emx-account>`, { signedIn: false });
      await provider.session?.login(JANE);
      expect(await waitForError(section(account, 'profile'))).to.equal(en['error.server']);
      await expect(account).to.be.accessible();

      query<HTMLButtonElement>(account, '[part~="retry"]').click();
      await until(() => account.querySelector('[part~="edit-profile"]'), 3000, 'the profile');
    });

    it('edits the profile and sends only what changed', async () => {
      const { account } = await mountAccount();
      const versionBefore = (await freshProfile()).metadata?.version;
      await openEditor(account);
      await waitForFocus(query(account, '[part~="profile-form"] select'));
      expect(input(account, 'firstName').value).to.equal('Jane');
      expect(query<HTMLSelectElement>(account, '[name="title"]').value).to.equal('MS');
      expect(input(account, 'preferredCurrency').value).to.equal('EUR');
      await expect(account).to.be.accessible();
      const saved = oneEvent(account, 'emx-profile-change');

      const [body] = await bodiesSentDuring('PATCH', ME_PATH, async () => {
        type(input(account, 'firstName'), 'Janet');
        type(input(account, 'contactEmail'), 'post@doe-trading.example');
        type(input(account, 'contactPhone'), '');
        type(input(account, 'preferredCurrency'), 'chf');
        saveProfile(account);
        await profileSaved(account);
      });

      await saved;
      expect(body).to.deep.equal({
        firstName: 'Janet',
        contactEmail: 'post@doe-trading.example',
        contactPhone: null,
        preferredCurrency: 'CHF',
        metadata: { version: versionBefore },
      });
      expect(statusOf(section(account, 'profile'))).to.equal(en['account.profile_saved']);
      expect(profileValue(account, en['account.name'])).to.equal('Ms Janet Doe');
      expect(profileValue(account, en['account.phone'])).to.equal(en['account.not_given']);
      await waitForFocus(query(account, '[part~="edit-profile"]'));
      await expect(account).to.be.accessible();
      const patches = await requestsTo(ME_PATH, 'PATCH');
      expect(patches.map((entry) => [entry.status, entry.tokenKind])).to.deep.equal([[200, 'customer']]);

      const stored = await freshProfile();
      expect(stored).to.include({ firstName: 'Janet', lastName: 'Doe', contactEmail: 'post@doe-trading.example', company: 'Doe Trading GmbH' });
      expect(stored).to.include({ preferredCurrency: 'CHF', preferredLanguage: 'en_US', title: 'MS' });
      expect(stored.contactPhone).to.equal(undefined);
      expect(stored.b2b?.companyRegistrationId).to.equal('HRB-123456');
    });

    it('sends nothing when nothing changed, and cancels back to the view', async () => {
      const { account } = await mountAccount();
      await openEditor(account);
      saveProfile(account);
      await profileSaved(account);
      expect(statusOf(section(account, 'profile'))).to.equal(en['account.profile_unchanged']);

      await openEditor(account);
      type(input(account, 'firstName'), 'Someone else');
      query<HTMLButtonElement>(account, '[part~="cancel"]').click();
      await until(() => account.querySelector('[part~="edit-profile"]'), 1000, 'the view');
      await waitForFocus(query(account, '[part~="edit-profile"]'));
      expect(profileValue(account, en['account.name'])).to.equal('Ms Jane Doe');
      expect(await requestsTo(ME_PATH, 'PATCH')).to.have.length(0);
    });

    it('checks the contract’s rules before sending', async () => {
      const { account } = await mountAccount();
      await openEditor(account);

      // B2B: with a registration number, names and company are required.
      type(input(account, 'lastName'), '');
      type(input(account, 'company'), '');
      // A contact email can be changed, not removed.
      type(input(account, 'contactEmail'), '');
      type(input(account, 'preferredCurrency'), 'EURO');
      saveProfile(account);
      await account.updateComplete;

      expect(errorSummaryOf(section(account, 'profile'))).to.equal(en['form.invalid']);
      expect(fieldErrorOf(input(account, 'lastName'))).to.equal(en['validation.required']);
      expect(fieldErrorOf(input(account, 'company'))).to.equal(en['validation.required']);
      expect(fieldErrorOf(input(account, 'contactEmail'))).to.equal(en['validation.required']);
      expect(fieldErrorOf(input(account, 'preferredCurrency'))).to.equal(en['validation.pattern']);
      await waitForFocus(input(account, 'lastName'));
      await expect(account).to.be.accessible();

      // Without the registration number, the names are optional again.
      type(input(account, 'companyRegistrationId'), '');
      type(input(account, 'contactEmail'), 'office@doe-trading.example');
      type(input(account, 'preferredCurrency'), 'EUR');
      const [body] = await bodiesSentDuring('PATCH', ME_PATH, async () => {
        saveProfile(account);
        await profileSaved(account);
      });
      expect(body).to.deep.include({ lastName: null, company: null, contactEmail: 'office@doe-trading.example', b2b: { companyRegistrationId: '' } });
      expect(profileValue(account, en['account.company_registration_id'])).to.equal(en['account.not_given']);
    });

    it('keeps the customer’s edits over a change made elsewhere meanwhile, after saying so', async () => {
      const { account } = await mountAccount();
      await openEditor(account);
      type(input(account, 'firstName'), 'Janet');
      const elsewhere = await otherSession();
      await updateCustomerProfile(elsewhere, { company: 'Doe & Daughters GmbH' });
      elsewhere.dispose();

      saveProfile(account);

      expect(await waitForError(section(account, 'profile'))).to.equal(en['profile-update.error.version_conflict']);
      expect((await requestsTo(ME_PATH, 'PATCH')).map((entry) => entry.status)).to.deep.equal([200, 409]);
      expect(input(account, 'firstName').value).to.equal('Janet');
      expect(input(account, 'company').value).to.equal('Doe & Daughters GmbH');
      await expect(account).to.be.accessible();

      saveProfile(account);
      await profileSaved(account);
      expect(await freshProfile()).to.include({ firstName: 'Janet', company: 'Doe & Daughters GmbH' });
    });

    it('offers selects for the languages, currencies and shops the shop lists', async () => {
      const { account } = await mountAccount(html`<emx-account languages="en_US de_DE" currencies="EUR CHF" sites="main outlet"></emx-account>`);
      await openEditor(account);
      const language = query<HTMLSelectElement>(account, 'select[name="preferredLanguage"]');
      expect([...language.options].map((option) => option.textContent?.trim())).to.deep.equal([
        en['account.no_preference'],
        languageName('en', 'en-US'),
        languageName('en', 'de-DE'),
      ]);
      expect(language.value).to.equal('en_US');
      query<HTMLSelectElement>(account, 'select[name="preferredCurrency"]').value = 'CHF';
      query<HTMLSelectElement>(account, 'select[name="preferredSite"]').value = 'outlet';
      const [body] = await bodiesSentDuring('PATCH', ME_PATH, async () => {
        saveProfile(account);
        await profileSaved(account);
      });
      expect(body).to.deep.include({ preferredCurrency: 'CHF', preferredSite: 'outlet' });
      await expect(account).to.be.accessible();
    });

    const faults: Array<[string, Omit<Fault, 'path' | 'method'>, string]> = [
      ['a 503', { status: 503 }, en['error.server']],
      ['a dropped connection', { drop: true, times: EVERY_ATTEMPT }, en['error.network']],
    ];
    for (const [name, fault, message] of faults) {
      it(`reports ${name} while saving, keeps the edits and saves on retry`, async () => {
        const { account } = await mountAccount();
        await openEditor(account);
        await injectFault({ path: ME_PATH, method: 'PATCH', ...fault });
        type(input(account, 'firstName'), 'Janet');

        saveProfile(account);

        expect(await waitForError(section(account, 'profile'))).to.equal(message);
        expect(input(account, 'firstName').value).to.equal('Janet');
        await expect(account).to.be.accessible();

        await clearFaults();
        saveProfile(account);
        await profileSaved(account);
        expect((await requestsTo(ME_PATH, 'PATCH')).filter((entry) => entry.status === 200)).to.have.length(1);
        expect((await freshProfile()).firstName).to.equal('Janet');
      });
    }
  });

  describe('password', () => {
    it('changes the password: the old one stops working, the new one signs in', async () => {
      const { account } = await mountAccount();
      expect(query<HTMLInputElement>(section(account, 'password'), 'input[autocomplete="username"]').value).to.equal(JANE.email);
      const changed = oneEvent(account, 'emx-password-change');
      const offers = watchPasswordOffers();
      try {
        changePassword(account, JANE.password, NEW_PASSWORD);
        await changed;
      } finally {
        offers.stop();
      }
      expect(offers.offered).to.deep.equal(offers.expected(JANE.email));
      await until(() => statusOf(section(account, 'password')), 3000, 'the confirmation');
      expect(statusOf(section(account, 'password'))).to.equal(en['account.password_changed']);
      expect(['currentPassword', 'newPassword', 'confirmation'].map((name) => input(account, name).value)).to.deep.equal(['', '', '']);
      expect((await requestsTo(PASSWORD_CHANGE_PATH, 'POST')).map((entry) => [entry.status, entry.tokenKind])).to.deep.equal([[204, 'customer']]);
      await expect(account).to.be.accessible();
      expect(await canSignIn(JANE.email, JANE.password)).to.equal(false);
      expect(await canSignIn(JANE.email, NEW_PASSWORD)).to.equal(true);
    });

    it('says on the field when the current password is wrong, and stays signed in', async () => {
      const { account, provider } = await mountAccount();
      const reported = oneEvent(account, 'emx-error');

      changePassword(account, 'not-my-password-1', NEW_PASSWORD);

      await until(() => fieldErrorOf(input(account, 'currentPassword')), 3000, 'the error on the field');
      expect(fieldErrorOf(input(account, 'currentPassword'))).to.equal(en['validation.wrong_current_password']);
      expect((await reported).detail).to.include({ operation: 'password-change', code: 'invalid_credentials', status: 401 });
      await waitForFocus(input(account, 'currentPassword'));
      expect(input(account, 'newPassword').value).to.equal(NEW_PASSWORD);
      expect(provider.session?.snapshot.status).to.equal('customer');
      await expect(account).to.be.accessible();
      expect(await canSignIn(JANE.email, JANE.password)).to.equal(true);
    });

    it('checks the new password before sending, and shows the server’s refusal on the field', async () => {
      const { account } = await mountAccount(html`<emx-account password-policy='{"minLength":6,"requireDigit":false}'></emx-account>`);
      expect(query(section(account, 'password'), '[part~="hint"]').textContent).to.equal(fill(en['field.password_length_hint'], { min: 6 }));

      changePassword(account, JANE.password, 'short');
      await account.updateComplete;
      expect(fieldErrorOf(input(account, 'newPassword'))).to.equal(fill(en['validation.min_length'], { min: 6 }));
      changePassword(account, JANE.password, NEW_PASSWORD, 'something else');
      await account.updateComplete;
      expect(fieldErrorOf(input(account, 'confirmation'))).to.equal(en['validation.mismatch']);
      expect(await requestsTo(PASSWORD_CHANGE_PATH, 'POST')).to.have.length(0);

      // Laxer than the server: its policy has the last word.
      changePassword(account, JANE.password, 'letters-only');
      await until(() => fieldErrorOf(input(account, 'newPassword')), 3000, 'the error on the field');
      expect(fieldErrorOf(input(account, 'newPassword'))).to.equal(en['validation.password_too_weak']);
      await expect(account).to.be.accessible();
    });
  });

  describe('email', () => {
    it('changes the email end to end: request, link from the outbox, confirmation, new sign-in', async () => {
      const { account } = await mountAccount();
      const email = section(account, 'email');
      expect(input(account, 'email').value).to.equal(JANE.email);
      expect(input(account, 'syncContactEmail').checked).to.equal(true);
      await expect(account).to.be.accessible();
      const requested = oneEvent(account, 'emx-email-change');

      requestEmailChange(account, JANE.password, NEW_EMAIL);

      expect((await requested).detail).to.deep.equal({ step: 'requested', newEmail: NEW_EMAIL });
      await until(() => statusOf(email), 3000, 'the confirmation');
      expect(statusOf(email)).to.equal(fill(en['account.email_change_sent'], { email: NEW_EMAIL }));
      expect(query(email, '[part~="text"]').textContent).to.equal(fill(en['account.email_change_pending'], { email: JANE.email }));
      await waitForFocus(query(email, '[part~="section-heading"]'));
      await expect(account).to.be.accessible();
      expect((await requestsTo(EMAIL_CHANGE_PATH, 'POST')).map((entry) => [entry.status, entry.tokenKind])).to.deep.equal([[204, 'customer']]);
      const [mail] = await outbox();
      expect([mail?.kind, mail?.to]).to.deep.equal(['email-change', NEW_EMAIL]);
      expect(await canSignIn(JANE.email, JANE.password), 'the old email works until confirmed').to.equal(true);

      // The customer opens the link (same browser, still signed in).
      const link = new URL(mail?.link ?? '');
      expect(link.pathname).to.equal('/account.html');
      fixtureCleanup();
      // The emailed link carries the token in the fragment, which no server and no Referer sees.
      expect(link.search).to.equal('');
      history.replaceState(null, '', `${pageUrlWith({})}${link.hash}`);
      const confirmed = oneEvent(document, 'emx-email-change');
      const page = await fixture<HTMLElement>(html`<div>${sessionTag(html`<emx-account></emx-account>`)}</div>`);
      const opened = query<EmxAccountElement>(page, 'emx-account');
      expect(location.hash).to.equal('');

      expect((await confirmed).detail).to.deep.equal({ step: 'confirmed', newEmail: NEW_EMAIL });
      const confirmation = section(opened, 'email-confirmation');
      await until(() => sectionHeadingOf(opened, 'email-confirmation') === en['account.confirmed_heading'], 3000, 'the confirmation');
      expect(query(confirmation, '[part~="text"]').textContent).to.equal(fill(en['account.confirmed'], { email: NEW_EMAIL }));
      expect((await requestsTo(CONFIRM_PATH, 'POST')).map((entry) => [entry.status, entry.tokenKind])).to.deep.equal([[204, 'anonymous']]);
      await until(() => profileValue(opened, en['account.contact_email']) === NEW_EMAIL, 3000, 'the contact email following');
      expect(profileValue(opened, en['account.login_email'])).to.equal(NEW_EMAIL);
      expect(input(opened, 'email').value).to.equal(NEW_EMAIL);
      await expect(opened).to.be.accessible();

      expect(await canSignIn(NEW_EMAIL, JANE.password)).to.equal(true);
      expect(await canSignIn(JANE.email, JANE.password)).to.equal(false);
      expect((await freshProfile(NEW_EMAIL)).contactEmail).to.equal(NEW_EMAIL);
    });

    it('leaves the contact email alone without "also use as contact email"', async () => {
      const { account } = await mountAccount();
      input(account, 'syncContactEmail').click();
      requestEmailChange(account, JANE.password, NEW_EMAIL);
      await until(() => statusOf(section(account, 'email')), 3000, 'the confirmation');
      const [mail] = await outbox();

      fixtureCleanup();
      localStorage.clear();
      history.replaceState(null, '', pageUrlWith({ 'email-token': mail?.token ?? '' }));
      const { account: opened } = await mountAccount(html`<emx-account></emx-account>`, { signedIn: false });
      // Opened in another browser, signed out: confirmed all the same, without naming the address.
      await until(() => sectionHeadingOf(opened, 'email-confirmation') === en['account.confirmed_heading'], 3000, 'the confirmation');
      expect(query(section(opened, 'email-confirmation'), '[part~="text"]').textContent).to.equal(en['account.confirmed_elsewhere']);
      expect(query(opened, '[part~="link"]').textContent?.trim()).to.equal(en['account.sign_in']);
      await expect(opened).to.be.accessible();
      expect((await freshProfile(NEW_EMAIL)).contactEmail).to.equal(JANE.email);
    });

    it('confirms once it is back when it was removed while confirming', async () => {
      const { account: asker } = await mountAccount();
      requestEmailChange(asker, JANE.password, NEW_EMAIL);
      await until(() => statusOf(section(asker, 'email')), 3000, 'the confirmation');
      const [mail] = await outbox();
      fixtureCleanup();
      // Slows the anonymous token the confirmation asks for first, so the removal comes before its POST.
      await injectFault({ path: '/customerlogin/auth/anonymous/login', method: 'GET', delayMs: 300 });
      history.replaceState(null, '', pageUrlWith({ 'email-token': mail?.token ?? '' }));
      const { account } = await mountAccount(html`<emx-account></emx-account>`, { signedIn: false });
      const parent = account.parentElement as HTMLElement;

      account.remove();
      parent.append(account);

      await until(() => sectionHeadingOf(account, 'email-confirmation') === en['account.confirmed_heading'], 5000, 'the confirmation');
      expect(query(section(account, 'email-confirmation'), '[part~="text"]').textContent).to.equal(fill(en['account.confirmed'], { email: NEW_EMAIL }));
      expect((await requestsTo(CONFIRM_PATH, 'POST')).map((entry) => entry.status)).to.deep.equal([204]);
    });

    it('refuses an invalid link clearly', async () => {
      history.replaceState(null, '', pageUrlWith({ 'email-token': 'not-a-real-token' }));
      const { account } = await mountAccount();
      const confirmation = section(account, 'email-confirmation');

      expect(await waitForError(confirmation)).to.equal(en['email-change-confirmation.error.invalid_token']);
      expect(sectionHeadingOf(account, 'email-confirmation')).to.equal(en['account.confirm_failed_heading']);
      expect(confirmation.querySelector('[part~="retry"]')).to.equal(null);
      expect(new URL(location.href).searchParams.has('email-token')).to.equal(false);
      await expect(account).to.be.accessible();
    });

    it('retries the confirmation after a 503', async () => {
      const { account: asker } = await mountAccount();
      requestEmailChange(asker, JANE.password, NEW_EMAIL);
      await until(() => statusOf(section(asker, 'email')), 3000, 'the confirmation');
      const [mail] = await outbox();
      fixtureCleanup();
      await injectFault({ path: CONFIRM_PATH, method: 'POST', status: 503 });
      history.replaceState(null, '', pageUrlWith({ 'email-token': mail?.token ?? '' }));
      const { account } = await mountAccount();

      expect(await waitForError(section(account, 'email-confirmation'))).to.equal(en['error.server']);
      await expect(account).to.be.accessible();
      query<HTMLButtonElement>(account, '[part~="retry"]').click();
      await until(() => sectionHeadingOf(account, 'email-confirmation') === en['account.confirmed_heading'], 3000, 'the confirmation');
      expect((await requestsTo(CONFIRM_PATH, 'POST')).map((entry) => entry.status)).to.deep.equal([503, 204]);
    });

    it('explains a wrong email or password, and stays signed in', async () => {
      const { account, provider } = await mountAccount();
      const reported = oneEvent(account, 'emx-error');

      requestEmailChange(account, 'not-my-password-1', NEW_EMAIL);

      expect(await waitForError(section(account, 'email'))).to.equal(en['email-change.error.invalid_credentials']);
      expect((await reported).detail).to.include({ operation: 'email-change', code: 'invalid_credentials', status: 401 });
      expect(provider.session?.snapshot.status).to.equal('customer');
      expect(input(account, 'newEmail').value).to.equal(NEW_EMAIL);
      expect(await requestsTo(EMAIL_CHANGE_PATH, 'POST')).to.have.length(1);
      await expect(account).to.be.accessible();
    });

    it('says on the field when the new address is taken or unchanged', async () => {
      const { account } = await mountAccount();

      requestEmailChange(account, JANE.password, 'ina@example.com');
      await until(() => fieldErrorOf(input(account, 'newEmail')), 3000, 'the error on the field');
      expect(fieldErrorOf(input(account, 'newEmail'))).to.equal(en['validation.email_taken']);
      expect(errorSummaryOf(section(account, 'email'))).to.equal(en['form.invalid']);
      await waitForFocus(input(account, 'newEmail'));
      await expect(account).to.be.accessible();

      requestEmailChange(account, JANE.password, JANE.email.toUpperCase());
      await account.updateComplete;
      expect(fieldErrorOf(input(account, 'newEmail'))).to.equal(en['account.email_unchanged']);
      expect(await requestsTo(EMAIL_CHANGE_PATH, 'POST')).to.have.length(1);
      expect(await outbox()).to.have.length(0);
    });

    it('lets the customer correct the new address after requesting', async () => {
      const { account } = await mountAccount();
      requestEmailChange(account, JANE.password, 'jane.typo@example.org');
      await until(() => account.querySelector('[part~="email-section"] [part~="link"]'), 3000, 'the pending change');
      query<HTMLButtonElement>(section(account, 'email'), '[part~="link"]').click();
      await until(() => account.querySelector('[part~="email-form"]'), 1000, 'the email form');
      await waitForFocus(input(account, 'newEmail'));
      expect(input(account, 'newEmail').value).to.equal('jane.typo@example.org');
      expect(query<HTMLInputElement>(section(account, 'email'), '[name="password"]').value).to.equal('');
    });
  });

  describe('layout, keyboard and language', () => {
    it('shows only the sections asked for, in that order', async () => {
      const { account, provider } = await mountAccount(html`<emx-account sections="email password"></emx-account>`, { signedIn: false });
      await provider.session?.login(JANE);
      await until(() => account.querySelector('[part~="email-section"]'), 3000, 'the sections');
      const shown = [...account.querySelectorAll('[part~="section"]')].map((each) => each.getAttribute('part'));
      expect(shown).to.deep.equal(['section email-section', 'section password-section']);
      expect(query(account, '[part~="section-heading"]').getAttribute('aria-level')).to.equal('3');
    });

    it('can be used with the keyboard alone', async () => {
      const { account } = await mountAccount();
      (document.activeElement as HTMLElement | null)?.blur();
      await press('Tab');
      expect(hasFocus(query(account, '[part~="edit-profile"]')), 'focus on "Edit profile"').to.equal(true);
      await press('Enter');
      await waitForFocus(query(account, 'select[name="title"]'));
      await press('Tab');
      expect(hasFocus(input(account, 'firstName')), 'focus on the first name').to.equal(true);
      await chord('Control', 'a');
      await typeText('Janet');
      await press('Enter');
      await profileSaved(account);
      await waitForFocus(query(account, '[part~="edit-profile"]'));
      expect(profileValue(account, en['account.name'])).to.equal('Ms Janet Doe');

      await press('Tab');
      expect(hasFocus(input(account, 'currentPassword')), 'focus on the current password').to.equal(true);
      await typeText(JANE.password);
      await press('Tab');
      await press('Tab');
      expect(hasFocus(input(account, 'newPassword')), 'focus on the new password').to.equal(true);
      await typeText(NEW_PASSWORD);
      await press('Tab');
      await press('Tab');
      await typeText(NEW_PASSWORD);
      await press('Enter');
      await until(() => statusOf(section(account, 'password')), 3000, 'the password change');
      expect(await canSignIn(JANE.email, NEW_PASSWORD)).to.equal(true);

      const passwordInEmailForm = query<HTMLInputElement>(section(account, 'email'), '[name="password"]');
      for (let presses = 0; presses < 6 && !hasFocus(passwordInEmailForm); presses++) await press('Tab');
      expect(hasFocus(passwordInEmailForm), 'focus on the email form’s password').to.equal(true);
      await typeText(NEW_PASSWORD);
      await press('Tab');
      await press('Tab');
      expect(hasFocus(input(account, 'newEmail')), 'focus on the new email').to.equal(true);
      await typeText(NEW_EMAIL);
      await press('Tab');
      await press(' ');
      expect(input(account, 'syncContactEmail').checked, 'the checkbox toggled').to.equal(false);
      await press('Tab');
      await press('Enter');
      await until(() => statusOf(section(account, 'email')), 3000, 'the email change request');
      expect((await outbox()).map((mail) => mail.to)).to.deep.equal([NEW_EMAIL]);
    });

    it('speaks German inside lang="de"', async () => {
      history.replaceState(null, '', pageUrlWith({ 'email-token': 'not-a-real-token' }));
      const { account } = await mountAccount(html`<emx-account></emx-account>`, { lang: 'de' });
      expect(sectionHeadingOf(account, 'profile')).to.equal(de['account.profile_heading']);
      expect(profileValue(account, de['account.name'])).to.equal('Frau Jane Doe');
      expect(profileValue(account, de['account.language'])).to.equal(languageName('de', 'en-US'));
      expect(await waitForError(section(account, 'email-confirmation'))).to.equal(de['email-change-confirmation.error.invalid_token']);
      await expect(account).to.be.accessible();

      changePassword(account, JANE.password, 'kurz1');
      await account.updateComplete;
      expect(fieldErrorOf(input(account, 'newPassword'))).to.equal(fill(de['validation.password_policy'], { min: 8 }));
      expect(errorSummaryOf(section(account, 'password'))).to.equal(de['form.invalid']);
      requestEmailChange(account, JANE.password, 'ina@example.com');
      await until(() => fieldErrorOf(input(account, 'newEmail')), 3000, 'the error on the field');
      expect(fieldErrorOf(input(account, 'newEmail'))).to.equal(de['validation.email_taken']);
      await openEditor(account);
      expect(query(account, 'label[for]').textContent?.trim()).to.equal(`${de['account.title']} ${de['field.optional']}`);
      await expect(account).to.be.accessible();
    });
  });
});
