// The demo storefront's flows, worked through its pages the way a customer does: typing, pressing
// buttons, following the emails' links from the emulator console. Each flow throws with a message
// that says what did not happen; what the pages leak along the way is for ObservedContext to judge.

export const JANE = { email: 'jane@example.com', password: 'Jane#2026pass', firstName: 'Jane' };
const ALEX = { email: 'alex@social.example', password: 'Alex#2026pass', firstName: 'Alex' };
const PAT = { email: 'pat@partner.example', password: 'Pat#2026pass', firstName: 'Pat' };
/** The seeded contact of two companies (emulator/README.md). */
const KIM = { email: 'kim@example.com', password: 'Kim#2026pass', firstName: 'Kim' };

const HEADER_STATUS = '[data-testid="session-status"]';
const LOGIN = {
  email: 'emx-login input[autocomplete="username"]',
  password: 'emx-login input[autocomplete="current-password"]',
  submit: 'emx-login [part~="submit"]',
};

/** A customer at the storefront: one tab (./tabs.mjs) of an ObservedContext. */
export class Shopper {
  #observed;
  #origin;
  #emulatorUrl;

  constructor(observed, tab, origin, emulatorUrl) {
    this.#observed = observed;
    this.tab = tab;
    this.#origin = origin;
    this.#emulatorUrl = emulatorUrl;
  }

  /** Opens the page that loads nothing but the built CDN bundle (test/dist/strict-csp.html), pointed at the emulator. */
  async visitCdnPage() {
    await this.tab.goto(`${this.#origin}/test/dist/strict-csp.html?api-url=${encodeURIComponent(this.#emulatorUrl)}`);
  }

  /** Opens a storefront page and waits until its header shows the session state. */
  async visit(path) {
    await this.tab.goto(this.#origin + path);
    await this.arrivedAt(path);
  }

  /** Waits until the tab shows the storefront page `path` and its header shows the session state (through any redirects). */
  async arrivedAt(path) {
    await this.#observed.waitFor(
      this.tab,
      `${path} with the session state in its header`,
      (wanted, status) => location.pathname === wanted && document.querySelector(status)?.textContent,
      path,
      HEADER_STATUS,
    );
  }

  async fill(selector, value) {
    await this.tab.fill(selector, value);
  }

  /** Types into a password field; the value is then looked for in URLs, console output and the DOM. */
  async typePassword(selector, value) {
    await this.fill(selector, this.rememberPassword(value));
  }

  /** A password typed somewhere else (the provider's page): looked for everywhere too. */
  rememberPassword(value) {
    return this.#observed.password(value);
  }

  async click(selector) {
    await this.tab.click(selector);
  }

