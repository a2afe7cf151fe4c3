/**
 * Bad input, from the server and from the customer: markup and script in every server field the
 * elements display never runs and shows as the very text stored; names and addresses in any
 * script, with emoji, combining characters or 10,000 characters travel unchanged from the form to
 * the service and back to the page, without breaking its layout; invalid emails are refused before
 * anything is sent; a password the service refuses is explained on its field.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { Address, Customer } from '../../src/api/index.js';
import { EmporixSession, addCustomerAddress, listCustomerAddresses, requestCustomerPasswordReset, signUpCustomer } from '../../src/session/index.js';
import { CLIENT_ID, JANE, TENANT, clearRequests, emulatorUrl, outbox, requests, until } from '../support/emulator.js';
import { errorSummaryOf, fieldErrorOf, headingOf, query, submitButtonOf, type } from '../support/dom.js';
import { field, onStage, part, say, typeInto, type Lang, type Stage } from '../support/stage.js';

const FLAG = '__emxXss';
const PASSWORD = 'Fresh#2027pass';

declare global {
  interface Window {
    /** Set by any payload that runs. */
    __emxXss?: string;
  }
}

/** Markup and script, each setting `window.__emxXss` should anything run it; and text that must not be read as a pattern. */
const MARKUP = [
  `<img src=x onerror="window.${FLAG}='img'">`,
  `"><svg onload="window.${FLAG}='svg'">`,
  `'><svg/onload=window.${FLAG}='svg-quote'>`,
  `</script><script>window.${FLAG}='script'</script>`,
  `javascript:window.${FLAG}='js-url'`,
  `<a href="javascript:window.${FLAG}='link'">click</a>`,
  `<iframe srcdoc="<script>parent.${FLAG}='iframe'</script>"></iframe>`,
  `<style>*{display:none}</style><b>bold</b> &lt;i&gt; &amp;`,
  `{{constructor.constructor('window.${FLAG}=1')()}} \${window.${FLAG}} {name} {email}`,
  "$& $' $` $1 — replacement patterns",
];

/** Email addresses that pass every format check (no spaces, one @, a dot in the domain) and carry markup. */
const MARKUP_EMAILS = [
  `<img/src=x/onerror=window.${FLAG}='mail-img'>@evil.example`,
  `"><svg/onload=window.${FLAG}='mail-svg'>@evil.example`,
  `</script><script>window.${FLAG}='mail-script'</script>@evil.example`,
  `javascript:window.${FLAG}='mail-js'//@evil.example`,
];

/** A 10,000-character value: one word, or words. */
const LONG_WORD = 'Donaudampfschifffahrtsgesellschaft'.repeat(300).slice(0, 10_000);
const LONG_TEXT = 'Rue du Faubourg Saint-Honoré 12 '.repeat(313).slice(0, 9_999) + 'x';

/** Names and address lines in many scripts and lengths; the form keeps them as typed (NFD stays NFD). */
const TEXTS = {
  emoji: 'Zoë 👩🏽‍💻 Ølsen 🇨🇭',
  hebrew: 'שרה כהן',
  arabic: 'سارة الحسيني',
  mixed: 'شارع الملك فهد 12, Riyadh',
  arabicDigits: '١٢٣٤٥',
  combining: 'Ame\u0301lie Z\u0334\u0321a\u0336l\u0337g\u0338o',
  longWord: LONG_WORD,
  longText: LONG_TEXT,
} as const;

const INVALID_EMAILS = ['jane', 'jane@', '@example.com', 'jane@example', 'jane doe@example.com', 'jane@@example.com', 'jane@exam ple.com'];
/** Long enough for the lenient policy the elements are given, without a digit: the service refuses it. */
const WEAK_PASSWORD = 'abcdefgh';
const LENIENT_POLICY = '{"minLength":6,"requireDigit":false}';

const tried = { markup: 0, emails: 0, texts: 0, invalidEmails: 0, weakPasswords: 0 };

// ---------------------------------------------------------------- helpers

const texts = (root: ParentNode, name: string) => [...root.querySelectorAll(`[part~="${name}"]`)].map((element) => element.textContent ?? '');
const cards = (book: ParentNode) => [...book.querySelectorAll<HTMLElement>('[part~="card"]')];

