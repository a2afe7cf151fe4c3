/**
 * The fault matrix: every call the elements make, each met by every transient fault, through the
 * emulator's fault injection. For every row the element shows the fault's specific, translated
 * message (English, and German in one row of each call), keeps every value the customer typed,
 * lets them try again and succeeds then; nothing is rejected unhandled or written to
 * `console.error`; the stored session is what it was before the failure; and, by the emulator's
 * log, a change is sent once per attempt of the customer's (reads and token requests: as often as
 * the session's retry policy says).
 *
 * Adding a call the elements make means adding one entry to CALLS; every fault then applies to it.
 * After the matrix: the profile read that follows a login or a saved profile, slow or failing.
 */
import { expect } from '@open-wc/testing';
import { requestCustomerEmailChange, requestCustomerPasswordReset, signUpCustomer } from '../../src/session/index.js';
import { RETRIES } from '../../src/session/retry.js';
import {
  EVERY_ATTEMPT,
  JANE,
  TENANT,
  clearFaults,
  clearRequests,
  injectFault,
  outbox,
  requestsMatching,
  setSettings,
  until,
  type Fault,
  type LoggedRequest,
  type ResetOptions,
} from '../support/emulator.js';
import { errorSummaryOf, headingOf, query, statusOf, submitButtonOf } from '../support/dom.js';
import { recordFetches } from '../support/fetches.js';
import { STORAGE_KEY, onStage, part, say, typeInto, type Lang, type Stage } from '../support/stage.js';

/** The session's time limit per request in the matrix (the default is 15 s). */
const TIME_LIMIT_MS = 1000;
/** Longer than {@link TIME_LIMIT_MS}: the session gives up on a request held this long. */
const SLOW_MS = 1500;
const ATTEMPTS = RETRIES + 1;
const RETRY_AFTER_SECONDS = 30;
const NEW_PASSWORD = 'Fresh#2027pass';
const PAGE_URL = location.href;
const ME = `/customer/${TENANT}/me`;
const ADDRESSES = `${ME}/addresses`;

interface FaultCase {
  name: string;
  spec: Omit<Fault, 'method' | 'path'>;
  /** The shared message key the element shows for it. */
  message: string;
}

