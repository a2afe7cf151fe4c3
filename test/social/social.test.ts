import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/session/emx-session.js';
import '../../src/elements/login/emx-login.js';
import type { EmxSessionElement } from '../../src/elements/session/emx-session.component.js';
import { SOCIAL_SIGN_IN_LIFETIME_SECONDS, SocialLoginError, enableSocialLogin, socialLoginOf, type EmporixSession } from '../../src/session/index.js';
import { assertSecureProviderUrl, type ResolvedSocialProvider } from '../../src/session/social.js';
import { CLIENT_ID, TENANT, clearRequests, emulatorUrl, injectFault, requests, requestsTo, resetEmulator, until } from '../support/emulator.js';
import { ROUTER_STATE, type PageState } from './fixtures.js';
import {
  ALEX,
  PAT,
  callbackArrival,
  cancelAtProvider,
  controlPages,
  navigate,
  oidcClientTsResources,
  openPage,
  outcomeOf,
  pageIn,
  signInAtProvider,
  socialOf,
  storedCustomer,
  windowOf,
} from '../support/social.js';

const START_PAGE = new URL('start.html', import.meta.url).href;

/** The sign-in states (PKCE verifier, nonce) oidc-client-ts keeps in this tab's sessionStorage, which the frames share. */
const storedSignInStates = () => Object.keys(sessionStorage).filter((key) => key.startsWith('emx-elements.oidc.'));
const CALLBACK = new URL('callback.html', import.meta.url).href;

/** A failed sign-in: a typed error, announced by <emx-session>, and an anonymous session without customer tokens. */
function expectCleanFailure(page: PageState, code: string, announced = true): void {
  expect(socialOf(page.session).lastError?.code).to.equal(code);
  expect(page.session.snapshot.status).to.equal('anonymous');
  expect(storedCustomer()).to.equal(undefined);
  if (announced) expect(page.events).to.deep.include({ type: 'emx-error', code, operation: 'social-login' });
}

