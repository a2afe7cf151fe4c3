import { expect } from '@open-wc/testing';
import { EmporixError } from '../../src/api/index.js';
import { EmporixSession, changeCustomerPassword, listCustomerAddresses, type SessionConfig, type SessionEvents } from '../../src/session/index.js';
import { EVERY_ATTEMPT, CLIENT_ID, JANE, TENANT, advanceClock, clearFaults, clearRequests, emulatorUrl, injectFault, requests, requestsTo, resetEmulator, until, sessionRecordKey } from '../support/emulator.js';

const HOUR = 3600;
const DAY = 24 * HOUR;
const STORAGE_KEY = sessionRecordKey();

let clockOffsetMs = 0;
const sessions: EmporixSession[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);

function createSession(overrides: Partial<SessionConfig> = {}): EmporixSession {
  const session = new EmporixSession({
    apiUrl: emulatorUrl(),
    tenant: TENANT,
    clientId: CLIENT_ID,
    now: () => Date.now() + clockOffsetMs,
    ...overrides,
  });
  sessions.push(session);
  return session;
}

/** Moves both clocks: the emulator's (token validity) and the browser session's (expiry bookkeeping). */
async function travel(seconds: number): Promise<void> {
  clockOffsetMs += seconds * 1000;
  await advanceClock(seconds);
}

/** The logged requests as `METHOD path status`, in order. */
async function sentWithStatus(): Promise<string[]> {
  return (await requests()).map((entry) => `${entry.method} ${entry.path} ${entry.status}`);
}