const FAULTS: readonly FaultCase[] = [
  { name: '500', spec: { status: 500 }, message: 'error.server' },
  { name: '503', spec: { status: 503 }, message: 'error.server' },
  {
    name: `429 with Retry-After: ${RETRY_AFTER_SECONDS}`,
    // Longer than the session waits on its own, so even a read passes it on at once.
    spec: { status: 429, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
    message: 'error.rate_limited_wait',
  },
  { name: 'dropped connection', spec: { drop: true }, message: 'error.network' },
  {
    // Beyond the time limit rather than merely slow: only then does the customer see anything but
    // a busy button. The gateway holds the request and never passes it on (a 504 after the
    // session gave up), so trying again is not a second copy of something the service did.
    name: `answer slower than the ${TIME_LIMIT_MS / 1000} s time limit`,
    spec: { delayMs: SLOW_MS, status: 504 },
    message: 'error.timeout',
  },
];

/** One call an element makes, and how a customer gets it made. */
interface Call {
  /** What the customer does. */
  name: string;
  element: string;
  attributes?: Readonly<Record<string, string>>;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** The endpoint, as a fault path glob. */
  path: string;
  /** A read or token request: the session retries it itself (see `src/session/retry.ts`). */
  safeToRepeat?: boolean;
  /** Best effort: the element completes what the customer asked for even when the call fails. */
  completesAnyway?: boolean;
  /** Emulator settings the row starts from. */
  emulator?: ResetOptions;
  /** The session's state before the element is on the page. */
  arrange?: (stage: Stage) => Promise<unknown>;
  /** Gets the element to the call and types what the customer types. */
  fill?: (element: HTMLElement) => Promise<void>;
  /** Makes the call (nothing when mounting the element makes it). */
  act?: (element: HTMLElement) => void;
  /** How the customer tries again; by default the same as `act`. */
  retry?: (element: HTMLElement) => void;
  /** Where the element reports the failure (default: the element). */
  reportIn?: (element: HTMLElement) => ParentNode;
  /** True once the call succeeded, as the customer sees it. */
  succeeded: (element: HTMLElement, stage: Stage, lang: Lang) => boolean;
}

// ---------------------------------------------------------------- what a customer does

const clickSubmit = (element: HTMLElement) => submitButtonOf(element).click();
const clickRetry = (element: HTMLElement) => part(element, 'retry').click();

async function signedIn(stage: Stage): Promise<void> {
  await stage.session.login(JANE);
}

/** A customer who signed up on a double opt-in tenant and has not confirmed yet; answers the opt-in email. */
async function pendingSignup(stage: Stage, email: string) {
  await setSettings({ doubleOptIn: true });
  await signUpCustomer(stage.session, { email, password: NEW_PASSWORD });
  const [mail] = await outbox();
  if (!mail) throw new Error('no opt-in email');
  return mail;
}

/** Puts an emailed token in the page's URL, as the link in the email does. */
function openedFromLink(parameter: string, token: string): void {
  const url = new URL(PAGE_URL);
  url.searchParams.set(parameter, token);
  history.replaceState(null, '', url);
}

const cards = (book: ParentNode) => [...book.querySelectorAll<HTMLElement>('[part~="card"]')];
const cardIn = (book: ParentNode, city: string) =>
  cards(book).find((card) => [...card.querySelectorAll('[part~="address-line"]')].some((line) => line.textContent?.includes(city)));
const listShown = (book: ParentNode, count: number) => cards(book).length === count && !book.querySelector('[aria-busy="true"]');
const tagsOf = (card: HTMLElement | undefined) => [...(card?.querySelectorAll('[part~="tag"]') ?? [])].map((tag) => tag.textContent?.trim());

async function editAddressIn(book: HTMLElement, city: string): Promise<void> {
  await until(() => listShown(book, 2), 3000, 'the address list');
  const card = cardIn(book, city);
  if (!card) throw new Error(`no address in ${city}`);
  part(card, 'edit').click();
  await until(() => book.querySelector('[part~="address-form"]'), 3000, 'the address form');
}

function toggleTag(book: ParentNode, tag: string): void {
  query<HTMLInputElement>(book, `[part~="address-form"] input[name="tags"][value="${tag}"]`).click();
}

const signInForm = (login: HTMLElement) => typeInto(login, { email: JANE.email, password: JANE.password });
/** Signed in, and tied to Jane's one company (the session's refresh after the sign-in), so that nothing is still under way. */
const signedInAs = (login: HTMLElement) => login.querySelector('[part~="sign-out"]') !== null && login.querySelector('[part~="company"]') !== null;

// ---------------------------------------------------------------- the calls

const CALLS: readonly Call[] = [
  {
    name: 'signs in',
    element: 'emx-login',
    method: 'POST',
    path: `/customer/${TENANT}/login`,
    arrange: (stage) => stage.session.getAccessToken(),
    fill: async (login) => signInForm(login),
    act: clickSubmit,
    succeeded: signedInAs,
  },
  {
    name: 'asks for the activation email again',
    element: 'emx-login',
    method: 'POST',
    path: `/customer/${TENANT}/signup/optin/refresh_token`,
    arrange: (stage) => pendingSignup(stage, 'pending@example.com'),
    fill: async (login) => {
      typeInto(login, { email: 'pending@example.com', password: NEW_PASSWORD });
      clickSubmit(login);
      await until(() => login.querySelector('[part~="resend-activation"]'), 3000, 'the resend button');
    },
    act: (login) => part(login, 'resend-activation').click(),
    succeeded: (login, _stage, lang) => statusOf(login) === say(lang, 'login.activation_resent', { email: 'pending@example.com' }),
  },
  {
    name: 'signs out',
    element: 'emx-login',
    method: 'GET',
    path: `/customer/${TENANT}/logout`,
    completesAnyway: true,
    arrange: signedIn,
    act: (login) => part(login, 'sign-out').click(),
    succeeded: (login, stage) => stage.session.snapshot.status !== 'customer' && login.querySelector('[name="password"]') !== null,
  },
  {
    name: 'signs up',
    element: 'emx-signup',
    method: 'POST',
    path: `/customer/${TENANT}/signup`,
    arrange: (stage) => stage.session.getAccessToken(),
    fill: async (signup) =>
      typeInto(signup, { email: 'new@example.com', password: NEW_PASSWORD, firstName: 'Nora', lastName: 'Neu', company: 'Neu GmbH', phone: '+49 30 555' }),
    act: clickSubmit,
    succeeded: (signup, _stage, lang) => headingOf(signup) === say(lang, 'signup.created_heading'),
  },
  {
    name: 'confirms the sign-up from the emailed link',
    element: 'emx-signup',
    method: 'GET',
    path: `/customer/${TENANT}/signup/optin/*`,
    arrange: async (stage) => openedFromLink('optin-token', (await pendingSignup(stage, 'optin@example.com')).token),
    // Opening the link only offers to confirm; the customer's click sends the confirmation.
    fill: async (signup) => void (await until(() => signup.querySelector('[part~="confirm"]'), 3000, 'the "Confirm and sign in" button')),
    act: (signup) => part(signup, 'confirm').click(),
    retry: clickRetry,
    succeeded: (signup, stage, lang) => stage.session.snapshot.status === 'customer' && headingOf(signup) === say(lang, 'signup.confirmed_heading'),
  },
  {
    name: 'asks for a password reset link',
    element: 'emx-password-reset',
    method: 'POST',
    path: `/customer/${TENANT}/password/reset`,
    arrange: (stage) => stage.session.getAccessToken(),
    fill: async (reset) => typeInto(reset, { email: JANE.email }),
    act: clickSubmit,
    succeeded: (reset, _stage, lang) => headingOf(reset) === say(lang, 'password-reset.requested_heading'),
  },
  {
    name: 'sets a new password from the emailed link',
    element: 'emx-password-reset',
    method: 'POST',
    path: `/customer/${TENANT}/password/reset/update`,
    arrange: async (stage) => {
      await requestCustomerPasswordReset(stage.session, { email: JANE.email });
      const [mail] = await outbox();
      openedFromLink('token', mail?.token ?? '');
    },
    fill: async (reset) => typeInto(reset, { password: NEW_PASSWORD, confirmation: NEW_PASSWORD }),
    act: clickSubmit,
    succeeded: (reset, _stage, lang) => headingOf(reset) === say(lang, 'password-reset.completed_heading'),
  },
  {
    name: 'changes the password',
    element: 'emx-account',
    attributes: { sections: 'password' },
    method: 'POST',
    path: `/customer/${TENANT}/password/change`,
    arrange: signedIn,
    fill: async (account) => typeInto(account, { currentPassword: JANE.password, newPassword: NEW_PASSWORD, confirmation: NEW_PASSWORD }),
    act: clickSubmit,
    succeeded: (account, _stage, lang) => statusOf(account) === say(lang, 'account.password_changed'),
  },
  {
    name: 'asks to change the email address',
    element: 'emx-account',
    attributes: { sections: 'email' },
    method: 'POST',
    path: `${ME}/accounts/internal/email/change`,
    arrange: signedIn,
    fill: async (account) => typeInto(account, { password: JANE.password, newEmail: 'jane.new@example.com' }),
    act: clickSubmit,
    succeeded: (account, _stage, lang) => statusOf(account) === say(lang, 'account.email_change_sent', { email: 'jane.new@example.com' }),
  },
  {
    name: 'confirms the new email address from the emailed link',
    element: 'emx-account',
    attributes: { sections: 'email' },
    method: 'POST',
    path: `${ME}/accounts/internal/email/change/confirm`,
    arrange: async (stage) => {
      await signedIn(stage);
      await requestCustomerEmailChange(stage.session, { email: JANE.email, password: JANE.password, newEmail: 'jane.new@example.com' });
      const [mail] = await outbox();
      openedFromLink('email-token', mail?.token ?? '');
    },
    retry: clickRetry,
    succeeded: (account, _stage, lang) => account.textContent?.includes(say(lang, 'account.confirmed', { email: 'jane.new@example.com' })) ?? false,
  },
  {
    name: 'loads the profile',
    element: 'emx-account',
    attributes: { sections: 'profile' },
    method: 'GET',
    path: ME,
    safeToRepeat: true,
    arrange: async (stage) => {
      // Signed in without a cached profile: the login's own profile load failed.
      await injectFault({ method: 'GET', path: ME, status: 503, times: ATTEMPTS });
      await signedIn(stage);
    },
    retry: clickRetry,
    succeeded: (account) => account.querySelector('[part~="edit-profile"]') !== null,
  },
  {
    name: 'saves the profile',
    element: 'emx-account',
    attributes: { sections: 'profile' },
    method: 'PATCH',
    path: ME,
    arrange: signedIn,
    fill: async (account) => {
      part(account, 'edit-profile').click();
      await until(() => account.querySelector('[part~="profile-form"]'), 3000, 'the profile form');
      typeInto(account, { firstName: 'Janet', company: 'Doe & Daughters', contactPhone: '+49 30 7654321' });
    },
    act: clickSubmit,
    succeeded: (account) => account.querySelector('[part~="profile"]')?.textContent?.includes('Janet') ?? false,
  },
  {
    name: 'loads the addresses',
    element: 'emx-address-book',
    method: 'GET',
    path: ADDRESSES,
    safeToRepeat: true,
    arrange: signedIn,
    retry: clickRetry,
    succeeded: (book) => listShown(book, 2),
  },
  {
    name: 'adds an address',
    element: 'emx-address-book',
    method: 'POST',
    path: ADDRESSES,
    arrange: signedIn,
    fill: async (book) => {
      await until(() => listShown(book, 2), 3000, 'the address list');
      part(book, 'add').click();
      await until(() => book.querySelector('[part~="address-form"]'), 3000, 'the address form');
      typeInto(book, { contactName: 'Max Muster', street: 'Bahnhofstrasse', streetNumber: '1', zipCode: '8001', city: 'Zürich', otherTags: 'Office' });
      toggleTag(book, 'SHIPPING');
    },
    act: clickSubmit,
    succeeded: (book) => listShown(book, 3),
  },
  {
    name: 'changes an address',
    element: 'emx-address-book',
    method: 'PATCH',
    path: `${ADDRESSES}/*`,
    arrange: signedIn,
    fill: async (book) => {
      await editAddressIn(book, 'München');
      typeInto(book, { city: 'Augsburg', zipCode: '86150' });
    },
    act: clickSubmit,
    succeeded: (book) => listShown(book, 2) && cardIn(book, 'Augsburg') !== undefined,
  },
  {
    name: 'makes an address the default',
    element: 'emx-address-book',
    method: 'PATCH',
    path: `${ADDRESSES}/*`,
    arrange: signedIn,
    fill: async (book) => void (await until(() => listShown(book, 2), 3000, 'the address list')),
    act: (book) => part(cardIn(book, 'München') ?? book, 'make-default').click(),
    succeeded: (book) => listShown(book, 2) && cardIn(book, 'München')?.querySelector('[part~="default-badge"]') != null,
  },
  {
    name: 'deletes an address',
    element: 'emx-address-book',
    method: 'DELETE',
    path: `${ADDRESSES}/*`,
    arrange: signedIn,
    fill: async (book) => {
      await until(() => listShown(book, 2), 3000, 'the address list');
      part(cardIn(book, 'München') ?? book, 'delete').click();
      await until(() => book.querySelector('dialog')?.open, 3000, 'the confirmation');
    },
    act: (book) => part(book, 'confirm-delete').click(),
    reportIn: (book) => query(book, 'dialog'),
    succeeded: (book) => listShown(book, 1),
  },
  {
    name: 'tags an address',
    element: 'emx-address-book',
    method: 'POST',
    path: `${ADDRESSES}/*/tags`,
    arrange: signedIn,
    fill: async (book) => {
      await editAddressIn(book, 'München');
      toggleTag(book, 'BILLING');
    },
    act: clickSubmit,
    succeeded: (book, _stage, lang) => listShown(book, 2) && tagsOf(cardIn(book, 'München')).includes(say(lang, 'addresses.tag.BILLING')),
  },
  {
    name: 'untags an address',
    element: 'emx-address-book',
    method: 'DELETE',
    path: `${ADDRESSES}/*/tags`,
    arrange: signedIn,
    fill: async (book) => {
      await editAddressIn(book, 'Berlin');
      toggleTag(book, 'BILLING');
    },
    act: clickSubmit,
    succeeded: (book, _stage, lang) => listShown(book, 2) && !tagsOf(cardIn(book, 'Berlin')).includes(say(lang, 'addresses.tag.BILLING')),
  },
  {
    name: 'signs in on a cold page (anonymous login first)',
    element: 'emx-login',
    method: 'GET',
    path: '/customerlogin/auth/anonymous/login',
    safeToRepeat: true,
    fill: async (login) => signInForm(login),
    act: clickSubmit,
    succeeded: signedInAs,
  },
  {
    name: 'signs in with an anonymous token due for refresh',
    element: 'emx-login',
    method: 'GET',
    path: '/customerlogin/auth/anonymous/refresh',
    safeToRepeat: true,
    arrange: async (stage) => {
      await stage.session.getAccessToken();
      stage.travel(3600);
    },
    fill: async (login) => signInForm(login),
    act: clickSubmit,
    succeeded: signedInAs,
  },
  {
    name: 'loads the addresses with a customer token due for refresh',
    element: 'emx-address-book',
    method: 'GET',
    path: `/customer/${TENANT}/refreshauthtoken`,
    safeToRepeat: true,
    // A ten-minute customer token, so that it falls due while the refresh token (a day) lives.
    emulator: { tokenLifetimes: { customer: 600 } },
    arrange: async (stage) => {
      await signedIn(stage);
      stage.travel(600 - 30);
    },
    retry: clickRetry,
    succeeded: (book) => listShown(book, 2),
  },
];

// ---------------------------------------------------------------- the checks

/** Values of the element's visible form controls, by name (checkboxes by name and value). */
function typedValues(element: HTMLElement): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  for (const control of element.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name], textarea[name]')) {
    if (control.hidden || control.type === 'hidden') continue;
    const isChoice = control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio');
    if (isChoice) values[`${control.name}=${control.value}`] = control.checked;
    else values[control.name] = control.value;
  }
  return values;
}