function choose(root: ParentNode, name: string, value: string): void {
  const select = query<HTMLSelectElement>(root, `select[name="${name}"]`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The account's profile view as label → value, read as the text it shows. */
function profileRows(account: ParentNode): Record<string, string> {
  return Object.fromEntries(
    [...account.querySelectorAll('[part~="profile-row"]')].map((row) => [row.querySelector('dt')?.textContent?.trim(), row.querySelector('dd')?.textContent]),
  );
}

/** Elements markup in a value could make; the kit's own (links, icons) carry a `part`. */
const MARKUP_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'img', 'svg', 'a', 'b']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcdoc', 'action', 'formaction', 'xlink:href']);

/** What markup in a value could have made: elements the kit does not draw, event handlers, `javascript:` URLs. */
function foreignNodes(root: Element): string[] {
  return [...root.querySelectorAll('*')]
    .filter(
      (node) =>
        (MARKUP_ELEMENTS.has(node.localName) && !node.hasAttribute('part')) ||
        [...node.attributes].some((attribute) => attribute.name.startsWith('on') || (URL_ATTRIBUTES.has(attribute.name) && /^\s*javascript:/i.test(attribute.value))),
    )
    .map((node) => node.outerHTML.slice(0, 120));
}

/** The element fits its container, and nothing in it or on the page scrolls sideways. */
function expectWithinLayout(element: HTMLElement): void {
  const base = part(element, 'base');
  const container = element.parentElement ?? document.body;
  expect(element.getBoundingClientRect().width, `<${element.localName}> width`).to.be.at.most(container.getBoundingClientRect().width);
  expect(base.scrollWidth, `<${element.localName}> overflow`).to.be.at.most(base.clientWidth);
  for (const box of base.querySelectorAll<HTMLElement>('[part~="card"], [part~="profile-row"], [part~="section"]')) {
    expect(box.scrollWidth, `${box.getAttribute('part')} overflow`).to.be.at.most(box.clientWidth);
  }
  expect(document.documentElement.scrollWidth, 'page overflow').to.be.at.most(document.documentElement.clientWidth);
}

/** Runs `scene` on a fresh page (a tenant that activates sign-ups at once), and checks that no payload ran. */
function safely(lang: Lang, scene: (stage: Stage) => Promise<void>): Promise<void> {
  return onStage({ lang, emulator: { settings: { autoActivate: true } } }, async (stage) => {
    delete window.__emxXss;
    await scene(stage);
    expect(window.__emxXss, 'script that ran').to.equal(undefined);
  });
}

/** A customer's profile as another page sees it: what the service stored. */
async function storedProfile(email: string, password: string): Promise<Customer> {
  const other = new EmporixSession({ apiUrl: emulatorUrl(), tenant: TENANT, clientId: CLIENT_ID, storage: 'memory' });
  try {
    await other.login({ email, password });
    return await other.loadProfile();
  } finally {
    other.dispose();
  }
}

const ready = {
  book: (book: HTMLElement, count: number) => until(() => cards(book).length === count && !book.querySelector('[aria-busy="true"]'), 5000, `${count} addresses`),
  profile: (account: HTMLElement) => until(() => account.querySelector('[part~="profile"]'), 5000, 'the profile'),
};

// ---------------------------------------------------------------- tests

describe('bad input', () => {
  describe('markup and script from the server show as the text stored, and never run', () => {
    MARKUP.forEach((markup, index) => {
      const email = MARKUP_EMAILS[index % MARKUP_EMAILS.length] ?? '';
      it(`${markup} (email ${email})`, () =>
        safely('en', async ({ session, mount }) => {
          tried.markup += 1;
          if (index < MARKUP_EMAILS.length) tried.emails += 1;
          const scripts = document.querySelectorAll('script, iframe').length;
          await signUpCustomer(session, {
            email,
            password: PASSWORD,
            customerDetails: {
              contactEmail: email,
              title: markup,
              firstName: markup,
              middleName: markup,
              lastName: markup,
              contactPhone: markup,
              company: markup,
              preferredLanguage: markup,
              preferredSite: markup,
              b2b: { companyRegistrationId: markup },
            },
          });
          await session.login({ email, password: PASSWORD });
          await addCustomerAddress(session, {
            contactName: markup,
            companyName: markup,
            street: markup,
            streetNumber: markup,
            streetAppendix: markup,
            extraLine1: markup,
            extraLine2: markup,
            extraLine3: markup,
            extraLine4: markup,
            zipCode: markup,
            city: markup,
            state: markup,
            country: 'DE',
            contactPhone: markup,
            tags: [markup, 'BILLING'],
          });

          const login = await mount('emx-login');
          const signup = await mount('emx-signup');
          const account = await mount('emx-account');
          const book = await mount('emx-address-book');
          await ready.profile(account);
          await ready.book(book, 1);

          expect(headingOf(login)).to.equal(say('en', 'login.signed_in_as', { name: `${markup} ${markup}` }));
          expect(texts(login, 'customer-email')).to.deep.equal([email]);
          expect(texts(signup, 'notice')).to.deep.equal([say('en', 'signup.signed_in', { name: email })]);
          expect(profileRows(account)).to.deep.equal({
            [say('en', 'account.name')]: [markup, markup, markup, markup].join(' '),
            [say('en', 'account.login_email')]: email,
            [say('en', 'account.contact_email')]: email,
            [say('en', 'account.phone')]: markup,
            [say('en', 'account.company')]: markup,
            [say('en', 'account.company_registration_id')]: markup,
            [say('en', 'account.language')]: markup,
            [say('en', 'account.currency')]: say('en', 'account.not_given'),
            [say('en', 'account.site')]: markup,
          });
          const [card] = cards(book);
          expect(texts(card ?? book, 'card-heading')).to.deep.equal([markup]);
          expect(texts(card ?? book, 'tag')).to.deep.equal([markup, say('en', 'addresses.tag.BILLING')]);
          expect(texts(card ?? book, 'address-line')).to.deep.equal([
            markup,
            `${markup} ${markup}`,
            markup,
            markup,
            markup,
            markup,
            markup,
            `${markup} ${markup}`,
            markup,
            'Germany',
            say('en', 'addresses.phone', { phone: markup }),
          ]);

          // In attributes and properties too: the delete confirmation, and the forms filled for editing.
          part(card ?? book, 'delete').click();
          await until(() => book.querySelector('dialog')?.open, 3000, 'the confirmation');
          expect(texts(book, 'confirm-address')).to.deep.equal([[markup, `${markup} ${markup}`, `${markup} ${markup}`].join(', ')]);
          part(book, 'cancel').click();
          await until(() => !book.querySelector('dialog'), 3000, 'the confirmation to close');
          part(book, 'edit').click();
          await until(() => book.querySelector('[part~="address-form"]'), 3000, 'the address form');
          for (const name of ['contactName', 'street', 'city', 'contactPhone', 'otherTags']) expect(field(book, name).value, name).to.equal(markup);
          part(account, 'edit-profile').click();
          await until(() => account.querySelector('[part~="profile-form"]'), 3000, 'the profile form');
          for (const name of ['title', 'firstName', 'company', 'companyRegistrationId']) expect(field(account, name).value, name).to.equal(markup);
          expect(field(account, 'contactEmail').value).to.equal(email);

          for (const element of [login, signup, account, book]) expect(foreignNodes(element), `<${element.localName}>`).to.deep.equal([]);
          expect(document.querySelectorAll('script, iframe').length, 'scripts and frames on the page').to.equal(scripts);
        }));
    });
  });

  describe('names and addresses in any script and length: exact round trips, within the layout', () => {
    const NEW_ADDRESS = {
      contactName: `${TEXTS.emoji} ${TEXTS.hebrew}`,
      companyName: TEXTS.arabic,
      street: TEXTS.longWord,
      streetNumber: TEXTS.arabicDigits,
      streetAppendix: TEXTS.combining,
      extraLine1: TEXTS.mixed,
      extraLine2: TEXTS.longText,
      zipCode: TEXTS.arabicDigits,
      city: TEXTS.hebrew,
      state: TEXTS.combining,
      contactPhone: `+972 ${TEXTS.arabicDigits}`,
    };

    it('<emx-address-book>: typed, stored and shown again after a reload', () =>
      safely('en', async ({ session, mount }) => {
        tried.texts += Object.keys(TEXTS).length;
        await session.login(JANE);
        let book = await mount('emx-address-book');
        await ready.book(book, 2);
        part(book, 'add').click();
        await until(() => book.querySelector('[part~="address-form"]'), 3000, 'the address form');
        typeInto(book, { ...NEW_ADDRESS, otherTags: TEXTS.emoji });
        choose(book, 'country', 'IL');
        expectWithinLayout(book);
        submitButtonOf(book).click();
        await ready.book(book, 3);

        const stored: Partial<Address> = (await listCustomerAddresses(session)).find((address) => address.contactName === NEW_ADDRESS.contactName) ?? {};
        const expected = { ...NEW_ADDRESS, country: 'IL', tags: [TEXTS.emoji] };
        expect(Object.fromEntries(Object.keys(expected).map((name) => [name, stored[name as keyof Address]]))).to.deep.equal(expected);

        book.remove();
        book = await mount('emx-address-book');
        await ready.book(book, 3);
        const card = cards(book).find((candidate) => texts(candidate, 'card-heading')[0] === NEW_ADDRESS.contactName);
        expect(texts(card ?? book, 'address-line')).to.deep.equal([
          NEW_ADDRESS.companyName,
          `${NEW_ADDRESS.street} ${NEW_ADDRESS.streetNumber}`,
          NEW_ADDRESS.streetAppendix,
          NEW_ADDRESS.extraLine1,
          NEW_ADDRESS.extraLine2,
          `${NEW_ADDRESS.zipCode} ${NEW_ADDRESS.city}`,
          NEW_ADDRESS.state,
          'Israel',
          say('en', 'addresses.phone', { phone: NEW_ADDRESS.contactPhone }),
        ]);
        expect(texts(card ?? book, 'tag')).to.deep.equal([TEXTS.emoji]);
        expectWithinLayout(book);
      }));

    it('<emx-account>: the profile typed, stored and shown again after a reload', () =>
      safely('de', async ({ session, mount }) => {
        await session.login(JANE);
        let account = await mount('emx-account', { sections: 'profile' });
        await ready.profile(account);
        part(account, 'edit-profile').click();
        await until(() => account.querySelector('[part~="profile-form"]'), 3000, 'the profile form');
        const edits = { firstName: TEXTS.emoji, middleName: TEXTS.combining, lastName: TEXTS.arabic, company: TEXTS.longWord, contactPhone: TEXTS.arabicDigits };
        typeInto(account, edits);
        expectWithinLayout(account);
        submitButtonOf(account).click();
        await until(() => account.querySelector('[part~="profile"]'), 5000, 'the saved profile');

        const stored = await storedProfile(JANE.email, JANE.password);
        expect({ firstName: stored.firstName, middleName: stored.middleName, lastName: stored.lastName, company: stored.company, contactPhone: stored.contactPhone }).to.deep.equal(edits);

        account.remove();
        account = await mount('emx-account', { sections: 'profile' });
        await ready.profile(account);
        const rows = profileRows(account);
        expect(rows[say('de', 'account.name')]).to.equal(['Frau', edits.firstName, edits.middleName, edits.lastName].join(' '));
        expect(rows[say('de', 'account.company')]).to.equal(edits.company);
        expect(rows[say('de', 'account.phone')]).to.equal(edits.contactPhone);
        expectWithinLayout(account);
      }));

    it('<emx-signup>: every name and the address typed, stored, and shown after signing in', () =>
      safely('en', async ({ session, mount }) => {
        const signup = await mount('emx-signup');
        const email = 'zoe@example.com';
        const names = { firstName: TEXTS.emoji, middleName: TEXTS.combining, lastName: TEXTS.hebrew, company: TEXTS.longText };
        typeInto(signup, { email, password: PASSWORD, ...names });
        field(signup, 'withAddress').click();
        await until(() => signup.querySelector('[name="contactName"]'), 3000, 'the address fields');
        typeInto(signup, { contactName: TEXTS.arabic, street: TEXTS.longWord, city: TEXTS.mixed });
        choose(signup, 'country', 'SA');
        expectWithinLayout(signup);
        submitButtonOf(signup).click();
        await until(() => headingOf(signup) === say('en', 'signup.created_heading'), 5000, 'the account');

        const stored = await storedProfile(email, PASSWORD);
        expect({ firstName: stored.firstName, middleName: stored.middleName, lastName: stored.lastName, company: stored.company }).to.deep.equal(names);
        await session.login({ email, password: PASSWORD });
        const [address] = await listCustomerAddresses(session);
        expect([address?.contactName, address?.street, address?.city, address?.country]).to.deep.equal([TEXTS.arabic, TEXTS.longWord, TEXTS.mixed, 'SA']);

        const login = await mount('emx-login');
        await until(() => login.querySelector('[part~="sign-out"]'), 3000, 'the signed-in state');
        expect(headingOf(login)).to.equal(say('en', 'login.signed_in_as', { name: `${names.firstName} ${names.lastName}` }));
        expectWithinLayout(login);
      }));
  });

  describe('invalid email addresses are refused before anything is sent', () => {
    const FORMS: Array<{ element: string; attributes?: Record<string, string>; fields: string[]; lang: Lang; signedIn?: boolean; open?: (element: HTMLElement) => Promise<void> }> = [
      { element: 'emx-login', fields: ['email'], lang: 'en' },
      { element: 'emx-signup', fields: ['email', 'contactEmail'], lang: 'de' },
      { element: 'emx-password-reset', fields: ['email'], lang: 'en' },
      { element: 'emx-account', attributes: { sections: 'email' }, fields: ['email', 'newEmail'], lang: 'en', signedIn: true },
      {
        element: 'emx-account',
        attributes: { sections: 'profile' },
        fields: ['contactEmail'],
        lang: 'de',
        signedIn: true,
        open: async (account) => {
          await until(() => account.querySelector('[part~="edit-profile"]'), 3000, 'the profile');
          part(account, 'edit-profile').click();
          await until(() => account.querySelector('[part~="profile-form"]'), 3000, 'the profile form');
        },
      },
    ];

    for (const form of FORMS) {
      it(`<${form.element}> ${form.fields.join(', ')}${form.lang === 'de' ? ' (de)' : ''}`, () =>
        safely(form.lang, async ({ session, mount }) => {
          if (form.signedIn) await session.login(JANE);
          const element = await mount(form.element, form.attributes);
          await form.open?.(element);
          await clearRequests();
          for (const name of form.fields) {
            for (const invalid of INVALID_EMAILS) {
              tried.invalidEmails += 1;
              for (const other of form.fields) type(field(element, other), other === name ? invalid : 'jane.other@example.com');
              submitButtonOf(element).click();
              await (element as LitElement).updateComplete;
              expect(fieldErrorOf(field(element, name)), invalid).to.equal(say(form.lang, 'validation.email'));
              expect(errorSummaryOf(element)).to.equal(say(form.lang, 'form.invalid'));
              expect(field(element, name).value, 'the value, kept').to.equal(invalid);
            }
          }
          expect(await requests(), 'requests sent').to.deep.equal([]);
        }));
    }
  });

  describe('a password the service refuses is explained on its field', () => {
    const FORMS: Array<{ element: string; attributes: Record<string, string>; field: string; arrange: (stage: Stage) => Promise<void>; fill: (element: HTMLElement) => void }> = [
      {
        element: 'emx-signup',
        attributes: { sections: '', 'password-policy': LENIENT_POLICY },
        field: 'password',
        arrange: async () => undefined,
        fill: (signup) => typeInto(signup, { email: 'weak@example.com', password: WEAK_PASSWORD }),
      },
      {
        element: 'emx-password-reset',
        attributes: { 'password-policy': LENIENT_POLICY },
        field: 'password',
        arrange: async ({ session }) => {
          await requestCustomerPasswordReset(session, { email: JANE.email });
          const [mail] = await outbox();
          history.replaceState(null, '', `${location.pathname}?token=${mail?.token ?? ''}`);
        },
        fill: (reset) => typeInto(reset, { password: WEAK_PASSWORD, confirmation: WEAK_PASSWORD }),
      },
      {
        element: 'emx-account',
        attributes: { sections: 'password', 'password-policy': LENIENT_POLICY },
        field: 'newPassword',
        arrange: async ({ session }) => void (await session.login(JANE)),
        fill: (account) => typeInto(account, { currentPassword: JANE.password, newPassword: WEAK_PASSWORD, confirmation: WEAK_PASSWORD }),
      },
    ];

    for (const form of FORMS) {
      it(`<${form.element}>`, () =>
        safely('en', async (stage) => {
          tried.weakPasswords += 1;
          await form.arrange(stage);
          const element = await stage.mount(form.element, form.attributes);
          form.fill(element);
          submitButtonOf(element).click();
          await until(() => fieldErrorOf(field(element, form.field)) !== '', 3000, 'the refusal on the field');
          expect(fieldErrorOf(field(element, form.field))).to.equal(say('en', 'validation.password_too_weak'));
          expect(field(element, form.field).value, 'the password, kept to correct it').to.equal(WEAK_PASSWORD);
        }));
    }
  });

  after(() => {
    const total = Object.values(tried).reduce((sum, count) => sum + count, 0);
    console.log(
      `bad input: ${total} payloads tried (${tried.markup} markup and script payloads in every displayed field, ${tried.emails} markup emails, ` +
        `${tried.texts} scripts and 10,000-character values round-tripped, ${tried.invalidEmails} invalid emails refused, ${tried.weakPasswords} refused passwords explained)`,
    );
  });
});
