import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeJwt } from 'jose';
import { expectError, expectFault, expectValidation, useEmulator, type Json } from './support/harness.ts';
import { ALEX, PAT, ProviderBrowser, redeemAtProvider, STOREFRONT_CALLBACK, type AuthorizationResult } from './support/oidc.ts';

const api = useEmulator();
const SOCIAL = '/customer/demo/socialLogin';
const EXCHANGE = '/customer/demo/exchangeauthtoken';

function codeQuery(result: AuthorizationResult, overrides: Record<string, string> = {}) {
  return { code: result.code, redirect_uri: result.redirectUri, code_verifier: result.codeVerifier, ...overrides };
}

async function signIn(clientId = 'demo-social', identity = ALEX, state?: string) {
  return new ProviderBrowser(api.url).authorize({ clientId, identity, state });
}

async function socialLogin(result: AuthorizationResult, options: { token?: string; headers?: Record<string, string>; query?: Record<string, string> } = {}) {
  const token = options.token ?? (await api.anonymous()).access_token;
  return api.post(SOCIAL, { token, headers: options.headers, query: codeQuery(result, options.query) });
}

describe('socialLogin', () => {
  test('creates an active customer from the ID token and finds it again next time', async () => {
    const first = await socialLogin(await signIn());
    assert.equal(first.status, 200, first.text);
    await api.post(SOCIAL, { token: (await api.anonymous()).access_token, query: codeQuery(await signIn()), expect: 200 });
    assert.deepEqual([first.body.expires_in, first.body.refresh_token_expires_in, first.body.token_type], ['2591999', '86399', 'Bearer']);
    assert.equal(decodeJwt(first.body.social_id_token).email, ALEX.email);

    const me = (await api.get('/customer/demo/me', { token: first.body.access_token, expect: 200 })).body;
    assert.deepEqual([me.firstName, me.lastName, me.contactEmail], ['Alex', 'Rivera', ALEX.email]);
    assert.deepEqual(me.accounts, [{ id: ALEX.email, providerId: 'idp-alex-0001' }]);
    const customers: Json[] = (await api.get('/_emulator/demo/customers')).body;
    assert.equal(customers.filter((customer) => customer.email === ALEX.email).length, 1);
  });

  test('logs the redemption and PKCE result without secrets', async () => {
    const result = await signIn();
    await api.delete('/_emulator/requests', { expect: 204 });
    await socialLogin(result);
    const log = await api.requests();
    // Arrival order: socialLogin first, then its own call to the provider's token endpoint.
    assert.deepEqual(log.map((request) => request.path), ['/customerlogin/auth/anonymous/login', SOCIAL, '/oidc/token']);
    const entry = log[1];
    assert.deepEqual(entry.query, { code: '***', redirect_uri: STOREFRONT_CALLBACK, code_verifier: '***' });
    assert.equal(entry.tokenKind, 'anonymous');
    assert.match(entry.note, /code redeemed at the provider \(client demo-social\); PKCE verification passed/);
    assert.ok(!JSON.stringify(log).includes(result.codeVerifier));
  });

  test('redeems each code with the configuration of the client it was issued to', async () => {
    const partner = await signIn('demo-partner', PAT, 'partner--abc123');
    await api.delete('/_emulator/requests', { expect: 204 });
    const response = await socialLogin(partner);
    assert.equal(response.status, 200, response.text);
    const note = (await api.requests()).find((request) => request.path === SOCIAL).note;
    assert.match(note, /client demo-partner/);
    const unknownCode = await socialLogin(await signIn(), { query: { code: 'not-a-code' } });
    expectError(unknownCode, 401, 'invalid_authorization_code');
  });

  test('refuses a wrong code verifier, a reused code and a wrong redirect URI', async () => {
    const result = await signIn();
    const wrongVerifier = expectError(await socialLogin(result, { query: { code_verifier: 'x'.repeat(43) } }), 401, 'invalid_authorization_code');
    assert.match(wrongVerifier.message, /code_verifier does not match code_challenge/);
    const note = (await api.requests()).findLast((request) => request.path === SOCIAL).note;
    assert.match(note, /code refused by the provider/);

    const fresh = await signIn();
    expectError(await socialLogin(fresh, { query: { redirect_uri: 'http://localhost:5173/login.html' } }), 401, 'invalid_authorization_code');
    const used = await signIn();
    await api.post(SOCIAL, { token: (await api.anonymous()).access_token, query: codeQuery(used), expect: 200 });
    expectError(await socialLogin(used), 401, 'invalid_authorization_code');
    const withoutVerifier = await signIn();
    const missing = await api.post(SOCIAL, { token: (await api.anonymous()).access_token, query: { code: withoutVerifier.code, redirect_uri: withoutVerifier.redirectUri } });
    expectError(missing, 401, 'invalid_authorization_code');
  });

  test('carries the session-id header into the customer session, or the anonymous one', async () => {
    const anonymous = await api.anonymous();
    const withHeader = await socialLogin(await signIn(), { token: anonymous.access_token, headers: { 'session-id': 'storefront-session-1' } });
    const details = (await api.get('/customer/demo/validateauthtoken', { token: withHeader.body.access_token, expect: 200 })).body;
    assert.equal(details.sessionId, 'storefront-session-1');
    const without = await socialLogin(await signIn(), { token: anonymous.access_token });
    assert.equal((await api.get('/customer/demo/validateauthtoken', { token: without.body.access_token })).body.sessionId, anonymous.sessionId);
  });

  test('links to an existing account with the same email', async () => {
    await api.put('/_emulator/demo/settings', { body: { autoActivate: true }, expect: 200 });
    const created = await api.post('/customer/demo/signup', { token: (await api.anonymous()).access_token, body: { email: ALEX.email, password: 'Alex#2026shop' }, expect: 201 });
    const social = await socialLogin(await signIn());
    const me = (await api.get('/customer/demo/me', { token: social.body.access_token })).body;
    assert.deepEqual([me.customerNumber, me.accounts[0].providerId], [created.body.id, 'idp-alex-0001']);
    await api.login({ email: ALEX.email, password: 'Alex#2026shop' });
  });

  test('a social customer put on hold cannot log in', async () => {
    const first = await socialLogin(await signIn());
    const { customerNumber } = (await api.get('/customer/demo/me', { token: first.body.access_token })).body;
    await api.patch(`/customer/demo/customers/${customerNumber}`, { token: await api.employeeToken(), body: { onHold: true }, expect: 200 });
    expectError(await socialLogin(await signIn()), 403, 'account_on_hold');
  });

  test('answers 502 when the provider cannot be reached', async () => {
    await api.post('/_emulator/faults', { body: { method: 'POST', path: '/oidc/token', status: 503 }, expect: 201 });
    expectError(await socialLogin(await signIn()), 502, 'identity_provider_unavailable');
    await api.post('/_emulator/faults', { body: { path: '/oidc/token', drop: true }, expect: 201 });
    expectError(await socialLogin(await signIn()), 502, 'identity_provider_unavailable');
  });

  test('needs code, redirect_uri and an anonymous token', async () => {
    const token = (await api.anonymous()).access_token;
    expectValidation(await api.post(SOCIAL, { token, query: { redirect_uri: STOREFRONT_CALLBACK } }), 'code');
    expectValidation(await api.post(SOCIAL, { token, query: { code: 'x' } }), 'redirect_uri');
    const { access_token: customerToken } = await api.login();
    expectFault(await api.post(SOCIAL, { token: customerToken, query: { code: 'x', redirect_uri: STOREFRONT_CALLBACK } }), 'oauth.v2.InvalidAccessToken');
  });
});