/**
 * How many requests the kit sent, and the fault met, once all of them were served (a request held
 * by the slow fault is logged when the emulator answers it, after the session gave up on it).
 * Reads go out {@link ATTEMPTS} times, except when the server asks to wait longer than the session
 * would; everything else once. The kit's own requests are counted in the page (`fetches`): an
 * engine silently resends a request whose connection dropped before any answer (Chromium up to
 * twice, Firefox up to ten times), and the emulator logs those resends too, `faulted` like the
 * original, none of them reaching the service.
 */
async function expectFaultMet(call: Call, fault: FaultCase, fetches: ReturnType<typeof recordFetches>): Promise<void> {
  const attempts = call.safeToRepeat && !fault.spec.headers ? ATTEMPTS : 1;
  const met = (entries: LoggedRequest[]) => entries.filter((entry) => entry.faulted);
  const sent = () => requestsMatching(call.path, call.method);
  await until(async () => met(await sent()).length >= attempts, SLOW_MS + 2000, `${attempts} requests to meet the fault`);
  const entries = await sent();
  expect(fetches.matching(call.method, call.path), 'requests the kit sent').to.have.length(attempts);
  if (fault.spec.drop) expect(met(entries).length, 'requests that met the fault').to.be.at.least(attempts);
  else expect(met(entries).length, 'requests that met the fault').to.equal(attempts);
  expect(entries.filter((entry) => !entry.faulted), 'requests that got past the fault').to.deep.equal([]);
}

