import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectFault, SEED, useEmulator, type Json } from './support/harness.ts';
import { ALEX, ProviderBrowser } from './support/oidc.ts';

const api = useEmulator();

test('the whole customer tutorial over HTTP', async () => {
  // Anonymous token and its refresh keep the session.
  const anonymous = await api.anonymous();
  const refreshed = (
    await api.get('/customerlogin/auth/anonymous/refresh', {
      query: { tenant: SEED.tenant, client_id: SEED.storefrontClientId, refresh_token: anonymous.refresh_token },
      expect: 200,
    })
  ).body;
  assert.equal(refreshed.sessionId, anonymous.sessionId);
  const anonymousToken: string = refreshed.access_token;

  // Sign-up: the account waits for activation.
  const newCustomer = { email: 'max@example.com', password: 'Max#2026pass' };
  const signup = await api.post('/customer/demo/signup', {
    token: anonymousToken,
    body: {
      ...newCustomer,
      customerDetails: { firstName: 'Max', lastName: 'Mustermann', contactEmail: newCustomer.email, preferredLanguage: 'de_DE' },
      customerAddress: { contactName: 'Max Mustermann', street: 'Hauptstraße', streetNumber: '5', zipCode: '10115', city: 'Berlin', country: 'DE', tags: ['BILLING'] },
    },
    expect: 201,
  });
  const customerNumber: string = signup.body.id;
  const inactive = await api.post('/customer/demo/login', { token: anonymousToken, body: newCustomer });
  assert.equal(inactive.status, 403);
  assert.equal(inactive.body.type, 'account_inactive');

  // An employee activates the account.
  const employeeToken = await api.employeeToken('customer.customer_manage customer.customer_manage_own');
  await api.patch(`/customer/demo/customers/${customerNumber}`, { token: employeeToken, body: { active: true, onHold: false }, expect: 200 });

  // Login, customer refresh, validate.
  const login = (await api.post('/customer/demo/login', { token: anonymousToken, body: newCustomer, expect: 200 })).body;
  assert.equal(login.session_id, anonymous.sessionId);
  const customerRefresh = (
    await api.get('/customer/demo/refreshauthtoken', {
      token: anonymousToken,
      query: { refreshToken: login.refresh_token },
      expect: 200,
    })
  ).body;
  const customerToken: string = customerRefresh.access_token;
  const validation = (await api.get('/customer/demo/validateauthtoken', { token: customerToken, expect: 200 })).body;
  assert.equal(validation.email, newCustomer.email);
  assert.equal(validation.sessionId, anonymous.sessionId);

  // Social login through the provider's own pages.
  const browser = new ProviderBrowser(api.url);
  const authorization = await browser.authorize({ clientId: 'demo-social', identity: ALEX });
  const social = await api.post('/customer/demo/socialLogin', {
    token: anonymousToken,
    headers: { 'session-id': anonymous.sessionId },
    query: { code: authorization.code, redirect_uri: authorization.redirectUri, code_verifier: authorization.codeVerifier },
    expect: 200,
  });
  const socialMe = (await api.get('/customer/demo/me', { token: social.body.access_token, expect: 200 })).body;
  assert.equal(socialMe.contactEmail, ALEX.email);

  // Address book.
  const auth = { token: customerToken };
  const created = await api.post('/customer/demo/me/addresses', {
    ...auth,
    body: { contactName: 'Max Mustermann', street: 'Nebenweg', streetNumber: '2', zipCode: '10117', city: 'Berlin', country: 'DE', tags: ['SHIPPING'] },
    expect: 201,
  });
  const addressId: string = created.body.id;
  const list = (await api.get('/customer/demo/me/addresses', { ...auth, expect: 200 })).body;
  assert.equal(list.length, 2);
  await api.get(`/customer/demo/me/addresses/${addressId}`, { ...auth, expect: 200 });
  await api.patch(`/customer/demo/me/addresses/${addressId}`, { ...auth, body: { streetNumber: '2a', isDefault: true }, expect: 200 });
  await api.post(`/customer/demo/me/addresses/${addressId}/tags`, { ...auth, query: { tags: 'BILLING,CUSTOM' }, expect: 204 });
  await api.delete(`/customer/demo/me/addresses/${addressId}/tags`, { ...auth, query: { tags: 'CUSTOM' }, expect: 204 });
  const updated = (await api.get(`/customer/demo/me/addresses/${addressId}`, { ...auth, expect: 200 })).body;
  assert.deepEqual([updated.streetNumber, updated.isDefault, updated.tags], ['2a', true, ['SHIPPING', 'BILLING']]);
  await api.delete(`/customer/demo/me/addresses/${addressId}`, { ...auth, expect: 204 });

  // Password reset through the outbox.
  await api.post('/customer/demo/password/reset', { token: anonymousToken, body: { email: newCustomer.email }, expect: 204 });
  const [resetMail] = await api.outbox();
  assert.equal(resetMail.kind, 'password-reset');
  const afterReset = 'Max#2026reset';
  await api.post('/customer/demo/password/reset/update', { token: anonymousToken, body: { token: resetMail.token, password: afterReset }, expect: 204 });

  // Password change.
  const changed = 'Max#2026changed';
  await api.post('/customer/demo/password/change', { ...auth, body: { currentPassword: afterReset, newPassword: changed }, expect: 204 });

  // Email change and confirmation.
  const newEmail = 'max.mustermann@example.com';
  await api.post('/customer/demo/me/accounts/internal/email/change', {
    ...auth,
    body: { email: newCustomer.email, password: changed, newEmail, syncContactEmail: true },
    expect: 204,
  });
  const [changeMail] = await api.outbox();
  assert.deepEqual([changeMail.kind, changeMail.to], ['email-change', newEmail]);
  await api.post('/customer/demo/me/accounts/internal/email/change/confirm', { token: anonymousToken, body: { token: changeMail.token }, expect: 204 });
  const me: Json = (await api.get('/customer/demo/me', { ...auth, expect: 200 })).body;
  assert.deepEqual([me.contactEmail, me.accounts[0].id], [newEmail, newEmail]);
  await api.login({ email: newEmail, password: changed });

  // Logout, then the token is rejected.
  await api.get('/customer/demo/logout', { ...auth, query: { accessToken: customerToken }, expect: 204 });
  expectFault(await api.get('/customer/demo/validateauthtoken', auth), 'oauth.v2.InvalidAccessToken');
});
