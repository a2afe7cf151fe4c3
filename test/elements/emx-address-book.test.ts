import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { chord, press, typeText } from '../support/keyboard.js';
import '../../src/elements/session/emx-session.js';
import '../../src/elements/address-book/emx-address-book.js';
import type { EmxAddressBookElement } from '../../src/elements/address-book/emx-address-book.js';
import type { EmxSessionElement } from '../../src/elements/session/emx-session.js';
import { addressBookMessages } from '../../src/elements/address-book/messages.js';
import { sharedMessages } from '../../src/elements/shared/messages.js';
import sharedDe from '../../src/elements/shared/messages.de.js';
import addressBookDe from '../../src/elements/address-book/messages.de.js';
import type { Address } from '../../src/api/index.js';
import {
  addCustomerAddress,
  addCustomerAddressTags,
  deleteCustomerAddress,
  getCustomerAddress,
  listCustomerAddresses,
  updateCustomerAddress,
  type EmporixSession,
} from '../../src/session/index.js';
import { RETRIES } from '../../src/session/retry.js';
import { EVERY_ATTEMPT, JANE, TENANT, clearFaults, clearRequests, injectFault, requests, requestsTo, resetEmulator, until } from '../support/emulator.js';
import { errorSummaryOf, fieldErrorOf, hasFocus, isolated, headingOf, query, statusOf, submitButtonOf, type, waitForError, waitForFocus } from '../support/dom.js';
import { sessionTag } from '../support/session-tag.js';

const en = { ...sharedMessages.en, ...addressBookMessages.en };
const de = { ...sharedDe, ...addressBookDe };
const ADDRESSES_PATH = `/customer/${TENANT}/me/addresses`;
/** How often the session sends a read that keeps failing. */
const READ_ATTEMPTS = RETRIES + 1;

/** An address with every field of the schema, as a customer would type it. */
const FULL_ADDRESS = {
  contactName: 'Max Mustermann',
  companyName: 'Muster AG',
  street: 'Rue de Rivoli',
  streetNumber: '5a',
  streetAppendix: 'Bâtiment B',
  extraLine1: 'c/o Erika Mustermann',
  extraLine2: '3e étage',
  extraLine3: 'Porte gauche',
  extraLine4: 'Code 1234',
  zipCode: '75001',
  city: 'Paris',
  state: 'Île-de-France',
  country: 'FR',
  contactPhone: '+33 1 23 45 67 89',
} as const;

/** Waits for something to exist, typed without its absence. */
function present<T>(find: () => T | null | undefined | false, what: string, timeoutMs = 3000): Promise<T> {
  return until(find, timeoutMs, what) as Promise<T>;
}

interface Mounted {
  book: EmxAddressBookElement;
  session: EmporixSession;
}

/** `<emx-address-book>` for Jane, signed in, once its list is shown; `prepare` runs first, as Jane, through the session. */
async function mountBook(options: { lang?: string; prepare?: (session: EmporixSession) => Promise<unknown> } = {}): Promise<Mounted> {
  const page = await fixture<HTMLElement>(html`<div lang=${options.lang ?? 'en'}>${sessionTag('')}</div>`);
  const provider = query<EmxSessionElement>(page, 'emx-session');
  const session = await present(() => provider.session, 'the session');
  await session.login(JANE);
  await options.prepare?.(session);
  const book = document.createElement('emx-address-book');
  provider.append(book);
  await until(() => book.querySelector('[part~="list"], [part~="empty"]'), 5000, 'the address list');
  await until(() => !book.querySelector('[aria-busy="true"]'), 5000, 'the list to settle');
  await clearRequests();
  return { book, session };
}

const cards = (book: Element) => [...book.querySelectorAll<HTMLElement>('[part~="card"]')];
const textOf = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const partsText = (root: Element, part: string) => [...root.querySelectorAll(`[part~="${part}"]`)].map((element) => textOf(element));

function cardIn(book: Element, city: string): HTMLElement {
  const card = cards(book).find((candidate) => partsText(candidate, 'address-line').some((line) => line.endsWith(city)));
  if (!card) throw new Error(`No card for ${city}`);
  return card;
}

const partOf = <T extends HTMLElement = HTMLButtonElement>(root: ParentNode, part: string) => query<T>(root, `[part~="${part}"]`);
const field = (book: Element, name: string) => query<HTMLInputElement>(book, `[part~="address-form"] [name="${name}"]`);
const countrySelect = (book: Element) => query<HTMLSelectElement>(book, '[part~="address-form"] select[name="country"]');
const tagBox = (book: Element, tag: string) => query<HTMLInputElement>(book, `[part~="address-form"] input[name="tags"][value="${tag}"]`);
const dialogOf = (book: Element) => book.querySelector('dialog');
const openDialog = (book: Element) => present(() => dialogOf(book)?.open && dialogOf(book), 'the confirmation');

