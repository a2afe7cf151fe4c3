import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import { pageSessionHub, sessionContext } from '../../src/context.js';
import '../../src/elements/session/emx-session.js';
import type { EmxSessionElement } from '../../src/elements/session/emx-session.component.js';
import type { EmporixSession } from '../../src/session/index.js';
import { CLIENT_ID, JANE, TENANT, emulatorUrl, requests, resetEmulator, sessionRecordKey, until } from '../support/emulator.js';
import { sessionTag } from '../support/session-tag.js';

/** The smallest consumer, standing in for any emx tag: it asks the page for the session. */
class SessionProbe extends LitElement {
  readonly consumer: ContextConsumer<typeof sessionContext, this>;
  constructor() {
    super();
    this.consumer = new ContextConsumer(this, { context: sessionContext, subscribe: true });
  }
  override connectedCallback(): void {
    pageSessionHub(this.ownerDocument);
    super.connectedCallback();
  }
  get session(): EmporixSession | undefined {
    return this.consumer.value;
  }
}
customElements.define('emx-test-session-probe', SessionProbe);

/** Collects `console.warn` calls until `stop()`. */
function watchWarnings(): { warnings: string[]; stop: () => void } {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, stop: () => (console.warn = original) };
}

describe('<emx-session>', () => {
  beforeEach(() => resetEmulator());

  it('serves tags inside it, beside it, added later and inside other shadow roots with one session', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <emx-session tenant=${TENANT} client-id=${CLIENT_ID} api-url=${emulatorUrl()}>
          <emx-test-session-probe id="inside"></emx-test-session-probe>
        </emx-session>
        <emx-test-session-probe id="beside"></emx-test-session-probe>
        <div id="host"></div>
      </div>
    `);
    const provider = page.querySelector('emx-session') as EmxSessionElement;
    const shadow = page.querySelector('#host')!.attachShadow({ mode: 'open' });
    const shadowed = document.createElement('emx-test-session-probe') as SessionProbe;
    shadow.append(shadowed);
    const later = document.createElement('emx-test-session-probe') as SessionProbe;
    page.append(later);

    const probes = [page.querySelector('#inside'), page.querySelector('#beside'), shadowed, later] as SessionProbe[];
    await until(() => probes.every((probe) => probe.session), 1000, 'every probe to get the session');
    for (const probe of probes) expect(probe.session).to.equal(provider.session);
  });

  it('serves tags that were connected before <emx-session>', async () => {
    const page = await fixture<HTMLElement>(html`<div><emx-test-session-probe></emx-test-session-probe></div>`);
    const probe = page.querySelector('emx-test-session-probe') as SessionProbe;
    expect(probe.session).to.equal(undefined);
    const provider = document.createElement('emx-session') as EmxSessionElement;
    Object.assign(provider, { tenant: TENANT, clientId: CLIENT_ID, apiUrl: emulatorUrl() });
    page.append(provider);
    await until(() => probe.session, 1000, 'the early probe to get the session');
    expect(probe.session).to.equal(provider.session);
  });

  it('touches no network when it is placed on the page', async () => {
    const provider = await fixture<EmxSessionElement>(sessionTag());
    expect(provider.session!.snapshot.status).to.equal('signed-out');
    expect(await requests()).to.have.length(0);
  });

  it('announces login, logout and every change as bubbling, composed events', async () => {
    const provider = await fixture<EmxSessionElement>(sessionTag());
    const seen: string[] = [];
    for (const type of ['emx-login', 'emx-logout', 'emx-session-change'] as const) {
      document.addEventListener(type, (event) => seen.push(`${type}:${event.composed && event.bubbles}`));
    }
    await provider.session!.login(JANE);
    await provider.session!.logout();
    expect(seen).to.include('emx-login:true');
    expect(seen).to.include('emx-logout:true');
    expect(seen).to.include('emx-session-change:true');
  });

  it('replaces its session when the configuration changes and releases the old one', async () => {
    const provider = await fixture<EmxSessionElement>(sessionTag());
    const first = provider.session;
    provider.storage = 'memory';
    await provider.updateComplete;
    expect(provider.session).not.to.equal(first);
    expect(provider.session!.config.storage).to.equal('memory');
  });

  it('a second <emx-session> of another shop injected into the page (a CMS block) is ignored: it cannot take the page over or wipe the stored session', async () => {
    const page = await fixture<HTMLElement>(html`<div>${sessionTag()}<div id="cms"></div></div>`);
    const first = page.querySelector('emx-session') as EmxSessionElement;
    await first.session!.login(JANE);
    const token = await first.session!.getAccessToken();
    const stored = localStorage.getItem(sessionRecordKey());
    const { warnings, stop } = watchWarnings();
    try {
      // Markup as a CMS would insert it: parsed, not built by script.
      const block = document
        .createRange()
        .createContextualFragment(`<emx-session tenant="evil" client-id="evil-client" api-url="https://api.evil.example"></emx-session>`);
      page.querySelector('#cms')!.append(block);
      const injected = page.querySelector('#cms emx-session') as EmxSessionElement;
      await injected.updateComplete;
      const probe = document.createElement('emx-test-session-probe') as SessionProbe;
      page.append(probe);

      expect(injected.session, 'the injected element starts no session').to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('ignored');
      await until(() => probe.session, 1000, 'the probe to get a session');
      expect(probe.session, 'the page keeps the first session').to.equal(first.session);
      expect(first.session!.snapshot.status).to.equal('customer');
      expect(await first.session!.getAccessToken()).to.equal(token);
      expect(localStorage.getItem(sessionRecordKey()), 'the stored session').to.equal(stored);
      injected.tenant = 'evil2';
      await injected.updateComplete;
      expect(warnings, 'one warning per element').to.have.length(1);
    } finally {
      stop();
    }
  });

  it('an attribute change cannot move a running <emx-session> to another shop: tenant, client id and API URL are read once', async () => {
    const provider = await fixture<EmxSessionElement>(sessionTag());
    const session = provider.session;
    const { warnings, stop } = watchWarnings();
    try {
      provider.setAttribute('tenant', 'evil');
      provider.setAttribute('api-url', 'https://api.evil.example');
      await provider.updateComplete;
      expect(provider.session).to.equal(session);
      expect(session!.config.tenant).to.equal(TENANT);
      expect([provider.tenant, provider.apiUrl]).to.deep.equal([TENANT, emulatorUrl()]);
      expect(provider.getAttribute('tenant')).to.equal(TENANT);
      expect(warnings).to.have.length(1);
    } finally {
      stop();
    }
  });
});
