// One "tab" for the company switcher's cross-tab test (loaded in an iframe): a shop page with
// <emx-session> and <emx-company-switcher>. The test reads `window.session` and `window.switcher`.
import '../../src/elements/session/emx-session.js';
import '../../src/elements/company-switcher/emx-company-switcher.js';
import type { EmxCompanySwitcherElement } from '../../src/elements/company-switcher/emx-company-switcher.js';
import { CLIENT_ID, TENANT, emulatorUrl } from '../support/emulator.js';

declare global {
  interface Window {
    switcher?: EmxCompanySwitcherElement;
  }
}

const sessionElement = Object.assign(document.createElement('emx-session'), { tenant: TENANT, clientId: CLIENT_ID, apiUrl: emulatorUrl() });
const switcher = document.createElement('emx-company-switcher');
document.body.append(sessionElement, switcher);

window.switcher = switcher;
window.session = sessionElement.session;