/** Waits for the element to report `expected` (replacing whatever it said before), or fails saying what it shows. */
async function expectReport(root: ParentNode, expected: string): Promise<void> {
  const timeoutMs = ATTEMPTS * (TIME_LIMIT_MS + 1000);
  await until(() => errorSummaryOf(root) === expected, timeoutMs, 'the message').catch(() => expect(errorSummaryOf(root)).to.equal(expected));
}

interface Row {
  call: Call;
  fault: FaultCase;
  lang: Lang;
}

async function exercise({ call, fault, lang }: Row, stage: Stage): Promise<void> {
  await call.arrange?.(stage);
  await clearFaults();
  await clearRequests();
  await injectFault({ method: call.method, path: call.path, times: EVERY_ATTEMPT, ...fault.spec });
  const stored = localStorage.getItem(STORAGE_KEY);
  const fetches = recordFetches();
  let element: HTMLElement;
  let reportIn: ParentNode;
  try {
    element = await stage.mount(call.element, call.attributes);
    await call.fill?.(element);
    const typed = typedValues(element);
    call.act?.(element);

    if (call.completesAnyway) {
      await until(() => call.succeeded(element, stage, lang), SLOW_MS + 2000, `${call.name} despite the fault`);
      expect(errorSummaryOf(element), 'nothing to report').to.equal('');
      await expectFaultMet(call, fault, fetches);
      return;
    }

    reportIn = call.reportIn?.(element) ?? element;
    await expectReport(reportIn, say(lang, fault.message, { seconds: RETRY_AFTER_SECONDS }));
    expect(typedValues(element), 'the values typed').to.deep.equal(typed);
    expect(localStorage.getItem(STORAGE_KEY), 'the stored session').to.equal(stored);
    await expectFaultMet(call, fault, fetches);
  } finally {
    fetches.stop();
  }

  await clearFaults();
  await clearRequests();
  (call.retry ?? call.act)?.(element);
  await until(() => call.succeeded(element, stage, lang), 5000, `${call.name} on retry`);
  expect(errorSummaryOf(reportIn), 'the message, once it succeeded').to.equal('');
  expect(await requestsMatching(call.path, call.method), 'requests for the retry').to.have.length(1);
}

