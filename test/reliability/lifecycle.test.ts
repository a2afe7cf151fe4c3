import { expect } from '@open-wc/testing';
import '../../src/elements/session/emx-session.js';
import '../../src/elements/login/emx-login.js';
import '../../src/elements/signup/emx-signup.js';
import '../../src/elements/address-book/emx-address-book.js';
import '../../src/elements/password-reset/emx-password-reset.js';
import '../../src/elements/account/emx-account.js';
import type { EmxSessionElement } from '../../src/elements/session/emx-session.js';
import type { LitElement } from 'lit';
import { ContextEvent } from '@lit/context';
import { sessionContext } from '../../src/context.js';
import { CLIENT_ID, JANE, TENANT, emulatorUrl, resetEmulator, until } from '../support/emulator.js';
import { ResourceCounter, type ResourceCounts } from '../support/resource-counter.js';

const MOUNTS = 1000;
const TAGS = ['emx-session', 'emx-login', 'emx-signup', 'emx-address-book', 'emx-password-reset', 'emx-account'];
/** Aborted requests and their timers are let go of asynchronously, after the last removal. */
const SETTLE_MS = 5000;

function sessionElement(): EmxSessionElement {
  return Object.assign(document.createElement('emx-session'), { tenant: TENANT, clientId: CLIENT_ID, apiUrl: emulatorUrl() });
}

/** What one mount is: the tag alone (it finds the page's session), or `<emx-session>` with a sign-in form inside. */
function create(tag: string): LitElement[] {
  if (tag !== 'emx-session') return [document.createElement(tag) as LitElement];
  const session = sessionElement();
  const login = document.createElement('emx-login');
  session.append(login);
  return [session, login];
}

/** Connects the tag, lets it render (and start what it starts on connect), and removes it. */
async function mountAndRemove(tag: string, container: HTMLElement): Promise<void> {
  const [root, ...inner] = create(tag);
  container.append(root);
  await Promise.all([root, ...inner].map((element) => element.updateComplete));
  root.remove();
}

const sameCounts = (a: ResourceCounts, b: ResourceCounts) => JSON.stringify(a) === JSON.stringify(b);

describe(`mounting and removing every element ${MOUNTS} times`, () => {
  const counter = new ResourceCounter();
  let pageSession: EmxSessionElement;
  let container: HTMLElement;

  before(async () => {
    await resetEmulator();
    counter.install();
    // The tags find the page's session through the page hub, as beside `<emx-session>` on the demo's pages.
    pageSession = sessionElement();
    container = document.createElement('main');
    document.body.append(pageSession, container);
  });

  after(() => {
    pageSession.remove();
    container.remove();
    counter.uninstall();
  });

  it('the counter sees what a careless tag would leave behind', () => {
    const before = counter.counts();
    const onResize = () => undefined;
    window.addEventListener('resize', onResize);
    const timeout = setTimeout(() => undefined, 60_000);
    const interval = setInterval(() => undefined, 60_000);
    const channel = new BroadcastChannel('emx-lifecycle-check');
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.body, { childList: true });
    const unsubscribe = pageSession.session!.subscribe(() => undefined);
    let releaseContext = () => {};
    container.dispatchEvent(new ContextEvent(sessionContext, container, (_session, release) => (releaseContext = release ?? releaseContext), true));
    const left = counter.counts();
    window.removeEventListener('resize', onResize);
    clearTimeout(timeout);
    clearInterval(interval);
    channel.close();
    observer.disconnect();
    unsubscribe();
    releaseContext();

    expect(left).to.deep.equal({
      ...before,
      timeouts: before.timeouts + 1,
      intervals: before.intervals + 1,
      listeners: { ...before.listeners, window: (before.listeners.window ?? 0) + 1 },
      broadcastChannels: before.broadcastChannels + 1,
      mutationObservers: before.mutationObservers + 1,
      sessionSubscriptions: before.sessionSubscriptions + 1,
      contextSubscriptions: before.contextSubscriptions + 1,
    });
    expect(counter.counts()).to.deep.equal(before);
  });

  for (const state of ['signed out', 'signed in'] as const) {
    describe(state, () => {
      before(async () => {
        // Signed in, the account and the address book load what they show as they connect.
        if (state === 'signed in') await pageSession.session!.login(JANE);
      });

      for (const tag of TAGS) {
        it(`<${tag}> leaves no timer, listener, BroadcastChannel, MutationObserver or subscription behind`, async function () {
          this.timeout(60_000);
          // Once-per-page things (the page hub, the adopted style sheets) come with the first mount.
          await mountAndRemove(tag, container);
          await until(() => counter.counts().timeouts === 0, SETTLE_MS, 'the first mount to settle');
          const before = counter.counts();

          const started = performance.now();
          for (let mount = 0; mount < MOUNTS; mount += 1) await mountAndRemove(tag, container);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          await until(() => sameCounts(counter.counts(), before), SETTLE_MS, 'the counts to return').catch(() => undefined);

          expect(counter.counts(), `after ${MOUNTS} mounts of <${tag}>, ${state}`).to.deep.equal(before);
          console.log(`<${tag}>, ${state}: ${MOUNTS} mounts and removals in ${seconds} s, nothing left behind`);
        });
      }
    });
  }
});
