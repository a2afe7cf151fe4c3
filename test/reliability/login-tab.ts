// One "tab" for the element-level cross-tab tests (loaded in an iframe): a shop page with
// <emx-session> and <emx-login>. The test reads `window.session` and `window.login`, and
// `window.signInFormShownAt`: when (on the test page's clock) the sign-in form last appeared after
// the test cleared it.
import '../../src/elements/session/emx-session.js';
import '../../src/elements/login/emx-login.js';
import type { EmxLoginElement } from '../../src/elements/login/emx-login.js';
import { CLIENT_ID, TENANT, emulatorUrl } from '../support/emulator.js';

declare global {
  interface Window {
    login?: EmxLoginElement;
    signInFormShownAt?: number;
  }
}

const testPage = window.top ?? window;
// The session's clock is the page's Date.now: the test moves it (`clockOffsetMs`) to reach token expiry without waiting.
const realNow = Date.now.bind(Date);
Date.now = () => realNow() + (testPage.clockOffsetMs ?? 0);

const sessionElement = Object.assign(document.createElement('emx-session'), { tenant: TENANT, clientId: CLIENT_ID, apiUrl: emulatorUrl() });
const login = document.createElement('emx-login');
document.body.append(sessionElement, login);

new MutationObserver(() => {
  if (window.signInFormShownAt === undefined && login.querySelector('input[autocomplete="current-password"]')) {
    window.signInFormShownAt = testPage.performance.now();
  }
}).observe(login, { childList: true, subtree: true });

window.login = login;
window.session = sessionElement.session;
