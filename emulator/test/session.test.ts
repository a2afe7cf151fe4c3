import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { expectError, expectFault, expectValidation, SEED, useEmulator } from './support/harness.ts';

const api = useEmulator();
const LOGIN = '/customer/demo/login';
const INVALID = 'oauth.v2.InvalidAccessToken';

describe('login', () => {
  test('answers customer tokens in the anonymous session, with a signed saas_token', async () => {
    const anonymous = await api.anonymous();
    const login = await api.login(SEED.jane, anonymous.access_token);
    assert.equal(login.session_id, anonymous.sessionId);
    assert.deepEqual([login.expires_in, login.refresh_token_expires_in, login.token_type, login.initialPassword], [2591999, 86399, 'Bearer', false]);
    assert.equal(decodeProtectedHeader(login.saas_token).alg, 'HS256');
    const claims = decodeJwt(login.saas_token);
    assert.equal(claims.sub, await api.customerNumberOf(SEED.jane.email));
    assert.equal(claims.exp! - claims.iat!, 2591999);
    assert.ok(claims.jti);
  });

  test('treats the email case-insensitively', async () => {
    await api.login({ email: 'Jane@Example.COM', password: SEED.jane.password });
  });

  test('answers invalid_credentials alike for a wrong password and an unknown email', async () => {
    const token = (await api.anonymous()).access_token;
    const wrong = expectError(await api.post(LOGIN, { token, body: { ...SEED.jane, password: 'Wrong#2026' } }), 401, 'invalid_credentials');
    const unknown = expectError(await api.post(LOGIN, { token, body: { email: 'nobody@example.com', password: 'x' } }), 401, 'invalid_credentials');
    assert.equal(wrong.message, unknown.message);
  });

  test('says why an inactive or on-hold account cannot log in', async () => {
    const token = (await api.anonymous()).access_token;
    expectError(await api.post(LOGIN, { token, body: SEED.ina }), 403, 'account_inactive');
    expectError(await api.post(LOGIN, { token, body: SEED.otto }), 403, 'account_on_hold');
  });

  test('locks the account after five wrong passwords until an employee acts', async () => {
    const token = (await api.anonymous()).access_token;
    const wrong = { ...SEED.jane, password: 'Wrong#2026' };
    for (let attempt = 1; attempt < 5; attempt++) expectError(await api.post(LOGIN, { token, body: wrong }), 401, 'invalid_credentials');
    expectError(await api.post(LOGIN, { token, body: wrong }), 403, 'account_locked');
    expectError(await api.post(LOGIN, { token, body: SEED.jane }), 403, 'account_locked');

    const customerNumber = await api.customerNumberOf(SEED.jane.email);
    await api.patch(`/customer/demo/customers/${customerNumber}`, { token: await api.employeeToken(), body: { active: true }, expect: 200 });
    await api.login();
  });

  test('a password reset unlocks a locked account; a good login resets the count', async () => {
    const token = (await api.anonymous()).access_token;
    const wrong = { ...SEED.jane, password: 'Wrong#2026' };
    for (let attempt = 1; attempt <= 4; attempt++) await api.post(LOGIN, { token, body: wrong, expect: 401 });
    await api.login();
    for (let attempt = 1; attempt <= 4; attempt++) await api.post(LOGIN, { token, body: wrong, expect: 401 });
    await api.post(LOGIN, { token, body: wrong, expect: 403 });

    await api.post('/customer/demo/password/reset', { token, body: { email: SEED.jane.email }, expect: 204 });
    const [mail] = await api.outbox();
    await api.post('/customer/demo/password/reset/update', { token, body: { token: mail.token, password: 'Jane#2027pass' }, expect: 204 });
    await api.login({ email: SEED.jane.email, password: 'Jane#2027pass' });
  });

  test('needs email and password and an anonymous token', async () => {
    const token = (await api.anonymous()).access_token;
    expectValidation(await api.post(LOGIN, { token }), 'email', 'password');
    expectValidation(await api.post(LOGIN, { token, body: { email: SEED.jane.email, password: 5 } }), 'password');
    const { access_token: customerToken } = await api.login();
    expectFault(await api.post(LOGIN, { token: customerToken, body: SEED.jane }), INVALID);
  });
});

