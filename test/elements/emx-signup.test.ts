import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { press, typeText } from '../support/keyboard.js';
import type { TemplateResult } from 'lit';
import '../../src/elements/session/emx-session.js';
import '../../src/elements/signup/emx-signup.js';
import type { EmxSessionElement } from '../../src/elements/session/emx-session.js';
import type { EmxSignupElement } from '../../src/elements/signup/emx-signup.js';
import { signupMessages } from '../../src/elements/signup/messages.js';
import { sharedMessages } from '../../src/elements/shared/messages.js';
import { recordFetches } from '../support/fetches.js';
import { watchPasswordOffers } from '../support/password-offers.js';
import sharedDe from '../../src/elements/shared/messages.de.js';
import signupDe from '../../src/elements/signup/messages.de.js';
import { EmporixSession, listCustomerAddresses, signUpCustomer } from '../../src/session/index.js';
import {
  EVERY_ATTEMPT,
  CLIENT_ID,
  JANE,
  TENANT,
  activateCustomer,
  clearFaults,
  customers,
  emulatorUrl,
  injectFault,
  outbox,
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

const SIGNUP_PATH = `/customer/${TENANT}/signup`;
const OPTIN_PATH_PREFIX = `/customer/${TENANT}/signup/optin/`;
const en = { ...sharedMessages.en, ...signupMessages.en };
const de = { ...sharedDe, ...signupDe };
const NEW_CUSTOMER = { email: 'erika@example.com', password: 'Erika#2026pass' } as const;

/** `{name}` placeholders filled, as the element shows the text. */
function filled(text: string, params: Record<string, string | number>): string {
  return fillMessage(text, params);
}

interface SessionContext {
  language?: string;
  currency?: string;
  siteCode?: string;
}

/** `<emx-signup>` inside `<emx-session>`, rendered with its session. */
async function mountSignup(
  signup: TemplateResult = html`<emx-signup></emx-signup>`,
  context: SessionContext = {},
): Promise<{ signup: EmxSignupElement; provider: EmxSessionElement }> {
  const provider = await fixture<EmxSessionElement>(sessionTag(signup, context));
  const element = query<EmxSignupElement>(provider, 'emx-signup');
  await until(() => element.querySelector('form'), 3000, 'the sign-up form');
  return { signup: element, provider };
}

function control<T extends HTMLElement = HTMLInputElement>(root: ParentNode, name: string): T {
  return query<T>(root, `[name="${name}"]`);
}

/** Types into text fields and chooses in selects, like a user. */
function fill(root: ParentNode, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const target = control<HTMLInputElement | HTMLSelectElement>(root, name);
    if (target instanceof HTMLSelectElement) {
      target.focus();
      target.value = value;
      target.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      type(target, value);
    }
  }
}

function tick(root: ParentNode, selector: string): void {
  query<HTMLInputElement>(root, selector).click();
}

async function openAddress(signup: EmxSignupElement): Promise<void> {
  tick(signup, '[name="withAddress"]');
  await until(() => signup.querySelector('[name="contactName"]'), 1000, 'the address fields');
}

const postedSignups = () => requestsTo(SIGNUP_PATH, 'POST');

/** The "Confirm and sign in" button the page an opt-in link opens shows. */
async function confirmButtonOf(signup: EmxSignupElement): Promise<HTMLButtonElement> {
  await until(() => signup.querySelector('[part~="confirm"]:not([aria-disabled])'), 3000, 'the "Confirm and sign in" button');
  return query<HTMLButtonElement>(signup, '[part~="confirm"]');
}

/** A new customer on a double opt-in tenant who has not confirmed yet; returns the opt-in email. */
async function pendingSignup(customer: { email: string; password: string } = NEW_CUSTOMER, details?: { firstName: string }) {
  const service = new EmporixSession({ tenant: TENANT, clientId: CLIENT_ID, apiUrl: emulatorUrl(), storage: 'memory' });
  await signUpCustomer(service, { ...customer, ...(details && { customerDetails: { ...details, contactEmail: customer.email } }) });
  service.dispose();
  const mail = (await outbox()).find((message) => message.to === customer.email);
  if (!mail) throw new Error(`no opt-in email for ${customer.email}`);
  return mail;
}

/** The token of an emailed link, which carries it in the fragment. */
const tokenOf = (link: string, name: string) => new URLSearchParams(new URL(link).hash.slice(1)).get(name) ?? '';

/** Waits for the state after a successful sign-up (its heading has the focus when the form had it). */
async function waitForHeading(signup: EmxSignupElement, text: string): Promise<void> {
  await until(() => headingOf(signup) === text, 5000, `the heading "${text}"`);
}

/** Signs in with a session of its own and reads back what the service stored. */
async function storedAccount(credentials: { email: string; password: string }) {
  const service = new EmporixSession({ tenant: TENANT, clientId: CLIENT_ID, apiUrl: emulatorUrl(), storage: 'memory' });
  try {
    await service.login(credentials);
    return { profile: await service.loadProfile(), addresses: await listCustomerAddresses(service) };
  } finally {
    service.dispose();
  }
}

/** The error code a login with `credentials` ends in, or `ok`. */
async function loginOutcome(credentials: { email: string; password: string }): Promise<string> {
  const service = new EmporixSession({ tenant: TENANT, clientId: CLIENT_ID, apiUrl: emulatorUrl(), storage: 'memory' });
  try {
    await service.login(credentials);
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? 'unknown';
  } finally {
    service.dispose();
  }
}

const FULL_PROFILE = {
  firstName: 'Erika',
  middleName: 'Maria',
  lastName: 'Mustermann',
  phone: '+49 30 1234567',
  company: 'Muster Handel GmbH',
  companyRegistrationId: 'HRB 123456',
};

