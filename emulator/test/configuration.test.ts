import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { startEmulator } from '../server.ts';
import { expectError, expectFault, SEED, useEmulator } from './support/harness.ts';
import { ALEX, ProviderBrowser } from './support/oidc.ts';

const SHOP = 'shop2';
const api = useEmulator({
  storefrontUrl: 'http://shop.test:8080/',
  extraRedirectUris: ['http://localhost:9999/test-callback.html'],
  tokenLifetimes: { anonymous: 60, customer: 600 },
  tenants: [
    {
      name: SHOP,
      storefrontClientIds: ['shop2-storefront'],
      employeeClients: [{ clientId: 'shop2-employee', clientSecret: 'shop2-secret', scopes: ['customer.customer_read'] }],
      settings: { autoActivate: true },
      customers: [{ email: 'bob@shop2.example', password: 'Bob#2026pass' }],
    },
    { name: 'demo', storefrontClientIds: ['demo-storefront-2'] },
  ],
});

describe('configured tenants', () => {
  test('add a tenant with its own clients, customers and settings', async () => {
    const anonymous = await api.anonymous(SHOP, 'shop2-storefront');
    await api.post(`/customer/${SHOP}/login`, { token: anonymous.access_token, body: { email: 'bob@shop2.example', password: 'Bob#2026pass' }, expect: 200 });
    assert.deepEqual((await api.get(`/_emulator/${SHOP}/settings`)).body, { autoActivate: true, doubleOptIn: false });
    expectFault(await api.get('/customerlogin/auth/anonymous/login', { query: { tenant: SHOP, client_id: SEED.storefrontClientId } }), 'oauth.v2.InvalidApiKey');
  });

  test('extend the demo tenant with more clients', async () => {
    await api.anonymous('demo', 'demo-storefront-2');
    await api.anonymous('demo', SEED.storefrontClientId);
  });

  test("refuse another tenant's tokens with 403", async () => {
    const shopToken = (await api.anonymous(SHOP, 'shop2-storefront')).access_token;
    expectError(await api.get('/customer/demo/me', { token: shopToken }), 403, 'forbidden');
    expectError(await api.post('/customer/demo/login', { token: shopToken, body: SEED.jane }), 403, 'forbidden');
    expectError(await api.get('/customer/nosuchtenant/me', { token: shopToken }), 403, 'forbidden');
    const demoEmployee = await api.employeeToken();
    expectError(await api.get(`/customer/${SHOP}/customers`, { token: demoEmployee }), 403, 'forbidden');
  });

  test('limit an employee client to its configured scopes', async () => {
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: 'shop2-employee', client_secret: 'shop2-secret' });
    const issued = await api.post('/oauth/token', { rawBody: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, expect: 200 });
    assert.equal(issued.body.scope, `customer.customer_read tenant=${SHOP}`);
    await api.get(`/customer/${SHOP}/customers`, { token: issued.body.access_token, expect: 200 });
  });

  test('a tenant without identity providers refuses social login', async () => {
    const token = (await api.anonymous(SHOP, 'shop2-storefront')).access_token;
    expectError(await api.post(`/customer/${SHOP}/socialLogin`, { token, query: { code: 'x', redirect_uri: 'http://shop.test:8080/' } }), 400, 'bad_request');
    expectError(await api.post(`/customer/${SHOP}/exchangeauthtoken`, { token, query: { subjectAccessToken: 'x' } }), 400, 'bad_request');
  });
});

describe('other options', () => {
  test('token lifetimes can be shortened', async () => {
    const anonymous = await api.anonymous();
    assert.equal(anonymous.expires_in, 60);
    const login = await api.login(SEED.jane, anonymous.access_token);
    assert.equal(login.expires_in, 600);
    await api.advanceClock(600);
    expectFault(await api.get('/customer/demo/validateauthtoken', { token: login.access_token }), 'keymanagement.service.access_token_expired');
  });

  test('email links point to the configured storefront', async () => {
    await api.post('/customer/demo/password/reset', { token: (await api.anonymous()).access_token, body: { email: SEED.jane.email }, expect: 204 });
    const [mail] = await api.outbox();
    assert.equal(mail.link, `http://shop.test:8080/password-reset.html#token=${mail.token}`);
  });

  test('the provider accepts the storefront and the extra redirect URIs', async () => {
    for (const redirectUri of ['http://shop.test:8080/callback.html', 'http://shop.test:8080/', 'http://localhost:9999/test-callback.html']) {
      const result = await new ProviderBrowser(api.url).authorize({ clientId: 'demo-social', identity: ALEX, redirectUri });
      await api.post('/customer/demo/socialLogin', {
        token: (await api.anonymous()).access_token,
        query: { code: result.code, redirect_uri: redirectUri, code_verifier: result.codeVerifier },
        expect: 200,
      });
    }
  });
});

describe('startEmulator', () => {
  const started: Array<{ close(): Promise<void> }> = [];
  after(() => Promise.all(started.map((emulator) => emulator.close())));

  test('starts well under a second on a free port and frees it on close', async () => {
    const begin = performance.now();
    const emulator = await startEmulator({ port: 0, quiet: true });
    assert.ok(performance.now() - begin < 1000, `took ${performance.now() - begin} ms`);
    assert.match(emulator.url, /^http:\/\/localhost:\d+$/);
    assert.equal(emulator.url, `http://localhost:${emulator.port}`);
    await emulator.close();
    const again = await startEmulator({ port: emulator.port, quiet: true });
    started.push(again);
    assert.equal(again.port, emulator.port);
  });

  test('rejects a bad configuration', async () => {
    await assert.rejects(startEmulator({ port: 0, quiet: true, tenants: [{ name: 'Bad-Name' }] }), /does not match/);
    await assert.rejects(
      startEmulator({ port: 0, quiet: true, tenants: [{ name: 'twice', storefrontClientIds: ['demo-storefront'] }] }),
      /configured twice/,
    );
  });
});
