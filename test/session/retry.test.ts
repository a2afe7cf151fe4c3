import { expect } from '@open-wc/testing';
import { EmporixError } from '../../src/api/index.js';
import {
  EmporixSession,
  addCustomerAddress,
  changeCustomerPassword,
  deleteCustomerAddress,
  getCustomerAddress,
  listCustomerAddresses,
  requestCustomerPasswordReset,
  signUpCustomer,
  updateCustomerAddress,
  updateCustomerProfile,
  type SessionConfig,
} from '../../src/session/index.js';
import { RETRIES } from '../../src/session/retry.js';
import {
  EVERY_ATTEMPT,
  CLIENT_ID,
  JANE,
  TENANT,
  clearRequests,
  emulatorUrl,
  injectFault,
  outbox,
  requestsMatching,
  requestsTo,
  resetEmulator,
  until,
  type LoggedRequest, sessionRecordKey,
} from '../support/emulator.js';
import { recordFetches } from '../support/fetches.js';
import { watchProblems } from '../support/problems.js';
import { ResourceCounter } from '../support/resource-counter.js';

const ATTEMPTS = RETRIES + 1;
const STORAGE_KEY = sessionRecordKey();
const ADDRESSES_PATH = `/customer/${TENANT}/me/addresses`;
const REFRESH_PATH = `/customer/${TENANT}/refreshauthtoken`;

let clockOffsetMs = 0;
const sessions: EmporixSession[] = [];
let watch: ReturnType<typeof watchProblems>;

function createSession(overrides: Partial<SessionConfig> = {}): EmporixSession {
  const session = new EmporixSession({ apiUrl: emulatorUrl(), tenant: TENANT, clientId: CLIENT_ID, now: () => Date.now() + clockOffsetMs, ...overrides });
  sessions.push(session);
  return session;
}

/** The error `promise` rejects with. */
function failureOf(promise: Promise<unknown>): Promise<EmporixError> {
  return promise.then(
    () => Promise.reject(new Error('expected a rejection')),
    (error: unknown) => {
      expect(error).to.be.instanceOf(EmporixError);
      return error as EmporixError;
    },
  );
}

const statuses = (entries: LoggedRequest[]) => entries.map((entry) => entry.status);

/**
 * The requests the page sent to the endpoint `glob`, split into those the service answered and
 * those whose connection was dropped. A dropped connection may show
 * several times in the log: an engine silently resends a request when its connection drops before
 * any answer (Chromium up to twice, Firefox up to ten times). Every copy carries `faulted: true`
 * (the emulator dropped them before the service saw them), so none is a request the page sent again.
 */
async function sentTo(glob: string, method: string): Promise<{ served: LoggedRequest[]; dropped: LoggedRequest[] }> {
  const entries = await requestsMatching(glob, method);
  return { served: entries.filter((entry) => !entry.faulted), dropped: entries.filter((entry) => entry.faulted && entry.status === 0) };
}

/** Waits until the log holds every attempt at `suffix` (an entry is logged once its request is served, late ones too). */
async function everyAttemptServed(suffix: string): Promise<LoggedRequest[]> {
  await until(async () => (await requestsTo(suffix)).length === ATTEMPTS, 3000, `${ATTEMPTS} requests to ${suffix} to be served`);
  return requestsTo(suffix);
}