  /** Clicks what reloads the page, and waits until the new document shows the session state. */
  async clickToReload(selector) {
    await this.tab.evaluate(() => {
      window.emxBeforeReload = true;
    });
    await this.click(selector);
    await this.#observed.waitFor(
      this.tab,
      'the page to load again',
      (status) => !window.emxBeforeReload && document.querySelector(status)?.textContent,
      HEADER_STATUS,
    );
  }

  /** Clicks what leads to the page `path` and waits until it shows. */
  async clickToNavigate(selector, path) {
    await this.click(selector);
    await this.arrivedAt(path);
  }

  /** Clicks `target` inside the first `container` whose text includes `text` (a table row, an address card). */
  async clickWithin(container, text, target) {
    const find = (containerSelector, wanted, targetSelector) =>
      [...document.querySelectorAll(containerSelector)].find((each) => each.textContent.includes(wanted))?.querySelector(targetSelector);
    // Each function runs in the page on its own: no closure to share.
    const found = (containerSelector, wanted, targetSelector) =>
      Boolean([...document.querySelectorAll(containerSelector)].find((each) => each.textContent.includes(wanted))?.querySelector(targetSelector));
    await this.#observed.waitFor(this.tab, `a ${container} with "${text}" holding ${target}`, found, container, text, target);
    await this.tab.clickFound(find, container, text, target);
  }

  /** Waits until the text of `selector` includes `text` (as read: the isolation marks around names and emails left out). */
  async waitForText(selector, text) {
    await this.#observed.waitFor(
      this.tab,
      `"${text}" in ${selector}`,
      (target, wanted) => document.querySelector(target)?.textContent.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').includes(wanted),
      selector,
      text,
    );
  }

  /** Waits until the first `container` whose text includes `text` also includes `expected`. */
  async waitForWithin(container, text, expected) {
    await this.#observed.waitFor(
      this.tab,
      `"${expected}" in the ${container} with "${text}"`,
      (containerSelector, wanted, more) =>
        [...document.querySelectorAll(containerSelector)].find((each) => each.textContent.includes(wanted))?.textContent.includes(more),
      container,
      text,
      expected,
    );
  }

  async waitForSelector(selector) {
    await this.#observed.waitFor(this.tab, `${selector} to appear`, (target) => Boolean(document.querySelector(target)), selector);
  }

  async waitForCount(selector, count) {
    await this.#observed.waitFor(
      this.tab,
      `${count} of ${selector}`,
      (target, wanted) => document.querySelectorAll(target).length === wanted,
      selector,
      count,
    );
  }

  async headerSays(text) {
    await this.waitForText(HEADER_STATUS, text);
  }

  /** Throws unless the password inputs inside `scope` hold exactly `expected` (what the user typed, or nothing). */
  async expectPasswords(scope, expected, moment) {
    const values = await this.tab.evaluate(
      (root) => [...document.querySelectorAll(`${root} input[autocomplete$="-password"]`)].map((input) => input.value),
      scope,
    );
    if (JSON.stringify(values) !== JSON.stringify(expected)) {
      throw new Error(`${moment}, the password inputs of ${scope} hold ${JSON.stringify(values)} instead of ${JSON.stringify(expected)}`);
    }
  }

  /** Throws when the address bar or any history entry of this tab still carries one of `params` (in the query or the fragment). */
  async expectUrlsWithout(params, moment) {
    await this.#observed.settle(this.tab);
    const storefrontEntries = [await this.tab.url(), ...this.#observed.history()].filter((url) => url.startsWith(this.#origin));
    const carries = (url, param) => new URL(url).searchParams.has(param) || new URLSearchParams(new URL(url).hash.slice(1)).has(param);
    const carrying = storefrontEntries.filter((url) => params.some((param) => carries(url, param)));
    if (carrying.length > 0) throw new Error(`${moment}, the tab's history still holds ${carrying.join(', ')}`);
  }

  snapshot(moment) {
    return this.#observed.snapshotDom(this.tab, moment);
  }

  /** The `legalEntityId` of every refreshauthtoken in the emulator's request log, in order (none: `-`). */
  async legalEntityRefreshes() {
    const response = await fetch(`${this.#emulatorUrl}/_emulator/requests?preflights=false`);
    if (!response.ok) throw new Error(`the emulator's request log answered ${response.status}`);
    const log = await response.json();
    return log.filter((entry) => entry.path.endsWith('/refreshauthtoken')).map((entry) => entry.query.legalEntityId ?? '-');
  }
}

/** Signs in on login.html; the storefront then shows the account. */
export async function signInWithPassword(shop, customer) {
  await shop.visit('/login.html');
  await shop.fill(LOGIN.email, customer.email);
  await shop.typePassword(LOGIN.password, customer.password);
  await shop.clickToNavigate(LOGIN.submit, '/account.html');
  await shop.headerSays(`Signed in as ${customer.firstName}`);
}

async function signOut(shop) {
  await shop.visit('/login.html');
  await shop.click('emx-login [part~="sign-out"]');
  await shop.waitForSelector(LOGIN.email);
  await shop.headerSays('Browsing as guest');
}

/** Opens the newest email to `recipient` from the emulator console's outbox: a link to the storefront page `path`. */
async function openEmail(shop, recipient, path) {
  await shop.visit('/emulator.html');
  await shop.clickWithin('[data-console="outbox"] tr', recipient, 'a');
  await shop.arrivedAt(path);
}

async function passwordSignIn(shop) {
  await shop.visit('/login.html');
  await shop.headerSays('Not signed in');
  await shop.expectPasswords('emx-login', [''], 'on arrival');
  await shop.fill(LOGIN.email, JANE.email);
  await shop.typePassword(LOGIN.password, 'Wrong#2026pass');
  await shop.click(LOGIN.submit);
  await shop.waitForText('emx-login [part~="error-summary"]', 'password');
  await shop.expectPasswords('emx-login', ['Wrong#2026pass'], 'after a refused sign-in');
  await shop.snapshot('after a refused sign-in');

  await shop.typePassword(LOGIN.password, JANE.password);
  await shop.clickToNavigate(LOGIN.submit, '/account.html');
  await shop.headerSays('Signed in as Jane');
  await shop.waitForSelector('emx-account [part~="password-form"]');
  await shop.expectPasswords('emx-account', ['', '', '', ''], 'on the account page after signing in');
  await shop.snapshot('signed in, on the account page');

  await signOut(shop);
  await shop.expectPasswords('emx-login', [''], 'after signing out');
  await shop.snapshot('after signing out');
}

