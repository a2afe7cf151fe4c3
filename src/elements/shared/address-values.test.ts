import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Address } from '../../api/index.js';
import { changesBetween, defaultFirst, formValuesOf, newAddressOf, type AddressFormValues } from './address-values.js';

const stored: Address = {
  id: 'a1',
  contactName: 'Ada Lovelace',
  street: 'Main St',
  streetNumber: '1',
  city: 'London',
  country: 'GB',
  tags: ['BILLING', 'VIP'],
} as Address;

/** The edit form as it opens for `address`, with `edits` made. */
function edited(address: Address, edits: Partial<AddressFormValues> = {}): AddressFormValues {
  const values = formValuesOf(address) as Record<string, unknown>;
  return { ...values, ...edits } as AddressFormValues;
}

describe('formValuesOf', () => {
  it('splits the tags into the known ones (checkboxes) and the others (text)', () => {
    const values = formValuesOf(stored);
    assert.deepEqual(values.tags, ['BILLING']);
    assert.equal(values.otherTags, 'VIP');
    assert.equal(values.street, 'Main St');
    assert.equal(values.zipCode, '');
  });
});

describe('newAddressOf', () => {
  it('keeps only the filled fields, and the tags known ones first, each once', () => {
    const values = edited({} as Address, { contactName: 'Ada', city: 'London', tags: ['SHIPPING'], otherTags: ' gift, ,SHIPPING ,VIP' });
    assert.deepEqual(newAddressOf(values), { contactName: 'Ada', city: 'London', tags: ['SHIPPING', 'gift', 'VIP'] });
  });

  it('splits other tags at the Arabic comma too', () => {
    const values = edited({} as Address, { contactName: 'Ada', otherTags: 'هدية، VIP ،مكتب' });
    assert.deepEqual(newAddressOf(values).tags, ['هدية', 'VIP', 'مكتب']);
  });

  it('sends no tags when none is asked for', () => {
    assert.equal('tags' in newAddressOf(edited({} as Address, { contactName: 'Ada' })), false);
  });
});

describe('changesBetween', () => {
  it('finds nothing to change in an untouched form', () => {
    assert.deepEqual(changesBetween(stored, edited(stored)), { fields: {}, addedTags: [], removedTags: [] });
  });

  it('sends the changed fields only, a cleared field as an empty string', () => {
    const { fields } = changesBetween(stored, edited(stored, { city: 'Cambridge', streetNumber: '', zipCode: 'CB1' }));
    assert.deepEqual(fields, { streetNumber: '', zipCode: 'CB1', city: 'Cambridge' });
  });

  it('adds and removes tags, known and custom', () => {
    const changes = changesBetween(stored, edited(stored, { tags: ['SHIPPING'], otherTags: 'VIP, gift' }));
    assert.deepEqual(changes.addedTags, ['SHIPPING', 'gift']);
    assert.deepEqual(changes.removedTags, ['BILLING']);
  });
});

describe('defaultFirst', () => {
  it('puts the default address first and keeps the order of the others', () => {
    const addresses = [{ id: 'a' }, { id: 'b', isDefault: true }, { id: 'c' }] as Address[];
    assert.deepEqual(defaultFirst(addresses).map((address) => address.id), ['b', 'a', 'c']);
    assert.deepEqual(addresses.map((address) => address.id), ['a', 'b', 'c']);
  });
});
