// Right-to-left: where the elements take their direction from (the nearest `dir`, else their
// language), what mirrors (labels, links, the password toggle) and what does not (email,
// password, phone, postcode and code inputs), measured on the rendered page.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/elements/session/emx-session.js';
import '../../src/elements/login/emx-login.js';
import '../../src/elements/signup/emx-signup.js';
import '../../src/elements/account/emx-account.js';
import '../../src/elements/address-book/emx-address-book.js';
import '../../src/elements/company-switcher/emx-company-switcher.js';
import '../../src/elements/password-reset/emx-password-reset.js';
import type { EmxSessionElement } from '../../src/elements/session/emx-session.js';
import type { EmxLoginElement } from '../../src/elements/login/emx-login.js';
import type { EmxSignupElement } from '../../src/elements/signup/emx-signup.js';
import loginAr from '../../src/elements/login/messages.ar.js';
import { loginMessages } from '../../src/elements/login/messages.js';
import sharedAr from '../../src/elements/shared/messages.ar.js';
import signupAr from '../../src/elements/signup/messages.ar.js';
import accountAr from '../../src/elements/account/messages.ar.js';
import addressBookAr from '../../src/elements/address-book/messages.ar.js';
import passwordResetAr from '../../src/elements/password-reset/messages.ar.js';
import { JANE, resetEmulator, until } from '../support/emulator.js';
import { headingOf, query, submitButtonOf, type, waitForError } from '../support/dom.js';
import { sessionTag } from '../support/session-tag.js';

const ar = { ...sharedAr, ...loginAr };

/** `<emx-login>` with its session inside `wrap`, once its form shows. */
async function mountLogin(wrap: (content: TemplateResult) => TemplateResult): Promise<{ page: HTMLElement; login: EmxLoginElement }> {
  const page = await fixture<HTMLElement>(wrap(sessionTag(html`<emx-login></emx-login>`)));
  const login = query<EmxLoginElement>(page, 'emx-login');
  await until(() => login.querySelector('form'), 3000, 'the login form');
  await login.updateComplete;
  return { page, login };
}

const rootOf = (element: Element) => query(element, '[part~="base"]');
const directionOf = (element: Element) => getComputedStyle(element).direction;

/** Where the text of `element` is drawn (not its box, which a grid stretches across the form). */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

/** The text of `part` in `element` begins at its box's right edge and leaves room on its left, as right-to-left text does. */
function textAtRight(element: Element, part: string): boolean {
  const box = query(element, `[part~="${part}"]`);
  const area = box.getBoundingClientRect();
  const text = textBox(box);
  return Math.abs(text.right - area.right) < 2 && text.left > area.left + 20;
}

/** Each named input of `root` runs left to right (`ltr`) or right to left (`rtl`). */
function expectDirections(root: Element, directions: Record<string, 'ltr' | 'rtl'>): void {
  for (const [name, direction] of Object.entries(directions)) {
    expect(directionOf(query(root, `[name="${name}"]`)), name).to.equal(direction);
  }
}

/** Where the customer sees the sign-in form's pieces: the email label's text in its field, the password toggle beside its input, the two links. */
function loginLayout(login: Element) {
  const emailField = query(login, '[part~="field"]:has(input[type="email"])');
  const label = textBox(query(emailField, '[part~="label"]'));
  const field = emailField.getBoundingClientRect();
  const [forgot, create] = [...login.querySelectorAll('[part~="links"] [part~="link"]')].map((link) => link.getBoundingClientRect());
  const password = query(login, '[part~="input-group"] [part~="input"]').getBoundingClientRect();
  const toggle = query(login, '[part~="password-toggle"]').getBoundingClientRect();
  return {
    /** The label's text begins at the field's right edge, and leaves room on its left. */
    labelAtRight: Math.abs(label.right - field.right) < 2 && label.left > field.left + 20,
    labelAtLeft: Math.abs(label.left - field.left) < 2 && label.right < field.right - 20,
    toggleLeftOfInput: toggle.right <= password.left + 1,
    toggleRightOfInput: toggle.left >= password.right - 1,
    /** "Forgot password?" comes first in reading order: at the right in Arabic. */
    linksMirrored: forgot!.left > create!.right,
    linksInOrder: forgot!.right < create!.left,
  };
}

