import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectError, expectFault, expectValidation, SEED, useEmulator } from './support/harness.ts';

const api = useEmulator();
const LOGIN = '/customerlogin/auth/anonymous/login';
const REFRESH = '/customerlogin/auth/anonymous/refresh';
const client = { tenant: SEED.tenant, client_id: SEED.storefrontClientId };

describe('anonymous login', () => {
  test('answers an anonymous token with the documented lifetimes', async () => {
    const token = await api.anonymous();
    assert.equal(token.token_type, 'Bearer');
    assert.equal(token.expires_in, 3599);
    assert.equal(token.refresh_token_expires_in, 86399);
    assert.equal(token.scope, 'tenant=demo');
    assert.match(token.sessionId, /^[0-9a-f-]{36}$/);
  });

  test('accepts the optional session context', async () => {
    await api.get(LOGIN, {
      query: { ...client, currency: 'EUR', siteCode: 'main', language: 'EN', targetLocation: 'DE' },
      expect: 200,
    });
  });

  test('needs tenant and client_id', async () => {
    expectValidation(await api.get(LOGIN, { query: { client_id: SEED.storefrontClientId } }), 'tenant');
    expectValidation(await api.get(LOGIN, { query: { tenant: SEED.tenant } }), 'client_id');
  });

  test('rejects a malformed or unknown tenant', async () => {
    for (const tenant of ['Demo', 'de', 'x'.repeat(17), '1demo', 'nosuchtenant']) {
      expectError(await api.get(LOGIN, { query: { ...client, tenant } }), 400, 'bad_request');
    }
  });

  test('rejects a client id the tenant does not know', async () => {
    expectFault(await api.get(LOGIN, { query: { ...client, client_id: 'someone-else' } }), 'oauth.v2.InvalidApiKey');
    expectFault(await api.get(LOGIN, { query: { ...client, client_id: SEED.employee.clientId } }), 'oauth.v2.InvalidApiKey');
  });
});

describe('anonymous refresh', () => {
  test('keeps the session and rotates the refresh token', async () => {
    const first = await api.anonymous();
    const second = (await api.get(REFRESH, { query: { ...client, refresh_token: first.refresh_token }, expect: 200 })).body;
    assert.equal(second.sessionId, first.sessionId);
    assert.notEqual(second.access_token, first.access_token);
    assert.notEqual(second.refresh_token, first.refresh_token);
    expectFault(await api.get(REFRESH, { query: { ...client, refresh_token: first.refresh_token } }), 'oauth.v2.InvalidRefreshToken');
    // The session survives more refreshes and reaches the customer login.
    const third = (await api.get(REFRESH, { query: { ...client, refresh_token: second.refresh_token }, expect: 200 })).body;
    const login = await api.login(SEED.jane, third.access_token);
    assert.equal(login.session_id, first.sessionId);
  });

  test('supports the deprecated anonymous_token parameter, even after the token expired', async () => {
    const first = await api.anonymous();
    await api.advanceClock(3600);
    await api.get('/customer/demo/me', { token: first.access_token, expect: 401 });
    const renewed = (await api.get(REFRESH, { query: { ...client, anonymous_token: first.access_token }, expect: 200 })).body;
    assert.equal(renewed.sessionId, first.sessionId);
    assert.equal(renewed.refresh_token, undefined);
    // The renewed token works, the old one is gone.
    await api.get('/customer/demo/me', { token: renewed.access_token, expect: 200 });
    expectFault(await api.get(REFRESH, { query: { ...client, anonymous_token: first.access_token } }), 'oauth.v2.InvalidAccessToken');
  });

  test('refuses the deprecated renewal once a refresh token would have expired', async () => {
    const first = await api.anonymous();
    await api.advanceClock(86400);
    expectFault(await api.get(REFRESH, { query: { ...client, anonymous_token: first.access_token } }), 'keymanagement.service.access_token_expired');
  });

  test('refuses an expired or unknown refresh token', async () => {
    const first = await api.anonymous();
    expectFault(await api.get(REFRESH, { query: { ...client, refresh_token: 'nope' } }), 'oauth.v2.InvalidRefreshToken');
    await api.advanceClock(86400);
    const expired = await api.get(REFRESH, { query: { ...client, refresh_token: first.refresh_token } });
    expectFault(expired, 'oauth.v2.InvalidRefreshToken');
    assert.equal(expired.body.fault.faultstring, 'Refresh token expired');
  });

  test('does not take a customer refresh token or another kind of token', async () => {
    const login = await api.login();
    expectFault(await api.get(REFRESH, { query: { ...client, refresh_token: login.refresh_token } }), 'oauth.v2.InvalidRefreshToken');
    expectFault(await api.get(REFRESH, { query: { ...client, anonymous_token: login.access_token } }), 'oauth.v2.InvalidAccessToken');
  });

  test('needs a refresh token and the client', async () => {
    expectValidation(await api.get(REFRESH, { query: client }), 'refresh_token');
    expectValidation(await api.get(REFRESH, { query: { tenant: SEED.tenant, refresh_token: 'x' } }), 'client_id');
  });
});