function record<K extends keyof SessionEvents>(session: EmporixSession, type: K): SessionEvents[K][] {
  const seen: SessionEvents[K][] = [];
  session.on(type, (payload) => seen.push(payload));
  return seen;
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

const FAULT_401 = { fault: { faultstring: 'Invalid access token', detail: { errorcode: 'oauth.v2.InvalidAccessToken' } } };

describe('EmporixSession against the emulator', () => {
  beforeEach(async () => {
    clockOffsetMs = 0;
    unhandled.length = 0;
    window.addEventListener('unhandledrejection', onUnhandled);
    await resetEmulator();
  });

  afterEach(() => {
    sessions.splice(0).forEach((session) => session.dispose());
    window.removeEventListener('unhandledrejection', onUnhandled);
    expect(unhandled, 'unhandled rejections').to.deep.equal([]);
  });

  it('sends nothing until a token is needed, then one anonymous login; the token is reused', async () => {
    const session = createSession();
    expect(session.snapshot.status).to.equal('signed-out');
    expect(await requests()).to.have.length(0);

    const token = await session.getAccessToken();
    expect(await session.getAccessToken()).to.equal(token);
    expect(session.snapshot.status).to.equal('anonymous');
    expect(session.snapshot.sessionId).to.be.a('string');
    const log = await requests();
    expect(log.map((entry) => entry.path)).to.deep.equal(['/customerlogin/auth/anonymous/login']);
    expect(log[0].query).to.include({ tenant: TENANT, client_id: CLIENT_ID });
  });

  it('gives concurrent callers in one tab one anonymous login', async () => {
    const session = createSession();
    const tokens = await Promise.all([session.getAccessToken(), session.getAccessToken(), session.getAccessToken()]);
    expect(new Set(tokens).size).to.equal(1);
    expect(await requestsTo('/anonymous/login')).to.have.length(1);
  });

  it('sends the configured anonymous context', async () => {
    const session = createSession({ anonymousContext: { siteCode: 'main', currency: 'EUR', language: 'de', targetLocation: 'DE' } });
    await session.getAccessToken();
    const [entry] = await requestsTo('/anonymous/login');
    expect(entry.query).to.include({ siteCode: 'main', currency: 'EUR', language: 'de', targetLocation: 'DE' });
  });

  it('refreshes an anonymous token near expiry with the refresh token, keeping the session id', async () => {
    const session = createSession();
    const first = await session.getAccessToken();
    const sessionId = session.snapshot.sessionId;
    await travel(HOUR - 30);
    const second = await session.getAccessToken();
    expect(second).not.to.equal(first);
    expect(session.snapshot.sessionId).to.equal(sessionId);
    const [refresh] = await requestsTo('/anonymous/refresh');
    expect(refresh.query.refresh_token).to.equal('***');
    expect(refresh.status).to.equal(200);
  });

  it('starts a clean anonymous session when the anonymous refresh is refused', async () => {
    const session = createSession();
    await session.getAccessToken();
    const sessionId = session.snapshot.sessionId;
    await injectFault({ path: '/customerlogin/auth/anonymous/refresh', status: 401, body: FAULT_401 });
    await travel(HOUR);
    await session.getAccessToken();
    expect(session.snapshot.status).to.equal('anonymous');
    expect(session.snapshot.sessionId).not.to.equal(sessionId);
    expect(await requestsTo('/anonymous/login')).to.have.length(2);
  });

  it('starts a clean anonymous session when the refresh token has expired', async () => {
    const session = createSession();
    await session.getAccessToken();
    const sessionId = session.snapshot.sessionId;
    await travel(DAY + 60);
    await session.getAccessToken();
    expect(session.snapshot.sessionId).not.to.equal(sessionId);
    expect(session.snapshot.status).to.equal('anonymous');
  });

  it('logs in, carries the anonymous session id over, loads the profile once, validates, refreshes and logs out', async () => {
    const session = createSession();
    const logins = record(session, 'login');
    const logouts = record(session, 'logout');
    await session.getAccessToken();
    const anonymousSessionId = session.snapshot.sessionId;

    const snapshot = await session.login(JANE);
    expect(snapshot.status).to.equal('customer');
    expect(snapshot.sessionId).to.equal(anonymousSessionId);
    expect(snapshot.customer?.email).to.equal(JANE.email);
    expect(snapshot.customer?.profile?.firstName).to.equal('Jane');
    expect(snapshot.customer?.customerNumber).to.equal(snapshot.customer?.profile?.customerNumber);
    expect(session.saasToken?.split('.')).to.have.length(3);
    expect(logins).to.have.length(1);
    expect(logins[0].method).to.equal('password');
    const stored = localStorage.getItem(STORAGE_KEY) ?? '';
    expect(JSON.parse(stored).anonymous, 'the anonymous session is replaced').to.equal(undefined);

    const validation = await session.validate();
    expect(validation.email).to.equal(JANE.email);
    expect(validation.scope).to.contain(`tenant=${TENANT}`);

    const before = await session.getAccessToken();
    await session.refresh();
    const after = await session.getAccessToken();
    expect(after).not.to.equal(before);
    const [refresh] = await requestsTo('/refreshauthtoken');
    expect(refresh.tokenKind).to.equal('anonymous');
    expect(refresh.status).to.equal(200);

    await session.logout();
    expect(logouts).to.deep.equal([{ reason: 'logout' }]);
    expect(session.snapshot.status).to.equal('anonymous');
    // The revocation follows the local sign-out; nothing waits for it.
    const logout = await until(async () => (await requestsTo('/logout'))[0], 3000, 'the revocation');
    expect(logout.tokenKind).to.equal('customer');
    expect(logout.status).to.be.within(200, 299);

    const validateAfterLogout = await fetch(`${emulatorUrl()}/customer/${TENANT}/validateauthtoken`, {
      headers: { Authorization: `Bearer ${after}` },
    });
    expect(validateAfterLogout.status).to.equal(401);
  });

  it('refreshes a customer token that is near expiry before using it', async () => {
    // With the documented lifetimes the refresh token (a day) dies long before the access token
    // (thirty days); a ten-minute access token lets the refresh path run.
    await resetEmulator({ tokenLifetimes: { customer: 600 } });
    const session = createSession({ refreshLeewaySeconds: 120 });
    await session.login(JANE);
    // Counted from here: the sign-in's own refresh tied Jane to her one company.
    await clearRequests();
    const before = await session.getAccessToken();
    clockOffsetMs += (600 - 100) * 1000;
    const after = await session.getAccessToken();
    expect(after).not.to.equal(before);
    expect(await requestsTo('/refreshauthtoken')).to.have.length(1);
    expect(session.snapshot.status).to.equal('customer');
  });

  it('signs the customer out when the customer refresh is definitively refused, and starts anonymous', async () => {
    const session = createSession();
    const logouts = record(session, 'logout');
    await session.login(JANE);
    await injectFault({ path: `/customer/${TENANT}/refreshauthtoken`, status: 401, body: FAULT_401 });
    await session.refresh();
    expect(logouts).to.deep.equal([{ reason: 'expired' }]);
    expect(session.snapshot.status).to.equal('anonymous');
  });

  it('ties a one-company customer at sign-in with the anonymous token that authorized the login', async () => {
    const session = createSession();
    await session.login(JANE);
    expect(session.snapshot.customer?.legalEntityId).to.equal('le-doe-trading');
    expect(await sentWithStatus()).to.deep.equal([
      'GET /customerlogin/auth/anonymous/login 200',
      `POST /customer/${TENANT}/login 200`,
      `GET /customer/${TENANT}/me 200`,
      `GET /customer/${TENANT}/refreshauthtoken 200`,
    ]);
  });

  it('ties with a fresh anonymous token when the login’s is refused, and the customer stays signed in', async () => {
    const session = createSession();
    const logouts = record(session, 'logout');
    await injectFault({ path: `/customer/${TENANT}/refreshauthtoken`, status: 401, body: FAULT_401, times: 1 });
    await session.login(JANE);
    expect(session.snapshot.status).to.equal('customer');
    expect(session.snapshot.customer?.legalEntityId).to.equal('le-doe-trading');
    expect(logouts).to.deep.equal([]);
    expect((await sentWithStatus()).slice(-3)).to.deep.equal([
      `GET /customer/${TENANT}/refreshauthtoken 401`,
      'GET /customerlogin/auth/anonymous/login 200',
      `GET /customer/${TENANT}/refreshauthtoken 200`,
    ]);
  });

  it('on a 401 refreshes once and retries once', async () => {
    const session = createSession();
    await session.login(JANE);
    // Counted from here: the sign-in's own refresh tied Jane to her one company.
    await clearRequests();
    await injectFault({ path: `/customer/${TENANT}/me/addresses`, method: 'GET', status: 401, body: FAULT_401 });
    const addresses = await listCustomerAddresses(session);
    expect(addresses).to.have.length(2);
    expect(await requestsTo('/refreshauthtoken')).to.have.length(1);
    expect((await requestsTo('/me/addresses', 'GET')).map((entry) => entry.status)).to.deep.equal([401, 200]);
  });

  it('signs out with a typed event after a 401 that survives the refresh', async () => {
    const session = createSession();
    const logouts = record(session, 'logout');
    await session.login(JANE);
    await injectFault({ path: `/customer/${TENANT}/me/addresses`, method: 'GET', status: 401, body: FAULT_401, times: 2 });
    const error = await rejection(listCustomerAddresses(session));
    expect(error.code).to.equal('session_expired');
    expect(logouts).to.deep.equal([{ reason: 'expired' }]);
    expect(session.snapshot.status).to.equal('signed-out');
    expect(localStorage.getItem(STORAGE_KEY) ?? '').not.to.contain('customer');
  });

  it('treats a 401 about the request (wrong current password) as an answer, not as an expired token', async () => {
    const session = createSession();
    const logouts = record(session, 'logout');
    await session.login(JANE);
    // Counted from here: the sign-in's own refresh tied Jane to her one company.
    await clearRequests();
    const error = await rejection(changeCustomerPassword(session, { currentPassword: 'not-the-password1', newPassword: 'Another#2026pass' }));
    expect([error.status, error.code, error.tokenRejected]).to.deep.equal([401, 'invalid_credentials', false]);
    expect(await requestsTo('/password/change', 'POST')).to.have.length(1);
    expect(await requestsTo('/refreshauthtoken')).to.have.length(0);
    expect(logouts).to.deep.equal([]);
    expect(session.snapshot.status).to.equal('customer');
  });

  // Every attempt fails, however often the session retries a read and the engine silently resends it.
  for (const [name, fault, kind] of [
    ['a 500', { status: 500, times: EVERY_ATTEMPT }, 'http'],
    ['a dropped connection', { drop: true, times: EVERY_ATTEMPT }, 'network'],
  ] as const) {
    it(`keeps the customer session through ${name}`, async () => {
      const session = createSession();
      await session.login(JANE);
      const stored = localStorage.getItem(STORAGE_KEY);
      await injectFault({ path: `/customer/${TENANT}/me/addresses`, method: 'GET', ...fault });
      const error = await rejection(listCustomerAddresses(session));
      expect(error.kind).to.equal(kind);
      expect(error.isTransient).to.equal(true);
      expect(session.snapshot.status).to.equal('customer');
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(stored);
      await clearFaults();
      expect(await listCustomerAddresses(session)).to.have.length(2);
    });
  }

  it('times out a slow answer with its own error kind', async () => {
    const session = createSession({ timeoutMs: 300 });
    // Token requests are retried: every attempt is slow.
    await injectFault({ path: '/customerlogin/auth/anonymous/login', delayMs: 600, times: 10 });
    const error = await rejection(session.getAccessToken());
    expect(error.kind).to.equal('timeout');
    expect(session.snapshot.status).to.equal('signed-out');
    // The server still answers the abandoned attempts; let it finish so no later test's log sees them.
    await until(async () => (await requestsTo('/anonymous/login')).length === 3, 3000, 'the three slow attempts to end');
  });

  it('serves a warm page load with a stored valid customer session without any request', async () => {
    const first = createSession();
    await first.login(JANE);
    const token = await first.getAccessToken();
    first.dispose();
    await fetch(`${emulatorUrl()}/_emulator/requests`, { method: 'DELETE' });

    const warm = createSession();
    expect(warm.snapshot.status).to.equal('customer');
    expect(warm.snapshot.customer?.name?.firstName).to.equal('Jane');
    expect(await warm.getAccessToken()).to.equal(token);
    expect(await requests()).to.have.length(0);
  });

  describe('storage it cannot trust', () => {
    const valid = () => ({
      version: 2,
      apiUrl: emulatorUrl(),
      tenant: TENANT,
      clientId: CLIENT_ID,
      anonymous: { accessToken: 'x', expiresAt: Date.now() + 60_000, sessionId: 's' },
    });
    // Unusable text is discarded; a record of another configuration is left alone (security.test.ts).
    const cases: Array<[string, () => string, 'discarded' | 'left alone']> = [
      ['corrupt JSON', () => '{"version":2,', 'discarded'],
      ['a record of another tenant', () => JSON.stringify({ ...valid(), tenant: 'other' }), 'left alone'],
      ['a record of another API URL', () => JSON.stringify({ ...valid(), apiUrl: 'https://api.emporix.io' }), 'left alone'],
      ['a record of an older version', () => JSON.stringify({ ...valid(), version: 1 }), 'discarded'],
      ['a record with a malformed token', () => JSON.stringify({ ...valid(), anonymous: { accessToken: 42 } }), 'discarded'],
    ];
    for (const [name, raw, fate] of cases) {
      it(`ignores ${name} (${fate}) and starts clean`, async () => {
        const text = raw();
        localStorage.setItem(STORAGE_KEY, text);
        const session = createSession();
        expect(session.snapshot.status).to.equal('signed-out');
        expect(localStorage.getItem(STORAGE_KEY)).to.equal(fate === 'discarded' ? null : text);
        await session.getAccessToken();
        const [entry] = await requests();
        expect(entry.path).to.equal('/customerlogin/auth/anonymous/login');
      });
    }

    it('works on when storage throws (quota, disabled)', async () => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const session = createSession();
        await session.login(JANE);
        expect(session.snapshot.status).to.equal('customer');
        expect(await listCustomerAddresses(session)).to.have.length(2);
      } finally {
        Storage.prototype.setItem = original;
      }
    });
  });

  it('keeps the session per tab with session storage and nowhere with memory storage', async () => {
    const memory = createSession({ storage: 'memory' });
    await memory.login(JANE);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(sessionStorage.getItem(STORAGE_KEY)).to.equal(null);
    const perTab = createSession({ storage: 'session' });
    await perTab.getAccessToken();
    expect(sessionStorage.getItem(STORAGE_KEY)).to.contain('"anonymous"');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
  });
});
