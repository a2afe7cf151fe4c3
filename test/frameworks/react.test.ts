// The README's React 19 example, run: React renders the tags, sets their properties and listens
// to their events through `on<event-name>` props.
import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
// A shop imports `emx-elements/session-element` and `emx-elements/login`: the same modules.
import '../../src/elements/session/emx-session.js';
import '../../src/elements/login/emx-login.js';
import type { EmxEventDetails } from '../../src/events.js';
import { CLIENT_ID, JANE, TENANT, emulatorUrl, requestsTo, resetEmulator, until } from '../support/emulator.js';
import { headingOf, query, submitButtonOf, type } from '../support/dom.js';

describe('React 19', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(async () => {
    await resetEmulator();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('renders <emx-session> and <emx-login>, passes properties, receives events, logs in', async () => {
    const navigations: Array<EmxEventDetails['emx-navigate']> = [];
    const logins: Array<EmxEventDetails['emx-login']> = [];

    root.render(
      createElement(
        'emx-session',
        { tenant: TENANT, clientId: CLIENT_ID, apiUrl: emulatorUrl(), 'onemx-login': (event: CustomEvent<EmxEventDetails['emx-login']>) => logins.push(event.detail) },
        createElement('emx-login', {
          headingLevel: 1,
          'onemx-navigate': (event: CustomEvent<EmxEventDetails['emx-navigate']>) => navigations.push(event.detail),
        }),
      ),
    );
    await until(() => container.querySelector('emx-login form'), 5000, 'the login form');
    const login = query(container, 'emx-login');

    expect(query(login, '[part~="heading"]').getAttribute('aria-level'), 'headingLevel set as a property').to.equal('1');
    query<HTMLButtonElement>(login, '[part~="links"] button:last-child').click();
    expect(navigations).to.deep.equal([{ to: 'signup' }]);

    type(query<HTMLInputElement>(login, 'input[autocomplete="username"]'), JANE.email);
    type(query<HTMLInputElement>(login, 'input[autocomplete="current-password"]'), JANE.password);
    submitButtonOf(login).click();
    await until(() => logins.length > 0, 5000, 'the emx-login event');

    expect(logins[0]?.method).to.equal('password');
    expect(logins[0]?.customer.email).to.equal(JANE.email);
    await until(() => headingOf(login).startsWith('Signed in as'), 3000, 'the signed-in heading');
    expect(await requestsTo(`/customer/${TENANT}/login`, 'POST')).to.have.length(1);
  });
});
