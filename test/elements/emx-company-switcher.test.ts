import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/session/emx-session.js';
import '../../src/elements/login/emx-login.js';
import '../../src/elements/company-switcher/emx-company-switcher.js';
import type { EmxCompanySwitcherElement } from '../../src/elements/company-switcher/emx-company-switcher.js';
import { companySwitcherMessages } from '../../src/elements/company-switcher/messages.js';
import switcherDe from '../../src/elements/company-switcher/messages.de.js';
import { loginMessages } from '../../src/elements/login/messages.js';
import { sharedMessages } from '../../src/elements/shared/messages.js';
import type { EmxSessionElement } from '../../src/elements/session/emx-session.js';
import type { EmxEventDetails } from '../../src/events.js';
import { EmporixSession } from '../../src/session/index.js';
import { errorSummaryOf, fillMessage, query, statusOf, waitForFocus } from '../support/dom.js';
import { CLIENT_ID, EVERY_ATTEMPT, JANE, TENANT, clearFaults, emulatorUrl, injectFault, requestsTo, resetEmulator, until } from '../support/emulator.js';
import { press } from '../support/keyboard.js';
import { DOE_TRADING, KIM, NORDLICHT, SUEDWIND, unassignLegalEntity } from '../support/legal-entities.js';
import { sessionTag } from '../support/session-tag.js';
import { openTabs } from '../support/tabs.js';

const en = { ...sharedMessages.en, ...companySwitcherMessages.en };
const TAB_PAGE = new URL('./company-tab.html', import.meta.url).href;
const JANE_NUMBER = '10000001';

async function mount(content = html`<emx-company-switcher></emx-company-switcher>`, lang = 'en') {
  const provider = await fixture<EmxSessionElement>(html`<div lang=${lang}>${sessionTag(content)}</div>`);
  const session = query<EmxSessionElement>(provider, 'emx-session').session!;
  const switcher = query<EmxCompanySwitcherElement>(provider, 'emx-company-switcher');
  return { provider, session, switcher };
}

const selectOf = (switcher: Element) => query<HTMLSelectElement>(switcher, 'select');
const optionTexts = (switcher: Element) => [...selectOf(switcher).options].map((option) => option.textContent?.trim());
const shownCompany = (switcher: Element) => {
  const select = selectOf(switcher);
  return select.selectedOptions[0]?.textContent?.trim();
};

/**
 * Picks a company in the select like a user (the select's own `change`), then presses "Switch":
 * with the keyboard, or (in another tab's frame, which keys do not reach in every engine) a click.
 */
async function switchTo(switcher: EmxCompanySwitcherElement, id: string, { keyboard = true } = {}): Promise<void> {
  const select = selectOf(switcher);
  select.focus();
  select.value = id;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  const button = query<HTMLButtonElement>(switcher, '[part~="submit"]');
  if (!keyboard) return button.click();
  button.focus();
  await press('Enter');
}

async function refreshesFor(legalEntityId?: string) {
  return (await requestsTo('/refreshauthtoken')).filter((entry) => entry.query.legalEntityId === legalEntityId);
}

async function validatedEntity(session: EmporixSession): Promise<string | undefined> {
  return (await session.validate()).legalEntityId;
}

