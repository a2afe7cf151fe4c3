import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectError, expectFault, expectValidation, useEmulator } from './support/harness.ts';

const api = useEmulator();
const ME = '/customer/demo/me';

describe('GET /me', () => {
  test('answers the documented anonymous profile for an anonymous token', async () => {
    const { access_token: token } = await api.anonymous();
    const me = (await api.get(ME, { token, expect: 200 })).body;
    assert.deepEqual(me, {
      firstName: 'Anonymous',
      lastName: 'Anonymous',
      preferredSite: 'default',
      customerNumber: '00000000',
      id: '00000000',
      accounts: [],
    });
  });

  test('answers the customer profile, with addresses on request', async () => {
    const { access_token: token } = await api.login();
    const me = (await api.get(ME, { token, expect: 200 })).body;
    assert.deepEqual(
      [me.title, me.firstName, me.lastName, me.contactEmail, me.company, me.preferredLanguage, me.preferredCurrency, me.preferredSite],
      ['MS', 'Jane', 'Doe', 'jane@example.com', 'Doe Trading GmbH', 'en_US', 'EUR', 'main'],
    );
    assert.equal(me.businessModel, 'B2B');
    assert.equal(me.addresses, undefined);
    assert.ok(me.lastLogin);
    const expanded = (await api.get(ME, { token, query: { expand: 'addresses' }, expect: 200 })).body;
    assert.equal(expanded.addresses.length, 2);
    assert.equal(expanded.defaultAddress.id, expanded.addresses.find((address: { isDefault: boolean }) => address.isDefault).id);
  });

  test('needs a token of this tenant', async () => {
    expectFault(await api.get(ME), 'oauth.v2.InvalidAccessToken');
    expectFault(await api.get(ME, { token: await api.employeeToken() }), 'oauth.v2.InvalidAccessToken');
  });
});

describe('PATCH /me', () => {
  test('changes the given fields, removes null ones and counts the version', async () => {
    const { access_token: token } = await api.login();
    const before = (await api.get(ME, { token, expect: 200 })).body;
    await api.patch(ME, {
      token,
      body: { firstName: 'Janet', contactPhone: null, preferredCurrency: 'USD', metadata: { version: before.metadata.version } },
      expect: 200,
    });
    const after = (await api.get(ME, { token, expect: 200 })).body;
    assert.deepEqual([after.firstName, after.contactPhone, after.preferredCurrency, after.lastName], ['Janet', undefined, 'USD', 'Doe']);
    assert.equal(after.metadata.version, before.metadata.version + 1);
  });

  test('takes merge-patch JSON too', async () => {
    const { access_token: token } = await api.login();
    await api.patch(ME, { token, rawBody: '{"middleName":"Q"}', headers: { 'content-type': 'application/merge-patch+json' }, expect: 200 });
    assert.equal((await api.get(ME, { token })).body.middleName, 'Q');
  });

  test('refuses an outdated version with 409', async () => {
    const { access_token: token } = await api.login();
    expectError(await api.patch(ME, { token, body: { firstName: 'X', metadata: { version: 99 } } }), 409, 'version_conflict');
  });

  test('checks the fields', async () => {
    const { access_token: token } = await api.login();
    expectValidation(await api.patch(ME, { token, body: { contactEmail: null } }), 'contactEmail');
    expectValidation(await api.patch(ME, { token, body: { contactEmail: 'nope' } }), 'contactEmail');
    expectValidation(await api.patch(ME, { token, body: { lastName: null } }), 'lastName');
    expectValidation(await api.patch(ME, { token, body: { preferredCurrency: 'EURO', title: 3 } }), 'preferredCurrency', 'title');
    expectValidation(await api.patch(ME, { token, body: { b2b: 'yes' } }), 'b2b');
    expectError(await api.patch(ME, { token, rawBody: '{', headers: { 'content-type': 'application/json' } }), 400, 'bad_request');
  });

  test('needs a customer token', async () => {
    const { access_token: token } = await api.anonymous();
    expectFault(await api.patch(ME, { token, body: { firstName: 'X' } }), 'oauth.v2.InvalidAccessToken');
  });
});
