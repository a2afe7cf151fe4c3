import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectError, expectFault, expectValidation, useEmulator, type Json } from './support/harness.ts';

const api = useEmulator();
const BASE = '/customer/demo/me/addresses';

async function customer() {
  return { token: (await api.login()).access_token as string };
}

async function addresses(auth: { token: string }): Promise<Json[]> {
  return (await api.get(BASE, { ...auth, expect: 200 })).body;
}

test('creates an address and lists it with the seeded ones', async () => {
  const auth = await customer();
  const created = await api.post(BASE, { ...auth, body: { contactName: 'Jane Doe', city: 'Hamburg', country: 'DE' }, expect: 201 });
  assert.match(created.body.id, /^[0-9a-f]{10}$/);
  const list = await addresses(auth);
  assert.equal(list.length, 3);
  const address = (await api.get(`${BASE}/${created.body.id}`, { ...auth, expect: 200 })).body;
  assert.deepEqual([address.city, address.isDefault, address.tags], ['Hamburg', false, []]);
});

test('moves the default flag to the address set as default', async () => {
  const auth = await customer();
  const created = await api.post(BASE, { ...auth, body: { contactName: 'Jane Doe', city: 'Köln', country: 'DE', isDefault: true }, expect: 201 });
  const list = await addresses(auth);
  assert.deepEqual(list.filter((address) => address.isDefault).map((address) => address.id), [created.body.id]);
  const other = list.find((address) => address.id !== created.body.id);
  await api.patch(`${BASE}/${other.id}`, { ...auth, body: { isDefault: true }, expect: 200 });
  assert.deepEqual((await addresses(auth)).filter((address) => address.isDefault).map((address) => address.id), [other.id]);
});

test('the first address of a new customer is the default one', async () => {
  await api.put('/_emulator/demo/settings', { body: { autoActivate: true }, expect: 200 });
  const credentials = { email: 'new@example.com', password: 'New#2026pass' };
  await api.post('/customer/demo/signup', { token: (await api.anonymous()).access_token, body: credentials, expect: 201 });
  const auth = { token: (await api.login(credentials)).access_token as string };
  await api.post(BASE, { ...auth, body: { contactName: 'New Customer' }, expect: 201 });
  assert.equal((await addresses(auth))[0].isDefault, true);
});

test('updates given fields, removes null ones and replaces tags', async () => {
  const auth = await customer();
  const [address] = await addresses(auth);
  await api.patch(`${BASE}/${address.id}`, { ...auth, body: { streetNumber: '2', companyName: null, tags: ['HQ'] }, expect: 200 });
  const updated = (await api.get(`${BASE}/${address.id}`, { ...auth, expect: 200 })).body;
  assert.deepEqual([updated.streetNumber, updated.companyName, updated.tags, updated.city], ['2', undefined, ['HQ'], address.city]);
  assert.equal(updated.metadata.version, address.metadata.version + 1);
});

test('adds and removes tags without duplicates', async () => {
  const auth = await customer();
  const [address] = await addresses(auth);
  await api.post(`${BASE}/${address.id}/tags`, { ...auth, query: { tags: 'BILLING,CUSTOM, EXTRA' }, expect: 204 });
  assert.deepEqual((await api.get(`${BASE}/${address.id}`, auth)).body.tags, ['BILLING', 'SHIPPING', 'CUSTOM', 'EXTRA']);
  await api.delete(`${BASE}/${address.id}/tags`, { ...auth, query: { tags: 'SHIPPING,EXTRA,UNKNOWN' }, expect: 204 });
  assert.deepEqual((await api.get(`${BASE}/${address.id}`, auth)).body.tags, ['BILLING', 'CUSTOM']);
  expectValidation(await api.post(`${BASE}/${address.id}/tags`, auth), 'tags');
  expectValidation(await api.delete(`${BASE}/${address.id}/tags`, { ...auth, query: { tags: ' , ' } }), 'tags');
});

test('deletes an address', async () => {
  const auth = await customer();
  const [address] = await addresses(auth);
  await api.delete(`${BASE}/${address.id}`, { ...auth, expect: 204 });
  assert.equal((await addresses(auth)).length, 1);
  expectError(await api.delete(`${BASE}/${address.id}`, auth), 404, 'resource_not_found');
});

test('answers 404 for an address the customer does not have', async () => {
  const auth = await customer();
  const missing = `${BASE}/0000000000`;
  const body = expectError(await api.get(missing, auth), 404, 'resource_not_found');
  assert.match(body.message, /^Address 0000000000 of customer \d+ not found\.$/);
  expectError(await api.patch(missing, { ...auth, body: { city: 'X' } }), 404, 'resource_not_found');
  expectError(await api.post(`${missing}/tags`, { ...auth, query: { tags: 'A' } }), 404, 'resource_not_found');
  expectError(await api.delete(`${missing}/tags`, { ...auth, query: { tags: 'A' } }), 404, 'resource_not_found');
});

test('another customer cannot see the address', async () => {
  const jane = await customer();
  const [address] = await addresses(jane);
  await api.put('/_emulator/demo/settings', { body: { autoActivate: true }, expect: 200 });
  const credentials = { email: 'other@example.com', password: 'Other#2026pass' };
  await api.post('/customer/demo/signup', { token: (await api.anonymous()).access_token, body: credentials, expect: 201 });
  const other = { token: (await api.login(credentials)).access_token as string };
  expectError(await api.get(`${BASE}/${address.id}`, other), 404, 'resource_not_found');
});

test('checks the address fields', async () => {
  const auth = await customer();
  expectValidation(await api.post(BASE, { ...auth, body: { city: 'Berlin' } }), 'contactName');
  expectValidation(await api.post(BASE, { ...auth, body: { contactName: 'A', country: 'de', tags: 'BILLING' } }), 'country', 'tags');
  const [address] = await addresses(auth);
  expectValidation(await api.patch(`${BASE}/${address.id}`, { ...auth, body: { contactName: null, isDefault: 'yes' } }), 'contactName', 'isDefault');
});

test('needs a customer token', async () => {
  const { access_token: token } = await api.anonymous();
  expectFault(await api.get(BASE, { token }), 'oauth.v2.InvalidAccessToken');
  expectFault(await api.post(BASE, { token, body: { contactName: 'A' } }), 'oauth.v2.InvalidAccessToken');
});
