// Attacks on the session layer, each test named after what it stops: a customer swapped by a link
// or another sign-in, a sign-out that waits for the network, sessions of another configuration,
// and personal data left in storage. Real sessions against the emulator over HTTP.
import { expect } from '@open-wc/testing';
import * as api from '../../src/api/index.js';
import { EmporixError } from '../../src/api/index.js';
import { EmporixSession, signUpCustomer, type SessionConfig, type SessionEvents } from '../../src/session/index.js';
import {
  CLIENT_ID,
  pendingFaults,
  JANE,
  TENANT,
  clearFaults,
  emulatorUrl,
  injectFault,
  outbox,
  requestsTo,
  resetEmulator,
  sessionRecordKey,
  until,
} from '../support/emulator.js';
import { openTabs } from '../support/tabs.js';

const BOB = { email: 'bob@example.com', password: 'Bob#2026pass!' } as const;
const LOGOUT_PATH = `/customer/${TENANT}/logout`;

const sessions: EmporixSession[] = [];

function createSession(overrides: Partial<SessionConfig> = {}): EmporixSession {
  const session = new EmporixSession({ apiUrl: emulatorUrl(), tenant: TENANT, clientId: CLIENT_ID, ...overrides });
  sessions.push(session);
  return session;
}

/** Every event of the listed types, in order, as `type:detail`. */
function eventLog(session: EmporixSession, types: Array<keyof SessionEvents>): string[] {
  const seen: string[] = [];
  for (const type of types) {
    session.on(type, (payload) => {
      const detail = payload as Partial<SessionEvents['login'] & SessionEvents['logout']>;
      seen.push(`${type}:${detail.reason ?? detail.method ?? ''}`);
    });
  }
  return seen;
}

/** Whether the emulator still accepts `token` as a customer token. */
async function accepted(token: string): Promise<boolean> {
  const response = await fetch(`${emulatorUrl()}/customer/${TENANT}/validateauthtoken`, { headers: { Authorization: `Bearer ${token}` } });
  return response.ok;
}

async function rejection(promise: Promise<unknown>): Promise<EmporixError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(EmporixError);
    return error as EmporixError;
  }
  throw new Error('expected a rejection');
}

/** Creates and activates Bob, a second customer. */
async function createBob(session: EmporixSession): Promise<void> {
  await signUpCustomer(session, { email: BOB.email, password: BOB.password, customerDetails: { firstName: 'Bob', lastName: 'Roe' } });
}

