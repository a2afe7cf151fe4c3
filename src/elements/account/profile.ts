import type { Customer, CustomerPatch } from '../../api/index.js';

/** The profile's text fields, named as on the wire and in the form. */
const PROFILE_TEXT_FIELDS = [
  'title',
  'firstName',
  'middleName',
  'lastName',
  'contactEmail',
  'contactPhone',
  'company',
  'preferredLanguage',
  'preferredCurrency',
  'preferredSite',
] as const;

type ProfileTextField = (typeof PROFILE_TEXT_FIELDS)[number];

/** Every field of the profile form: the text fields and the B2B registration number. */
export type ProfileFormValues = Readonly<Record<ProfileTextField | 'companyRegistrationId', string>>;

/** The profile as the form shows it: every field a string, `''` for none. */
export function profileFormValues(profile: Customer | undefined): ProfileFormValues {
  const values: Record<string, string> = {};
  for (const name of PROFILE_TEXT_FIELDS) values[name] = profile?.[name] ?? '';
  values.companyRegistrationId = profile?.b2b?.companyRegistrationId ?? '';
  return values as ProfileFormValues;
}

/** What the form changed against the profile it started from, and nothing else. */
export function profileChanges(values: ProfileFormValues, base: Customer): CustomerPatch {
  const before = profileFormValues(base);
  const changes: CustomerPatch = {};
  for (const name of PROFILE_TEXT_FIELDS) {
    if (values[name] !== before[name]) changes[name] = values[name] || null;
  }
  // An empty number rather than null: a null inside `b2b` does not remove everywhere (the
  // emulator keeps the old number), and `b2b: null` would drop the legal entities as well.
  if (values.companyRegistrationId !== before.companyRegistrationId) changes.b2b = { companyRegistrationId: values.companyRegistrationId };
  return changes;
}

/**
 * After a version conflict: the form's fields the customer did not touch (still as in `base`)
 * take the newer profile's values, the ones they edited keep their edit.
 */
export function rebaseEdits(edited: ProfileFormValues, base: Customer, latest: Customer): Partial<ProfileFormValues> {
  const before = profileFormValues(base);
  const after = profileFormValues(latest);
  const untouched = (Object.keys(after) as Array<keyof ProfileFormValues>).filter((name) => edited[name].trim() === before[name]);
  return Object.fromEntries(untouched.map((name) => [name, after[name]]));
}