/** Every call in English, and in German for one fault each (a different one for each call). */
const ROWS: readonly Row[] = CALLS.flatMap((call, callIndex) =>
  FAULTS.map((fault, faultIndex) => ({ call, fault, lang: faultIndex === callIndex % FAULTS.length ? 'de' : 'en' }) as const),
);

describe('fault matrix', () => {
  for (const call of CALLS) {
    describe(`<${call.element}> ${call.name} (${call.method} ${call.path})`, () => {
      for (const row of ROWS.filter((candidate) => candidate.call === call)) {
        it(`${row.fault.name}${row.lang === 'de' ? ' (de)' : ''}`, () =>
          onStage({ lang: row.lang, timeoutMs: TIME_LIMIT_MS, emulator: call.emulator }, (stage) => exercise(row, stage)));
      }
    });
  }

  after(() => {
    const endpoints = new Set(CALLS.map((call) => `${call.method} ${call.path}`)).size;
    console.log(
      `fault matrix: ${CALLS.length} element calls on ${endpoints} endpoints × ${FAULTS.length} faults = ${ROWS.length} rows`,
    );
  });
});

describe('the profile read that follows a change', () => {
  it('<emx-login> is slow: signing out meanwhile brings the form back without the password, and no stale login', () =>
    onStage({ lang: 'en', timeoutMs: TIME_LIMIT_MS }, async (stage) => {
      const events: string[] = [];
      stage.session.on('login', () => events.push('login'));
      stage.session.on('logout', () => events.push('logout'));
      stage.session.on('error', ({ operation }) => events.push(`error: ${operation}`));
      const login = await stage.mount('emx-login');
      await injectFault({ method: 'GET', path: ME, delayMs: TIME_LIMIT_MS / 2 });
      signInForm(login);
      clickSubmit(login);
      // Signed in, the profile (and so the company) still on its way.
      await until(() => login.querySelector('[part~="sign-out"]'), 3000, 'the signed-in state');
      part(login, 'sign-out').click();
      await until(() => login.querySelector('[name="password"]'), 3000, 'the form again');
      expect(query<HTMLInputElement>(login, '[name="password"]').value).to.equal('');
      // The sign-in's run ends once its profile read is answered (the token it carried is revoked by then).
      await until(() => submitButtonOf(login).getAttribute('aria-busy') !== 'true', 3000, 'the sign-in to end');
      expect(events).to.deep.equal(['logout']);
    }));

  it('<emx-account> keeps a saved profile saved when reloading it fails, and loads it on request', () =>
    onStage({ lang: 'en', timeoutMs: TIME_LIMIT_MS }, async (stage) => {
      await stage.session.login(JANE);
      const account = await stage.mount('emx-account', { sections: 'profile' });
      part(account, 'edit-profile').click();
      await until(() => account.querySelector('[part~="profile-form"]'), 3000, 'the profile form');
      typeInto(account, { firstName: 'Janet' });
      await clearRequests();
      await injectFault({ method: 'GET', path: ME, status: 503, times: EVERY_ATTEMPT });

      clickSubmit(account);
      await expectReport(account, say('en', 'error.server'));
      expect(account.querySelector('[part~="profile-form"]'), 'the editor: closed, the change is saved').to.equal(null);
      await clearFaults();
      clickRetry(account);
      await until(() => account.querySelector('[part~="profile"]')?.textContent?.includes('Janet'), 5000, 'the saved profile');
      expect(await requestsMatching(ME, 'PATCH'), 'the change, sent once').to.have.length(1);
    }));
});