async function signUp(shop) {
  const customer = { email: 'mia@example.com', password: 'Mia#2026pass', firstName: 'Mia' };
  await shop.visit('/signup.html');
  await shop.fill('emx-signup input[name="email"]', customer.email);
  await shop.typePassword('emx-signup input[name="password"]', customer.password);
  await shop.fill('emx-signup input[name="firstName"]', customer.firstName);
  await shop.fill('emx-signup input[name="lastName"]', 'Berg');
  await shop.click('emx-signup [part~="submit"]');
  await shop.waitForText('emx-signup [part~="heading"]', 'Account created');
  await shop.snapshot('after signing up');

  await shop.visit('/emulator.html');
  await shop.clickWithin('[data-console="customers"] tr', customer.email, '[data-activate]');
  await shop.waitForText('[data-console="status"]', 'activated');
  await signInWithPassword(shop, customer);
  await shop.snapshot('the new customer signed in');
}

async function account(shop) {
  const newPassword = 'Nordlicht#2027pass';
  const newEmail = 'jane.doe@example.com';
  await signInWithPassword(shop, JANE);

  await shop.click('emx-account [part~="edit-profile"]');
  await shop.fill('emx-account [part~="profile-form"] [name="contactPhone"]', '+49 30 5550100');
  await shop.click('emx-account [part~="profile-form"] [part~="submit"]');
  await shop.waitForText('emx-account [part~="profile-section"] [part~="profile"]', '+49 30 5550100');

  const passwordForm = 'emx-account [part~="password-form"]';
  await shop.typePassword(`${passwordForm} [name="currentPassword"]`, 'Wrong#2026pass');
  await shop.typePassword(`${passwordForm} [name="newPassword"]`, newPassword);
  await shop.typePassword(`${passwordForm} [name="confirmation"]`, newPassword);
  await shop.click(`${passwordForm} [part~="submit"]`);
  await shop.waitForText(`${passwordForm} [part~="field-error"]`, 'not your current password');
  await shop.expectPasswords(passwordForm, ['Wrong#2026pass', newPassword, newPassword], 'after a refused password change');
  await shop.typePassword(`${passwordForm} [name="currentPassword"]`, JANE.password);
  await shop.click(`${passwordForm} [part~="submit"]`);
  await shop.waitForText('emx-account [part~="password-section"] [part~="status"]', 'changed');
  await shop.expectPasswords(passwordForm, ['', '', ''], 'after the password change');

  const emailForm = 'emx-account [part~="email-form"]';
  await shop.typePassword(`${emailForm} [name="password"]`, newPassword);
  await shop.fill(`${emailForm} [name="newEmail"]`, newEmail);
  await shop.click(`${emailForm} [part~="submit"]`);
  await shop.waitForText('emx-account [part~="email-section"]', newEmail);
  await shop.snapshot('after the profile, password and email changes');

  await openEmail(shop, newEmail, '/account.html');
  await shop.waitForText('emx-account [part~="email-confirmation-section"]', `Your email address is now ${newEmail}`);
  await shop.expectUrlsWithout(['email-token'], 'after opening the email-change link');
  await shop.snapshot('after confirming the email change');

  await signOut(shop);
  await signInWithPassword(shop, { email: newEmail, password: newPassword, firstName: 'Jane' });
}