describe('<emx-company-switcher>', () => {
  beforeEach(() => resetEmulator());
  afterEach(() => clearFaults());

  it('asks a contact of two companies to choose one, and says so in the snapshot, before any switch', async () => {
    const { session, switcher } = await mount();
    expect(switcher.querySelector('[part~="base"]'), 'nothing while signed out').to.equal(null);
    await session.login(KIM);
    await until(() => switcher.querySelector('select'), 3000, 'the select');

    expect(session.snapshot.legalEntityRequired).to.equal(true);
    expect(session.snapshot.customer?.legalEntityId).to.equal(undefined);
    expect(session.snapshot.customer?.legalEntities).to.deep.equal([NORDLICHT, SUEDWIND]);
    expect(optionTexts(switcher)).to.deep.equal([en['company-switcher.placeholder'], NORDLICHT.name, SUEDWIND.name]);
    expect(shownCompany(switcher)).to.equal(en['company-switcher.placeholder']);
    const select = selectOf(switcher);
    expect(query(switcher, `label[for="${select.id}"]`).textContent?.trim()).to.equal(en['company-switcher.label']);
    expect(query(switcher, `#${select.getAttribute('aria-describedby')}`).textContent?.trim()).to.equal(en['company-switcher.required']);
    expect(await refreshesFor(NORDLICHT.id)).to.have.length(0);
    expect(await refreshesFor(SUEDWIND.id)).to.have.length(0);
    await expect(switcher).to.be.accessible();
  });

  it('switches with the keyboard: one refresh with the legalEntityId, the event, the status, and validate agrees', async () => {
    const { provider, session, switcher } = await mount();
    await session.login(KIM);
    await until(() => switcher.querySelector('select'), 3000, 'the select');
    const events: Array<EmxEventDetails['emx-legal-entity-change']> = [];
    provider.addEventListener('emx-legal-entity-change', (event) => events.push(event.detail));

    await switchTo(switcher, SUEDWIND.id);
    const switched = fillMessage(en['company-switcher.switched'], { company: SUEDWIND.name });
    await until(() => statusOf(switcher) === switched, 5000, 'the status to name the new company');

    expect(session.snapshot.customer?.legalEntityId).to.equal(SUEDWIND.id);
    expect(session.snapshot.legalEntityRequired).to.equal(false);
    expect(shownCompany(switcher)).to.equal(SUEDWIND.name);
    expect(optionTexts(switcher), 'no placeholder once a company is active').to.deep.equal([NORDLICHT.name, SUEDWIND.name]);
    expect(events).to.deep.equal([{ previous: undefined, current: SUEDWIND.id }]);
    expect(await refreshesFor(SUEDWIND.id)).to.have.length(1);
    expect(await validatedEntity(session)).to.equal(SUEDWIND.id);
    await expect(switcher).to.be.accessible();

    await switchTo(switcher, NORDLICHT.id);
    await until(() => statusOf(switcher) === fillMessage(en['company-switcher.switched'], { company: NORDLICHT.name }), 5000, 'the second switch');
    expect(events).to.deep.equal([
      { previous: undefined, current: SUEDWIND.id },
      { previous: SUEDWIND.id, current: NORDLICHT.id },
    ]);
    expect(await refreshesFor(NORDLICHT.id)).to.have.length(1);
    expect(await validatedEntity(session)).to.equal(NORDLICHT.id);
  });

  it('restores the company this customer chose in this browser after the next sign-in, and never for another customer', async () => {
    const { session, switcher } = await mount();
    await session.login(KIM);
    await until(() => switcher.querySelector('select'), 3000, 'the select');
    await switchTo(switcher, SUEDWIND.id);
    await until(() => session.snapshot.customer?.legalEntityId === SUEDWIND.id, 5000, 'the switch');
    await session.logout();

    await session.login(JANE);
    expect(session.snapshot.customer?.legalEntityId, 'Jane is tied to her one company').to.equal(DOE_TRADING.id);
    await session.logout();

    await session.login(KIM);
    expect(session.snapshot.customer?.legalEntityId, 'Kim is back on the company she chose').to.equal(SUEDWIND.id);
    expect(session.snapshot.legalEntityRequired).to.equal(false);
    await until(() => shownCompany(switcher) === SUEDWIND.name, 3000, 'the select to show the restored company');
    expect(await refreshesFor(SUEDWIND.id), 'the choice, then its restoration').to.have.length(2);
    expect(await validatedEntity(session)).to.equal(SUEDWIND.id);
  });

  it('shows the one company of a customer with one, tied at sign-in, also in <emx-login>', async () => {
    const { session, switcher, provider } = await mount(html`<emx-login></emx-login><emx-company-switcher></emx-company-switcher>`);
    await session.login(JANE);
    await until(() => switcher.querySelector('[part~="company-name"]'), 3000, 'the company');
    expect(query(switcher, '[part~="company-name"]').textContent).to.equal(DOE_TRADING.name);
    expect(switcher.querySelector('select'), 'nothing to choose').to.equal(null);
    const login = query(provider, 'emx-login');
    await until(() => login.querySelector('[part~="company"]'), 3000, 'the company in <emx-login>');
    expect(query(login, '[part~="company"]').textContent?.trim()).to.equal(fillMessage(loginMessages.en['login.company'], { company: DOE_TRADING.name }));
    expect(await refreshesFor(DOE_TRADING.id)).to.have.length(1);
    expect(session.snapshot.legalEntityRequired).to.equal(false);
    await expect(switcher).to.be.accessible();
  });

  it('renders nothing for a customer without companies, or the note with empty-note', async () => {
    await unassignLegalEntity(JANE_NUMBER, DOE_TRADING.id);
    const { session, provider } = await mount(html`<emx-company-switcher></emx-company-switcher><emx-company-switcher empty-note></emx-company-switcher>`);
    await session.login(JANE);
    const [silent, noted] = [...provider.querySelectorAll('emx-company-switcher')] as EmxCompanySwitcherElement[];
    await until(() => noted!.querySelector('[part~="note"]'), 3000, 'the note');
    expect(query(noted!, '[part~="note"]').textContent?.trim()).to.equal(en['company-switcher.none']);
    expect(silent!.childElementCount, 'no box at all').to.equal(0);
    expect(session.snapshot.customer?.legalEntities).to.deep.equal([]);
    expect(session.snapshot.legalEntityRequired).to.equal(false);
    expect(await requestsTo('/refreshauthtoken')).to.have.length(0);
  });

  it('a failed switch keeps the previous company, says so next to the select, and "Try again" switches', async () => {
    const { provider, session, switcher } = await mount();
    await session.login(KIM);
    await until(() => switcher.querySelector('select'), 3000, 'the select');
    await switchTo(switcher, NORDLICHT.id);
    await until(() => session.snapshot.customer?.legalEntityId === NORDLICHT.id, 5000, 'the first switch');

    await injectFault({ path: '/customer/*/refreshauthtoken', status: 503, times: EVERY_ATTEMPT });
    const errors: Array<EmxEventDetails['emx-error']> = [];
    provider.addEventListener('emx-error', (event) => errors.push(event.detail));
    await switchTo(switcher, SUEDWIND.id);
    const expected = `${en['error.server']} ${fillMessage(en['company-switcher.still_active'], { company: NORDLICHT.name })}${en['company-switcher.retry']}`;
    await until(() => errorSummaryOf(switcher) === expected, 8000, 'the failure');

    const select = selectOf(switcher);
    expect(session.snapshot.customer?.legalEntityId).to.equal(NORDLICHT.id);
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(select.getAttribute('aria-describedby')).to.equal(query(switcher, '[part~="error-summary"]').id);
    expect(await waitForFocus(select), 'the focus on the select').to.equal(true);
    expect(errors.map(({ operation, status }) => [operation, status])).to.deep.equal([['legal-entity-switch', 503]]);
    expect(await validatedEntity(session)).to.equal(NORDLICHT.id);
    await expect(switcher).to.be.accessible();

    await clearFaults();
    query<HTMLButtonElement>(switcher, '[part~="retry"]').click();
    await until(() => statusOf(switcher) === fillMessage(en['company-switcher.switched'], { company: SUEDWIND.name }), 5000, 'the retried switch');
    expect(errorSummaryOf(switcher)).to.equal('');
    expect(session.snapshot.customer?.legalEntityId).to.equal(SUEDWIND.id);
  });

  it('a company taken away mid-session is refused with its own message, the previous stays, and the list is reloaded', async () => {
    const { provider, session, switcher } = await mount();
    await session.login(KIM);
    await until(() => switcher.querySelector('select'), 3000, 'the select');
    await switchTo(switcher, SUEDWIND.id);
    await until(() => session.snapshot.customer?.legalEntityId === SUEDWIND.id, 5000, 'the switch to Südwind');
    await switchTo(switcher, NORDLICHT.id);
    await until(() => session.snapshot.customer?.legalEntityId === NORDLICHT.id, 5000, 'the switch to Nordlicht');

    await unassignLegalEntity(KIM.customerNumber, SUEDWIND.id);
    const errors: string[] = [];
    provider.addEventListener('emx-error', (event) => errors.push(event.detail.code));
    await switchTo(switcher, SUEDWIND.id);
    const expected = `${en['legal-entity-switch.error.legal_entity_not_assigned']} ${fillMessage(en['company-switcher.still_active'], { company: NORDLICHT.name })}`;
    await until(() => errorSummaryOf(switcher) === expected, 5000, 'the refusal');

    expect(switcher.querySelector('[part~="retry"]'), 'no retry for a refusal').to.equal(null);
    expect(errors).to.deep.equal(['legal_entity_not_assigned']);
    expect(session.snapshot.customer?.legalEntityId).to.equal(NORDLICHT.id);
    await until(() => optionTexts(switcher).length === 1, 5000, 'the list without Südwind');
    expect(optionTexts(switcher)).to.deep.equal([NORDLICHT.name]);
    expect(shownCompany(switcher)).to.equal(NORDLICHT.name);
    expect(await validatedEntity(session)).to.equal(NORDLICHT.id);

    // The refused choice is forgotten: the next sign-in asks again rather than trying it.
    await session.logout();
    await session.login(KIM);
    expect(session.snapshot.customer?.legalEntityId, 'the one company left').to.equal(NORDLICHT.id);
    expect(await refreshesFor(SUEDWIND.id), 'the first switch and the refused one').to.have.length(2);
  });

  it('speaks German', async () => {
    const { session, switcher } = await mount(undefined, 'de');
    await session.login(KIM);
    await until(() => switcher.querySelector('select'), 3000, 'the select');
    expect(query(switcher, 'label').textContent?.trim()).to.equal(switcherDe['company-switcher.label']);
    expect(query(switcher, '[part~="submit"]').textContent?.trim()).to.equal(switcherDe['company-switcher.switch']);
    expect(query(switcher, '[part~="hint"]').textContent?.trim()).to.equal(switcherDe['company-switcher.required']);
  });

  it('a switch in one of three tabs shows the new company in every tab, with one refresh', async () => {
    await resetEmulator();
    const tabs = await openTabs(3, TAB_PAGE);
    try {
      const [first] = tabs.sessions;
      await first!.login(KIM);
      const switchers = tabs.windows.map((tab) => tab.switcher!);
      await until(() => switchers.every((switcher) => switcher.querySelector('select')), 5000, 'every tab to show the select');
      const seen = tabs.windows.map(() => [] as Array<EmxEventDetails['emx-legal-entity-change']>);
      tabs.windows.forEach((tab, index) => tab.document.addEventListener('emx-legal-entity-change', (event) => seen[index]!.push(event.detail)));

      await switchTo(switchers[1]!, SUEDWIND.id, { keyboard: false });
      await until(() => switchers.every((switcher) => shownCompany(switcher) === SUEDWIND.name), 5000, 'every tab to show Südwind');
      expect(tabs.sessions.map((session) => session.snapshot.customer?.legalEntityId)).to.deep.equal([SUEDWIND.id, SUEDWIND.id, SUEDWIND.id]);
      expect(seen).to.deep.equal(tabs.windows.map(() => [{ previous: undefined, current: SUEDWIND.id }]));
      expect(await refreshesFor(SUEDWIND.id), 'one refresh for three tabs').to.have.length(1);
      expect(await requestsTo('/refreshauthtoken')).to.have.length(1);
    } finally {
      tabs.close();
    }
  });
});

describe('session.switchLegalEntity', () => {
  beforeEach(() => resetEmulator());

  it('rejects while no customer is signed in, and a cancelled switch sends nothing', async () => {
    const session = new EmporixSession({ tenant: TENANT, clientId: CLIENT_ID, apiUrl: emulatorUrl(), storage: 'memory' });
    try {
      const signedOut = await session.switchLegalEntity(NORDLICHT.id).then(() => undefined, (error: { code: string }) => error.code);
      expect(signedOut).to.equal('not_signed_in');
      await session.login(KIM);
      const abort = new AbortController();
      abort.abort();
      const cancelled = await session.switchLegalEntity(NORDLICHT.id, { signal: abort.signal }).then(() => undefined, (error: { kind: string }) => error.kind);
      expect(cancelled).to.equal('aborted');
      expect(await requestsTo('/refreshauthtoken')).to.have.length(0);
      expect(session.snapshot.legalEntityRequired).to.equal(true);
    } finally {
      session.dispose();
    }
  });
});
