import { expect } from '@open-wc/testing';
import { JANE, clearRequests, requestsTo, resetEmulator, advanceClock, until } from '../support/emulator.js';
import { openTabs } from '../support/tabs.js';

/** Shorter than the refresh token's day, so that a token at expiry can be refreshed. */
const CUSTOMER_TOKEN_SECONDS = 600;

describe('sessions across tabs', () => {
  let close = () => {};

  beforeEach(async () => {
    window.clockOffsetMs = 0;
    await resetEmulator();
  });

  afterEach(() => {
    close();
    window.clockOffsetMs = 0;
  });

  for (const count of [2, 5]) {
    it(`${count} tabs at token expiry send exactly one refresh`, async () => {
      await resetEmulator({ tokenLifetimes: { customer: CUSTOMER_TOKEN_SECONDS } });
      const tabs = await openTabs(count);
      close = tabs.close;
      const [first, ...others] = tabs.sessions;
      await first.login(JANE);
      await until(() => others.every((session) => session.snapshot.status === 'customer'), 2000, 'every tab to see the login');
      // Counted from here: the sign-in's own refresh tied Jane to her one company.
      await clearRequests();

      window.clockOffsetMs = (CUSTOMER_TOKEN_SECONDS - 10) * 1000;
      await advanceClock(CUSTOMER_TOKEN_SECONDS - 10);
      const tokens = await Promise.all(tabs.sessions.map((session) => session.getAccessToken()));

      expect(new Set(tokens).size, 'every tab holds the same new token').to.equal(1);
      expect(await requestsTo('/refreshauthtoken')).to.have.length(1);
    });
  }

  for (const count of [2, 5]) {
    it(`${count} fresh tabs share one anonymous session`, async () => {
      const tabs = await openTabs(count);
      close = tabs.close;
      await Promise.all(tabs.sessions.map((session) => session.getAccessToken()));
      expect(await requestsTo('/anonymous/login')).to.have.length(1);
      expect(new Set(tabs.sessions.map((session) => session.snapshot.sessionId)).size).to.equal(1);
    });
  }

  it('a logout in one tab signs out every other tab within 200 ms', async () => {
    const tabs = await openTabs(5);
    close = tabs.close;
    const [first, ...others] = tabs.sessions;
    await first.login(JANE);
    await until(() => others.every((session) => session.snapshot.status === 'customer'), 2000, 'every tab to see the login');
    const signedOutAt = (session: (typeof tabs.sessions)[number]) =>
      new Promise<number>((resolve) => {
        const off = session.on('logout', () => {
          off();
          resolve(performance.now());
        });
      });
    const firstSignedOut = signedOutAt(first);
    const othersSignedOut = Promise.all(others.map(signedOutAt));
    await first.logout();
    const origin = await firstSignedOut;
    for (const time of await othersSignedOut) expect(time - origin).to.be.below(200);
    expect(others.every((session) => session.snapshot.status !== 'customer')).to.equal(true);
  });

  it('a login in one tab while another is mid-refresh ends with every tab on the new customer session', async () => {
    const tabs = await openTabs(3);
    close = tabs.close;
    const [refresher, loginTab, watcher] = tabs.sessions;
    await refresher.login(JANE);
    await until(() => watcher.snapshot.status === 'customer', 2000, 'the watcher to see Jane');
    const refreshing = refresher.refresh();
    const login = loginTab.login({ email: 'jane@example.com', password: JANE.password });
    await Promise.all([refreshing, login]);
    const token = await loginTab.getAccessToken();
    await until(
      async () => (await Promise.all(tabs.sessions.map((session) => session.getAccessToken()))).every((each) => each === token),
      2000,
      'every tab to hold the newest token',
    );
  });
});
