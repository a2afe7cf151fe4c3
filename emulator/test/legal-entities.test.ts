import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectError, expectValidation, SEED, useEmulator, type Json } from './support/harness.ts';

const api = useEmulator();
const REFRESH = '/customer/demo/refreshauthtoken';

async function refresh(refreshToken: string, legalEntityId?: string) {
  const token = (await api.anonymous()).access_token;
  return api.get(REFRESH, { token, query: { refreshToken, ...(legalEntityId ? { legalEntityId } : {}) } });
}

async function validate(accessToken: string): Promise<Json> {
  return (await api.get('/customer/demo/validateauthtoken', { token: accessToken, expect: 200 })).body;
}

describe('B2B contact with two legal entities', () => {
  test('the seeded contact sees both entities with their names in /me', async () => {
    const login = await api.login(SEED.kim);
    const me = (await api.get('/customer/demo/me', { token: login.access_token, expect: 200 })).body;
    assert.equal(me.businessModel, 'B2B');
    assert.deepEqual(
      me.b2b.legalEntities.map(({ id, name }: Json) => ({ id, name })),
      [
        { id: 'le-nordlicht', name: 'Nordlicht Handel GmbH' },
        { id: 'le-suedwind', name: 'Südwind Import AG' },
      ],
    );
    assert.equal((await validate(login.access_token)).legalEntityId, undefined);
  });

  test('a refresh with a legalEntityId ties the new token to it, and validate says so', async () => {
    const login = await api.login(SEED.kim);
    const first = await refresh(login.refresh_token, 'le-suedwind');
    assert.equal(first.status, 200, first.text);
    assert.equal((await validate(first.body.access_token)).legalEntityId, 'le-suedwind');
    // A plain refresh keeps the entity; another one switches it.
    const kept = await refresh(first.body.refresh_token);
    assert.equal((await validate(kept.body.access_token)).legalEntityId, 'le-suedwind');
    const switched = await refresh(kept.body.refresh_token, 'le-nordlicht');
    assert.equal((await validate(switched.body.access_token)).legalEntityId, 'le-nordlicht');
  });

  test('an entity the customer is not assigned to is refused, and the refresh token stays usable', async () => {
    const login = await api.login(SEED.kim);
    expectValidation(await refresh(login.refresh_token, 'le-doe-trading'), 'legalEntityId');
    const again = await refresh(login.refresh_token, 'le-nordlicht');
    assert.equal(again.status, 200, again.text);
  });

  test('the control API assigns and unassigns an entity mid-session', async () => {
    const customerNumber = await api.customerNumberOf(SEED.kim.email);
    const path = `/_emulator/demo/customers/${customerNumber}/legal-entities`;
    const login = await api.login(SEED.kim);
    const tied = (await refresh(login.refresh_token, 'le-suedwind')).body;

    await api.delete(`${path}/le-suedwind`, { expect: 204 });
    const me = (await api.get('/customer/demo/me', { token: tied.access_token, expect: 200 })).body;
    assert.deepEqual(me.b2b.legalEntities.map(({ id }: Json) => id), ['le-nordlicht']);
    const console = (await api.get('/_emulator/demo/customers', { expect: 200 })).body.find((customer: Json) => customer.customerNumber === customerNumber);
    assert.deepEqual(console.legalEntities, [{ id: 'le-nordlicht', name: 'Nordlicht Handel GmbH' }]);

    // Asked for by id it is refused; a plain refresh drops it rather than ending the session.
    expectValidation(await refresh(tied.refresh_token, 'le-suedwind'), 'legalEntityId');
    const plain = await refresh(tied.refresh_token);
    assert.equal(plain.status, 200, plain.text);
    assert.equal((await validate(plain.body.access_token)).legalEntityId, undefined);

    await api.put(`${path}/le-suedwind`, { body: { name: 'Südwind Import AG' }, expect: 200 });
    const back = await refresh(plain.body.refresh_token, 'le-suedwind');
    assert.equal((await validate(back.body.access_token)).legalEntityId, 'le-suedwind');

    await api.delete(`${path}/le-unknown`, { expect: 404 });
    expectValidation(await api.put(`${path}/le-new`, { body: {} }), 'name');
    expectError(await api.put(`/_emulator/demo/customers/99999999/legal-entities/le-new`, { body: { name: 'X' } }), 404, 'resource_not_found');
  });

  test("the tenant's companies include one taken away from every contact, to assign it back", async () => {
    const companies = [
      { id: 'le-doe-trading', name: 'Doe Trading GmbH' },
      { id: 'le-nordlicht', name: 'Nordlicht Handel GmbH' },
      { id: 'le-suedwind', name: 'Südwind Import AG' },
    ];
    assert.deepEqual((await api.get('/_emulator/demo/legal-entities', { expect: 200 })).body, companies);
    const customerNumber = await api.customerNumberOf(SEED.kim.email);
    await api.delete(`/_emulator/demo/customers/${customerNumber}/legal-entities/le-suedwind`, { expect: 204 });
    await api.put(`/_emulator/demo/customers/${customerNumber}/legal-entities/le-ostsee`, { body: { name: 'Ostsee Logistik KG' }, expect: 200 });
    assert.deepEqual((await api.get('/_emulator/demo/legal-entities', { expect: 200 })).body, [...companies, { id: 'le-ostsee', name: 'Ostsee Logistik KG' }]);
    expectError(await api.get('/_emulator/nowhere/legal-entities'), 404, 'resource_not_found');
  });

  test('a reset restores the seeded assignments', async () => {
    const customerNumber = await api.customerNumberOf(SEED.kim.email);
    await api.delete(`/_emulator/demo/customers/${customerNumber}/legal-entities/le-nordlicht`, { expect: 204 });
    await api.reset();
    const login = await api.login(SEED.kim);
    const me = (await api.get('/customer/demo/me', { token: login.access_token, expect: 200 })).body;
    assert.equal(me.b2b.legalEntities.length, 2);
  });
});
