import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectError, expectFault, expectValidation, SEED, useEmulator, type Json } from './support/harness.ts';

const api = useEmulator();
const SIGNUP = '/customer/demo/signup';
const max = { email: 'max@example.com', password: 'Max#2026pass' };

async function signUp(body: unknown, token?: string) {
  return api.post(SIGNUP, { token: token ?? (await api.anonymous()).access_token, body });
}

describe('sign-up', () => {
  test('creates an inactive customer with details and a default address', async () => {
    const anonymous = (await api.anonymous()).access_token;
    const created = await api.post(SIGNUP, {
      token: anonymous,
      body: {
        ...max,
        customerDetails: { title: 'MR', firstName: 'Max', lastName: 'Mustermann', contactEmail: max.email, preferredCurrency: 'EUR' },
        customerAddress: { contactName: 'Max Mustermann', city: 'Berlin', country: 'DE', tags: ['BILLING', 'SHIPPING'] },
      },
      expect: 201,
    });
    const customers: Json[] = (await api.get('/_emulator/demo/customers', { expect: 200 })).body;
    const customer = customers.find((candidate) => candidate.customerNumber === created.body.id);
    assert.deepEqual([customer.active, customer.onHold, customer.email, customer.firstName], [false, false, max.email, 'Max']);
    expectError(await api.post('/customer/demo/login', { token: anonymous, body: max }), 403, 'account_inactive');

    const employee = await api.employeeToken();
    await api.patch(`/customer/demo/customers/${created.body.id}`, { token: employee, body: { active: true }, expect: 200 });
    const login = await api.login(max, anonymous);
    const addresses = (await api.get('/customer/demo/me/addresses', { token: login.access_token, expect: 200 })).body;
    assert.deepEqual(addresses.map((address: Json) => [address.city, address.isDefault, address.tags]), [['Berlin', true, ['BILLING', 'SHIPPING']]]);
  });

  test('logs in with separate sign-up credentials and keeps email as the contact email', async () => {
    const separate = { email: 'login-max@example.com', password: 'Login#2026pass' };
    await api.put('/_emulator/demo/settings', { body: { autoActivate: true }, expect: 200 });
    await api.post(SIGNUP, { token: (await api.anonymous()).access_token, body: { ...max, signup: separate }, expect: 201 });
    const login = await api.login(separate);
    const me = (await api.get('/customer/demo/me', { token: login.access_token, expect: 200 })).body;
    assert.deepEqual([me.contactEmail, me.accounts[0].id], [max.email, separate.email]);
    expectError(await api.post('/customer/demo/login', { token: (await api.anonymous()).access_token, body: max }), 401, 'invalid_credentials');
  });

  test('activates at once when the tenant auto-activates', async () => {
    await api.put('/_emulator/demo/settings', { body: { autoActivate: true }, expect: 200 });
    await signUp(max);
    await api.login(max);
  });

  test('answers 409 for a login email already taken, in any letter case', async () => {
    expectError(await signUp({ email: 'JANE@example.com', password: 'Other#2026pass' }), 409, 'conflict_resource');
  });

  test('names every invalid field with its path in the request', async () => {
    expectValidation(await signUp({}), 'email', 'password');
    expectValidation(await signUp({ email: 'not-an-email', password: 'short1' }), 'email', 'password');
    expectValidation(await signUp({ ...max, password: 'no-digits-here' }), 'password');
    expectValidation(await signUp({ ...max, customerDetails: { contactEmail: 'other@example.com' } }), 'customerDetails.contactEmail');
    expectValidation(
      await signUp({ ...max, customerDetails: { firstName: 'Max', b2b: { companyRegistrationId: 'HRB 1' } } }),
      'customerDetails.lastName',
      'customerDetails.company',
    );
    expectValidation(await signUp({ ...max, customerDetails: { lastName: 7, preferredCurrency: 'euro' } }), 'customerDetails.lastName', 'customerDetails.preferredCurrency');
    expectValidation(await signUp({ ...max, customerAddress: { city: 'Berlin', country: 'Germany' } }), 'customerAddress.contactName', 'customerAddress.country');
    expectValidation(await signUp({ ...max, signup: { email: 'x@example.com' } }), 'signup.password');
    expectValidation(await signUp({ ...max, customerDetails: 'Max' }), 'customerDetails');
  });

  test('rejects bodies that are not a JSON object', async () => {
    const token = (await api.anonymous()).access_token;
    const json = { 'content-type': 'application/json' };
    expectError(await api.post(SIGNUP, { token, rawBody: '{"email":', headers: json }), 400, 'bad_request');
    expectError(await api.post(SIGNUP, { token, rawBody: '[1,2]', headers: json }), 400, 'bad_request');
    expectError(await api.post(SIGNUP, { token, rawBody: JSON.stringify(max), headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
  });

  test('needs an anonymous token', async () => {
    const { access_token: customerToken } = await api.login();
    expectFault(await api.post(SIGNUP, { token: customerToken, body: max }), 'oauth.v2.InvalidAccessToken');
    expectFault(await api.post(SIGNUP, { body: max }), 'oauth.v2.InvalidAccessToken');
    expectFault(await api.post(SIGNUP, { token: 'garbage', body: max }), 'oauth.v2.InvalidAccessToken');
    expectFault(await api.post(SIGNUP, { token: await api.employeeToken(), body: max }), 'oauth.v2.InvalidAccessToken');
  });

  test('answers 401 access_token_expired for an expired anonymous token', async () => {
    const { access_token: token } = await api.anonymous();
    await api.advanceClock(3599);
    expectFault(await signUp(max, token), 'keymanagement.service.access_token_expired');
  });
});

describe('double opt-in', () => {
  test('sends a confirmation link; the confirmation activates and logs in', async () => {
    await api.put('/_emulator/demo/settings', { body: { doubleOptIn: true }, expect: 200 });
    const anonymous = await api.anonymous();
    await api.post(SIGNUP, { token: anonymous.access_token, body: max, expect: 201 });
    expectError(await api.post('/customer/demo/login', { token: anonymous.access_token, body: max }), 403, 'optin_pending');

    const [mail] = await api.outbox();
    assert.deepEqual([mail.kind, mail.to], ['double-opt-in', max.email]);
    assert.equal(mail.link, `http://localhost:5173/signup.html#optin-token=${mail.token}`);
    const confirmed = await api.get(`/customer/demo/signup/optin/${mail.token}`, { token: anonymous.access_token, expect: 200 });
    assert.equal(confirmed.body.session_id, anonymous.sessionId);
    await api.login(max);
    expectError(await api.get(`/customer/demo/signup/optin/${mail.token}`, { token: anonymous.access_token }), 400, 'invalid_token');
  });

  test('resends a new link that replaces the old one, and tells nobody whether the email is pending', async () => {
    await api.put('/_emulator/demo/settings', { body: { doubleOptIn: true }, expect: 200 });
    const token = (await api.anonymous()).access_token;
    await api.post(SIGNUP, { token, body: max, expect: 201 });
    await api.post('/customer/demo/signup/optin/refresh_token', { token, body: { email: max.email }, expect: 202 });
    await api.post('/customer/demo/signup/optin/refresh_token', { token, body: { email: 'nobody@example.com' }, expect: 202 });
    await api.post('/customer/demo/signup/optin/refresh_token', { token, body: { email: SEED.jane.email }, expect: 202 });
    const [newest, oldest, ...rest] = await api.outbox();
    assert.equal(rest.length, 0);
    expectError(await api.get(`/customer/demo/signup/optin/${oldest.token}`, { token }), 400, 'invalid_token');
    await api.get(`/customer/demo/signup/optin/${newest.token}`, { token, expect: 200 });
  });

  test('expires the link after a day and needs an email to resend', async () => {
    await api.put('/_emulator/demo/settings', { body: { doubleOptIn: true }, expect: 200 });
    const token = (await api.anonymous()).access_token;
    await api.post(SIGNUP, { token, body: max, expect: 201 });
    const [mail] = await api.outbox();
    await api.advanceClock(86400);
    const fresh = (await api.anonymous()).access_token;
    expectError(await api.get(`/customer/demo/signup/optin/${mail.token}`, { token: fresh }), 400, 'invalid_token');
    expectValidation(await api.post('/customer/demo/signup/optin/refresh_token', { token: fresh, body: {} }), 'email');
  });
});