describe('social login', function () {
  // Every test goes through the provider's pages and back; each step is a real page load.
  this.timeout(30_000);
  let frame: HTMLIFrameElement;

  beforeEach(async () => {
    await resetEmulator();
    controlPages({});
  });

  afterEach(() => frame?.remove());

  /** Opens the shop page in a fresh frame and starts a sign-in there: the frame leaves for the provider. */
  async function startSignIn(providerId: string): Promise<PageState> {
    frame = openPage();
    const start = await pageIn(frame);
    await socialOf(start.session).signIn(providerId);
    return start;
  }

  /** The callback page the provider sent the frame to, once it is done with the answer. */
  async function finishedCallback(): Promise<PageState> {
    const callback = await pageIn(frame, 'callback.html');
    await outcomeOf(callback.session);
    return callback;
  }

  /** Loads `href` in the frame, as the provider's redirect would, and waits until the page is done with it. */
  async function loadAnswer(href: string): Promise<PageState> {
    const page = await navigate(frame, href);
    await outcomeOf(page.session);
    return page;
  }

  /** A real answer of the provider, left untouched in the URL for the test to replay or alter. */
  async function heldAnswer(providerId: string, identity: typeof ALEX): Promise<URL> {
    controlPages({ holdAnswer: true });
    await startSignIn(providerId);
    await signInAtProvider(identity);
    const answer = await callbackArrival(frame);
    controlPages({});
    return answer;
  }

  it('signs in with an authorization code that Emporix redeems with the PKCE verifier, and cleans the URL', async () => {
    const start = await startSignIn('social');
    await signInAtProvider(ALEX);
    const callback = await finishedCallback();

    expect(socialOf(callback.session).lastError).to.equal(undefined);
    const { snapshot } = callback.session;
    expect(snapshot.status).to.equal('customer');
    expect(snapshot.sessionId).to.equal(start.session.snapshot.sessionId);
    expect(snapshot.customer?.email).to.equal(ALEX.email);
    expect(snapshot.customer?.profile?.firstName).to.equal('Alex');
    expect(callback.events).to.deep.equal([{ type: 'emx-login', method: 'social' }]);

    // The answer left the address bar without a new history entry; other parameters and the router's state stayed.
    const page = windowOf(frame)!;
    const arrival = new URL(page.arrival!.href);
    expect([...arrival.searchParams.keys()]).to.include.members(['keep', 'code', 'state', 'iss']);
    expect(page.location.search).to.equal('?keep=1');
    expect(page.history.length).to.equal(page.arrival!.historyLength);
    expect(page.history.state).to.deep.equal(ROUTER_STATE);

    const [authorization] = await requestsTo('/oidc/auth', 'GET');
    expect(authorization.query.state).to.match(/^social--[0-9a-f]{32}$/);
    expect(authorization.query.state).to.equal(arrival.searchParams.get('state'));
    expect(authorization.query.code_challenge_method).to.equal('S256');
    expect(authorization.query.nonce).to.be.a('string').and.not.empty;
    const [redemption, ...others] = await requestsTo('/socialLogin', 'POST');
    expect(others).to.deep.equal([]);
    expect(redemption).to.include({ status: 200, tokenKind: 'anonymous' });
    expect(redemption.query).to.deep.equal({ code: '***', redirect_uri: `${CALLBACK}?keep=1`, code_verifier: '***' });
    expect(redemption.note).to.match(/code redeemed at the provider \(client demo-social\); PKCE verification passed/);
    expect(oidcClientTsResources(page)).to.not.deep.equal([]);
  });

  it('signs in with token exchange: the browser redeems the code at the provider, Emporix exchanges its access token', async () => {
    await startSignIn('partner');
    await signInAtProvider(PAT);
    const callback = await finishedCallback();

    expect(socialOf(callback.session).lastError).to.equal(undefined);
    expect(callback.session.snapshot.status).to.equal('customer');
    expect(callback.session.snapshot.customer?.profile?.firstName).to.equal('Pat');
    expect(callback.session.snapshot.customer?.email).to.equal(PAT.email);
    expect(windowOf(frame)!.location.search).to.equal('');

    const log = await requests();
    const tokenRequest = log.find((entry) => entry.path === '/oidc/token');
    expect(tokenRequest).to.include({ method: 'POST', status: 200, tokenKind: 'none' });
    const exchange = log.find((entry) => entry.path.endsWith('/exchangeauthtoken'));
    expect(exchange).to.include({ status: 200, tokenKind: 'anonymous' });
    expect(exchange?.query).to.deep.equal({ subjectAccessToken: '***', config: 'partner' });
    expect(log.filter((entry) => entry.path.endsWith('/socialLogin'))).to.deep.equal([]);
  });

  it('signs in through a popup that hands the answer back to the page that opened it', async () => {
    frame = openPage();
    const start = await pageIn(frame);
    const signingIn = socialOf(start.session).signIn('social-popup');
    await signInAtProvider(ALEX);
    const snapshot = await signingIn;

    expect(snapshot?.status).to.equal('customer');
    expect(snapshot?.customer?.profile?.firstName).to.equal('Alex');
    expect(windowOf(frame)!.location.href).to.equal(START_PAGE);
    const [redemption] = await requestsTo('/socialLogin', 'POST');
    expect(redemption).to.include({ status: 200 });
    expect(redemption.query.redirect_uri).to.equal(CALLBACK);
  });

  it('refuses a tampered state without sending the code, and abandons the sign-in it was aimed at', async () => {
    const answer = await heldAnswer('social', ALEX);
    const tampered = new URL(answer);
    tampered.searchParams.set('state', `social--${'0'.repeat(32)}`);

    const callback = await loadAnswer(tampered.href);
    expectCleanFailure(callback, 'state_mismatch');
    expect(windowOf(frame)!.location.search).to.equal('?keep=1');
    expectCleanFailure(await loadAnswer(answer.href), 'state_mismatch');
    expect(await requestsTo('/socialLogin')).to.deep.equal([]);
  });

  it('treats a second run of the same callback as spent: a clear error and no second redemption', async () => {
    await startSignIn('social');
    await signInAtProvider(ALEX);
    const first = await finishedCallback();
    expect(first.session.snapshot.status).to.equal('customer');
    const answer = windowOf(frame)!.arrival!.href;
    await first.session.logout();

    expectCleanFailure(await loadAnswer(answer), 'state_mismatch');
    expect(windowOf(frame)!.location.search).to.equal('?keep=1');
    expect(await requestsTo('/socialLogin')).to.have.length(1);
  });

  it('lets Emporix refuse a spent code replayed under a fresh sign-in (its verifier does not match)', async () => {
    await startSignIn('social');
    await signInAtProvider(ALEX);
    const first = await finishedCallback();
    const spentCode = new URL(windowOf(frame)!.arrival!.href).searchParams.get('code')!;
    await first.session.logout();

    // The provider remembers Alex and her consent, so it answers the new sign-in at once.
    controlPages({ holdAnswer: true });
    const start = await navigate(frame, START_PAGE);
    await socialOf(start.session).signIn('social');
    const injected = await callbackArrival(frame);
    injected.searchParams.set('code', spentCode);
    controlPages({});

    const callback = await loadAnswer(injected.href);
    expectCleanFailure(callback, 'emporix_refused');
    expect(socialOf(callback.session).lastError?.status).to.equal(401);
    const redemptions = await requestsTo('/socialLogin', 'POST');
    expect(redemptions.map((entry) => entry.status)).to.deep.equal([200, 401]);
    expect(redemptions[1].note).to.match(/code refused by the provider/);
  });

  it('refuses an answer when this tab no longer holds the PKCE verifier', async () => {
    const answer = await heldAnswer('social', ALEX);
    // The state oidc-client-ts stored (verifier, nonce) disappears, as when storage is cleared mid-sign-in.
    for (const key of Object.keys(sessionStorage).filter((name) => name.includes('oidc.'))) sessionStorage.removeItem(key);

    expectCleanFailure(await loadAnswer(answer.href), 'missing_verifier');
    expect(await requestsTo('/socialLogin')).to.deep.equal([]);
  });

  it('reports a sign-in cancelled at the provider (access_denied) and removes the error from the URL', async () => {
    await startSignIn('social');
    await cancelAtProvider();
    expectCleanFailure(await finishedCallback(), 'cancelled');

    const page = windowOf(frame)!;
    expect(new URL(page.arrival!.href).searchParams.get('error')).to.equal('access_denied');
    expect(page.location.search).to.equal('?keep=1');
    expect(await requestsTo('/socialLogin')).to.deep.equal([]);
  });

  it('refuses an answer that comes back after the time limit (session service without the element)', async () => {
    controlPages({ service: true });
    await startSignIn('social');
    // The customer lingers at the provider past the limit: the shop's clock moves on.
    controlPages({ service: true, clockOffsetMs: (SOCIAL_SIGN_IN_LIFETIME_SECONDS + 60) * 1000 });
    await signInAtProvider(ALEX);

    expectCleanFailure(await finishedCallback(), 'expired', false);
    expect(windowOf(frame)!.location.search).to.equal('?keep=1');
    expect(await requestsTo('/socialLogin')).to.deep.equal([]);
  });

  it('does not let an abandoned sign-in block the next one', async () => {
    await startSignIn('social');
    await until(() => !windowOf(frame), 5000, 'the provider page');
    const start = await navigate(frame, START_PAGE);
    await socialOf(start.session).signIn('partner');
    await signInAtProvider(PAT);
    const callback = await finishedCallback();

    expect(socialOf(callback.session).lastError).to.equal(undefined);
    expect(callback.session.snapshot.customer?.email).to.equal(PAT.email);
  });

  it('starting a new social sign-in leaves no earlier PKCE verifier behind in storage', async () => {
    await startSignIn('social');
    await until(() => !windowOf(frame), 5000, 'the provider page');
    const abandoned = storedSignInStates();
    expect(abandoned).to.have.length(1);

    const start = await navigate(frame, START_PAGE);
    await socialOf(start.session).signIn('partner');
    await until(() => !windowOf(frame), 5000, 'the provider page');
    const current = storedSignInStates();
    expect(current).to.have.length(1);
    expect(current).not.to.include(abandoned[0]);
  });

  it('loads no oidc-client-ts code on a page that never signs in socially', async () => {
    frame = openPage();
    const page = await pageIn(frame);
    await page.session.getAccessToken();
    expect(socialOf(page.session).providers.map((provider) => provider.id)).to.deep.equal(['social', 'partner', 'social-popup']);

    const loaded = windowOf(frame)!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((name) => name.includes('/src/session/social.ts'))).to.equal(true);
    expect(loaded.some((name) => name.includes('/src/session/social-flow.ts')), 'the sign-in code').to.equal(false);
    expect(oidcClientTsResources(windowOf(frame)!)).to.deep.equal([]);
  });
});

