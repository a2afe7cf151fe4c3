import type { CustomerDetails, SignupRequest } from '../../api/index.js';
import { ADDRESS_FIELDS, newAddressOf } from '../shared/address-values.js';
import type { FieldValue, FormValues } from '../shared/form-controller.js';
import type { passwordPolicyProblem } from '../shared/password-policy.js';

/** The optional parts of the form; the email and password are always there. */
export type SignupSection = 'profile' | 'preferences' | 'b2b' | 'address' | 'credentials';

type Values = Readonly<Record<string, FieldValue>>;
type PasswordRule = (password: FieldValue) => ReturnType<typeof passwordPolicyProblem>;

/** A text field's value as sent: trimmed; anything else is empty. */
export const text = (value: FieldValue | undefined): string => (typeof value === 'string' ? value.trim() : '');
export const sameEmail = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Whether the form shows `section`; `b2b` brings the `profile` fields along, since its rule needs them. */
export function showsSection(sections: readonly SignupSection[], section: SignupSection): boolean {
  return sections.includes(section) || (section === 'profile' && sections.includes('b2b'));
}

/** A company registration id makes it a B2B sign-up: first name, last name and company become required. */
export function isB2B(sections: readonly SignupSection[], values: Values): boolean {
  return showsSection(sections, 'b2b') && text(values.companyRegistrationId) !== '';
}

/** Whether the sign-up brings an address (its section is shown and its checkbox ticked). */
export function addsAddress(sections: readonly SignupSection[], values: Values): boolean {
  return showsSection(sections, 'address') && values.withAddress === true;
}

/** Only what the customer filled: empty texts and lists stay out of the request. */
export function filledOnly<T extends object>(fields: T): Partial<T> | undefined {
  const entries = Object.entries(fields).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0));
  return entries.length > 0 ? (Object.fromEntries(entries) as Partial<T>) : undefined;
}

/**
 * The fields of the sign-up form, named as in the contract so that server problems land on their
 * field; the profile's `contactPhone` is `phone`, as the address has one too.
 */
export function signupFields(sections: () => readonly SignupSection[], passwordProblem: PasswordRule) {
  const b2b = (values: Values) => isB2B(sections(), values);
  return {
    email: { required: true, email: true },
    password: { required: true, secret: true, validate: passwordProblem },
    contactEmail: { email: true },
    title: {},
    firstName: { required: b2b },
    middleName: {},
    lastName: { required: b2b },
    phone: { serverFields: ['customerDetails.contactPhone'] },
    company: { required: b2b },
    companyRegistrationId: {},
    preferredLanguage: {},
    preferredCurrency: {},
    preferredSite: {},
    withAddress: { initial: false },
    ...ADDRESS_FIELDS,
    // Only an address being added needs its contact name.
    contactName: { required: (values: Values) => addsAddress(sections(), values) },
  };
}

export type SignupValues = FormValues<ReturnType<typeof signupFields>>;

/** The contract's CustomerSignup from the form, with only what was filled in of the sections shown. */
export function signupRequest(values: SignupValues, sections: readonly SignupSection[]): SignupRequest {
  const shows = (section: SignupSection) => showsSection(sections, section);
  const loginEmail = values.email;
  const separateContact = shows('credentials') && values.contactEmail !== '' && !sameEmail(values.contactEmail, loginEmail);
  // customerDetails.contactEmail must equal email: a different contact address needs separate credentials.
  const email = separateContact ? values.contactEmail : loginEmail;
  const details = filledOnly<CustomerDetails>({
    ...(shows('profile') && {
      title: values.title,
      firstName: values.firstName,
      middleName: values.middleName,
      lastName: values.lastName,
      contactPhone: values.phone,
      company: values.company,
    }),
    ...(shows('preferences') && {
      preferredLanguage: values.preferredLanguage,
      preferredCurrency: values.preferredCurrency,
      preferredSite: values.preferredSite,
    }),
    b2b: shows('b2b') ? filledOnly({ companyRegistrationId: values.companyRegistrationId }) : undefined,
  });
  const address = addsAddress(sections, values) ? newAddressOf(values) : undefined;
  return {
    email,
    password: values.password,
    ...((details || separateContact) && { customerDetails: { ...details, contactEmail: email } }),
    ...(address && { customerAddress: address }),
    ...(separateContact && { signup: { email: loginEmail, password: values.password } }),
  };
}
