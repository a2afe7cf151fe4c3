// What <emx-login> and <emx-account> make of a stored session they cannot use (corrupt, from
// another tenant or API URL, of an older version) and of storage that throws: they start signed
// out, send nothing with a record that is not theirs, sign in through the form as always, and
// nothing reaches the page as an error.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/session/emx-session.js';
import '../../src/elements/login/emx-login.js';
import '../../src/elements/account/emx-account.js';
import type { EmxSessionElement } from '../../src/elements/session/emx-session.js';
import { headingOf, isolated, query, submitButtonOf, type } from '../support/dom.js';
import { JANE, clearRequests, requests, resetEmulator, until, sessionRecordKey } from '../support/emulator.js';
import { sessionTag } from '../support/session-tag.js';

const RECORD_KEY = sessionRecordKey();

/** The record a real sign-in of Jane stores: valid tokens, which a kit that took a foreign record would use. */
async function janesRecord(): Promise<Record<string, unknown>> {
  const page = await fixture<EmxSessionElement>(sessionTag(html`<emx-login></emx-login><emx-account></emx-account>`));
  await page.session!.login(JANE);
  const record = JSON.parse(localStorage.getItem(RECORD_KEY)!) as Record<string, unknown>;
  page.remove();
  return record;
}

/** Replaces `name` on `owner` until the returned function puts it back. */
function replaceProperty<T extends object>(owner: T, name: PropertyKey, descriptor: PropertyDescriptor): () => void {
  const original = Object.getOwnPropertyDescriptor(owner, name)!;
  Object.defineProperty(owner, name, { ...descriptor, configurable: true });
  return () => Object.defineProperty(owner, name, original);
}

const refuse = (name: string) => () => {
  throw new DOMException(`storage refused (${name})`, name);
};

/** Each way a stored session can be unusable; `prepare` returns how to undo what it did. */
const CASES: Array<{ name: string; prepare: () => Promise<() => void> }> = [
  {
    name: 'corrupt JSON',
    prepare: async () => {
      localStorage.setItem(RECORD_KEY, '{"version":1,"apiUrl":');
      return () => undefined;
    },
  },
  {
    name: 'a record of another tenant',
    prepare: async () => {
      localStorage.setItem(RECORD_KEY, JSON.stringify({ ...(await janesRecord()), tenant: 'othertenant' }));
      return () => undefined;
    },
  },
  {
    name: 'a record of another API URL',
    prepare: async () => {
      localStorage.setItem(RECORD_KEY, JSON.stringify({ ...(await janesRecord()), apiUrl: 'https://api.emporix.io' }));
      return () => undefined;
    },
  },
  {
    name: 'a record of an older version',
    prepare: async () => {
      localStorage.setItem(RECORD_KEY, JSON.stringify({ ...(await janesRecord()), version: 0 }));
      return () => undefined;
    },
  },
  {
    name: 'storage that is full (setItem throws QuotaExceededError)',
    prepare: async () => replaceProperty(Storage.prototype, 'setItem', { value: refuse('QuotaExceededError') }),
  },
  {
    name: 'storage that cannot be read (getItem throws SecurityError)',
    prepare: async () => replaceProperty(Storage.prototype, 'getItem', { value: refuse('SecurityError') }),
  },
  {
    name: 'storage that is disabled (localStorage and sessionStorage throw SecurityError)',
    prepare: async () => {
      const restoreLocal = replaceProperty(window, 'localStorage', { get: refuse('SecurityError') });
      const restoreSession = replaceProperty(window, 'sessionStorage', { get: refuse('SecurityError') });
      return () => {
        restoreSession();
        restoreLocal();
      };
    },
  },
];

describe('<emx-login> and <emx-account> with a stored session they cannot use', () => {
  const pageErrors: string[] = [];
  const recordPageError = (event: Event) =>
    pageErrors.push(`${event.type}: ${(event as ErrorEvent).message ?? String((event as PromiseRejectionEvent).reason)}`);
  let undo = () => {};

  beforeEach(async () => {
    await resetEmulator();
    pageErrors.length = 0;
    window.addEventListener('error', recordPageError);
    window.addEventListener('unhandledrejection', recordPageError);
    document.addEventListener('emx-error', recordPageError);
  });

  afterEach(() => {
    undo();
    undo = () => {};
    window.removeEventListener('error', recordPageError);
    window.removeEventListener('unhandledrejection', recordPageError);
    document.removeEventListener('emx-error', recordPageError);
  });

  for (const { name, prepare } of CASES) {
    it(`${name}: they start signed out, send nothing, and sign in as always`, async () => {
      undo = await prepare();
      await clearRequests();
      const page = await fixture<EmxSessionElement>(sessionTag(html`<emx-login></emx-login><emx-account></emx-account>`));
      const login = query(page, 'emx-login');
      const account = query(page, 'emx-account');
      await until(() => login.querySelector('form') && account.querySelector('[part~="link"]'), 3000, 'the sign-in form and the invitation to sign in');

      expect(headingOf(login), 'the sign-in element').to.equal('Sign in');
      expect(page.session!.snapshot.status, 'the session').to.equal('signed-out');
      expect(await requests(), 'requests before any interaction').to.deep.equal([]);

      type(query<HTMLInputElement>(login, 'input[autocomplete="username"]'), JANE.email);
      type(query<HTMLInputElement>(login, 'input[autocomplete="current-password"]'), JANE.password);
      submitButtonOf(login).click();
      await until(() => headingOf(login) === `Signed in as ${isolated('Jane Doe')}`, 5000, 'Jane signed in');
      await until(() => account.querySelector('[part~="profile"]')?.textContent?.includes(JANE.email), 5000, "Jane's profile in the account");

      expect(pageErrors, 'errors that reached the page').to.deep.equal([]);
    });
  }
});