function choose(select: HTMLSelectElement, value: string): void {
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

async function idsByCity(session: EmporixSession): Promise<Record<string, string>> {
  return Object.fromEntries((await listCustomerAddresses(session)).map((address) => [address.city ?? '', address.id]));
}

/** Waits until the list shows `count` cards and no run is pending. */
async function settled(book: EmxAddressBookElement, count: number): Promise<void> {
  await until(() => cards(book).length === count && !book.querySelector('[aria-busy="true"]'), 5000, `${count} settled cards`);
}

/** Waits for the form's contact-name field to appear and have the focus. */
async function waitForFormFocus(book: EmxAddressBookElement): Promise<void> {
  await waitForFocus(await present(() => book.querySelector('[part~="address-form"] [name="contactName"]'), 'the address form'));
}

/** Clicks a button that opens the add or edit form, and waits for the focus in its first field. */
async function openForm(book: EmxAddressBookElement, button: HTMLElement): Promise<void> {
  button.click();
  await waitForFormFocus(book);
}

interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

/**
 * Records the changes the page itself sends to the address endpoints (not the list's GETs), with
 * their JSON bodies: the emulator logs no bodies, and its log also shows the browser's own
 * transport-level resends. It only watches: every call goes on to the real fetch.
 */
function recordChanges(): { sent: SentRequest[]; restore(): void } {
  const original = window.fetch;
  const sent: SentRequest[] = [];
  window.fetch = (input, init) => {
    const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
    const method = init?.method ?? 'GET';
    if (path.startsWith(ADDRESSES_PATH) && method !== 'GET') {
      sent.push({ method, path, body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
    }
    return original(input, init);
  };
  return { sent, restore: () => void (window.fetch = original) };
}

/** Every request to the address endpoints (list, one address, tags), optionally of one method. */
async function addressRequests(method?: string) {
  return (await requests()).filter((entry) => entry.path.startsWith(ADDRESSES_PATH) && (!method || entry.method === method));
}

const openAddForm = (book: EmxAddressBookElement) => openForm(book, partOf(book, 'add'));

/** The stored address as the session reads it (GET …/addresses/{id}), without the server's bookkeeping. */
async function stored(session: EmporixSession, id: string): Promise<Omit<Address, 'metadata'>> {
  const { metadata: _metadata, ...address } = await getCustomerAddress(session, id);
  return address;
}

describe('<emx-address-book>', () => {
  beforeEach(() => resetEmulator());
  afterEach(() => clearFaults());

  describe('without a customer', () => {
    it('says the address book is unavailable while the page has no session', async () => {
      const book = await fixture<EmxAddressBookElement>(html`<emx-address-book></emx-address-book>`);
      expect(headingOf(book)).to.equal(en['addresses.heading']);
      expect(textOf(partOf(book, 'notice'))).to.equal(en['addresses.not_configured']);
      await expect(book).to.be.accessible();
    });

    it('invites a signed-out visitor to sign in with a link to the login page', async () => {
      const provider = await fixture<EmxSessionElement>(sessionTag(html`<emx-address-book login-href="/login.html"></emx-address-book>`));
      const book = query<EmxAddressBookElement>(provider, 'emx-address-book');
      await until(() => book.querySelector('a[part~="link"]'), 3000, 'the sign-in link');
      expect(book.textContent).to.contain(en['addresses.signed_out']);
      expect(partOf<HTMLAnchorElement>(book, 'link').getAttribute('href')).to.equal('/login.html');
      expect(await requestsTo(ADDRESSES_PATH)).to.have.length(0);
      await expect(book).to.be.accessible();
    });

    it('asks the shop to navigate to the login without login-href, and shows the list after signing in', async () => {
      const provider = await fixture<EmxSessionElement>(sessionTag(html`<emx-address-book></emx-address-book>`));
      const book = query<EmxAddressBookElement>(provider, 'emx-address-book');
      const signIn = await present(() => book.querySelector<HTMLButtonElement>('button[part~="link"]'), 'the sign-in button');
      expect(textOf(signIn)).to.equal(en['addresses.sign_in']);
      setTimeout(() => signIn.click());
      expect((await oneEvent(book, 'emx-navigate')).detail.to).to.equal('login');

      await provider.session?.login(JANE);
      await settled(book, 2);
      const listed = await requestsTo(ADDRESSES_PATH, 'GET');
      expect(listed.map((entry) => entry.tokenKind)).to.deep.equal(['customer']);
    });

    it('sends nothing once removed, and loads afresh when connected again', async () => {
      // Asks for a session before any exists, then leaves: the page hub may still answer it later.
      const orphan = document.createElement('emx-address-book');
      document.body.append(orphan);
      await orphan.updateComplete;
      orphan.remove();
      const page = await fixture<HTMLElement>(html`<div>${sessionTag('')}<section></section></div>`);
      const provider = query<EmxSessionElement>(page, 'emx-session');
      await (await present(() => provider.session, 'the session')).login(JANE);
      const book = document.createElement('emx-address-book');
      provider.append(book);
      await settled(book, 2);
      expect(await requestsTo(ADDRESSES_PATH, 'GET')).to.have.length(1);
      expect(orphan.querySelector('[part~="card"]')).to.equal(null);

      await clearRequests();
      query(page, 'section').append(book);
      await until(async () => (await requestsTo(ADDRESSES_PATH, 'GET')).length === 1, 3000, 'the list loaded again');
      await settled(book, 2);
    });

    it('forgets the addresses when the customer signs out', async () => {
      const { book, session } = await mountBook();
      await session.logout();
      await until(() => book.textContent?.includes(en['addresses.signed_out']), 3000, 'the invitation');
      expect(cards(book)).to.have.length(0);
      await expect(book).to.be.accessible();
    });
  });

  describe('the list', () => {
    it('shows Jane’s two addresses, the default first and marked, with their tags', async () => {
      const { book } = await mountBook();

      expect(cards(book).map((card) => textOf(partOf(card, 'card-heading')))).to.deep.equal(['Jane Doe', 'Jane Doe']);
      const [berlin, munich] = cards(book) as [HTMLElement, HTMLElement];
      expect(partsText(berlin, 'address-line')).to.deep.equal([
        'Doe Trading GmbH',
        'Platz der Republik 1',
        '11011 Berlin',
        'Berlin',
        'Germany',
        `Phone: ${isolated('+49 30 1234567')}`,
      ]);
      expect(partsText(berlin, 'badge')).to.deep.equal([en['addresses.default']]);
      expect(partsText(berlin, 'tag')).to.deep.equal([en['addresses.tag.BILLING'], en['addresses.tag.SHIPPING']]);
      expect(berlin.querySelector('[part~="make-default"]'), 'the default has no "Make default"').to.equal(null);
      expect(partsText(munich, 'address-line')).to.deep.equal(['Marienplatz 8', '80331 München', 'Bayern', 'Germany']);
      expect(partsText(munich, 'badge')).to.deep.equal([]);
      expect(partsText(munich, 'tag')).to.deep.equal([en['addresses.tag.SHIPPING']]);
      // Buttons share labels; their description names the address.
      const edit = partOf(munich, 'edit');
      const description = edit.getAttribute('aria-describedby')?.split(' ').map((id) => textOf(document.getElementById(id)));
      expect(description?.join(' ')).to.contain('Marienplatz 8');
      await expect(book).to.be.accessible();
    });

    it('puts the default first whatever the order on the server, and shows custom tags as they are', async () => {
      const { book } = await mountBook({
        prepare: async (session) => {
          const ids = await idsByCity(session);
          await updateCustomerAddress(session, ids['München']!, { isDefault: true });
          await addCustomerAddressTags(session, ids['München']!, ['Büro 🏢']);
        },
      });
      const [first, second] = cards(book) as [HTMLElement, HTMLElement];
      expect(partsText(first, 'address-line')).to.include('80331 München');
      expect(partsText(first, 'badge')).to.deep.equal([en['addresses.default']]);
      expect(partsText(first, 'tag')).to.deep.equal([en['addresses.tag.SHIPPING'], 'Büro 🏢']);
      expect(partsText(second, 'badge')).to.deep.equal([]);
    });

    it('says it is loading, marks the list busy, then shows it', async () => {
      await injectFault({ method: 'GET', path: ADDRESSES_PATH, delayMs: 800 });
      const provider = await fixture<EmxSessionElement>(sessionTag(html`<emx-address-book></emx-address-book>`));
      const book = query<EmxAddressBookElement>(provider, 'emx-address-book');
      await present(() => provider.session, 'the session');
      void provider.session?.login(JANE);

      const loading = await present(() => book.querySelector('[part~="loading"]:not(:empty)'), 'the loading message');
      expect(loading.getAttribute('role')).to.equal('status');
      expect(textOf(loading)).to.equal(en['addresses.loading']);
      await expect(book).to.be.accessible();
      await settled(book, 2);
      expect(textOf(partOf(book, 'loading'))).to.equal('');
    });

    it('shows the empty state and offers to add an address', async () => {
      const { book } = await mountBook({
        prepare: async (session) => {
          for (const address of await listCustomerAddresses(session)) await deleteCustomerAddress(session, address.id);
        },
      });
      expect(textOf(partOf(book, 'empty'))).to.equal(en['addresses.empty']);
      expect(textOf(partOf(book, 'add'))).to.equal(en['addresses.add']);
      await expect(book).to.be.accessible();
    });

    it('reports a failed load with a Retry button that loads again', async () => {
      await injectFault({ method: 'GET', path: ADDRESSES_PATH, status: 503, times: READ_ATTEMPTS });
      const provider = await fixture<EmxSessionElement>(sessionTag(html`<emx-address-book></emx-address-book>`));
      const book = query<EmxAddressBookElement>(provider, 'emx-address-book');
      const errors: string[] = [];
      book.addEventListener('emx-error', (event) => errors.push(`${event.detail.operation}:${event.detail.status}`));
      await present(() => provider.session, 'the session');
      await provider.session?.login(JANE);

      expect(await waitForError(book)).to.equal(en['error.server']);
      expect(errors).to.deep.equal(['address-list:503']);
      expect(cards(book)).to.have.length(0);
      await expect(book).to.be.accessible();

      partOf(book, 'retry').click();
      await settled(book, 2);
      expect(errorSummaryOf(book)).to.equal('');
      expect(book.querySelector('[part~="retry"]')).to.equal(null);
      expect((await requestsTo(ADDRESSES_PATH, 'GET')).map((entry) => entry.status)).to.deep.equal([...Array(READ_ATTEMPTS).fill(503), 200]);
    });

    it('reports a dropped connection while loading, and Retry succeeds', async () => {
      // The fault stays until it is cleared.
      await injectFault({ method: 'GET', path: ADDRESSES_PATH, drop: true, times: EVERY_ATTEMPT });
      const provider = await fixture<EmxSessionElement>(sessionTag(html`<emx-address-book></emx-address-book>`));
      const book = query<EmxAddressBookElement>(provider, 'emx-address-book');
      await present(() => provider.session, 'the session');
      await provider.session?.login(JANE);

      expect(await waitForError(book)).to.equal(en['error.network']);
      await clearFaults();
      partOf(book, 'retry').click();
      await settled(book, 2);
    });
  });

  describe('adding', () => {
    it('adds an address with every field, stored exactly as typed, and focuses its card', async () => {
      const { book, session } = await mountBook();
      await openAddForm(book);
      expect(textOf(partOf(book, 'form-heading'))).to.equal(en['addresses.form.add_heading']);
      expect(countrySelect(book).value, 'no country chosen yet').to.equal('');
      await expect(book).to.be.accessible();

      partOf(book, 'more-lines-toggle').click();
      for (const [name, value] of Object.entries(FULL_ADDRESS)) {
        if (name === 'country') choose(countrySelect(book), value);
        else type(field(book, name), value);
      }
      tagBox(book, 'BILLING').click();
      type(field(book, 'otherTags'), ' Gift, Weekend ,Gift');
      await expect(book).to.be.accessible();
      const changed = oneEvent(book, 'emx-address-change');
      const recorder = recordChanges();
      submitButtonOf(book).click();

      const { detail } = await changed;
      recorder.restore();
      expect(detail.action).to.equal('add');
      expect(recorder.sent).to.deep.equal([{ method: 'POST', path: ADDRESSES_PATH, body: { ...FULL_ADDRESS, tags: ['BILLING', 'Gift', 'Weekend'] } }]);
      await settled(book, 3);
      const card = cardIn(book, 'Paris');
      await waitForFocus(partOf(card, 'card-heading'));
      expect(statusOf(book)).to.equal(en['addresses.added']);
      expect(partsText(card, 'address-line')).to.deep.equal([
        'Muster AG',
        'Rue de Rivoli 5a',
        'Bâtiment B',
        'c/o Erika Mustermann',
        '3e étage',
        'Porte gauche',
        'Code 1234',
        '75001 Paris',
        'Île-de-France',
        'France',
        `Phone: ${isolated('+33 1 23 45 67 89')}`,
      ]);
      expect(partsText(card, 'tag')).to.deep.equal([en['addresses.tag.BILLING'], 'Gift', 'Weekend']);
      const posted = await requestsTo(ADDRESSES_PATH, 'POST');
      expect(posted.map((entry) => [entry.status, entry.tokenKind])).to.deep.equal([[201, 'customer']]);
      expect(await getCustomerAddress(session, detail.addressId)).to.deep.equal({
        ...FULL_ADDRESS,
        id: detail.addressId,
        tags: ['BILLING', 'Gift', 'Weekend'],
        isDefault: false,
        metadata: { version: 1 },
      });
      await expect(book).to.be.accessible();
    });

    it('requires the contact name before sending anything, and Cancel returns to the list', async () => {
      const { book } = await mountBook();
      await openAddForm(book);
      type(field(book, 'city'), 'Hamburg');
      submitButtonOf(book).click();
      await book.updateComplete;

      expect(errorSummaryOf(book)).to.equal(en['form.invalid']);
      expect(fieldErrorOf(field(book, 'contactName'))).to.equal(en['validation.required']);
      await waitForFocus(field(book, 'contactName'));
      expect(field(book, 'city').value).to.equal('Hamburg');
      await expect(book).to.be.accessible();

      partOf(book, 'cancel').click();
      await waitForFocus(await present(() => book.querySelector('[part~="add"]'), 'the list'));
      expect(cards(book)).to.have.length(2);
      expect(await addressRequests()).to.deep.equal([]);
    });

    it('keeps the input after a 503 and a dropped connection, sends one POST per submit, and saves on retry', async () => {
      const { book, session } = await mountBook();
      await openAddForm(book);
      type(field(book, 'contactName'), 'Erika Mustermann');
      type(field(book, 'city'), 'Köln');
      choose(countrySelect(book), 'DE');
      tagBox(book, 'SHIPPING').click();
      const recorder = recordChanges();
      const posted = () => recorder.sent.filter((request) => request.method === 'POST').length;
      try {
        await injectFault({ method: 'POST', path: ADDRESSES_PATH, status: 503 });
        submitButtonOf(book).click();
        expect(await waitForError(book)).to.equal(en['error.server']);
        expect(posted()).to.equal(1);
        expect((await requestsTo(ADDRESSES_PATH, 'POST')).map((entry) => entry.status)).to.deep.equal([503]);
        expect([field(book, 'contactName').value, field(book, 'city').value, countrySelect(book).value]).to.deep.equal(['Erika Mustermann', 'Köln', 'DE']);
        expect(tagBox(book, 'SHIPPING').checked).to.equal(true);
        await waitForFocus(partOf(book, 'error-summary'));
        await expect(book).to.be.accessible();

        await clearRequests();
        await injectFault({ method: 'POST', path: ADDRESSES_PATH, drop: true, times: EVERY_ATTEMPT });
        submitButtonOf(book).click();
        await until(() => errorSummaryOf(book) === en['error.network'], 5000, 'the network error');
        expect(field(book, 'contactName').value).to.equal('Erika Mustermann');
        // One request per submit from the page (an engine may silently resend one on a dropped connection).
        expect(posted()).to.equal(2);
        expect((await requestsTo(ADDRESSES_PATH, 'POST')).every((entry) => entry.status === 0)).to.equal(true);
        await clearFaults();
        await clearRequests();

        submitButtonOf(book).click();
        await settled(book, 3);
        expect(posted()).to.equal(3);
        expect((await requestsTo(ADDRESSES_PATH, 'POST')).map((entry) => entry.status)).to.deep.equal([201]);
      } finally {
        recorder.restore();
      }
      const saved = (await listCustomerAddresses(session)).filter((address) => address.city === 'Köln');
      expect(saved.map((address) => [address.contactName, address.country, address.tags])).to.deep.equal([['Erika Mustermann', 'DE', ['SHIPPING']]]);
    });

    it('sends one POST for two quick submits', async () => {
      const { book } = await mountBook();
      await openAddForm(book);
      await injectFault({ method: 'POST', path: ADDRESSES_PATH, delayMs: 500 });
      type(field(book, 'contactName'), 'Quick Clicker');
      submitButtonOf(book).click();
      submitButtonOf(book).click();
      await book.updateComplete;
      expect(submitButtonOf(book).getAttribute('aria-busy')).to.equal('true');
      expect(textOf(submitButtonOf(book))).to.equal(en['addresses.form.saving']);
      await settled(book, 3);
      expect(await requestsTo(ADDRESSES_PATH, 'POST')).to.have.length(1);
    });
  });

  describe('editing', () => {
    it('fills the form from the address and PATCHes only the changed fields', async () => {
      const { book, session } = await mountBook();
      const ids = await idsByCity(session);
      await clearRequests();
      await openForm(book, partOf(cardIn(book, 'München'), 'edit'));
      expect(textOf(partOf(book, 'form-heading'))).to.equal(en['addresses.form.edit_heading']);
      expect([field(book, 'street').value, field(book, 'streetNumber').value, field(book, 'state').value, countrySelect(book).value]).to.deep.equal([
        'Marienplatz',
        '8',
        'Bayern',
        'DE',
      ]);
      expect(countrySelect(book).querySelector('option[value=""]'), 'a stored country cannot be emptied').to.equal(null);
      expect(tagBox(book, 'SHIPPING').checked).to.equal(true);
      expect(tagBox(book, 'BILLING').checked).to.equal(false);
      await expect(book).to.be.accessible();

      type(field(book, 'streetNumber'), '9');
      type(field(book, 'companyName'), 'Doe Süd');
      type(field(book, 'state'), '');
      const changed = oneEvent(book, 'emx-address-change');
      const recorder = recordChanges();
      submitButtonOf(book).click();

      expect((await changed).detail).to.deep.equal({ action: 'update', addressId: ids['München'] });
      recorder.restore();
      // Only what changed; a cleared field is sent as '' (the contract types every field as a string).
      expect(recorder.sent).to.deep.equal([
        { method: 'PATCH', path: `${ADDRESSES_PATH}/${ids['München']}`, body: { companyName: 'Doe Süd', streetNumber: '9', state: '' } },
      ]);
      await settled(book, 2);
      await waitForFocus(partOf(cardIn(book, 'München'), 'card-heading'));
      expect(statusOf(book)).to.equal(en['addresses.saved']);
      expect(partsText(cardIn(book, 'München'), 'address-line')).to.deep.equal(['Doe Süd', 'Marienplatz 9', '80331 München', 'Germany']);
      const patched = await requestsTo(`${ADDRESSES_PATH}/${ids['München']}`, 'PATCH');
      expect(patched.map((entry) => entry.status)).to.deep.equal([200]);
      expect(await requestsTo('/tags')).to.have.length(0);
      expect(await stored(session, ids['München']!)).to.deep.equal({
        id: ids['München'],
        contactName: 'Jane Doe',
        companyName: 'Doe Süd',
        street: 'Marienplatz',
        streetNumber: '9',
        zipCode: '80331',
        city: 'München',
        country: 'DE',
        state: '',
        tags: ['SHIPPING'],
        isDefault: false,
      });
    });

    it('adds and removes tags through the tag endpoints', async () => {
      const { book, session } = await mountBook();
      const berlin = (await idsByCity(session))['Berlin']!;
      await clearRequests();

      await openForm(book, partOf(cardIn(book, 'Berlin'), 'edit'));
      tagBox(book, 'SHIPPING').click();
      type(field(book, 'otherTags'), 'Office, HQ');
      const tagged = oneEvent(book, 'emx-address-change');
      submitButtonOf(book).click();

      expect((await tagged).detail).to.deep.equal({ action: 'tags', addressId: berlin });
      await settled(book, 2);
      expect(partsText(cardIn(book, 'Berlin'), 'tag')).to.deep.equal([en['addresses.tag.BILLING'], 'Office', 'HQ']);
      const tagRequests = await requestsTo(`${ADDRESSES_PATH}/${berlin}/tags`);
      expect(tagRequests.map((entry) => [entry.method, entry.query.tags, entry.status, entry.tokenKind])).to.deep.equal([
        ['POST', 'Office,HQ', 204, 'customer'],
        ['DELETE', 'SHIPPING', 204, 'customer'],
      ]);
      expect(await requestsTo(`${ADDRESSES_PATH}/${berlin}`, 'PATCH')).to.have.length(0);
      expect((await stored(session, berlin)).tags).to.deep.equal(['BILLING', 'Office', 'HQ']);

      await clearRequests();
      await openForm(book, partOf(cardIn(book, 'Berlin'), 'edit'));
      expect(field(book, 'otherTags').value).to.equal('Office, HQ');
      type(field(book, 'otherTags'), 'Office');
      submitButtonOf(book).click();
      await until(async () => (await requestsTo('/tags')).length === 1, 3000, 'the tag removal');
      await settled(book, 2);
      expect((await requestsTo('/tags')).map((entry) => [entry.method, entry.query.tags])).to.deep.equal([['DELETE', 'HQ']]);
      expect((await stored(session, berlin)).tags).to.deep.equal(['BILLING', 'Office']);
    });

    it('says nothing changed when nothing did, without sending anything', async () => {
      const { book } = await mountBook();
      await openForm(book, partOf(cardIn(book, 'Berlin'), 'edit'));
      submitButtonOf(book).click();
      await until(() => statusOf(book) === en['addresses.unchanged'], 3000, 'the notice');
      await waitForFocus(partOf(cardIn(book, 'Berlin'), 'card-heading'));
      expect(await addressRequests()).to.deep.equal([]);
    });

    it('after a failure part-way, a retry sends only what is still missing', async () => {
      const { book, session } = await mountBook();
      const munich = (await idsByCity(session))['München']!;
      await clearRequests();
      await openForm(book, partOf(cardIn(book, 'München'), 'edit'));
      type(field(book, 'city'), 'Munich');
      tagBox(book, 'BILLING').click();
      await injectFault({ method: 'POST', path: `${ADDRESSES_PATH}/*/tags`, status: 503 });

      submitButtonOf(book).click();
      expect(await waitForError(book)).to.equal(en['error.server']);
      expect(field(book, 'city').value).to.equal('Munich');
      submitButtonOf(book).click();
      await settled(book, 2);

      expect((await requestsTo(`${ADDRESSES_PATH}/${munich}`, 'PATCH')).map((entry) => entry.status)).to.deep.equal([200]);
      expect((await requestsTo('/tags', 'POST')).map((entry) => entry.status)).to.deep.equal([503, 204]);
      expect(await stored(session, munich)).to.include({ city: 'Munich' });
      expect((await stored(session, munich)).tags).to.deep.equal(['SHIPPING', 'BILLING']);
    });

    it('explains when the address was deleted elsewhere meanwhile', async () => {
      const { book, session } = await mountBook();
      await openForm(book, partOf(cardIn(book, 'München'), 'edit'));
      await deleteCustomerAddress(session, (await idsByCity(session))['München']!);
      type(field(book, 'city'), 'Munich');
      submitButtonOf(book).click();

      expect(await waitForError(book)).to.equal(en['address-update.error.resource_not_found']);
      partOf(book, 'cancel').click();
      await settled(book, 1);
    });
  });

  describe('default address', () => {
    it('makes another address the default through PATCH isDefault; the other loses it', async () => {
      const { book, session } = await mountBook();
      const ids = await idsByCity(session);
      await clearRequests();
      const changed = oneEvent(book, 'emx-address-change');
      const recorder = recordChanges();

      partOf(cardIn(book, 'München'), 'make-default').click();

      expect((await changed).detail).to.deep.equal({ action: 'default', addressId: ids['München'] });
      recorder.restore();
      expect(recorder.sent).to.deep.equal([{ method: 'PATCH', path: `${ADDRESSES_PATH}/${ids['München']}`, body: { isDefault: true } }]);
      await settled(book, 2);
      const [first, second] = cards(book) as [HTMLElement, HTMLElement];
      expect(partsText(first, 'address-line')).to.include('80331 München');
      expect(partsText(first, 'badge')).to.deep.equal([en['addresses.default']]);
      expect(partsText(second, 'badge')).to.deep.equal([]);
      expect(second.querySelector('[part~="make-default"]')).not.to.equal(null);
      await waitForFocus(partOf(first, 'card-heading'));
      expect(statusOf(book)).to.contain('Marienplatz 8');
      expect((await requestsTo(`${ADDRESSES_PATH}/${ids['München']}`, 'PATCH')).map((entry) => entry.status)).to.deep.equal([200]);
      const flags = Object.fromEntries((await listCustomerAddresses(session)).map((address) => [address.city, address.isDefault]));
      expect(flags).to.deep.equal({ Berlin: false, München: true });
      await expect(book).to.be.accessible();
    });

    it('reports a failure on the list and keeps the default as it was', async () => {
      const { book } = await mountBook();
      await injectFault({ method: 'PATCH', path: `${ADDRESSES_PATH}/*`, status: 503 });
      const button = partOf(cardIn(book, 'München'), 'make-default');
      button.click();
      expect(await waitForError(book)).to.equal(en['error.server']);
      expect(hasFocus(button) || !document.activeElement?.closest('emx-address-book'), 'the focus stays where it was').to.equal(true);
      expect(partsText(cards(book)[0]!, 'address-line')).to.include('11011 Berlin');
      await expect(book).to.be.accessible();

      partOf(cardIn(book, 'München'), 'make-default').click();
      await until(() => partsText(cards(book)[0]!, 'address-line').includes('80331 München'), 3000, 'München as the default');
      expect(errorSummaryOf(book)).to.equal('');
    });
  });

  describe('deleting', () => {
    it('asks first; Escape and Cancel keep the address and return the focus to its Delete button', async () => {
      const { book } = await mountBook();
      const deleteButton = partOf(cardIn(book, 'Berlin'), 'delete');
      deleteButton.focus();
      deleteButton.click();
      const dialog = await openDialog(book);
      expect(textOf(partOf(dialog, 'dialog-heading'))).to.equal(en['addresses.delete_heading']);
      expect(textOf(partOf(dialog, 'confirm-address'))).to.equal('Jane Doe, Platz der Republik 1, 11011 Berlin');
      await waitForFocus(partOf(dialog, 'cancel'));
      await expect(book).to.be.accessible();

      await press('Escape');
      await until(() => !dialogOf(book), 3000, 'the confirmation to close');
      await waitForFocus(partOf(cardIn(book, 'Berlin'), 'delete'));

      partOf(cardIn(book, 'Berlin'), 'delete').click();
      await openDialog(book);
      partOf(dialogOf(book)!, 'cancel').click();
      await until(() => !dialogOf(book), 3000, 'the confirmation to close');
      await waitForFocus(partOf(cardIn(book, 'Berlin'), 'delete'));
      expect(cards(book)).to.have.length(2);
      expect(await addressRequests('DELETE')).to.deep.equal([]);
    });

    it('deletes after confirmation and moves the focus to the next address', async () => {
      const { book, session } = await mountBook();
      const ids = await idsByCity(session);
      await clearRequests();
      partOf(cardIn(book, 'Berlin'), 'delete').click();
      const dialog = await openDialog(book);
      const changed = oneEvent(book, 'emx-address-change');

      partOf(dialog, 'confirm-delete').click();

      expect((await changed).detail).to.deep.equal({ action: 'delete', addressId: ids['Berlin'] });
      await settled(book, 1);
      expect(dialogOf(book)).to.equal(null);
      await waitForFocus(partOf(cardIn(book, 'München'), 'card-heading'));
      expect(statusOf(book)).to.equal(en['addresses.deleted']);
      const deleted = await requestsTo(`${ADDRESSES_PATH}/${ids['Berlin']}`, 'DELETE');
      expect(deleted.map((entry) => [entry.status, entry.tokenKind])).to.deep.equal([[204, 'customer']]);
      expect((await listCustomerAddresses(session)).map((address) => address.city)).to.deep.equal(['München']);

      // The last one: no next address, so the focus goes to the list's heading.
      partOf(cardIn(book, 'München'), 'delete').click();
      partOf(await openDialog(book), 'confirm-delete').click();
      await until(() => book.querySelector('[part~="empty"]'), 3000, 'the empty state');
      await waitForFocus(partOf(book, 'heading'));
    });

    it('shows a failed deletion in the confirmation, keeps it open, and deletes on retry', async () => {
      const { book } = await mountBook();
      await injectFault({ method: 'DELETE', path: `${ADDRESSES_PATH}/*`, status: 503 });
      partOf(cardIn(book, 'München'), 'delete').click();
      const dialog = await openDialog(book);
      partOf(dialog, 'confirm-delete').click();

      expect(await waitForError(dialog)).to.equal(en['error.server']);
      expect(dialog.open).to.equal(true);
      await expect(book).to.be.accessible();
      partOf(dialog, 'confirm-delete').click();
      await settled(book, 1);
      expect((await addressRequests('DELETE')).map((entry) => entry.status)).to.deep.equal([503, 204]);
    });
  });

  describe('keyboard and language', () => {
    it('adds, edits and deletes with the keyboard alone', async () => {
      const { book } = await mountBook();
      (document.activeElement as HTMLElement | null)?.blur();
      const tab = (times = 1) => Array.from({ length: times }).reduce<Promise<unknown>>((done) => done.then(() => press('Tab')), Promise.resolve());

      // Berlin: Edit, Delete; München: Edit, Make default, Delete; then "Add an address".
      await tab(6);
      expect(hasFocus(partOf(book, 'add')), 'focus on "Add an address"').to.equal(true);
      await press('Enter');
      await waitForFormFocus(book);
      await typeText('Kim Keys');
      await tab(2);
      expect(hasFocus(field(book, 'street')), 'focus on the street').to.equal(true);
      await typeText('Tastenweg');
      await press('Enter');

      await settled(book, 3);
      const added = cards(book).find((card) => textOf(partOf(card, 'card-heading')) === 'Kim Keys')!;
      await waitForFocus(partOf(added, 'card-heading'));

      await tab();
      expect(hasFocus(partOf(added, 'edit')), 'focus on its Edit button').to.equal(true);
      await press('Enter');
      await waitForFormFocus(book);
      await press('End');
      await typeText(' Jr.');
      await press('Enter');
      await until(() => cards(book).some((card) => textOf(partOf(card, 'card-heading')) === 'Kim Keys Jr.'), 3000, 'the edited name');
      const edited = cards(book).find((card) => textOf(partOf(card, 'card-heading')) === 'Kim Keys Jr.')!;
      await waitForFocus(partOf(edited, 'card-heading'));
      await settled(book, 3);

      await tab(3);
      expect(hasFocus(partOf(edited, 'delete')), 'focus on its Delete button').to.equal(true);
      await press('Enter');
      const dialog = await openDialog(book);
      await waitForFocus(partOf(dialog, 'cancel'));
      await chord('Shift', 'Tab');
      expect(hasFocus(partOf(dialog, 'confirm-delete')), 'focus on "Delete address"').to.equal(true);
      await press('Enter');
      await settled(book, 2);
      await waitForFocus(partOf(book, 'heading'));
      expect(cards(book).map((card) => textOf(partOf(card, 'card-heading')))).to.deep.equal(['Jane Doe', 'Jane Doe']);
    });

    it('speaks German, with country names from Intl.DisplayNames sorted the German way', async () => {
      const { book } = await mountBook({ lang: 'de' });
      expect(headingOf(book)).to.equal(de['addresses.heading']);
      const [berlin] = cards(book) as [HTMLElement];
      expect(partsText(berlin, 'address-line')).to.include('Deutschland');
      expect(partsText(berlin, 'address-line')).to.include(`Telefon: ${isolated('+49 30 1234567')}`);
      expect(partsText(berlin, 'tag')).to.deep.equal([de['addresses.tag.BILLING'], de['addresses.tag.SHIPPING']]);
      expect(partsText(berlin, 'badge')).to.deep.equal([de['addresses.default']]);
      await expect(book).to.be.accessible();

      await openAddForm(book);
      const options = [...countrySelect(book).options].filter((option) => option.value);
      expect(options).to.have.length(249);
      const names = Object.fromEntries(options.map((option) => [option.value, option.textContent?.trim()]));
      expect([names.DE, names.AT, names.CH, names.US]).to.deep.equal(['Deutschland', 'Österreich', 'Schweiz', 'Vereinigte Staaten']);
      const labels = options.map((option) => option.textContent?.trim() ?? '');
      expect(labels).to.deep.equal([...labels].sort(new Intl.Collator('de').compare));
      expect(labels.indexOf('Österreich')).to.be.lessThan(labels.indexOf('Polen'));
      expect(textOf(countrySelect(book).options[0])).to.equal(de['addresses.form.choose_country']);

      submitButtonOf(book).click();
      await book.updateComplete;
      expect(errorSummaryOf(book)).to.equal(de['form.invalid']);
      expect(fieldErrorOf(field(book, 'contactName'))).to.equal(de['validation.required']);
      await expect(book).to.be.accessible();
    });

    it('shows what customers typed as text and wraps long values', async () => {
      const payload = '<img src=x onerror="window.__emxAddressXss=1">';
      const longWord = 'Donaudampfschifffahrtsgesellschaftskapitänskajüte'.repeat(8);
      const { book } = await mountBook({
        prepare: (session) => addCustomerAddress(session, { contactName: payload, street: longWord, city: 'שלום 👋🏽', country: 'IL' }),
      });
      const card = cardIn(book, 'שלום 👋🏽');
      expect(textOf(partOf(card, 'card-heading'))).to.equal(payload);
      expect(book.querySelector('img')).to.equal(null);
      expect((window as { __emxAddressXss?: number }).__emxAddressXss).to.equal(undefined);
      const base = partOf<HTMLElement>(book, 'base');
      expect(base.scrollWidth, 'no horizontal overflow').to.be.at.most(base.clientWidth);
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    });
  });
});
