import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Customer } from '../../api/index.js';
import { profileChanges, profileFormValues, rebaseEdits, type ProfileFormValues } from './profile.js';

const base = {
  id: 'c1',
  firstName: 'Ada',
  lastName: 'Lovelace',
  contactEmail: 'ada@example.com',
  company: 'Analytical',
  b2b: { companyRegistrationId: 'GB42' },
} as Customer;

function withEdits(profile: Customer, edits: Partial<ProfileFormValues>): ProfileFormValues {
  return { ...profileFormValues(profile), ...edits };
}

describe('profileFormValues', () => {
  it('shows every field as a string, empty for none', () => {
    const values = profileFormValues(base);
    assert.equal(values.firstName, 'Ada');
    assert.equal(values.middleName, '');
    assert.equal(values.companyRegistrationId, 'GB42');
    assert.equal(profileFormValues(undefined).firstName, '');
  });
});

describe('profileChanges', () => {
  it('sends nothing for an untouched form', () => {
    assert.deepEqual(profileChanges(profileFormValues(base), base), {});
  });

  it('sends only the changed fields, a cleared one as null', () => {
    assert.deepEqual(profileChanges(withEdits(base, { firstName: 'Augusta', company: '' }), base), { firstName: 'Augusta', company: null });
  });

  it('sends a changed registration number under b2b, a cleared one as an empty string', () => {
    assert.deepEqual(profileChanges(withEdits(base, { companyRegistrationId: 'GB43' }), base), { b2b: { companyRegistrationId: 'GB43' } });
    assert.deepEqual(profileChanges(withEdits(base, { companyRegistrationId: '' }), base), { b2b: { companyRegistrationId: '' } });
  });
});

describe('rebaseEdits', () => {
  const latest = { ...base, firstName: 'Augusta', lastName: 'King', company: 'Engines' } as Customer;

  it('takes the newer profile for the fields the customer left alone', () => {
    const rebased = rebaseEdits(profileFormValues(base), base, latest);
    assert.equal(rebased.firstName, 'Augusta');
    assert.equal(rebased.lastName, 'King');
    assert.equal(rebased.company, 'Engines');
  });

  it('keeps the customer’s edits', () => {
    const rebased = rebaseEdits(withEdits(base, { lastName: 'Byron' }), base, latest);
    assert.equal('lastName' in rebased, false);
    assert.equal(rebased.firstName, 'Augusta');
  });

  it('counts a field that differs only by surrounding spaces as untouched', () => {
    assert.equal(rebaseEdits(withEdits(base, { firstName: ' Ada ' }), base, latest).firstName, 'Augusta');
  });
});