describe('exchangeauthtoken', () => {
  /** Token-exchange mode: the storefront redeems the code at the provider itself and sends the access token. */
  async function providerAccessToken(clientId = 'demo-social', identity = ALEX): Promise<{ accessToken: string; idToken: string }> {
    const result = await new ProviderBrowser(api.url).authorize({ clientId, identity });
    const response = await redeemAtProvider(api.url, clientId, result);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    const body = (await response.json()) as { access_token: string; id_token: string };
    return { accessToken: body.access_token, idToken: body.id_token };
  }

  test('exchanges a provider access token for customer tokens in the anonymous session', async () => {
    const { accessToken } = await providerAccessToken();
    const anonymous = await api.anonymous();
    const response = await api.post(EXCHANGE, { token: anonymous.access_token, query: { subjectAccessToken: accessToken }, expect: 200 });
    assert.deepEqual([response.body.subject_access_token, response.body.session_id], [accessToken, anonymous.sessionId]);
    const me = (await api.get('/customer/demo/me', { token: response.body.access_token, expect: 200 })).body;
    assert.deepEqual(me.accounts, [{ id: ALEX.email, providerId: 'idp-alex-0001' }]);
  });

  test('checks the token against the named configuration', async () => {
    const social = await providerAccessToken();
    const partner = await providerAccessToken('demo-partner', PAT);
    const token = (await api.anonymous()).access_token;
    await api.post(EXCHANGE, { token, query: { subjectAccessToken: social.accessToken, config: 'social' }, expect: 200 });
    await api.post(EXCHANGE, { token, query: { subjectAccessToken: partner.accessToken, config: 'partner' }, expect: 200 });
    expectError(await api.post(EXCHANGE, { token, query: { subjectAccessToken: social.accessToken, config: 'partner' } }), 401, 'invalid_subject_token');
    expectError(await api.post(EXCHANGE, { token, query: { subjectAccessToken: partner.accessToken } }), 401, 'invalid_subject_token');
    expectValidation(await api.post(EXCHANGE, { token, query: { subjectAccessToken: social.accessToken, config: 'site_PL' } }), 'config');
  });

  test('refuses tokens that are not the provider access token', async () => {
    const { idToken } = await providerAccessToken();
    const token = (await api.anonymous()).access_token;
    expectError(await api.post(EXCHANGE, { token, query: { subjectAccessToken: idToken } }), 401, 'invalid_subject_token');
    expectError(await api.post(EXCHANGE, { token, query: { subjectAccessToken: 'not-a-jwt' } }), 401, 'invalid_subject_token');
    expectValidation(await api.post(EXCHANGE, { token }), 'subjectAccessToken');
    const { access_token: customerToken } = await api.login();
    expectFault(await api.post(EXCHANGE, { token: customerToken, query: { subjectAccessToken: idToken } }), 'oauth.v2.InvalidAccessToken');
  });
});

