import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addsAddress, filledOnly, isB2B, showsSection, signupRequest, type SignupSection, type SignupValues } from './signup-request.js';

const ALL_SECTIONS: readonly SignupSection[] = ['profile', 'preferences', 'b2b', 'address', 'credentials'];

/** A form as the customer leaves it when they fill only the sign-in email and password. */
function formValues(filled: Partial<SignupValues> = {}): SignupValues {
  return {
    email: 'ada@example.com',
    password: 'secret123',
    contactEmail: '',
    title: '',
    firstName: '',
    middleName: '',
    lastName: '',
    phone: '',
    company: '',
    companyRegistrationId: '',
    preferredLanguage: '',
    preferredCurrency: '',
    preferredSite: '',
    withAddress: false,
    contactName: '',
    companyName: '',
    street: '',
    streetNumber: '',
    streetAppendix: '',
    extraLine1: '',
    extraLine2: '',
    extraLine3: '',
    extraLine4: '',
    zipCode: '',
    city: '',
    state: '',
    country: '',
    contactPhone: '',
    tags: [],
    otherTags: '',
    ...filled,
  } as SignupValues;
}

describe('showsSection', () => {
  it('shows the sections listed', () => {
    assert.equal(showsSection(['preferences'], 'preferences'), true);
    assert.equal(showsSection(['preferences'], 'address'), false);
  });

  it('brings the profile along with b2b, whose rule needs its fields', () => {
    assert.equal(showsSection(['b2b'], 'profile'), true);
    assert.equal(showsSection([], 'profile'), false);
  });
});

describe('isB2B and addsAddress', () => {
  it('is B2B once a registration id is given, and only when the b2b section is shown', () => {
    assert.equal(isB2B(ALL_SECTIONS, { companyRegistrationId: 'DE123' }), true);
    assert.equal(isB2B(ALL_SECTIONS, { companyRegistrationId: '   ' }), false);
    assert.equal(isB2B(['profile'], { companyRegistrationId: 'DE123' }), false);
  });

  it('adds an address when its checkbox is ticked in a shown section', () => {
    assert.equal(addsAddress(ALL_SECTIONS, { withAddress: true }), true);
    assert.equal(addsAddress(ALL_SECTIONS, { withAddress: false }), false);
    assert.equal(addsAddress(['profile'], { withAddress: true }), false);
  });
});

describe('filledOnly', () => {
  it('leaves out empty texts, empty lists and undefined, and is undefined when nothing is left', () => {
    assert.deepEqual(filledOnly({ a: 'x', b: '', c: [], d: undefined, e: ['y'] }), { a: 'x', e: ['y'] });
    assert.equal(filledOnly({ a: '', b: [] }), undefined);
  });
});

describe('signupRequest', () => {
  it('sends just email and password when nothing else is filled', () => {
    assert.deepEqual(signupRequest(formValues(), ALL_SECTIONS), { email: 'ada@example.com', password: 'secret123' });
  });

  it('puts the profile and preferences in customerDetails, with the sign-in email as contact email', () => {
    const request = signupRequest(
      formValues({ title: 'DR', firstName: 'Ada', lastName: 'Lovelace', phone: '+44 20 1234', company: 'Analytical', preferredLanguage: 'en', preferredCurrency: 'GBP' }),
      ALL_SECTIONS,
    );
    assert.deepEqual(request, {
      email: 'ada@example.com',
      password: 'secret123',
      customerDetails: {
        title: 'DR',
        firstName: 'Ada',
        lastName: 'Lovelace',
        contactPhone: '+44 20 1234',
        company: 'Analytical',
        preferredLanguage: 'en',
        preferredCurrency: 'GBP',
        contactEmail: 'ada@example.com',
      },
    });
  });

  it('sends the company registration id under b2b', () => {
    const request = signupRequest(formValues({ firstName: 'Ada', lastName: 'Lovelace', company: 'Analytical', companyRegistrationId: 'GB42' }), ALL_SECTIONS);
    assert.deepEqual(request.customerDetails?.b2b, { companyRegistrationId: 'GB42' });
  });

  it('leaves out what sections that are not shown hold', () => {
    const request = signupRequest(formValues({ firstName: 'Ada', preferredLanguage: 'en', companyRegistrationId: 'GB42', withAddress: true, contactName: 'Ada' }), ['preferences']);
    assert.deepEqual(request, { email: 'ada@example.com', password: 'secret123', customerDetails: { preferredLanguage: 'en', contactEmail: 'ada@example.com' } });
  });

  it('sends a different contact email as separate sign-up credentials', () => {
    const request = signupRequest(formValues({ contactEmail: 'office@example.com' }), ALL_SECTIONS);
    assert.deepEqual(request, {
      email: 'office@example.com',
      password: 'secret123',
      customerDetails: { contactEmail: 'office@example.com' },
      signup: { email: 'ada@example.com', password: 'secret123' },
    });
  });

  it('treats a contact email that differs only in case as the sign-in email', () => {
    assert.deepEqual(signupRequest(formValues({ contactEmail: 'ADA@example.com' }), ALL_SECTIONS), { email: 'ada@example.com', password: 'secret123' });
  });

  it('ignores the contact email without the credentials section', () => {
    const request = signupRequest(formValues({ contactEmail: 'office@example.com' }), ['profile']);
    assert.deepEqual(request, { email: 'ada@example.com', password: 'secret123' });
  });

  it('adds the address with only its filled fields and its tags when the checkbox is ticked', () => {
    const values = formValues({ withAddress: true, contactName: 'Ada Lovelace', street: 'Main St', city: 'London', country: 'GB', tags: ['SHIPPING'], otherTags: 'VIP, gift' });
    assert.deepEqual(signupRequest(values, ALL_SECTIONS).customerAddress, {
      contactName: 'Ada Lovelace',
      street: 'Main St',
      city: 'London',
      country: 'GB',
      tags: ['SHIPPING', 'VIP', 'gift'],
    });
  });

  it('sends no address while its checkbox is not ticked', () => {
    const request = signupRequest(formValues({ withAddress: false, contactName: 'Ada Lovelace', city: 'London' }), ALL_SECTIONS);
    assert.equal('customerAddress' in request, false);
  });
});