describe('customer token lifecycle', () => {
  test('validate describes the token', async () => {
    const anonymous = await api.anonymous();
    const login = await api.login(SEED.jane, anonymous.access_token);
    await api.advanceClock(100);
    const details = (await api.get('/customer/demo/validateauthtoken', { token: login.access_token, expect: 200 })).body;
    assert.equal(details.expires_in, 2591999 - 100);
    assert.equal(details.sessionId, anonymous.sessionId);
    assert.equal(details.email, SEED.jane.email);
    assert.ok(details.scope.split(' ').includes('customer.customerprofile_edit'));
    assert.ok(details.scope.endsWith('tenant=demo'));
    expectFault(await api.get('/customer/demo/validateauthtoken', { token: anonymous.access_token }), INVALID);
  });

  test('expires after its lifetime', async () => {
    const login = await api.login();
    await api.advanceClock(2591999);
    expectFault(await api.get('/customer/demo/validateauthtoken', { token: login.access_token }), 'keymanagement.service.access_token_expired');
  });

  test('refresh rotates the refresh token, keeps the session and needs an anonymous token', async () => {
    const anonymous = await api.anonymous();
    const login = await api.login(SEED.jane, anonymous.access_token);
    const refresh = (refreshToken: string, token = anonymous.access_token) =>
      api.get('/customer/demo/refreshauthtoken', { token, query: { refreshToken } });

    expectFault(await refresh(login.refresh_token, login.access_token), INVALID);
    const next = await api.get('/customer/demo/refreshauthtoken', {
      token: anonymous.access_token,
      query: { refreshToken: login.refresh_token },
      expect: 200,
    });
    assert.equal(next.body.session_id, anonymous.sessionId);
    await api.get('/customer/demo/validateauthtoken', { token: next.body.access_token, expect: 200 });
    // The old access token lives on until it expires; the old refresh token is spent.
    await api.get('/customer/demo/validateauthtoken', { token: login.access_token, expect: 200 });
    expectFault(await refresh(login.refresh_token), 'oauth.v2.InvalidRefreshToken');
    expectValidation(await api.get('/customer/demo/refreshauthtoken', { token: anonymous.access_token }), 'refreshToken');
  });

  test('refresh takes a legal entity of the customer into the session', async () => {
    const anonymous = await api.anonymous();
    const login = await api.login(SEED.jane, anonymous.access_token);
    const next = await api.get('/customer/demo/refreshauthtoken', {
      token: anonymous.access_token,
      query: { refreshToken: login.refresh_token, legalEntityId: 'le-doe-trading' },
      expect: 200,
    });
    const details = (await api.get('/customer/demo/validateauthtoken', { token: next.body.access_token, expect: 200 })).body;
    assert.equal(details.legalEntityId, 'le-doe-trading');
    expectValidation(
      await api.get('/customer/demo/refreshauthtoken', {
        token: anonymous.access_token,
        query: { refreshToken: next.body.refresh_token, legalEntityId: 'someone-elses' },
      }),
      'legalEntityId',
    );
  });

  test('refresh fails once the refresh token expired, or the account was put on hold', async () => {
    const login = await api.login();
    const other = await api.login();
    await api.patch(`/customer/demo/customers/${await api.customerNumberOf(SEED.jane.email)}`, {
      token: await api.employeeToken(),
      body: { onHold: true },
      expect: 200,
    });
    const anonymous = (await api.anonymous()).access_token;
    expectError(await api.get('/customer/demo/refreshauthtoken', { token: anonymous, query: { refreshToken: other.refresh_token } }), 403, 'account_on_hold');
    await api.advanceClock(86399);
    const fresh = (await api.anonymous()).access_token;
    const expired = await api.get('/customer/demo/refreshauthtoken', { token: fresh, query: { refreshToken: login.refresh_token } });
    expectFault(expired, 'oauth.v2.InvalidRefreshToken');
  });

  test('logout revokes the access and the refresh token of that login only', async () => {
    const anonymous = (await api.anonymous()).access_token;
    const login = await api.login(SEED.jane, anonymous);
    const otherDevice = await api.login();
    await api.get('/customer/demo/logout', { token: login.access_token, query: { accessToken: login.access_token }, expect: 204 });
    expectFault(await api.get('/customer/demo/validateauthtoken', { token: login.access_token }), INVALID);
    expectFault(await api.get('/customer/demo/refreshauthtoken', { token: anonymous, query: { refreshToken: login.refresh_token } }), 'oauth.v2.InvalidRefreshToken');
    await api.get('/customer/demo/validateauthtoken', { token: otherDevice.access_token, expect: 200 });
  });

  test('logout needs the customer token and its accessToken parameter', async () => {
    const login = await api.login();
    const anonymous = (await api.anonymous()).access_token;
    expectValidation(await api.get('/customer/demo/logout', { token: login.access_token }), 'accessToken');
    expectFault(await api.get('/customer/demo/logout', { token: anonymous, query: { accessToken: login.access_token } }), INVALID);
    expectError(await api.get('/customer/demo/logout', { token: login.access_token, query: { accessToken: anonymous } }), 400, 'bad_request');
    await api.get('/customer/demo/validateauthtoken', { token: login.access_token, expect: 200 });
  });
});
