// Test-runner command `emx-social-provider`: works the emulator's OpenID provider pages the way a
// person does (types into the sign-in form, presses the buttons), in whichever frame or popup shows
// them. Those pages live on the emulator's origin, which the test page itself cannot script.

const FIND_TIMEOUT_MS = 10_000;

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
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The provider's ${prompt} page did not appear`);
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

/**
 * `{ action: 'sign-in', email, password }` signs in and grants the consent;
 * `{ action: 'cancel' }` presses "Cancel" on the sign-in page (the provider answers `access_denied`).
 */
export function socialProviderCommand() {
  return {
    name: 'emx-social-provider',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emx-social-provider') return undefined;
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
