import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectError, expectFault, expectValidation, SEED, useEmulator } from './support/harness.ts';

const api = useEmulator();
const RESET = '/customer/demo/password/reset';
const UPDATE = '/customer/demo/password/reset/update';
const CHANGE = '/customer/demo/password/change';
const EMAIL_CHANGE = '/customer/demo/me/accounts/internal/email/change';
const EMAIL_CONFIRM = '/customer/demo/me/accounts/internal/email/change/confirm';

describe('password reset', () => {
  test('mails a link with a token that sets a new password once', async () => {
    const token = (await api.anonymous()).access_token;
    await api.post(RESET, { token, body: { email: 'JANE@example.com', site: 'main' }, expect: 204 });
    const [mail] = await api.outbox();
    assert.deepEqual([mail.kind, mail.to, mail.subject], ['password-reset', SEED.jane.email, 'Reset your password']);
    assert.equal(mail.link, `http://localhost:5173/password-reset.html#token=${mail.token}`);
    assert.ok(Date.parse(mail.createdAt));

    await api.post(UPDATE, { token, body: { token: mail.token, password: 'Jane#2027pass' }, expect: 204 });
    await api.login({ email: SEED.jane.email, password: 'Jane#2027pass' });
    expectError(await api.post('/customer/demo/login', { token, body: SEED.jane }), 401, 'invalid_credentials');
    expectError(await api.post(UPDATE, { token, body: { token: mail.token, password: 'Jane#2028pass' } }), 400, 'invalid_token');
  });

  test('answers an unknown email exactly like a known one, and sends nothing', async () => {
    const token = (await api.anonymous()).access_token;
    const unknown = await api.post(RESET, { token, body: { email: 'nobody@example.com' } });
    const known = await api.post(RESET, { token, body: { email: SEED.jane.email } });
    assert.deepEqual([unknown.status, unknown.text], [known.status, known.text]);
    assert.deepEqual((await api.outbox()).map((mail) => mail.to), [SEED.jane.email]);
  });

  test('the token expires after an hour and a newer one replaces it', async () => {
    const token = (await api.anonymous()).access_token;
    await api.post(RESET, { token, body: { email: SEED.jane.email }, expect: 204 });
    await api.post(RESET, { token, body: { email: SEED.jane.email }, expect: 204 });
    const [newest, replaced] = await api.outbox();
    expectError(await api.post(UPDATE, { token, body: { token: replaced.token, password: 'Jane#2027pass' } }), 400, 'invalid_token');
    await api.advanceClock(3600);
    const fresh = (await api.anonymous()).access_token;
    expectError(await api.post(UPDATE, { token: fresh, body: { token: newest.token, password: 'Jane#2027pass' } }), 400, 'invalid_token');
  });

  test('checks the new password before spending the token', async () => {
    const token = (await api.anonymous()).access_token;
    await api.post(RESET, { token, body: { email: SEED.jane.email }, expect: 204 });
    const [mail] = await api.outbox();
    expectValidation(await api.post(UPDATE, { token, body: { token: mail.token, password: 'short' } }), 'password');
    expectValidation(await api.post(UPDATE, { token, body: {} }), 'token', 'password');
    await api.post(UPDATE, { token, body: { token: mail.token, password: 'Jane#2027pass' }, expect: 204 });
  });

  test('needs an email and an anonymous token', async () => {
    const token = (await api.anonymous()).access_token;
    expectValidation(await api.post(RESET, { token, body: {} }), 'email');
    expectValidation(await api.post(RESET, { token, body: { email: 'jane' } }), 'email');
    const { access_token: customerToken } = await api.login();
    expectFault(await api.post(RESET, { token: customerToken, body: { email: SEED.jane.email } }), 'oauth.v2.InvalidAccessToken');
    expectFault(await api.post(UPDATE, { token: customerToken, body: { token: 'x', password: 'Jane#2027pass' } }), 'oauth.v2.InvalidAccessToken');
  });
});

describe('password change', () => {
  test('needs the current password and a policy-conform new one', async () => {
    const { access_token: token } = await api.login();
    expectError(await api.post(CHANGE, { token, body: { currentPassword: 'Wrong#2026', newPassword: 'Jane#2027pass' } }), 401, 'invalid_credentials');
    expectValidation(await api.post(CHANGE, { token, body: { currentPassword: SEED.jane.password, newPassword: 'abcdefgh' } }), 'newPassword');
    expectValidation(await api.post(CHANGE, { token, body: {} }), 'currentPassword', 'newPassword');
    await api.post(CHANGE, { token, body: { currentPassword: SEED.jane.password, newPassword: 'Jane#2027pass' }, expect: 204 });
    // The session goes on; the new password logs in.
    await api.get('/customer/demo/validateauthtoken', { token, expect: 200 });
    await api.login({ email: SEED.jane.email, password: 'Jane#2027pass' });
  });

  test('needs a customer token', async () => {
    const { access_token: token } = await api.anonymous();
    expectFault(await api.post(CHANGE, { token, body: { currentPassword: 'a', newPassword: 'b' } }), 'oauth.v2.InvalidAccessToken');
  });
});