describe('the provider pages', () => {
  test('show the login form again after a wrong password', async () => {
    const browser = new ProviderBrowser(api.url);
    const result = await browser.authorize({ clientId: 'demo-social', identity: ALEX });
    assert.ok(result.code);
    const [login, consent] = browser.pages;
    assert.match(login!.html, /name="login"/);
    assert.match(consent!.html, /name="prompt" value="consent"/);

    const start = await browser.fetch(`/oidc/auth?${new URLSearchParams({ client_id: 'demo-partner', response_type: 'code', redirect_uri: STOREFRONT_CALLBACK, scope: 'openid', code_challenge: 'x'.repeat(43), code_challenge_method: 'S256', prompt: 'login' })}`);
    const interaction = start.headers.get('location')!;
    const wrong = await browser.fetch(interaction, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login: ALEX.email, password: 'wrong' }),
    });
    assert.equal(wrong.status, 401);
    assert.match(await wrong.text(), /Unknown email or wrong password/);
    const aborted = await browser.fetch(`${interaction}/abort`);
    const resume = await browser.fetch(aborted.headers.get('location')!);
    assert.match(resume.headers.get('location')!, /^http:\/\/localhost:5173\/callback\.html\?error=access_denied/);
  });

  test('refuse an interaction without its cookie and an unregistered redirect URI', async () => {
    const lost = await fetch(new URL('/oidc/interaction/unknown', api.url));
    assert.equal(lost.status, 400);
    const unregistered = await fetch(new URL(`/oidc/auth?${new URLSearchParams({ client_id: 'demo-social', response_type: 'code', redirect_uri: 'http://evil.example/cb', scope: 'openid' })}`, api.url), { redirect: 'manual' });
    assert.equal(unregistered.status, 400);
  });

  test('serve discovery across origins', async () => {
    const discovery = await fetch(new URL('/oidc/.well-known/openid-configuration', api.url), { headers: { origin: 'http://localhost:5173' } });
    assert.equal(discovery.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    const body = (await discovery.json()) as { issuer: string; code_challenge_methods_supported: string[] };
    assert.deepEqual([body.issuer, body.code_challenge_methods_supported], [`${api.url}/oidc`, ['S256']]);
  });
});