const FULL_ADDRESS = {
  contactName: 'Erika Mustermann',
  companyName: 'Muster Handel GmbH',
  street: 'Platz der Republik',
  streetNumber: '1',
  streetAppendix: 'Hinterhaus',
  extraLine1: 'c/o Empfang',
  extraLine2: 'Etage 3',
  extraLine3: 'Raum 301',
  extraLine4: 'Tor B',
  zipCode: '11011',
  city: 'Berlin',
  state: 'Berlin',
  contactPhone: '+49 30 7654321',
};

describe('<emx-signup>', () => {
  const pageUrl = location.href;
  beforeEach(() => resetEmulator());
  afterEach(async () => {
    history.replaceState(null, '', pageUrl);
    await clearFaults();
  });

  describe('without a session', () => {
    it('says sign-up is unavailable', async () => {
      const signup = await fixture<EmxSignupElement>(html`<emx-signup></emx-signup>`);
      await signup.updateComplete;
      expect(query(signup, '[part~="notice"]').textContent).to.equal(en['signup.not_configured']);
      expect(signup.querySelector('form')).to.equal(null);
      await expect(signup).to.be.accessible();
    });
  });

  describe('the form', () => {
    it('labels every field with a fitting autocomplete token', async () => {
      const { signup } = await mountSignup(html`<emx-signup></emx-signup>`, { siteCode: 'main' });
      await openAddress(signup);
      const tokens = Object.fromEntries(
        [...signup.querySelectorAll<HTMLInputElement>('form [name]')]
          .filter((element) => element.type !== 'checkbox')
          .map((element) => [element.name, element.getAttribute('autocomplete')]),
      );
      expect(tokens).to.deep.equal({
        email: 'username',
        password: 'new-password',
        contactEmail: 'email',
        title: 'honorific-prefix',
        firstName: 'given-name',
        middleName: 'additional-name',
        lastName: 'family-name',
        phone: 'tel',
        company: 'organization',
        companyRegistrationId: null,
        preferredLanguage: 'language',
        preferredCurrency: 'transaction-currency',
        preferredSite: null,
        contactName: 'name',
        companyName: 'organization',
        street: 'address-line1',
        streetNumber: null,
        streetAppendix: 'address-line2',
        extraLine1: 'address-line3',
        extraLine2: null,
        extraLine3: null,
        extraLine4: null,
        zipCode: 'postal-code',
        city: 'address-level2',
        state: 'address-level1',
        country: 'country',
        contactPhone: 'tel',
        otherTags: null,
      });
      for (const element of signup.querySelectorAll<HTMLInputElement>('form input:not([type="checkbox"]), form select')) {
        expect(element.labels?.[0]?.textContent?.trim(), `label of ${element.name}`).to.not.equal('');
      }
      expect(fieldErrorOf(control(signup, 'password'))).to.equal('');
      expect(query(signup, `#${control(signup, 'password').getAttribute('aria-describedby')}`).textContent).to.equal(
        filled(en['field.password_policy_hint'], { min: 8 }),
      );
      await expect(signup).to.be.accessible();
    });

    it('offers titles, languages, currencies and sites, preset from the session', async () => {
      const { signup } = await mountSignup(html`<emx-signup sites="main outlet"></emx-signup>`, { language: 'de', currency: 'CHF', siteCode: 'main' });
      const options = (name: string) => [...control<HTMLSelectElement>(signup, name).options].map((option) => [option.value, option.textContent]);
      expect(options('title')).to.deep.equal([
        ['', en['signup.title_none']],
        ['MR', 'Mr'],
        ['MS', 'Ms'],
        ['DR', 'Dr'],
        ['PROF', 'Prof.'],
      ]);
      expect(control<HTMLSelectElement>(signup, 'preferredLanguage').value).to.equal('de');
      expect(options('preferredLanguage')).to.deep.include(['de', 'German']);
      expect(control<HTMLSelectElement>(signup, 'preferredCurrency').value).to.equal('CHF');
      expect(options('preferredCurrency')).to.deep.include(['CHF', 'Swiss Franc (CHF)']);
      expect(control<HTMLSelectElement>(signup, 'preferredSite').value).to.equal('main');
      expect(options('preferredSite')).to.deep.equal([
        ['', en['signup.no_preference']],
        ['main', 'main'],
        ['outlet', 'outlet'],
      ]);
    });

    it('shows only the sections asked for', async () => {
      const { signup } = await mountSignup(html`<emx-signup sections=""></emx-signup>`);
      expect([...signup.querySelectorAll<HTMLInputElement>('form [name]')].map((element) => element.name)).to.deep.equal(['email', 'password']);

      signup.sections = ['b2b'];
      await signup.updateComplete;
      // The B2B rule needs the names and the company, so they come along.
      expect(signup.querySelector('[name="companyRegistrationId"]')).to.not.equal(null);
      expect(signup.querySelector('[name="firstName"]')).to.not.equal(null);
      expect(signup.querySelector('[name="preferredLanguage"]')).to.equal(null);
      expect(signup.querySelector('[name="withAddress"]')).to.equal(null);
      expect(signup.querySelector('[name="contactEmail"]')).to.equal(null);

      signup.setAttribute('sections', 'address, credentials');
      await signup.updateComplete;
      expect(signup.querySelector('[name="firstName"]')).to.equal(null);
      expect(signup.querySelector('[name="withAddress"]')).to.not.equal(null);
      expect(signup.querySelector('[name="contactEmail"]')).to.not.equal(null);
    });

    it('checks the password against the policy the shop sets', async () => {
      const { signup } = await mountSignup(html`<emx-signup sections="" password-policy='{"minLength":12,"requireDigit":false}'></emx-signup>`);
      const password = control(signup, 'password');
      expect(query(signup, `#${password.getAttribute('aria-describedby')}`).textContent).to.equal(filled(en['field.password_length_hint'], { min: 12 }));
      fill(signup, { email: NEW_CUSTOMER.email, password: 'Erika#2026' });
      submitButtonOf(signup).click();
      await signup.updateComplete;
      expect(fieldErrorOf(password)).to.equal(filled(en['validation.min_length'], { min: 12 }));
      expect(await postedSignups()).to.have.length(0);

      fill(signup, { password: 'correct horse battery 9' });
      submitButtonOf(signup).click();
      await waitForHeading(signup, en['signup.created_heading']);
    });

    it('validates before sending anything and focuses the first problem', async () => {
      const { signup } = await mountSignup();

      submitButtonOf(signup).click();
      await signup.updateComplete;
      expect(errorSummaryOf(signup)).to.equal(en['form.invalid']);
      expect(fieldErrorOf(control(signup, 'email'))).to.equal(en['validation.required']);
      expect(fieldErrorOf(control(signup, 'password'))).to.equal(en['validation.required']);
      await waitForFocus(control(signup, 'email'));
      await expect(signup).to.be.accessible();

      fill(signup, { email: 'erika@', password: 'short', contactEmail: 'not-an-email' });
      submitButtonOf(signup).click();
      await signup.updateComplete;
      expect(fieldErrorOf(control(signup, 'email'))).to.equal(en['validation.email']);
      expect(fieldErrorOf(control(signup, 'password'))).to.equal(filled(en['validation.password_policy'], { min: 8 }));
      expect(fieldErrorOf(control(signup, 'contactEmail'))).to.equal(en['validation.email']);

      await openAddress(signup);
      fill(signup, { email: NEW_CUSTOMER.email, password: NEW_CUSTOMER.password, contactEmail: '' });
      submitButtonOf(signup).click();
      await signup.updateComplete;
      // An address needs its contact name.
      expect(fieldErrorOf(control(signup, 'contactName'))).to.equal(en['validation.required']);
      await waitForFocus(control(signup, 'contactName'));
      expect(await postedSignups()).to.have.length(0);
      await expect(signup).to.be.accessible();
    });
  });

  describe('signing up', () => {
    it('creates an account from email and password alone, then waits for activation', async () => {
      const offers = watchPasswordOffers();
      try {
        const { signup } = await mountSignup(html`<emx-signup sections=""></emx-signup>`);
        await expect(signup).to.be.accessible();
        const announced = oneEvent(signup, 'emx-signup');

        fill(signup, NEW_CUSTOMER);
        submitButtonOf(signup).click();

        const { detail } = await announced;
        expect(detail).to.deep.equal({ customerNumber: detail.customerNumber, email: NEW_CUSTOMER.email, pending: 'activation' });
        expect(detail.customerNumber).to.match(/^\d+$/);
        await waitForHeading(signup, en['signup.created_heading']);
        expect(query(signup, 'p[part~="text"]').textContent).to.equal(filled(en['signup.created_pending'], { email: NEW_CUSTOMER.email }));
        expect(signup.querySelector('input[type="password"]')).to.equal(null);
        expect(offers.offered).to.deep.equal(offers.expected(NEW_CUSTOMER.email));

        const posted = await postedSignups();
        expect(posted.map((entry) => [entry.status, entry.tokenKind])).to.deep.equal([[201, 'anonymous']]);
        const created = (await customers()).find((customer) => customer.email === NEW_CUSTOMER.email);
        expect(created).to.include({ customerNumber: detail.customerNumber, active: false });
        await expect(signup).to.be.accessible();

        // The tutorial's next steps: an employee activates the account, then the customer signs in.
        expect(await loginOutcome(NEW_CUSTOMER)).to.equal('account_inactive');
        await activateCustomer(detail.customerNumber ?? '');
        const { profile, addresses } = await storedAccount(NEW_CUSTOMER);
        expect(profile).to.include({ customerNumber: detail.customerNumber, contactEmail: NEW_CUSTOMER.email });
        for (const absent of ['title', 'firstName', 'middleName', 'lastName', 'contactPhone', 'company', 'preferredLanguage', 'preferredCurrency', 'preferredSite', 'b2b']) {
          expect(profile, absent).to.not.have.property(absent);
        }
        expect(addresses).to.deep.equal([]);
      } finally {
        offers.stop();
      }
    });

    it('sends every field, and the service stores exactly what was typed', async () => {
      const { signup } = await mountSignup(html`<emx-signup titles="MR MS MRS DR"></emx-signup>`, { language: 'en', currency: 'EUR', siteCode: 'main' });
      fill(signup, { ...NEW_CUSTOMER, title: 'MRS', ...FULL_PROFILE, preferredLanguage: 'de', preferredCurrency: 'CHF' });
      await openAddress(signup);
      fill(signup, { ...FULL_ADDRESS, country: 'DE', otherTags: 'DOCK, Lager 2 , DOCK' });
      tick(signup, 'input[name="tags"][value="BILLING"]');
      tick(signup, 'input[name="tags"][value="SHIPPING"]');
      await expect(signup).to.be.accessible();
      const announced = oneEvent(signup, 'emx-signup');

      submitButtonOf(signup).click();

      const { detail } = await announced;
      await waitForHeading(signup, en['signup.created_heading']);
      expect(await postedSignups()).to.have.length(1);
      await activateCustomer(detail.customerNumber ?? '');
      const { profile, addresses } = await storedAccount(NEW_CUSTOMER);
      expect(profile).to.deep.include({
        title: 'MRS',
        firstName: FULL_PROFILE.firstName,
        middleName: FULL_PROFILE.middleName,
        lastName: FULL_PROFILE.lastName,
        contactEmail: NEW_CUSTOMER.email,
        contactPhone: FULL_PROFILE.phone,
        company: FULL_PROFILE.company,
        preferredLanguage: 'de',
        preferredCurrency: 'CHF',
        preferredSite: 'main',
      });
      expect(profile.b2b?.companyRegistrationId).to.equal(FULL_PROFILE.companyRegistrationId);
      expect(addresses).to.have.length(1);
      expect(addresses[0]).to.deep.include({ ...FULL_ADDRESS, country: 'DE', isDefault: true });
      expect(addresses[0]?.tags).to.deep.equal(['BILLING', 'SHIPPING', 'DOCK', 'Lager 2']);
    });

    it('sends no address while the box is unticked, even with fields typed before', async () => {
      const { signup } = await mountSignup(html`<emx-signup sections="address"></emx-signup>`);
      await openAddress(signup);
      fill(signup, { ...NEW_CUSTOMER, contactName: 'Erika Mustermann', city: 'Berlin' });
      tick(signup, '[name="withAddress"]');
      await until(() => !signup.querySelector('[name="contactName"]'), 1000, 'the address fields to close');
      const announced = oneEvent(signup, 'emx-signup');
      submitButtonOf(signup).click();
      const { detail } = await announced;
      await activateCustomer(detail.customerNumber ?? '');
      expect((await storedAccount(NEW_CUSTOMER)).addresses).to.deep.equal([]);
    });

    it('says the account is ready when the tenant activates automatically', async () => {
      await resetEmulator({ settings: { autoActivate: true } });
      const { signup } = await mountSignup(html`<emx-signup activation="automatic" sections="" login-href="/login.html"></emx-signup>`);
      const announced = oneEvent(signup, 'emx-signup');
      fill(signup, NEW_CUSTOMER);
      submitButtonOf(signup).click();

      expect((await announced).detail.pending).to.equal('none');
      await waitForHeading(signup, en['signup.created_heading']);
      expect(query(signup, 'p[part~="text"]').textContent).to.equal(filled(en['signup.created_active'], { email: NEW_CUSTOMER.email }));
      expect(query<HTMLAnchorElement>(signup, 'a[part~="link"]').getAttribute('href')).to.equal('/login.html');
      expect(await loginOutcome(NEW_CUSTOMER)).to.equal('ok');
      await expect(signup).to.be.accessible();
    });

    it('tells a signed-in customer so instead of showing the form', async () => {
      const { signup, provider } = await mountSignup();
      await provider.session?.login(JANE);
      await until(() => signup.querySelector('[part~="notice"]'), 3000, 'the signed-in notice');
      expect(query(signup, '[part~="notice"]').textContent).to.equal(filled(en['signup.signed_in'], { name: JANE.email }));
      expect(signup.querySelector('form')).to.equal(null);
      await expect(signup).to.be.accessible();
    });
  });

  describe('business customers', () => {
    it('requires first name, last name and company once a registration number is given', async () => {
      const { signup } = await mountSignup(html`<emx-signup sections="b2b"></emx-signup>`);
      const label = (name: string) => query(signup, `label[for="${control(signup, name).id}"]`).textContent?.replace(/\s+/g, ' ').trim();
      expect(label('firstName')).to.equal(`${en['signup.first_name']} ${en['field.optional']}`);

      fill(signup, { ...NEW_CUSTOMER, companyRegistrationId: 'HRB 123456' });
      await signup.updateComplete;
      expect(label('firstName')).to.equal(en['signup.first_name']);
      expect(control(signup, 'company').required).to.equal(true);
      expect(label('middleName')).to.equal(`${en['signup.middle_name']} ${en['field.optional']}`);

      submitButtonOf(signup).click();
      await signup.updateComplete;
      for (const name of ['firstName', 'lastName', 'company']) expect(fieldErrorOf(control(signup, name)), name).to.equal(en['validation.required']);
      expect(fieldErrorOf(control(signup, 'middleName'))).to.equal('');
      await waitForFocus(control(signup, 'firstName'));
      expect(await postedSignups()).to.have.length(0);
      await expect(signup).to.be.accessible();

      fill(signup, { firstName: 'Erika', lastName: 'Mustermann', company: 'Muster Handel GmbH' });
      const announced = oneEvent(signup, 'emx-signup');
      submitButtonOf(signup).click();
      const { detail } = await announced;
      await activateCustomer(detail.customerNumber ?? '');
      const { profile } = await storedAccount(NEW_CUSTOMER);
      expect(profile).to.deep.include({ firstName: 'Erika', lastName: 'Mustermann', company: 'Muster Handel GmbH', b2b: { companyRegistrationId: 'HRB 123456' } });
    });

    it('puts the service’s field problems on the fields they name', async () => {
      const { signup } = await mountSignup();
      await injectFault({
        method: 'POST',
        path: SIGNUP_PATH,
        status: 400,
        body: {
          type: 'validation_failure',
          status: 400,
          message: 'Invalid customer',
          details: [
            { field: 'customerDetails.firstName', type: 'missing_value', message: 'firstName is required for a B2B customer.' },
            { field: 'customerDetails.company', type: 'missing_value', message: 'company is required for a B2B customer.' },
            { field: 'customerDetails.contactEmail', type: 'invalid_value', message: 'customerDetails.contactEmail must equal email.' },
            { field: 'customerDetails.contactPhone', type: 'invalid_format', message: 'bad phone' },
            { field: 'customerAddress.contactPhone', type: 'invalid_format', message: 'bad phone' },
            { field: 'password', type: 'password_too_weak', message: 'weak' },
          ],
        },
      });
      await openAddress(signup);
      fill(signup, { ...NEW_CUSTOMER, companyRegistrationId: 'HRB 1', firstName: 'E', lastName: 'M', company: 'C', contactName: 'E M' });

      submitButtonOf(signup).click();

      expect(await waitForError(signup)).to.equal(en['form.invalid']);
      expect(fieldErrorOf(control(signup, 'firstName'))).to.equal(en['validation.missing_value']);
      expect(fieldErrorOf(control(signup, 'company'))).to.equal(en['validation.missing_value']);
      expect(fieldErrorOf(control(signup, 'contactEmail'))).to.equal(en['validation.rejected']);
      expect(fieldErrorOf(control(signup, 'phone'))).to.equal(en['validation.invalid_format']);
      expect(fieldErrorOf(control(signup, 'contactPhone'))).to.equal(en['validation.invalid_format']);
      expect(fieldErrorOf(control(signup, 'password'))).to.equal(en['validation.password_too_weak']);
      expect(fieldErrorOf(control(signup, 'lastName'))).to.equal('');
      await waitForFocus(control(signup, 'password'));
      expect(control(signup, 'password').value).to.equal(NEW_CUSTOMER.password);
      await expect(signup).to.be.accessible();
    });
  });

  describe('contact email and separate sign-in credentials', () => {
    it('uses the sign-in email as contact email when none is given', async () => {
      const { signup } = await mountSignup(html`<emx-signup sections="credentials"></emx-signup>`);
      fill(signup, NEW_CUSTOMER);
      submitButtonOf(signup).click();
      await waitForHeading(signup, en['signup.created_heading']);
      const created = (await customers()).find((customer) => customer.email === NEW_CUSTOMER.email);
      expect(created).to.include({ contactEmail: NEW_CUSTOMER.email });
    });

    it('sends a different contact email as separate credentials: the login uses the sign-in email', async () => {
      const { signup } = await mountSignup(html`<emx-signup sections="credentials"></emx-signup>`);
      const contactEmail = 'orders@muster.example';
      const announced = oneEvent(signup, 'emx-signup');
      fill(signup, { ...NEW_CUSTOMER, contactEmail });
      submitButtonOf(signup).click();

      const { detail } = await announced;
      expect(detail.email).to.equal(NEW_CUSTOMER.email);
      const created = (await customers()).find((customer) => customer.customerNumber === detail.customerNumber);
      expect(created).to.include({ email: NEW_CUSTOMER.email, contactEmail });
      await activateCustomer(detail.customerNumber ?? '');
      expect((await storedAccount(NEW_CUSTOMER)).profile.contactEmail).to.equal(contactEmail);
      expect(await loginOutcome({ email: contactEmail, password: NEW_CUSTOMER.password })).to.equal('invalid_credentials');
    });

    it('treats the same address in other letter case as no separate contact email', async () => {
      const { signup } = await mountSignup(html`<emx-signup sections="credentials"></emx-signup>`);
      const announced = oneEvent(signup, 'emx-signup');
      fill(signup, { ...NEW_CUSTOMER, contactEmail: NEW_CUSTOMER.email.toUpperCase() });
      submitButtonOf(signup).click();
      const { detail } = await announced;
      const created = (await customers()).find((customer) => customer.customerNumber === detail.customerNumber);
      expect(created).to.include({ email: NEW_CUSTOMER.email, contactEmail: NEW_CUSTOMER.email });
    });
  });

  describe('an email address that already has an account', () => {
    it('says so on the email field, offers sign-in and password reset, and keeps the input', async () => {
      const { signup } = await mountSignup(html`<emx-signup sections="profile"></emx-signup>`);
      const reported = oneEvent(signup, 'emx-error');
      fill(signup, { email: JANE.email, password: 'Another#2026pass', firstName: 'Jane' });

      submitButtonOf(signup).click();

      expect(await waitForError(signup)).to.equal(en['signup.error.conflict_resource']);
      expect((await reported).detail).to.include({ operation: 'signup', code: 'conflict_resource', status: 409 });
      expect(fieldErrorOf(control(signup, 'email'))).to.equal(en['signup.email_taken']);
      await waitForFocus(control(signup, 'email'));
      expect(control(signup, 'password').value).to.equal('Another#2026pass');
      expect(control(signup, 'firstName').value).to.equal('Jane');
      await expect(signup).to.be.accessible();

      const [signIn, forgot] = signup.querySelectorAll<HTMLButtonElement>('[part~="account"] [part~="links"] [part~="link"]');
      setTimeout(() => signIn?.click());
      expect((await oneEvent(signup, 'emx-navigate')).detail.to).to.equal('login');
      setTimeout(() => forgot?.click());
      expect((await oneEvent(signup, 'emx-navigate')).detail.to).to.equal('password-reset');

      // A different address is a new attempt: the hint goes away.
      fill(signup, { email: 'jane.new@example.com' });
      await signup.updateComplete;
      expect(fieldErrorOf(control(signup, 'email'))).to.equal('');
      expect(signup.querySelector('[part~="account"] [part~="links"]')).to.equal(null);
    });

    it('links to the shop’s pages when their URLs are given', async () => {
      const { signup } = await mountSignup(html`<emx-signup sections="" login-href="/login.html" password-reset-href="/password-reset.html"></emx-signup>`);
      fill(signup, { email: JANE.email, password: 'Another#2026pass' });
      submitButtonOf(signup).click();
      await waitForError(signup);
      const links = [...signup.querySelectorAll<HTMLAnchorElement>('[part~="account"] a[part~="link"]')].map((link) => link.getAttribute('href'));
      expect(links).to.deep.equal(['/login.html', '/password-reset.html']);
    });
  });

  describe('double opt-in', () => {
    beforeEach(() => resetEmulator({ settings: { doubleOptIn: true } }));

    it('signs up, resends the email, and confirms from the link: signed in, token gone from the URL', async () => {
      const first = await mountSignup(html`<emx-signup activation="double-opt-in" sections=""></emx-signup>`);
      const announced = oneEvent(first.signup, 'emx-signup');
      fill(first.signup, NEW_CUSTOMER);
      submitButtonOf(first.signup).click();

      expect((await announced).detail.pending).to.equal('opt-in');
      await waitForHeading(first.signup, en['signup.check_inbox_heading']);
      expect(query(first.signup, 'p[part~="text"]').textContent).to.equal(filled(en['signup.check_inbox'], { email: NEW_CUSTOMER.email }));
      expect((await outbox()).map((mail) => [mail.kind, mail.to])).to.deep.equal([['double-opt-in', NEW_CUSTOMER.email]]);
      await expect(first.signup).to.be.accessible();

      submitButtonOf(first.signup).click();
      await until(() => statusOf(first.signup), 3000, 'the resend confirmation');
      expect(statusOf(first.signup)).to.equal(filled(en['signup.resent'], { email: NEW_CUSTOMER.email }));
      expect(await requestsTo('/signup/optin/refresh_token', 'POST')).to.have.length(1);
      const mails = await outbox();
      expect(mails).to.have.length(2);
      await expect(first.signup).to.be.accessible();

      // The customer opens the newest link: the sign-up page with the token in the fragment.
      const link = new URL(mails[0]?.link ?? '');
      expect([link.search, link.hash.startsWith('#optin-token=')]).to.deep.equal(['', true]);
      const token = tokenOf(link.href, 'optin-token');
      history.replaceState(null, '', `${location.pathname}?keep=1#optin-token=${encodeURIComponent(token)}&top`);
      const second = await fixture<EmxSessionElement>(sessionTag(html`<emx-signup></emx-signup>`));
      const signup = query<EmxSignupElement>(second, 'emx-signup');
      const loggedIn = oneEvent(second, 'emx-login');
      (await confirmButtonOf(signup)).click();

      expect((await loggedIn).detail.method).to.equal('opt-in');
      await waitForHeading(signup, en['signup.confirmed_heading']);
      expect(query(signup, 'p[part~="text"]').textContent).to.equal(filled(en['signup.confirmed'], { name: NEW_CUSTOMER.email }));
      expect(second.session?.snapshot.status).to.equal('customer');
      expect(location.search).to.equal('?keep=1');
      expect(location.hash).to.equal('#top');
      const confirmations = await requestsTo(`${OPTIN_PATH_PREFIX}${token}`, 'GET');
      expect(confirmations.map((entry) => [entry.status, entry.tokenKind])).to.deep.equal([[200, 'anonymous']]);
      expect(await loginOutcome(NEW_CUSTOMER)).to.equal('ok');
      await expect(signup).to.be.accessible();

      // "Signed in as …" lasts as long as the sign-in: signed out, the form is back.
      await second.session?.logout();
      await until(() => signup.querySelector('form [name="email"]'), 3000, 'the sign-up form');
      expect(headingOf(signup)).to.equal(en['signup.heading']);
    });

    it('an opt-in link confirms only after a click', async () => {
      const mail = await pendingSignup();
      history.replaceState(null, '', `${location.pathname}#optin-token=${mail.token}`);
      const provider = await fixture<EmxSessionElement>(sessionTag(html`<emx-signup></emx-signup>`));
      const signup = query<EmxSignupElement>(provider, 'emx-signup');

      const confirm = await confirmButtonOf(signup);
      expect(headingOf(signup)).to.equal(en['signup.confirm_heading']);
      expect(confirm.textContent?.trim()).to.equal(en['signup.confirm']);
      expect(query(signup, 'p[part~="text"]').textContent).to.equal(en['signup.confirm_intro']);
      expect(location.hash).to.equal('');
      await expect(signup).to.be.accessible();
      // Left alone, the page never spends the token nor signs anyone in.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await requestsTo(`${OPTIN_PATH_PREFIX}${mail.token}`, 'GET')).to.deep.equal([]);
      expect(provider.session?.snapshot.status).to.not.equal('customer');

      confirm.click();
      await waitForHeading(signup, en['signup.confirmed_heading']);
      expect(provider.session?.snapshot.customer?.email).to.equal(NEW_CUSTOMER.email);
      expect(await requestsTo(`${OPTIN_PATH_PREFIX}${mail.token}`, 'GET')).to.have.length(1);
    });

    it('an opt-in link opened while another customer is signed in does not sign in the link\'s owner', async () => {
      const mail = await pendingSignup();
      const janeSession = await fixture<EmxSessionElement>(sessionTag(html``));
      await janeSession.session?.login(JANE);
      janeSession.remove();
      history.replaceState(null, '', `${location.pathname}#optin-token=${mail.token}`);
      const provider = await fixture<EmxSessionElement>(sessionTag(html`<emx-signup></emx-signup>`));
      const signup = query<EmxSignupElement>(provider, 'emx-signup');

      await until(() => signup.querySelector('[part~="sign-out"]'), 3000, 'the "Sign out and continue" button');
      const signOut = query<HTMLButtonElement>(signup, '[part~="sign-out"]');
      expect(signOut.textContent?.trim()).to.equal(en['signup.sign_out_and_continue']);
      expect(query(signup, '[part~="notice"]').textContent).to.equal(filled(en['signup.optin_signed_in'], { name: JANE.email }));
      expect(signup.querySelector('[part~="confirm"]')).to.equal(null);
      await expect(signup).to.be.accessible();
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await requestsTo(`${OPTIN_PATH_PREFIX}${mail.token}`, 'GET')).to.deep.equal([]);
      expect(provider.session?.snapshot.customer?.email).to.equal(JANE.email);

      // Only after Jane leaves can the link be confirmed, and only by a click.
      const loggedOut = oneEvent(provider, 'emx-logout');
      signOut.click();
      await loggedOut;
      const confirm = await confirmButtonOf(signup);
      expect(provider.session?.snapshot.status).to.not.equal('customer');
      confirm.click();
      await waitForHeading(signup, en['signup.confirmed_heading']);
      expect(provider.session?.snapshot.customer?.email).to.equal(NEW_CUSTOMER.email);
    });

    it('an opt-in confirmation whose answer was lost ends in "already used, sign in", and the account works', async () => {
      const mail = await pendingSignup();
      // The server confirms, the answer never arrives; a browser may resend the GET, which then finds the token spent.
      await injectFault({ method: 'GET', path: `${OPTIN_PATH_PREFIX}*`, dropAnswer: true });
      history.replaceState(null, '', `${location.pathname}#optin-token=${mail.token}`);
      const provider = await fixture<EmxSessionElement>(sessionTag(html`<emx-signup></emx-signup>`));
      const signup = query<EmxSignupElement>(provider, 'emx-signup');
      (await confirmButtonOf(signup)).click();

      // Whether this engine resent the GET or showed the dropped connection, the customer ends in the same place.
      const outcome = await until(
        () => headingOf(signup) === en['signup.link_unusable_heading'] || signup.querySelector<HTMLButtonElement>('[part~="retry"]'),
        5000,
        'the outcome of the confirmation',
      );
      if (outcome instanceof HTMLButtonElement) outcome.click();
      await waitForHeading(signup, en['signup.link_unusable_heading']);
      expect(errorSummaryOf(signup)).to.equal(en['confirm-opt-in.error.invalid_token']);
      expect(query(signup, 'p[part~="text"]').textContent?.replace(/\s+/g, ' ').trim()).to.equal(
        `${en['signup.link_used_sign_in']} ${en['signup.sign_in']}`,
      );
      setTimeout(() => query<HTMLButtonElement>(signup, 'p[part~="text"] [part~="link"]').click());
      expect((await oneEvent(signup, 'emx-navigate')).detail.to).to.equal('login');
      expect(provider.session?.snapshot.status).to.not.equal('customer');
      await expect(signup).to.be.accessible();
      expect(await loginOutcome(NEW_CUSTOMER)).to.equal('ok');
    });

    it('shows that it is confirming while the answer is on its way', async () => {
      const mail = await pendingSignup();
      await injectFault({ method: 'GET', path: `${OPTIN_PATH_PREFIX}*`, delayMs: 800 });
      history.replaceState(null, '', `${location.pathname}?optin-token=${mail.token}`);
      const provider = await fixture<EmxSessionElement>(sessionTag(html`<emx-signup></emx-signup>`));
      const signup = query<EmxSignupElement>(provider, 'emx-signup');
      (await confirmButtonOf(signup)).click();

      await waitForHeading(signup, en['signup.confirming_heading']);
      expect(query(signup, '[role="status"]').textContent).to.equal(en['signup.confirming']);
      await expect(signup).to.be.accessible();
      await waitForHeading(signup, en['signup.confirmed_heading']);
    });

    it('reads the token from the parameter the shop names', async () => {
      const service = new EmporixSession({ tenant: TENANT, clientId: CLIENT_ID, apiUrl: emulatorUrl(), storage: 'memory' });
      await signUpCustomer(service, { ...NEW_CUSTOMER, customerDetails: { firstName: 'Erika', contactEmail: NEW_CUSTOMER.email } });
      service.dispose();
      const [mail] = await outbox();
      history.replaceState(null, '', `${location.pathname}?t=${mail?.token ?? ''}`);

      const provider = await fixture<EmxSessionElement>(sessionTag(html`<emx-signup optin-param="t"></emx-signup>`));
      const signup = query<EmxSignupElement>(provider, 'emx-signup');
      (await confirmButtonOf(signup)).click();
      await waitForHeading(signup, en['signup.confirmed_heading']);
      expect(query(signup, 'p[part~="text"]').textContent).to.equal(filled(en['signup.confirmed'], { name: 'Erika' }));
      expect(location.search).to.equal('');
    });

    it('explains an invalid link and sends a new one to the address given', async () => {
      history.replaceState(null, '', `${location.pathname}?optin-token=not-a-real-token`);
      const provider = await fixture<EmxSessionElement>(sessionTag(html`<emx-signup></emx-signup>`));
      const signup = query<EmxSignupElement>(provider, 'emx-signup');
      const reported = oneEvent(signup, 'emx-error');
      (await confirmButtonOf(signup)).click();

      expect(await waitForError(signup)).to.equal(en['confirm-opt-in.error.invalid_token']);
      expect((await reported).detail).to.include({ operation: 'confirm-opt-in', code: 'invalid_token' });
      expect(headingOf(signup)).to.equal(en['signup.link_unusable_heading']);
      expect(location.search).to.equal('');
      await expect(signup).to.be.accessible();

      fill(signup, { email: 'erika@' });
      submitButtonOf(signup).click();
      await signup.updateComplete;
      expect(fieldErrorOf(control(signup, 'email'))).to.equal(en['validation.email']);

      fill(signup, { email: NEW_CUSTOMER.email });
      submitButtonOf(signup).click();
      await until(() => statusOf(signup), 3000, 'the resend confirmation');
      expect(statusOf(signup)).to.equal(filled(en['signup.resent'], { email: NEW_CUSTOMER.email }));
      expect(errorSummaryOf(signup)).to.equal('');
      expect(await requestsTo('/signup/optin/refresh_token', 'POST')).to.have.length(1);
      await expect(signup).to.be.accessible();
    });

    it('offers to try again when the confirmation fails on the way, and keeps the token for it', async () => {
      const service = new EmporixSession({ tenant: TENANT, clientId: CLIENT_ID, apiUrl: emulatorUrl(), storage: 'memory' });
      await signUpCustomer(service, NEW_CUSTOMER);
      service.dispose();
      const [mail] = await outbox();
      await injectFault({ method: 'GET', path: `${OPTIN_PATH_PREFIX}*`, drop: true, times: EVERY_ATTEMPT });
      history.replaceState(null, '', `${location.pathname}?optin-token=${mail?.token ?? ''}`);
      const provider = await fixture<EmxSessionElement>(sessionTag(html`<emx-signup></emx-signup>`));
      const signup = query<EmxSignupElement>(provider, 'emx-signup');
      (await confirmButtonOf(signup)).click();

      expect(await waitForError(signup)).to.equal(en['error.network']);
      expect(location.search).to.equal('');
      await expect(signup).to.be.accessible();

      await clearFaults();
      query<HTMLButtonElement>(signup, '[part~="retry"]').click();
      await waitForHeading(signup, en['signup.confirmed_heading']);
      expect(provider.session?.snapshot.status).to.equal('customer');
    });
  });

  describe('when the network or the server fails', () => {
    for (const fault of [
      { name: 'a 503', spec: { status: 503 }, message: en['error.server'], status: 503 },
      { name: 'a dropped connection', spec: { drop: true, times: EVERY_ATTEMPT }, message: en['error.network'], status: 0 },
    ]) {
      it(`reports ${fault.name}, keeps every value and sends once per submit`, async () => {
        const { signup } = await mountSignup(html`<emx-signup sections="profile address"></emx-signup>`);
        await injectFault({ method: 'POST', path: SIGNUP_PATH, ...fault.spec });
        // What the page itself sent: the emulator's log also holds an engine's silent resends.
        const fetches = recordFetches();
        try {
          await openAddress(signup);
          const typed = { ...NEW_CUSTOMER, firstName: 'Erika', lastName: 'Mustermann', contactName: 'Erika Mustermann', city: 'Berlin', country: 'DE' };
          fill(signup, typed);

          submitButtonOf(signup).click();

          expect(await waitForError(signup)).to.equal(fault.message);
          for (const [name, value] of Object.entries(typed)) expect(control<HTMLInputElement>(signup, name).value, name).to.equal(value);
          expect(control<HTMLInputElement>(signup, 'withAddress').checked).to.equal(true);
          expect(await fetches.statuses('POST', SIGNUP_PATH, 1)).to.deep.equal([fault.status]);
          expect((await postedSignups()).every((entry) => entry.faulted)).to.equal(true);
          await expect(signup).to.be.accessible();

          await clearFaults();
          submitButtonOf(signup).click();
          await waitForHeading(signup, en['signup.created_heading']);
          expect(await fetches.statuses('POST', SIGNUP_PATH, 2)).to.deep.equal([fault.status, 201]);
          expect((await postedSignups()).filter((entry) => !entry.faulted).map((entry) => entry.status)).to.deep.equal([201]);
          expect((await customers()).filter((customer) => customer.email === NEW_CUSTOMER.email)).to.have.length(1);
        } finally {
          fetches.stop();
        }
      });
    }

    it('sends one request for two quick clicks and shows progress meanwhile', async () => {
      const { signup } = await mountSignup(html`<emx-signup sections=""></emx-signup>`);
      await injectFault({ method: 'POST', path: SIGNUP_PATH, delayMs: 600 });
      fill(signup, NEW_CUSTOMER);

      submitButtonOf(signup).click();
      submitButtonOf(signup).click();
      await signup.updateComplete;

      const button = submitButtonOf(signup);
      expect(button.getAttribute('aria-busy')).to.equal('true');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent?.trim()).to.equal(en['signup.submitting']);
      await expect(signup).to.be.accessible();
      await waitForHeading(signup, en['signup.created_heading']);
      expect(await postedSignups()).to.have.length(1);
    });
  });

  describe('keyboard, language and links', () => {
    it('can be completed with the keyboard alone', async () => {
      const { signup } = await mountSignup(html`<emx-signup sections="address"></emx-signup>`);
      (document.activeElement as HTMLElement | null)?.blur();

      await press('Tab');
      expect(hasFocus(control(signup, 'email')), 'focus on the email field').to.equal(true);
      await typeText(NEW_CUSTOMER.email);
      await press('Tab');
      expect(hasFocus(control(signup, 'password')), 'focus on the password field').to.equal(true);
      await typeText(NEW_CUSTOMER.password);
      await press('Tab');
      expect(hasFocus(query(signup, '[part~="password-toggle"]')), 'focus on the toggle').to.equal(true);
      await press('Tab');
      expect(hasFocus(control(signup, 'withAddress')), 'focus on the address checkbox').to.equal(true);
      await press(' ');
      await until(() => signup.querySelector('[name="contactName"]'), 1000, 'the address fields');
      await press('Tab');
      expect(hasFocus(control(signup, 'contactName')), 'focus on the contact name').to.equal(true);
      await typeText('Erika Mustermann');
      await press('Enter');

      await waitForHeading(signup, en['signup.created_heading']);
      await waitForFocus(query(signup, '[part~="heading"]'));
      const created = (await customers()).find((customer) => customer.email === NEW_CUSTOMER.email);
      expect(created).to.not.equal(undefined);
    });

    it('speaks German after the nearest lang attribute, country names included', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="de">${sessionTag(html`<emx-signup></emx-signup>`)}</div>`);
      const signup = query<EmxSignupElement>(page, 'emx-signup');
      await until(() => signup.querySelector('form'), 3000, 'the form');
      expect(headingOf(signup)).to.equal(de['signup.heading']);
      expect(query(signup, `label[for="${control(signup, 'password').id}"]`).textContent?.trim()).to.equal(de['signup.password']);
      expect([...control<HTMLSelectElement>(signup, 'title').options].map((option) => option.textContent)).to.deep.equal([
        de['signup.title_none'],
        'Herr',
        'Frau',
        'Dr.',
        'Prof.',
      ]);
      await openAddress(signup);
      const country = control<HTMLSelectElement>(signup, 'country');
      expect(country.options).to.have.length(250);
      expect([...country.options].find((option) => option.value === 'DE')?.textContent).to.equal('Deutschland');
      expect([...country.options].find((option) => option.value === 'CH')?.textContent).to.equal('Schweiz');

      submitButtonOf(signup).click();
      await signup.updateComplete;
      expect(errorSummaryOf(signup)).to.equal(de['form.invalid']);
      expect(fieldErrorOf(control(signup, 'email'))).to.equal(de['validation.required']);
      await expect(signup).to.be.accessible();

      fill(signup, { email: JANE.email, password: 'Noch#2026pass', contactName: 'Jane Doe' });
      submitButtonOf(signup).click();
      await until(() => errorSummaryOf(signup) === de['signup.error.conflict_resource'], 3000, 'the German conflict message');
      expect(fieldErrorOf(control(signup, 'email'))).to.equal(de['signup.email_taken']);
      await expect(signup).to.be.accessible();
    });

    it('links to sign-in, or asks the shop to navigate', async () => {
      const { signup } = await mountSignup(html`<emx-signup sections=""></emx-signup>`);
      const signIn = query<HTMLButtonElement>(signup, '[part~="sign-in-prompt"] [part~="link"]');
      expect(signIn.textContent).to.equal(en['signup.sign_in']);
      setTimeout(() => signIn.click());
      expect((await oneEvent(signup, 'emx-navigate')).detail.to).to.equal('login');

      signup.loginHref = '/login.html';
      await signup.updateComplete;
      expect(query<HTMLAnchorElement>(signup, 'a[part~="link"]').getAttribute('href')).to.equal('/login.html');
    });
  });
});