describe('EmporixSession retries', () => {
  beforeEach(async () => {
    clockOffsetMs = 0;
    watch = watchProblems();
    await resetEmulator();
  });

  afterEach(() => {
    sessions.splice(0).forEach((session) => session.dispose());
    watch.stop();
    expect(watch.problems).to.deep.equal([]);
  });

  async function signedIn(overrides: Partial<SessionConfig> = {}): Promise<EmporixSession> {
    const session = createSession(overrides);
    await session.login(JANE);
    await clearRequests();
    return session;
  }

  describe('reads', () => {
    it('retries a read after a 503 and succeeds', async () => {
      const session = await signedIn();
      await injectFault({ method: 'GET', path: ADDRESSES_PATH, status: 503 });
      expect(await listCustomerAddresses(session)).to.have.length(2);
      expect(statuses(await requestsTo(ADDRESSES_PATH, 'GET'))).to.deep.equal([503, 200]);
    });

    it('retries a read after a dropped connection and succeeds', async () => {
      const session = await signedIn();
      // Two drops: the engine's own resend may take the second, else the session's retry does.
      await injectFault({ method: 'GET', path: ADDRESSES_PATH, drop: true, times: 2 });
      expect(await listCustomerAddresses(session)).to.have.length(2);
      const { served, dropped } = await sentTo(ADDRESSES_PATH, 'GET');
      expect([statuses(served), dropped.length]).to.deep.equal([[200], 2]);
    });

    it('waits as long as a short Retry-After asks, then succeeds', async () => {
      const session = await signedIn();
      await injectFault({ method: 'GET', path: `/customer/${TENANT}/me`, status: 429, headers: { 'Retry-After': '1' } });
      const started = performance.now();
      const profile = await session.loadProfile();
      expect(performance.now() - started).to.be.at.least(1000);
      expect(profile.firstName).to.equal('Jane');
      expect(statuses(await requestsTo(`/customer/${TENANT}/me`, 'GET'))).to.deep.equal([429, 200]);
    });

    it('passes a long Retry-After on at once, for the page to say when to try again', async () => {
      const session = await signedIn();
      await injectFault({ method: 'GET', path: ADDRESSES_PATH, status: 429, headers: { 'Retry-After': '30' } });
      const started = performance.now();
      const error = await failureOf(listCustomerAddresses(session));
      expect(performance.now() - started).to.be.below(1000);
      expect([error.status, error.retryAfterSeconds, error.isTransient]).to.deep.equal([429, 30, true]);
      expect(await requestsTo(ADDRESSES_PATH, 'GET')).to.have.length(1);
    });

    it(`gives up after ${ATTEMPTS} attempts and passes the last failure on, keeping the session`, async () => {
      const session = await signedIn();
      const stored = localStorage.getItem(STORAGE_KEY);
      await injectFault({ method: 'GET', path: ADDRESSES_PATH, status: 503, times: EVERY_ATTEMPT });
      const error = await failureOf(listCustomerAddresses(session));
      expect([error.kind, error.status]).to.deep.equal(['http', 503]);
      expect(statuses(await requestsTo(ADDRESSES_PATH, 'GET'))).to.deep.equal(Array(ATTEMPTS).fill(503));
      expect(session.snapshot.status).to.equal('customer');
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(stored);
    });

    it('does not retry a 4xx', async () => {
      const session = await signedIn();
      expect((await failureOf(getCustomerAddress(session, 'no-such-address'))).status).to.equal(404);
      await injectFault({ method: 'GET', path: ADDRESSES_PATH, status: 400 });
      expect((await failureOf(listCustomerAddresses(session))).status).to.equal(400);
      expect(statuses(await requestsMatching(`${ADDRESSES_PATH}**`, 'GET'))).to.deep.equal([404, 400]);
    });

    it('does not fail a saved profile update when its reload fails, and drops the outdated profile', async () => {
      const session = await signedIn();
      const errors: string[] = [];
      session.on('error', ({ operation, error }) => errors.push(`${operation}: ${error.status}`));
      await injectFault({ method: 'GET', path: `/customer/${TENANT}/me`, status: 503, times: EVERY_ATTEMPT });
      expect(await updateCustomerProfile(session, { firstName: 'Janet' })).to.equal(undefined);
      expect(session.snapshot.customer?.profile).to.equal(undefined);
      expect(errors).to.deep.equal(['profile-load: 503']);
      expect(await requestsTo(`/customer/${TENANT}/me`, 'PATCH')).to.have.length(1);
      expect(await requestsTo(`/customer/${TENANT}/me`, 'GET')).to.have.length(ATTEMPTS);
    });

    it('stops waiting to retry when the caller aborts, and leaves no timer behind', async () => {
      const session = await signedIn();
      await injectFault({ method: 'GET', path: ADDRESSES_PATH, status: 429, headers: { 'Retry-After': '4' } });
      const resources = new ResourceCounter();
      resources.install();
      try {
        const controller = new AbortController();
        const failure = failureOf(listCustomerAddresses(session, { signal: controller.signal }));
        await until(async () => (await requestsTo(ADDRESSES_PATH, 'GET')).length === 1, 3000, 'the first attempt');
        const started = performance.now();
        controller.abort();
        expect((await failure).kind).to.equal('aborted');
        expect(performance.now() - started).to.be.below(1000);
        expect(resources.counts().timeouts, 'timers still pending').to.equal(0);
      } finally {
        resources.uninstall();
      }
      expect(await requestsTo(ADDRESSES_PATH, 'GET')).to.have.length(1);
    });
  });

  describe('token requests', () => {
    it('retries the anonymous login after a 500', async () => {
      const session = createSession();
      await injectFault({ method: 'GET', path: '/customerlogin/auth/anonymous/login', status: 500 });
      await session.getAccessToken();
      expect(session.snapshot.status).to.equal('anonymous');
      expect(statuses(await requestsTo('/anonymous/login'))).to.deep.equal([500, 200]);
    });

    it('retries the customer refresh after a 503', async () => {
      const session = await signedIn();
      const before = await session.getAccessToken();
      await injectFault({ method: 'GET', path: REFRESH_PATH, status: 503 });
      await session.refresh();
      expect(await session.getAccessToken()).not.to.equal(before);
      expect(statuses(await requestsTo(REFRESH_PATH))).to.deep.equal([503, 200]);
    });

    /**
     * Refresh tokens rotate. The first attempt is answered too late (the session gives up after
     * 300 ms; the emulator refreshes at 600 ms, spending the token); the second is late too;
     * the third arrives after the first was served, and the spent token is refused with a 401.
     * That 401 follows failures that may have been lost answers, so it proves nothing: the
     * session reports the timeout and keeps the stored session as it was. (Should the next
     * refresh be refused without any failure before it, the token really is gone, and the
     * customer is signed out then; no client can recover tokens whose answer was lost.)
     */
    it('keeps the customer signed in when a refresh is refused after a lost answer', async () => {
      const session = await signedIn({ timeoutMs: 300 });
      const logouts: unknown[] = [];
      session.on('logout', (detail) => logouts.push(detail));
      const stored = localStorage.getItem(STORAGE_KEY);
      await injectFault({ method: 'GET', path: REFRESH_PATH, delayMs: 600, times: 2 });

      const error = await failureOf(session.refresh());
      expect(error.kind).to.equal('timeout');
      expect(session.snapshot.status).to.equal('customer');
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(stored);
      expect(logouts).to.deep.equal([]);
      const refreshes = await everyAttemptServed(REFRESH_PATH);
      expect(refreshes.filter((entry) => !entry.faulted).map((entry) => entry.status), 'the retry met the spent token').to.deep.equal([401]);
    });

    it('keeps the anonymous session id when an anonymous refresh is refused after a lost answer', async () => {
      const session = createSession({ timeoutMs: 300 });
      await session.getAccessToken();
      const { sessionId } = session.snapshot;
      const stored = localStorage.getItem(STORAGE_KEY);
      await injectFault({ method: 'GET', path: '/customerlogin/auth/anonymous/refresh', delayMs: 600, times: 2 });
      clockOffsetMs += 3600 * 1000; // the anonymous token is due

      expect((await failureOf(session.getAccessToken())).kind).to.equal('timeout');
      expect(session.snapshot.sessionId).to.equal(sessionId);
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(stored);
      const refreshes = await everyAttemptServed('/anonymous/refresh');
      expect(refreshes.filter((entry) => !entry.faulted).map((entry) => entry.status)).to.deep.equal([401]);
      expect(await requestsTo('/anonymous/login'), 'no new anonymous session').to.have.length(1);
    });
  });

  describe('changes, sent once per call', () => {
    interface Change {
      name: string;
      method: string;
      /** The endpoint, as a fault path glob. */
      path: string;
      /** Sets the scene and answers the call, which the fault makes fail. */
      prepare: (session: EmporixSession) => Promise<() => Promise<unknown>>;
    }
    async function janesFirstAddress(session: EmporixSession): Promise<string> {
      await session.login(JANE);
      return (await listCustomerAddresses(session))[0]?.id ?? '';
    }
    const CHANGES: Change[] = [
      {
        name: 'sign-up',
        method: 'POST',
        path: `/customer/${TENANT}/signup`,
        prepare: async (session) => () => signUpCustomer(session, { email: 'new@example.com', password: 'Fresh#2027pass' }),
      },
      { name: 'login', method: 'POST', path: `/customer/${TENANT}/login`, prepare: async (session) => () => session.login(JANE) },
      {
        name: 'address creation',
        method: 'POST',
        path: ADDRESSES_PATH,
        prepare: async (session) => {
          await session.login(JANE);
          return () => addCustomerAddress(session, { contactName: 'Max', city: 'Bern', country: 'CH' });
        },
      },
      {
        name: 'address update',
        method: 'PATCH',
        path: `${ADDRESSES_PATH}/*`,
        prepare: async (session) => {
          const id = await janesFirstAddress(session);
          return () => updateCustomerAddress(session, id, { city: 'Potsdam' });
        },
      },
      {
        name: 'address deletion',
        method: 'DELETE',
        path: `${ADDRESSES_PATH}/*`,
        prepare: async (session) => {
          const id = await janesFirstAddress(session);
          return () => deleteCustomerAddress(session, id);
        },
      },
      {
        name: 'profile update',
        method: 'PATCH',
        path: `/customer/${TENANT}/me`,
        prepare: async (session) => {
          await session.login(JANE);
          return () => updateCustomerProfile(session, { firstName: 'Janet' });
        },
      },
      {
        name: 'password change',
        method: 'POST',
        path: `/customer/${TENANT}/password/change`,
        prepare: async (session) => {
          await session.login(JANE);
          return () => changeCustomerPassword(session, { currentPassword: JANE.password, newPassword: 'Fresh#2027pass' });
        },
      },
      {
        name: 'password reset request',
        method: 'POST',
        path: `/customer/${TENANT}/password/reset`,
        prepare: async (session) => () => requestCustomerPasswordReset(session, { email: JANE.email }),
      },
      {
        name: 'double opt-in confirmation (a GET that spends its token)',
        method: 'GET',
        path: `/customer/${TENANT}/signup/optin/*`,
        prepare: async (session) => {
          await resetEmulator({ settings: { doubleOptIn: true } });
          await signUpCustomer(session, { email: 'optin@example.com', password: 'Fresh#2027pass' });
          const [mail] = await outbox();
          return () => session.confirmOptIn(mail?.token ?? '');
        },
      },
    ];

    for (const change of CHANGES) {
      it(`sends the ${change.name} once after a 503`, async () => {
        const session = createSession();
        const call = await change.prepare(session);
        await clearRequests();
        await injectFault({ method: change.method, path: change.path, status: 503 });
        expect((await failureOf(call())).status).to.equal(503);
        expect(statuses(await requestsMatching(change.path, change.method))).to.deep.equal([503]);
      });

      it(`sends the ${change.name} once after a dropped connection`, async () => {
        const session = createSession();
        const call = await change.prepare(session);
        await clearRequests();
        await injectFault({ method: change.method, path: change.path, drop: true, times: EVERY_ATTEMPT });
        const fetches = recordFetches();
        try {
          expect((await failureOf(call())).kind).to.equal('network');
        } finally {
          fetches.stop();
        }
        const { served, dropped } = await sentTo(change.path, change.method);
        expect(served, 'requests that reached the service').to.have.length(0);
        expect(dropped.length, 'dropped requests (the engine may have resent it silently)').to.be.at.least(1);
        expect(fetches.matching(change.method, change.path), 'requests the kit sent').to.have.length(1);
      });
    }

    it('does not send a sign-up again after a timeout: the service may have made the account meanwhile', async () => {
      const session = createSession({ timeoutMs: 300 });
      await session.getAccessToken();
      await injectFault({ method: 'POST', path: `/customer/${TENANT}/signup`, delayMs: 600 });
      expect((await failureOf(signUpCustomer(session, { email: 'late@example.com', password: 'Fresh#2027pass' }))).kind).to.equal('timeout');
      // The late request is logged when it is served; a resend would have been served, and logged, before it.
      await until(async () => (await requestsTo('/signup', 'POST')).some((entry) => entry.faulted), 3000, 'the late sign-up to be served');
      expect(await requestsTo('/signup', 'POST')).to.have.length(1);
    });
  });
});