async function addresses(shop) {
  const book = 'emx-address-book';
  const card = `${book} [part~="card"]`;
  const form = `${book} [part~="address-form"]`;
  await signInWithPassword(shop, JANE);
  await shop.waitForCount(card, 2);

  await shop.click(`${book} [part~="add"]`);
  await shop.fill(`${form} [name="contactName"]`, 'Jane Doe, Office');
  await shop.fill(`${form} [name="street"]`, 'Friedrichstraße');
  await shop.fill(`${form} [name="streetNumber"]`, '123');
  await shop.fill(`${form} [name="zipCode"]`, '10117');
  await shop.fill(`${form} [name="city"]`, 'Berlin');
  await shop.fill(`${form} select[name="country"]`, 'DE');
  await shop.click(`${form} [part~="submit"]`);
  await shop.waitForText(`${book} [part~="status"]`, 'added');
  await shop.waitForCount(card, 3);

  await shop.clickWithin(card, 'Jane Doe, Office', '[part~="edit"]');
  await shop.fill(`${form} [name="zipCode"]`, '14467');
  await shop.fill(`${form} [name="city"]`, 'Potsdam');
  await shop.click(`${form} input[name="tags"][value="BILLING"]`);
  await shop.fill(`${form} [name="otherTags"]`, 'Office');
  await shop.click(`${form} [part~="submit"]`);
  await shop.waitForWithin(card, 'Jane Doe, Office', '14467 Potsdam');
  await shop.waitForWithin(card, 'Jane Doe, Office', 'Billing address');
  await shop.waitForWithin(card, 'Jane Doe, Office', 'Office');

  await shop.clickWithin(card, 'Potsdam', '[part~="make-default"]');
  await shop.waitForText(`${book} [part~="default-card"]`, 'Potsdam');

  await shop.clickWithin(card, 'München', '[part~="delete"]');
  await shop.click(`${book} dialog[open] [part~="confirm-delete"]`);
  await shop.waitForText(`${book} [part~="status"]`, 'deleted');
  await shop.waitForCount(card, 2);
  await shop.snapshot('after the address changes');
}

async function passwordReset(shop) {
  const newPassword = 'Reset#2027pass';
  await shop.visit('/password-reset.html');
  await shop.fill('emx-password-reset input[name="email"]', JANE.email);
  await shop.click('emx-password-reset [part~="submit"]');
  await shop.waitForText('emx-password-reset [part~="heading"]', 'Check your inbox');

  await openEmail(shop, JANE.email, '/password-reset.html');
  await shop.waitForText('emx-password-reset [part~="heading"]', 'Choose a new password');
  await shop.expectUrlsWithout(['token'], 'after opening the reset link');
  await shop.expectPasswords('emx-password-reset', ['', ''], 'on the new-password form');
  await shop.typePassword('emx-password-reset input[name="password"]', newPassword);
  await shop.typePassword('emx-password-reset input[name="confirmation"]', newPassword);
  await shop.click('emx-password-reset [part~="submit"]');
  await shop.waitForText('emx-password-reset [part~="heading"]', 'Your password has been changed');
  await shop.snapshot('after the password reset');

  await signInWithPassword(shop, { ...JANE, password: newPassword });
}

/** Signs in through a provider's button on login.html and comes back through callback.html. */
async function socialSignIn(shop, providerId, identity) {
  await shop.visit('/login.html');
  await shop.click(`emx-login [data-provider="${providerId}"] [part~="social-button"]`);
  await shop.tab.signInAtProvider({ email: identity.email, password: shop.rememberPassword(identity.password) });
  // Back on callback.html the kit signs the customer in; the storefront then shows the account.
  await shop.arrivedAt('/account.html');
  await shop.headerSays(`Signed in as ${identity.firstName}`);
  await shop.expectUrlsWithout(['code', 'state'], 'after the redirect back from the provider');
  await shop.snapshot('signed in through the provider');
  await shop.tab.goBack();
  await shop.arrivedAt('/callback.html');
  await shop.expectUrlsWithout(['code', 'state'], 'after going back to the callback page');
  await shop.headerSays(`Signed in as ${identity.firstName}`);
}

/**
 * With tokens that live shorter than the refresh leeway (the test sets the lifetimes), every call
 * refreshes first: the anonymous token with its refresh token, the customer's with refreshauthtoken.
 */
async function refreshes(shop) {
  await signInWithPassword(shop, JANE);
  await shop.waitForText('emx-account [part~="profile"]', JANE.email);
  await shop.waitForCount('emx-address-book [part~="card"]', 2);
  await signOut(shop);
  await shop.visit('/password-reset.html');
  await shop.fill('emx-password-reset input[name="email"]', JANE.email);
  await shop.click('emx-password-reset [part~="submit"]');
  await shop.waitForText('emx-password-reset [part~="heading"]', 'Check your inbox');
  await shop.snapshot('after the refreshes');
}