describe('session attacks', function () {
  this.timeout(20_000);

  beforeEach(() => resetEmulator({ settings: { autoActivate: true } }));
  afterEach(() => sessions.splice(0).forEach((session) => session.dispose()));

  describe('one customer replacing another', () => {
    it("a second sign-in signs the first customer out first and revokes their token, so it cannot be reused", async () => {
      const session = createSession();
      await createBob(session);
      await session.login(JANE);
      const janesToken = await session.getAccessToken();
      const events = eventLog(session, ['login', 'logout']);

      await session.login(BOB);

      expect(events).to.deep.equal(['logout:replaced', 'login:password']);
      expect(session.snapshot.customer?.email).to.equal(BOB.email);
      await until(async () => !(await accepted(janesToken)), 3000, "Jane's token to be revoked");
      const [revocation] = await requestsTo(LOGOUT_PATH);
      expect(revocation.tokenKind).to.equal('customer');
      expect(await accepted(await session.getAccessToken()), "Bob's token").to.equal(true);
    });

    it("tokens from elsewhere (social sign-in, token exchange) replace the signed-in customer only after signing them out and revoking their token", async () => {
      const session = createSession();
      await createBob(session);
      await session.login(JANE);
      const janesToken = await session.getAccessToken();
      const events = eventLog(session, ['login', 'logout']);
      // Bob's tokens, obtained the way any other sign-in path obtains them.
      const anonymous = await api.requestAnonymousToken({ apiUrl: emulatorUrl(), tenant: TENANT, clientId: CLIENT_ID });
      const bobsTokens = await api.login({ apiUrl: emulatorUrl(), tenant: TENANT, token: anonymous.access_token }, BOB);

      await session.adoptCustomerTokens(bobsTokens, BOB.email);

      expect(events).to.deep.equal(['logout:replaced', 'login:social']);
      await until(async () => !(await accepted(janesToken)), 3000, "Jane's token to be revoked");
    });

    it('an opt-in link cannot swap the signed-in customer for its owner: nothing is sent', async () => {
      await resetEmulator({ settings: { doubleOptIn: true } });
      const session = createSession();
      await signUpCustomer(session, { email: 'attacker@example.com', password: 'Attacker#2026', customerDetails: { firstName: 'Jane' } });
      const [mail] = await outbox();
      await session.login(JANE);
      const stored = localStorage.getItem(sessionRecordKey());

      const error = await rejection(session.confirmOptIn(mail.token));

      expect([error.kind, error.status, error.code]).to.deep.equal(['http', 409, 'customer_signed_in']);
      expect(await requestsTo(`/signup/optin/${mail.token}`)).to.deep.equal([]);
      expect(session.snapshot.customer?.email).to.equal(JANE.email);
      expect(localStorage.getItem(sessionRecordKey())).to.equal(stored);
    });

    it('an opt-in link opened in a tab that has not yet heard of a sign-in in another tab is refused too', async () => {
      await resetEmulator({ settings: { doubleOptIn: true } });
      const tabs = await openTabs(2);
      try {
        const [signingIn, linkTab] = tabs.sessions;
        await signUpCustomer(linkTab, { email: 'attacker@example.com', password: 'Attacker#2026' });
        const [mail] = await outbox();
        await signingIn.login(JANE);
        // At once, in the same task: the link tab may not have adopted the new record yet.
        const error = await linkTab.confirmOptIn(mail.token).then(
          () => undefined,
          (failure: EmporixError) => failure,
        );
        // The tab's EmporixError class is its own frame's: compare what it says.
        expect([error?.status, error?.code]).to.deep.equal([409, 'customer_signed_in']);
        expect(await requestsTo(`/signup/optin/${mail.token}`)).to.deep.equal([]);
      } finally {
        tabs.close();
      }
    });
  });

  it('a hung logout request does not keep the customer signed in on a shared computer', async () => {
    const tabs = await openTabs(2);
    try {
      const [leaving, other] = tabs.sessions;
      await leaving.login(JANE);
      const token = await leaving.getAccessToken();
      await until(() => other.snapshot.status === 'customer', 2000, 'the other tab to see the login');
      await injectFault({ path: LOGOUT_PATH, delayMs: 30_000 });
      const otherSignedOut = new Promise<number>((resolve) => other.on('logout', () => resolve(performance.now())));

      const clicked = performance.now();
      const loggingOut = leaving.logout();
      await until(() => localStorage.getItem(sessionRecordKey())?.includes('"customer"') === false, 200, 'the stored session to lose the customer');
      expect(performance.now() - clicked, 'storage cleared').to.be.below(200);
      expect((await otherSignedOut) - clicked, 'the other tab signed out').to.be.below(200);
      expect(leaving.snapshot.status).not.to.equal('customer');
      // A tab opened now starts signed out.
      const fresh = createSession();
      expect(fresh.snapshot.status).not.to.equal('customer');
      await loggingOut;
      expect(await accepted(token), 'the token while its revocation hangs').to.equal(true);

      // The server answers at last (clearing the faults releases the held request): the token is revoked.
      await clearFaults();
      await until(async () => (await requestsTo(LOGOUT_PATH)).length === 1, 3000, 'the held revocation to be handled');
      expect(await accepted(token), 'the token once the revocation went through').to.equal(false);
    } finally {
      tabs.close();
    }
  });

  it('a token refresh hung in another tab neither delays the sign-out nor brings the customer back', async () => {
    const tabs = await openTabs(2);
    try {
      const [refresher, leaving] = tabs.sessions;
      await refresher.login(JANE);
      await until(() => leaving.snapshot.status === 'customer', 2000, 'the second tab to see the login');
      // The server issues the fresh token at once; its answer hangs on the way back.
      await injectFault({ path: `/customer/${TENANT}/refreshauthtoken`, delayAnswerMs: 30_000 });
      const refreshing = refresher.refresh().then(
        () => undefined,
        (error: EmporixError) => error,
      );
      await until(async () => (await pendingFaults()).length === 0, 3000, 'the refresh to reach the server');
      const refresherSignedOut = new Promise<number>((resolve) => refresher.on('logout', () => resolve(performance.now())));

      const clicked = performance.now();
      const loggingOut = leaving.logout();
      expect(localStorage.getItem(sessionRecordKey())).not.to.contain('"customer"');
      expect((await refresherSignedOut) - clicked, 'the refreshing tab signed out').to.be.below(200);

      // The fresh token arrives at last: it is revoked, not stored.
      await clearFaults();
      expect((await refreshing)?.code).to.equal('not_signed_in');
      await loggingOut;
      expect(localStorage.getItem(sessionRecordKey())).not.to.contain('"customer"');
      expect(refresher.snapshot.status).not.to.equal('customer');
      await until(async () => (await requestsTo(LOGOUT_PATH)).length === 2, 3000, 'the signed-out token and the late fresh token to be revoked');
    } finally {
      tabs.close();
    }
  });

  describe('one page, one configuration', () => {
    it('a session of another API URL neither reads nor deletes the stored session of the first', async () => {
      const first = createSession();
      await first.login(JANE);
      const stored = localStorage.getItem(sessionRecordKey());
      // The same emulator under another name: another configuration.
      const otherUrl = emulatorUrl().replace('localhost', '127.0.0.1');
      const other = createSession({ apiUrl: otherUrl });
      expect(other.snapshot.status).to.equal('signed-out');
      await other.getAccessToken();

      expect(localStorage.getItem(sessionRecordKey())).to.equal(stored);
      expect(first.snapshot.status).to.equal('customer');
      expect(localStorage.getItem(`emx-elements.session:${TENANT}:${CLIENT_ID}:${otherUrl}`)).to.contain('"anonymous"');
    });

    it('a record of another configuration found under the key is left alone until this one writes its own', async () => {
      const foreign = JSON.stringify({ version: 2, apiUrl: 'https://api.emporix.io', tenant: 'evil', clientId: CLIENT_ID });
      localStorage.setItem(sessionRecordKey(), foreign);
      const session = createSession();
      expect(session.snapshot.status).to.equal('signed-out');
      expect(localStorage.getItem(sessionRecordKey())).to.equal(foreign);
    });

    it("the API URL is one configuration however it is spelt", async () => {
      const session = createSession({ apiUrl: `${emulatorUrl().toUpperCase().replace('HTTP://', 'http://')}/` });
      expect(session.config.apiUrl).to.equal(emulatorUrl());
    });
  });

  describe('personal data in storage', () => {
    it('keeps only the name, customer number, login email and companies of the profile in storage, the rest in memory', async () => {
      const session = createSession();
      await session.login(JANE);
      const raw = localStorage.getItem(sessionRecordKey()) ?? '';
      const profile = session.snapshot.customer?.profile;

      expect(profile?.contactPhone, 'the profile in memory').to.be.a('string');
      for (const value of [profile?.contactPhone, profile?.addresses?.[0]?.street, profile?.b2b?.companyRegistrationId]) {
        if (value) expect(raw).not.to.contain(value);
      }
      // The companies the customer acts for (ids and names), which every tab shows; no contact assignment.
      expect(raw).not.to.contain('contactAssignmentId');
      expect(raw).not.to.contain('addresses');
      const { customer } = JSON.parse(raw) as { customer: Record<string, unknown> };
      expect(customer.name).to.deep.equal({ title: profile?.title, firstName: 'Jane', lastName: 'Doe', ...(profile?.middleName ? { middleName: profile.middleName } : {}) });
      expect(customer.legalEntities).to.deep.equal([{ id: 'le-doe-trading', name: 'Doe Trading GmbH' }]);
      expect(customer).not.to.have.property('profile');

      // Another page (a reload, another tab) knows the name at once and fetches the rest on demand.
      const tabs = await openTabs(1);
      try {
        const [reloaded] = tabs.sessions;
        expect(reloaded.snapshot.customer?.name?.firstName).to.equal('Jane');
        expect(reloaded.snapshot.customer?.profile).to.equal(undefined);
        expect((await reloaded.loadProfile()).contactPhone).to.equal(profile?.contactPhone);
      } finally {
        tabs.close();
      }
      // A session created anew on this page (a framework rendering <emx-session> again) keeps it without a request.
      expect(createSession().snapshot.customer?.profile).to.equal(profile);
    });

    it('removes a record of the previous version, which held the full profile, for this configuration only', async () => {
      const legacyKey = `emx-elements.session:${TENANT}:${CLIENT_ID}`;
      const ours = { version: 1, apiUrl: emulatorUrl(), tenant: TENANT, clientId: CLIENT_ID, customer: { profile: { contactPhone: '+49 30 1234567' } } };
      localStorage.setItem(legacyKey, JSON.stringify(ours));
      createSession();
      expect(localStorage.getItem(legacyKey)).to.equal(null);

      const theirs = JSON.stringify({ ...ours, apiUrl: 'https://api.emporix.io' });
      localStorage.setItem(legacyKey, theirs);
      createSession();
      expect(localStorage.getItem(legacyKey)).to.equal(theirs);
    });
  });
});