function expectMirrored(login: Element): void {
  expect(directionOf(rootOf(login)), 'the direction of the element').to.equal('rtl');
  expect(rootOf(login).getAttribute('dir')).to.equal('rtl');
  const layout = loginLayout(login);
  expect(layout.labelAtRight, 'the email label starts at the right edge').to.equal(true);
  expect(layout.toggleLeftOfInput, 'the password toggle is left of its input').to.equal(true);
  expect(layout.linksMirrored, '"Forgot password?" right of "Create account"').to.equal(true);
}

function expectLeftToRight(login: Element): void {
  expect(directionOf(rootOf(login)), 'the direction of the element').to.equal('ltr');
  const layout = loginLayout(login);
  expect(layout.labelAtLeft, 'the email label starts at the left edge').to.equal(true);
  expect(layout.toggleRightOfInput, 'the password toggle is right of its input').to.equal(true);
  expect(layout.linksInOrder, '"Forgot password?" left of "Create account"').to.equal(true);
}

/** Email and password inputs keep left-to-right text however the form lays out. */
function expectLeftToRightInputs(root: Element): void {
  const inputs = [...root.querySelectorAll<HTMLInputElement>('input[type="email"], input[type="password"]')];
  expect(inputs.length).to.be.greaterThan(0);
  for (const input of inputs) expect(directionOf(input), `the ${input.name} input`).to.equal('ltr');
}