describe('email change', () => {
  const newEmail = 'jane.doe@example.org';

  test('mails the new address; confirming moves the login and, on request, the contact email', async () => {
    const login = await api.login();
    await api.post(EMAIL_CHANGE, { token: login.access_token, body: { ...SEED.jane, newEmail, syncContactEmail: false }, expect: 204 });
    const [mail] = await api.outbox();
    assert.deepEqual([mail.kind, mail.to], ['email-change', newEmail]);
    assert.equal(mail.link, `http://localhost:5173/account.html#email-token=${mail.token}`);

    const anonymous = (await api.anonymous()).access_token;
    await api.post(EMAIL_CONFIRM, { token: anonymous, body: { token: mail.token }, expect: 204 });
    const me = (await api.get('/customer/demo/me', { token: login.access_token, expect: 200 })).body;
    assert.deepEqual([me.accounts[0].id, me.contactEmail], [newEmail, SEED.jane.email]);
    const details = (await api.get('/customer/demo/validateauthtoken', { token: login.access_token, expect: 200 })).body;
    assert.equal(details.email, newEmail);
    await api.login({ email: newEmail, password: SEED.jane.password });
    expectError(await api.post(EMAIL_CONFIRM, { token: anonymous, body: { token: mail.token } }), 400, 'invalid_token');
  });

  test('syncs the contact email when asked', async () => {
    const login = await api.login();
    await api.post(EMAIL_CHANGE, { token: login.access_token, body: { ...SEED.jane, newEmail, syncContactEmail: true }, expect: 204 });
    const [mail] = await api.outbox();
    await api.post(EMAIL_CONFIRM, { token: (await api.anonymous()).access_token, body: { token: mail.token }, expect: 204 });
    assert.equal((await api.get('/customer/demo/me', { token: login.access_token })).body.contactEmail, newEmail);
  });

  test('checks the credentials and the new address', async () => {
    const { access_token: token } = await api.login();
    expectError(await api.post(EMAIL_CHANGE, { token, body: { ...SEED.jane, password: 'Wrong#2026', newEmail } }), 401, 'invalid_credentials');
    expectError(await api.post(EMAIL_CHANGE, { token, body: { ...SEED.ina, newEmail } }), 401, 'invalid_credentials');
    expectError(await api.post(EMAIL_CHANGE, { token, body: { ...SEED.jane, newEmail: SEED.otto.email } }), 409, 'conflict_resource');
    expectValidation(await api.post(EMAIL_CHANGE, { token, body: { ...SEED.jane, newEmail: 'nope' } }), 'newEmail');
    expectValidation(await api.post(EMAIL_CHANGE, { token, body: { ...SEED.jane, newEmail: SEED.jane.email } }), 'newEmail');
    expectValidation(await api.post(EMAIL_CHANGE, { token, body: {} }), 'email', 'password', 'newEmail');
    assert.equal((await api.outbox()).length, 0);
  });

  test('confirming fails when the address was taken meanwhile, or the token is unknown', async () => {
    const { access_token: token } = await api.login();
    await api.post(EMAIL_CHANGE, { token, body: { ...SEED.jane, newEmail }, expect: 204 });
    const [mail] = await api.outbox();
    await api.put('/_emulator/demo/settings', { body: { autoActivate: true }, expect: 200 });
    const anonymous = (await api.anonymous()).access_token;
    await api.post('/customer/demo/signup', { token: anonymous, body: { email: newEmail, password: 'Taken#2026' }, expect: 201 });
    expectError(await api.post(EMAIL_CONFIRM, { token: anonymous, body: { token: mail.token } }), 409, 'conflict_resource');
    expectError(await api.post(EMAIL_CONFIRM, { token: anonymous, body: { token: 'unknown' } }), 400, 'invalid_token');
    expectValidation(await api.post(EMAIL_CONFIRM, { token: anonymous, body: {} }), 'token');
  });

  test('request needs a customer token, confirmation an anonymous one', async () => {
    const login = await api.login();
    const anonymous = (await api.anonymous()).access_token;
    expectFault(await api.post(EMAIL_CHANGE, { token: anonymous, body: { ...SEED.jane, newEmail } }), 'oauth.v2.InvalidAccessToken');
    expectFault(await api.post(EMAIL_CONFIRM, { token: login.access_token, body: { token: 'x' } }), 'oauth.v2.InvalidAccessToken');
  });
});
