// A storefront page for the social-login tests (start.html, and callback.html as the providers'
// redirect URI), loaded in an iframe or in the sign-in popup. It puts <emx-session> with the test
// providers on the page (with <emx-login> beside it when the test asks) or, when the test asks for
// it, uses the session service on its own.
import '../../src/elements/session/emx-session.js';
import '../../src/elements/login/emx-login.js';
import { EmporixSession, enableSocialLogin, socialLoginOf } from '../../src/session/index.js';
import { CLIENT_ID, TENANT } from '../support/emulator.js';
import { ROUTER_STATE, testProviders, type PageState } from './fixtures.js';

/** The test runner's page: this frame's top or, for the popup, its opener's top. */
function testRunnerWindow(): Window {
  return (window.opener as Window | null)?.top ?? window.top ?? window;
}

function start(): void {
  const runner = testRunnerWindow();
  const control = runner.socialPage ?? {};
  window.arrival = { href: location.href, historyLength: history.length };
  if (control.holdAnswer && new URL(location.href).searchParams.has('state')) return;
  history.replaceState(ROUTER_STATE, '');

  const emulatorUrl = runner.__EMX_TEST__?.emulatorUrl ?? '';
  const providers = testProviders(emulatorUrl, location.origin);
  const events: PageState['events'] = [];
  document.addEventListener('emx-error', ({ detail }) => events.push({ type: 'emx-error', code: detail.code, operation: detail.operation }));
  document.addEventListener('emx-login', ({ detail }) => events.push({ type: 'emx-login', method: detail.method }));

  if (control.service) {
    const session = new EmporixSession({
      apiUrl: emulatorUrl,
      tenant: TENANT,
      clientId: CLIENT_ID,
      now: () => Date.now() + (runner.socialPage?.clockOffsetMs ?? 0),
    });
    void enableSocialLogin(session, providers).handleRedirectCallback();
    window.emx = { session, events };
    return;
  }
  const element = document.createElement('emx-session');
  Object.assign(element, { tenant: TENANT, clientId: CLIENT_ID, apiUrl: emulatorUrl, providers });
  document.body.append(element);
  if (control.login) {
    document.documentElement.lang = control.login.lang ?? 'en';
    document.body.append(document.createElement('emx-login'));
  }
  // <emx-session> loads social login when it has providers: the page is ready for the tests once it is on.
  const session = element.session as EmporixSession;
  const publish = () => (window.emx = { session, events });
  if (socialLoginOf(session)) publish();
  else session.onExtend(publish);
}

start();