describe('right to left', () => {
  beforeEach(() => resetEmulator());

  it('an Arabic page (lang="ar", no dir) shows the sign-in form mirrored, in Arabic, with left-to-right email and password inputs', async () => {
    const { login } = await mountLogin((content) => html`<div lang="ar">${content}</div>`);
    expect(headingOf(login)).to.equal(ar['login.heading']);
    expectMirrored(login);
    expectLeftToRightInputs(login);

    // Typed left to right, and refused with the Arabic text of the server's error.
    type(query<HTMLInputElement>(login, 'input[type="email"]'), JANE.email);
    type(query<HTMLInputElement>(login, 'input[type="password"]'), 'wrong-password-1');
    submitButtonOf(login).click();
    expect(await waitForError(login)).to.equal(ar['error.invalid_credentials']);
    expect(query<HTMLInputElement>(login, 'input[type="email"]').value).to.equal(JANE.email);
    await expect(login).to.be.accessible();
  });

  it('dir="rtl" mirrors an English form', async () => {
    const { login } = await mountLogin((content) => html`<div dir="rtl" lang="en">${content}</div>`);
    expect(headingOf(login)).to.equal(loginMessages.en['login.heading']);
    expectMirrored(login);
    expectLeftToRightInputs(login);
  });

  it('dir="ltr" on an ancestor wins over an Arabic lang nearer the element', async () => {
    const { login } = await mountLogin((content) => html`<div dir="ltr"><div lang="ar">${content}</div></div>`);
    expect(headingOf(login)).to.equal(ar['login.heading']);
    expectLeftToRight(login);
  });

  it('follows lang and dir when they change', async () => {
    const { page, login } = await mountLogin((content) => html`<div lang="en">${content}</div>`);
    expectLeftToRight(login);

    page.setAttribute('lang', 'ar');
    await until(() => directionOf(rootOf(login)) === 'rtl' && headingOf(login) === ar['login.heading'], 2000, 'the Arabic, mirrored form');
    expectMirrored(login);

    page.setAttribute('dir', 'ltr');
    await until(() => directionOf(rootOf(login)) === 'ltr', 1000, 'the form left to right under dir="ltr"');
    expectLeftToRight(login);

    page.removeAttribute('dir');
    page.setAttribute('lang', 'de');
    await until(() => headingOf(login) === 'Anmelden', 2000, 'the German form');
    expectLeftToRight(login);
  });

  it('finds dir and lang through a shadow root around the element', async () => {
    const host = await fixture<HTMLElement>(html`<div dir="rtl"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const section = document.createElement('section');
    const login = document.createElement('emx-login') as EmxLoginElement;
    section.append(login);
    shadow.append(section);
    await login.updateComplete;
    expect(directionOf(rootOf(login))).to.equal('rtl');

    host.setAttribute('dir', 'ltr');
    section.lang = 'ar';
    await until(() => headingOf(login) === ar['login.heading'], 2000, 'the Arabic texts');
    expect(directionOf(rootOf(login)), 'dir="ltr" on the shadow host wins').to.equal('ltr');

    host.removeAttribute('dir');
    await until(() => directionOf(rootOf(login)) === 'rtl', 1000, 'right to left from the language');
  });

  it('the Arabic sign-up form keeps email, password, phone, postcode and registration number left to right, and names right to left', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="ar">${sessionTag(html`<emx-signup></emx-signup>`)}</div>`);
    const signup = query<EmxSignupElement>(page, 'emx-signup');
    await until(() => signup.querySelector('form'), 3000, 'the sign-up form');
    await signup.updateComplete;
    expect(headingOf(signup)).to.equal(signupAr['signup.heading']);
    expect(directionOf(rootOf(signup))).to.equal('rtl');

    query<HTMLInputElement>(signup, '[name="withAddress"]').click();
    await until(() => signup.querySelector('[name="zipCode"]'), 1000, 'the address fields');
    const direction = (name: string) => directionOf(query(signup, `[name="${name}"]`));
    for (const name of ['email', 'password', 'contactEmail', 'phone', 'companyRegistrationId', 'zipCode', 'contactPhone']) {
      expect(direction(name), name).to.equal('ltr');
    }
    for (const name of ['firstName', 'lastName', 'company', 'street', 'city']) expect(direction(name), name).to.equal('rtl');

    // The postcode lines up with its label at the form's right edge, though its text runs left to right.
    const zipCode = query<HTMLInputElement>(signup, '[name="zipCode"]');
    type(zipCode, '12345');
    expect(getComputedStyle(zipCode).textAlign).to.be.oneOf(['end', 'right']);
    await expect(signup).to.be.accessible();
  });

  it('Jane’s account, addresses and company in Arabic: mirrored, with email, phone and postcode inputs left to right', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="ar">${sessionTag('')}</div>`);
    const provider = query<EmxSessionElement>(page, 'emx-session');
    const session = await until(() => provider.session, 3000, 'the session');
    await session!.login(JANE);
    const [account, book, switcher] = ['emx-account', 'emx-address-book', 'emx-company-switcher'].map((tag) => document.createElement(tag));
    provider.append(account!, book!, switcher!);
    await until(() => account!.querySelector('[part~="edit-profile"]'), 5000, 'the account');
    await until(() => book!.querySelector('[part~="card"]'), 5000, 'the address cards');
    await until(() => switcher!.querySelector('[part~="company"]'), 5000, 'her company');

    for (const element of [account!, book!, switcher!]) expect(directionOf(rootOf(element)), element.localName).to.equal('rtl');
    expect(headingOf(account!)).to.equal(accountAr['account.heading']);
    expect(textAtRight(account!, 'heading'), 'the account heading at the right').to.equal(true);
    expect(headingOf(book!)).to.equal(addressBookAr['addresses.heading']);
    expect(textAtRight(book!, 'heading'), 'the address book heading at the right').to.equal(true);
    expect(textAtRight(switcher!, 'company'), 'her company at the right').to.equal(true);
    expectDirections(account!, { currentPassword: 'ltr', newPassword: 'ltr', confirmation: 'ltr', newEmail: 'ltr' });

    query<HTMLButtonElement>(account!, '[part~="edit-profile"]').click();
    await until(() => account!.querySelector('[part~="profile-form"]'), 2000, 'the profile form');
    expectDirections(query(account!, '[part~="profile-form"]'), { firstName: 'rtl', lastName: 'rtl', contactPhone: 'ltr' });

    query<HTMLButtonElement>(book!, '[part~="add"]').click();
    await until(() => book!.querySelector('[part~="address-form"]'), 2000, 'the address form');
    expectDirections(query(book!, '[part~="address-form"]'), { contactName: 'rtl', street: 'rtl', city: 'rtl', zipCode: 'ltr', contactPhone: 'ltr' });
    await expect(account).to.be.accessible();
    await expect(book).to.be.accessible();
  });

  it('the Arabic password reset mirrors, its email input left to right', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="ar">${sessionTag(html`<emx-password-reset></emx-password-reset>`)}</div>`);
    const reset = query(page, 'emx-password-reset');
    await until(() => headingOf(reset) === passwordResetAr['password-reset.heading'], 3000, 'the Arabic form');
    expect(directionOf(rootOf(reset))).to.equal('rtl');
    expect(textAtRight(reset, 'heading'), 'the heading at the right').to.equal(true);
    expectDirections(reset, { email: 'ltr' });
    await expect(reset).to.be.accessible();
  });
});