describe('social login providers', () => {
  const google = { id: 'google', label: 'Google', issuer: 'https://accounts.example', clientId: 'shop', redirectUri: 'https://shop.example/login.html' };

  async function sessionWith(providers: string): Promise<{ element: EmxSessionElement; session: EmporixSession }> {
    const element = await fixture<EmxSessionElement>(
      html`<emx-session tenant=${TENANT} client-id=${CLIENT_ID} api-url=${emulatorUrl()} providers=${providers}></emx-session>`,
    );
    const session = element.session!;
    // Social login is loaded when the element has providers; the tests without any turn it on themselves.
    if (JSON.parse(providers).length > 0) await until(() => socialLoginOf(session), 5000, 'social login to be on');
    else enableSocialLogin(session, []);
    return { element, session };
  }

  it('come from the JSON attribute of <emx-session>, defaults filled in, and follow the property', async () => {
    const { element, session } = await sessionWith(JSON.stringify([google]));
    expect(socialOf(session).providers).to.deep.equal([{ ...google, scope: 'openid email profile', mode: 'code', display: 'redirect' }]);

    let changes = 0;
    socialOf(session).subscribe(() => (changes += 1));
    element.providers = [{ ...google, mode: 'exchange', display: 'popup', scope: 'openid' }];
    await element.updateComplete;
    expect(changes).to.equal(1);
    expect(socialOf(session).providers[0]).to.include({ mode: 'exchange', display: 'popup', scope: 'openid' });
  });

  it('are a plug-in: without providers <emx-session> turns social login off and <emx-login> shows the form alone', async () => {
    const element = await fixture<EmxSessionElement>(
      html`<emx-session tenant=${TENANT} client-id=${CLIENT_ID} api-url=${emulatorUrl()}><emx-login></emx-login></emx-session>`,
    );
    const login = element.querySelector('emx-login')!;
    await until(() => login.querySelector('form'), 3000, 'the login form');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(socialLoginOf(element.session!)).to.equal(undefined);
    expect(login.querySelector('[part~="alternatives"]')).to.equal(null);
  });

  it('refuse a provider without its required fields, with an unknown mode or a repeated id', async () => {
    const { session } = await sessionWith('[]');
    const { issuer: _issuer, ...withoutIssuer } = google;
    expect(() => socialOf(session).configure([withoutIssuer as typeof google])).to.throw(TypeError, /issuer/);
    expect(() => socialOf(session).configure([{ ...google, mode: 'implicit' as 'code' }])).to.throw(TypeError, /mode/);
    expect(() => socialOf(session).configure([google, google])).to.throw(TypeError, /unique/);
    const unknownProvider = await socialOf(session).signIn('google').catch((error: unknown) => error);
    expect(unknownProvider).to.be.instanceOf(TypeError).with.property('message').that.matches(/no provider "google"/);
    expect(socialOf(session).lastError).to.equal(undefined);
  });

  /** A sign-in that fails before anything is opened: the typed error, kept and nothing stored for it. */
  async function refusedBeforeNavigation(session: EmporixSession, providerId: string): Promise<void> {
    const here = location.href;
    const error = await socialOf(session).signIn(providerId).catch((failure: unknown) => failure);
    expect(error).to.be.instanceOf(SocialLoginError).with.property('code', 'insecure_provider');
    expect(socialOf(session).lastError?.code).to.equal('insecure_provider');
    expect(location.href, 'the page did not leave').to.equal(here);
    expect(storedSignInStates(), 'no PKCE verifier stored').to.deep.equal([]);
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('emx-elements.social:')), 'no pending sign-in').to.deep.equal([]);
  }

  it('refuse an issuer reached over plain http on a non-loopback host before anything is opened or sent (mix-up, RFC 9700 §4.4)', async () => {
    const { session } = await sessionWith(JSON.stringify([{ ...google, issuer: 'http://accounts.example' }]));
    await clearRequests();
    await refusedBeforeNavigation(session, 'google');
    expect(await requests()).to.deep.equal([]);
  });

  it('refuse a discovered authorization endpoint on plain http before sending the customer there', async () => {
    const issuer = `${emulatorUrl()}/oidc`;
    // The discovery answer a mix-up attacker would serve; the issuer itself is a loopback http URL, which is allowed.
    await injectFault({
      path: '/oidc/.well-known/openid-configuration',
      status: 200,
      body: {
        issuer,
        authorization_endpoint: 'http://accounts.evil.example/authorize',
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
      },
    });
    const { session } = await sessionWith(JSON.stringify([{ ...google, issuer, redirectUri: new URL('callback.html', import.meta.url).href }]));
    await refusedBeforeNavigation(session, 'google');
  });

  it('allow http only on loopback hosts', () => {
    const provider = { id: 'p' } as ResolvedSocialProvider;
    for (const allowed of ['https://idp.example/auth', 'http://localhost:8080/auth', 'http://127.0.0.1/auth', 'http://127.10.0.3:1/', 'http://[::1]:9000/']) {
      expect(() => assertSecureProviderUrl(provider, 'issuer', allowed), allowed).not.to.throw();
    }
    for (const refused of ['http://idp.example/auth', 'http://localhost.evil.example/', 'http://128.0.0.1/', 'javascript:alert(1)', 'data:text/html,x', '/relative', '']) {
      expect(() => assertSecureProviderUrl(provider, 'issuer', refused), refused).to.throw(SocialLoginError);
    }
  });
});
