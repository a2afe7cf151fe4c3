// Test-runner command `emx-social-provider`: works the emulator's OpenID provider pages the way a
// person does (types into the sign-in form, presses the buttons), in whichever frame or popup shows
// them. Those pages live on the emulator's origin, which the test page itself cannot script.
// Puppeteer drives Chromium and Firefox (a page object), WebDriver drives WebKit (one browser
// session with a current window and frame, given back to the test page at the end).

const FIND_TIMEOUT_MS = 10_000;
const pause = () => new Promise((resolve) => setTimeout(resolve, 50));
const notFound = (prompt) => new Error(`The provider's ${prompt} page did not appear`);

/** The frame (of any page of the browser, popups included) that shows the provider's `prompt` form. */
async function providerForm(page, prompt) {
  const deadline = Date.now() + FIND_TIMEOUT_MS;
  while (Date.now() < deadline) {
    for (const candidate of await page.browser().pages()) {
      for (const frame of candidate.frames()) {
        if (!frame.url().includes('/oidc/interaction/')) continue;
        // A frame that is navigating away answers with an error: it is simply not the one yet.
        const form = await frame.$(`input[name="prompt"][value="${prompt}"]`).catch(() => null);
        if (form) return frame;
      }
    }
    await pause();
  }
  throw notFound(prompt);
}

/** Signs in on the provider's page (wherever in the browser it shows) and grants the consent. */
export async function signInAtProvider(page, { email, password }) {
  const login = await providerForm(page, 'login');
  await login.type('input[name="login"]', email);
  await login.type('input[name="password"]', password);
  await login.click('button[type="submit"]');
  const consent = await providerForm(page, 'consent');
  await consent.click('button[type="submit"]');
}

const showsForm = (driver, prompt) =>
  driver.execute(
    (wanted) => location.pathname.includes('/oidc/interaction/') && Boolean(document.querySelector(`input[name="prompt"][value="${wanted}"]`)),
    prompt,
  );

/** Makes the window or frame (one level down) that shows the provider's `prompt` form the driver's current one. */
async function switchToProviderForm(driver, prompt) {
  const deadline = Date.now() + FIND_TIMEOUT_MS;
  while (Date.now() < deadline) {
    for (const handle of await driver.getWindowHandles()) {
      // A window or frame that is closing or navigating away answers with an error: not the one yet.
      try {
        await driver.switchToWindow(handle);
        if (await showsForm(driver, prompt)) return;
        const frames = await driver.findElements('css selector', 'iframe');
        for (let index = 0; index < frames.length; index++) {
          await driver.switchToFrame(index);
          if (await showsForm(driver, prompt)) return;
          await driver.switchToParentFrame();
        }
      } catch {
        // See above.
      }
    }
    await pause();
  }
  throw notFound(prompt);
}

/** Types one character at a time: WebKit's driver drops the second of two equal letters typed at once. */
async function typeInto(driver, selector, text) {
  const input = await driver.$(selector);
  await input.click();
  for (const character of text) await input.addValue(character);
}

/** {@link signInAtProvider} (or the cancel) through WebDriver; the window current before is current again afterwards. */
export async function signInAtProviderWithWebDriver(driver, payload) {
  const current = await driver.getWindowHandle();
  try {
    await switchToProviderForm(driver, 'login');
    if (payload.action === 'cancel') {
      await driver.$('a[href$="/abort"]').click();
      return;
    }
    await typeInto(driver, 'input[name="login"]', payload.email);
    await typeInto(driver, 'input[name="password"]', payload.password);
    await driver.$('button[type="submit"]').click();
    await switchToProviderForm(driver, 'consent');
    await driver.$('button[type="submit"]').click();
  } finally {
    await driver.switchToWindow(current);
  }
}

/**
 * `{ action: 'sign-in', email, password }` signs in and grants the consent;
 * `{ action: 'cancel' }` presses "Cancel" on the sign-in page (the provider answers `access_denied`).
 */
export function socialProviderCommand() {
  return {
    name: 'emx-social-provider',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emx-social-provider') return undefined;
      if (session.browser.type === 'webdriver') {
        await signInAtProviderWithWebDriver(session.browser.driver, payload);
        return true;
      }
      const page = session.browser.getPage(session.id);
      if (payload.action === 'cancel') {
        const login = await providerForm(page, 'login');
        await login.click('a[href$="/abort"]');
        return true;
      }
      await signInAtProvider(page, payload);
      return true;
    },
  };
}
