import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EmporixError, type Customer } from '../api/index.js';
import { RememberedLegalEntities, isLegalEntityRefusal, legalEntitiesOf } from './legal-entities.js';
import type { StoredCustomer, StoredLegalEntity } from './record.js';
import { MemoryStore } from './storage.js';

const RECORD_KEY = 'emx-elements.session:shop:client-1';
const NORDLICHT = { id: 'le-nordlicht', name: 'Nordlicht Handel GmbH' };
const SUEDWIND = { id: 'le-suedwind', name: 'Südwind Import AG' };

function contact(customerNumber: string | undefined, legalEntities: StoredLegalEntity[] = [NORDLICHT, SUEDWIND]): StoredCustomer {
  return { signInId: 'sign-in', accessToken: 'access', refreshToken: 'refresh', expiresAt: 1, refreshExpiresAt: 2, customerNumber, legalEntities };
}

describe('RememberedLegalEntities', () => {
  it('chooses the only company of a customer with one, remembered or not', () => {
    const memory = new RememberedLegalEntities(new MemoryStore(), RECORD_KEY);
    assert.equal(memory.choose(contact('10000001', [NORDLICHT])), NORDLICHT.id);
  });

  it('chooses none of several until one was chosen, then that one, for this customer only', () => {
    const store = new MemoryStore();
    const memory = new RememberedLegalEntities(store, RECORD_KEY);
    assert.equal(memory.choose(contact('10000004')), undefined);

    memory.remember(contact('10000004'), SUEDWIND.id);
    assert.equal(memory.choose(contact('10000004')), SUEDWIND.id);
    assert.equal(memory.choose(contact('10000005')), undefined, 'another customer of the same companies');
    assert.equal(new RememberedLegalEntities(store, 'emx-elements.session:other:client-1').choose(contact('10000004')), undefined, 'another tenant');
  });

  it('forgets a remembered company the customer is no longer assigned to', () => {
    const store = new MemoryStore();
    const memory = new RememberedLegalEntities(store, RECORD_KEY);
    memory.remember(contact('10000004'), SUEDWIND.id);

    assert.equal(memory.choose(contact('10000004', [NORDLICHT, { id: 'le-ostsee' }])), undefined);
    assert.equal(memory.choose(contact('10000004')), undefined, 'gone for good, even once assigned again');
  });

  it('forgets only the company it is told to, and remembers nothing without a customer number', () => {
    const store = new MemoryStore();
    const memory = new RememberedLegalEntities(store, RECORD_KEY);
    memory.remember(contact('10000004'), SUEDWIND.id);
    memory.forget(contact('10000004'), NORDLICHT.id);
    assert.equal(memory.choose(contact('10000004')), SUEDWIND.id);

    memory.remember(contact(undefined), NORDLICHT.id);
    assert.equal(memory.choose(contact(undefined)), undefined);
  });
});

describe('legalEntitiesOf', () => {
  it('keeps the id and name of every entity with an id, not the contact assignment', () => {
    const profile = { id: '1', customerNumber: '10000004', b2b: { legalEntities: [{ ...NORDLICHT, contactAssignmentId: 'ca-1' }, { name: 'No id' }, { id: SUEDWIND.id }] } } as Customer;
    assert.deepEqual(legalEntitiesOf(profile), [NORDLICHT, { id: SUEDWIND.id, name: undefined }]);
    assert.deepEqual(legalEntitiesOf({ id: '2', customerNumber: '10000001' } as Customer), []);
  });
});

describe('isLegalEntityRefusal', () => {
  it('is a 400 that names legalEntityId, and nothing else', () => {
    const refusal = new EmporixError({ kind: 'http', status: 400, message: 'no', details: [{ field: 'legalEntityId', type: 'invalid_value' }] });
    const otherField = new EmporixError({ kind: 'http', status: 400, message: 'no', details: [{ field: 'refreshToken', type: 'invalid_value' }] });
    const unauthorized = new EmporixError({ kind: 'http', status: 401, message: 'no', details: [{ field: 'legalEntityId', type: 'invalid_value' }] });
    assert.equal(isLegalEntityRefusal(refusal), true);
    assert.equal(isLegalEntityRefusal(otherField), false);
    assert.equal(isLegalEntityRefusal(unauthorized), false);
    assert.equal(isLegalEntityRefusal(new Error('offline')), false);
  });
});