async function emulatorConsole(shop) {
  const rows = '[data-console="customers"] tr';
  await shop.visit('/emulator.html');
  await shop.waitForText('[data-console="outbox"]', 'No emails yet');
  await shop.waitForWithin(rows, 'ina@example.com', 'waiting for activation');
  await shop.clickWithin(rows, 'ina@example.com', '[data-activate]');
  await shop.waitForText('[data-console="status"]', 'Customer 10000002 activated');
  await shop.waitForWithin(rows, 'ina@example.com', 'active');
  await shop.click('[data-console="refresh"]');
  await shop.waitForText('[data-console="status"]', 'Refreshed');

  // The seller takes a company away from Kim and gives it back.
  const suedwind = '[data-unassign="10000004"][data-entity="le-suedwind"]';
  await shop.click(suedwind);
  await shop.waitForText('[data-console="status"]', 'Customer 10000004 is no longer assigned to le-suedwind.');
  await shop.fill('[data-console="customers"] select[data-assign-choice="10000004"]', 'le-suedwind');
  await shop.click('[data-console="customers"] [data-assign="10000004"]');
  await shop.waitForText('[data-console="status"]', 'Customer 10000004 is now assigned to le-suedwind.');
  await shop.waitForSelector(suedwind);
  await shop.clickToReload('[data-console="reset"]');
  await shop.waitForWithin(rows, 'ina@example.com', 'waiting for activation');
}

/**
 * A contact of two companies: asked to choose in the header, switches there and on the account
 * page (both follow), and gets the last choice back after signing in again; one refreshauthtoken
 * with the company's id per switch.
 */
async function businessCustomer(shop) {
  const header = '.shop-companies';
  const onPage = 'main emx-company-switcher';
  await signInWithPassword(shop, KIM);
  await shop.waitForText(`${header} [part~="hint"]`, 'Please choose the company you are buying for.');
  await shop.snapshot('a contact of two companies, asked to choose');

  await shop.fill(`${header} select`, 'le-suedwind');
  await shop.click(`${header} [part~="submit"]`);
  await shop.headerSays('Signed in as Kim · Südwind Import AG');
  await shop.waitForText(`${onPage} option:checked`, 'Südwind Import AG');

  await shop.fill(`${onPage} select`, 'le-nordlicht');
  await shop.click(`${onPage} [part~="submit"]`);
  await shop.waitForText(`${onPage} [part~="status"]`, 'Nordlicht Handel GmbH');
  await shop.headerSays('Signed in as Kim · Nordlicht Handel GmbH');
  await shop.waitForText(`${header} option:checked`, 'Nordlicht Handel GmbH');
  await shop.snapshot('after two switches');

  await signOut(shop);
  await signInWithPassword(shop, KIM);
  await shop.headerSays('Signed in as Kim · Nordlicht Handel GmbH');
  const refreshes = await shop.legalEntityRefreshes();
  const expected = ['le-suedwind', 'le-nordlicht', 'le-nordlicht'];
  if (JSON.stringify(refreshes) !== JSON.stringify(expected)) {
    throw new Error(`refreshauthtoken was sent for ${JSON.stringify(refreshes)} instead of one per switch and one restore: ${JSON.stringify(expected)}`);
  }
}

/** The built bundle, not the demo's sources, on a page of its own under the same policy. */
async function cdnBundleSignIn(shop) {
  await shop.visitCdnPage();
  await shop.waitForSelector(LOGIN.email);
  await shop.fill(LOGIN.email, JANE.email);
  await shop.typePassword(LOGIN.password, JANE.password);
  await shop.click(LOGIN.submit);
  await shop.waitForText('emx-login [part~="heading"]', 'Signed in as Jane Doe');
}

/** Every flow of the storefront, by name. */
export const FLOWS = {
  'password sign-in and sign-out': passwordSignIn,
  'sign-up and activation': signUp,
  'account: profile, password and email change': account,
  'address book: add, edit, tags, default, delete': addresses,
  'password reset through the emailed link': passwordReset,
  'social sign-in (Emporix redeems the code)': (shop) => socialSignIn(shop, 'social', ALEX),
  'partner SSO (token exchange)': (shop) => socialSignIn(shop, 'partner', PAT),
  'business customer: choosing and switching the company': businessCustomer,
  'emulator console: outbox, activation, companies, reset': emulatorConsole,
  'token refresh before every call': refreshes,
  'password sign-in from the CDN bundle (dist/emx-elements.js)': cdnBundleSignIn,
};
