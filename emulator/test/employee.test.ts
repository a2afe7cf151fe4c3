import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectError, expectFault, expectValidation, SEED, useEmulator, type Json, type RequestOptions } from './support/harness.ts';

const api = useEmulator();
const CUSTOMERS = '/customer/demo/customers';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

const CREDENTIALS = { grant_type: 'client_credentials', client_id: SEED.employee.clientId, client_secret: SEED.employee.clientSecret };

function tokenRequest(fields: Record<string, string>, expect?: RequestOptions['expect']) {
  return api.post('/oauth/token', { rawBody: new URLSearchParams(fields).toString(), headers: FORM, expect });
}

describe('POST /oauth/token', () => {
  test('issues a service token with the requested scopes it may have', async () => {
    const { body } = await tokenRequest({ ...CREDENTIALS, scope: 'tenant=demo customer.customer_manage unknown.scope' }, 200);
    assert.deepEqual([body.token_type, body.expires_in, body.scope], ['Bearer', 14399, 'customer.customer_manage tenant=demo']);
    await api.get(CUSTOMERS, { token: body.access_token, expect: 200 });
  });

  test('grants every allowed scope when none is asked for', async () => {
    const { body } = await tokenRequest(CREDENTIALS, 200);
    assert.deepEqual(body.scope.split(' '), [
      'customer.customer_read',
      'customer.customer_read_own',
      'customer.customer_manage',
      'customer.customer_manage_own',
      'tenant=demo',
    ]);
  });

  test('refuses wrong credentials, grant types and missing fields', async () => {
    const base = CREDENTIALS;
    expectFault(await tokenRequest({ ...base, client_secret: 'wrong' }), 'oauth.v2.InvalidClientIdentifier');
    expectFault(await tokenRequest({ ...base, client_id: SEED.storefrontClientId }), 'oauth.v2.InvalidClientIdentifier');
    expectError(await tokenRequest({ ...base, grant_type: 'password' }), 400, 'unsupported_grant_type');
    expectValidation(await tokenRequest({ grant_type: 'client_credentials' }), 'client_id', 'client_secret');
    expectValidation(await api.post('/oauth/token', { body: base }), 'grant_type', 'client_id', 'client_secret');
  });
});

describe('tenant-managed customers', () => {
  test('lists customers with a Count header, paging, filters and expansion', async () => {
    const token = await api.employeeToken();
    const all = await api.get(CUSTOMERS, { token, expect: 200 });
    assert.equal(all.headers.get('count'), '4');
    assert.deepEqual(all.body.map((customer: Json) => [customer.contactEmail, customer.active, customer.onHold]), [
      [SEED.jane.email, true, false],
      [SEED.ina.email, false, false],
      [SEED.otto.email, true, true],
      [SEED.kim.email, true, false],
    ]);
    const page = await api.get(CUSTOMERS, { token, query: { pageSize: '2', pageNumber: '2' }, expect: 200 });
    assert.deepEqual([page.headers.get('count'), page.body.length], ['4', 2]);
    const filtered = await api.get(CUSTOMERS, { token, query: { q: 'active:false' }, expect: 200 });
    assert.deepEqual(filtered.body.map((customer: Json) => customer.contactEmail), [SEED.ina.email]);
    const byEmail = await api.get(CUSTOMERS, { token, query: { q: `contactEmail:"${SEED.otto.email}"`, expand: 'addresses,accounts' }, expect: 200 });
    assert.deepEqual(byEmail.body[0].accounts, [{ id: SEED.otto.email }]);
    assert.deepEqual(byEmail.body[0].addresses, []);
  });

  test('checks the list parameters', async () => {
    const token = await api.employeeToken();
    expectValidation(await api.get(CUSTOMERS, { token, query: { pageSize: '0' } }), 'pageSize');
    expectValidation(await api.get(CUSTOMERS, { token, query: { pageNumber: 'two' } }), 'pageNumber');
    expectValidation(await api.get(CUSTOMERS, { token, query: { q: 'shoeSize:42' } }), 'q');
  });

  test('retrieves one customer, or 404', async () => {
    const token = await api.employeeToken();
    const number = await api.customerNumberOf(SEED.jane.email);
    const jane = (await api.get(`${CUSTOMERS}/${number}`, { token, query: { expand: 'addresses' }, expect: 200 })).body;
    assert.deepEqual([jane.id, jane.customerNumber, jane.addresses.length, jane.email], [number, number, 2, SEED.jane.email]);
    expectError(await api.get(`${CUSTOMERS}/99999999`, { token }), 404, 'resource_not_found');
    expectError(await api.patch(`${CUSTOMERS}/99999999`, { token, body: { active: true } }), 404, 'resource_not_found');
  });

  test('activates, holds and edits a customer', async () => {
    const token = await api.employeeToken();
    const number = await api.customerNumberOf(SEED.ina.email);
    await api.patch(`${CUSTOMERS}/${number}`, { token, body: { active: true, firstName: 'Ina-Marie' }, expect: 200 });
    await api.login(SEED.ina);
    await api.patch(`${CUSTOMERS}/${number}`, { token, body: { onHold: true }, expect: 200 });
    expectError(await api.post('/customer/demo/login', { token: (await api.anonymous()).access_token, body: SEED.ina }), 403, 'account_on_hold');
    const ina = (await api.get(`${CUSTOMERS}/${number}`, { token, expect: 200 })).body;
    assert.deepEqual([ina.firstName, ina.active, ina.onHold], ['Ina-Marie', true, true]);
    expectValidation(await api.patch(`${CUSTOMERS}/${number}`, { token, body: { active: 'yes', preferredCurrency: 'x' } }), 'active', 'preferredCurrency');
  });

  test('needs an employee token with the right scope', async () => {
    const number = await api.customerNumberOf(SEED.ina.email);
    const { access_token: customerToken } = await api.login();
    expectFault(await api.get(CUSTOMERS, { token: customerToken }), 'oauth.v2.InvalidAccessToken');
    expectFault(await api.patch(`${CUSTOMERS}/${number}`, { token: (await api.anonymous()).access_token, body: { active: true } }), 'oauth.v2.InvalidAccessToken');
    const readOnly = await api.employeeToken('customer.customer_read');
    await api.get(CUSTOMERS, { token: readOnly, expect: 200 });
    expectError(await api.patch(`${CUSTOMERS}/${number}`, { token: readOnly, body: { active: true } }), 403, 'forbidden');
    const none = await api.employeeToken('unknown.scope');
    expectError(await api.get(CUSTOMERS, { token: none }), 403, 'forbidden');
  });
});
