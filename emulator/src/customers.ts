import { apiError } from './errors.ts';
import { randomAddressId } from './ids.ts';
import {
  ADDRESS_TEXT_FIELDS,
  PROFILE_TEXT_FIELDS,
  type AddressFields,
  type CustomerRecord,
  type Profile,
  type StoredAddress,
} from './store.ts';
import { isEmailAddress, type FieldReader, type JsonObject } from './validation.ts';

/** A change to text fields: a string sets, `null` removes (merge-patch), absent keeps. */
type TextPatch<K extends string> = { [Key in K]?: string | null };

export type ProfilePatch = TextPatch<(typeof PROFILE_TEXT_FIELDS)[number]> & {
  b2b?: { companyRegistrationId?: string } | null;
  mixins?: JsonObject | null;
};

export type AddressPatch = TextPatch<(typeof ADDRESS_TEXT_FIELDS)[number]> & {
  tags?: string[];
  mixins?: JsonObject | null;
  isDefault?: boolean;
};

function readTextPatch<K extends string>(fields: FieldReader, keys: readonly K[]): TextPatch<K> {
  const patch: TextPatch<K> = {};
  for (const key of keys) {
    if (fields.isNull(key)) patch[key] = null;
    else if (fields.has(key)) patch[key] = fields.string(key);
  }
  return patch;
}

function applyPatch<T extends object>(current: T, patch: object): T {
  const next = { ...current } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as T;
}

function readMixins(fields: FieldReader): { mixins?: JsonObject | null } {
  if (fields.isNull('mixins')) return { mixins: null };
  const mixins = fields.object('mixins');
  return mixins ? { mixins } : {};
}

// ---- profile ----------------------------------------------------------------------------------

export function readProfilePatch(fields: FieldReader): ProfilePatch {
  const patch: ProfilePatch = { ...readTextPatch(fields, PROFILE_TEXT_FIELDS), ...readMixins(fields) };
  if (fields.isNull('b2b')) patch.b2b = null;
  const b2b = fields.nested('b2b');
  if (b2b) patch.b2b = { companyRegistrationId: b2b.string('companyRegistrationId') };
  return patch;
}

/** The profile after `patch`; the contract's rules are checked on the result. */
export function patchProfile(current: Profile, patch: ProfilePatch, fields: FieldReader): Profile {
  const { b2b, ...rest } = patch;
  const next = applyPatch(current, rest);
  if (b2b === null) delete next.b2b;
  else if (b2b) next.b2b = { ...current.b2b, ...applyPatch({}, b2b) };
  checkProfile(current, next, fields);
  return next;
}

function checkProfile(previous: Profile, profile: Profile, fields: FieldReader): void {
  if (profile.preferredCurrency !== undefined && !/^[A-Z]{3}$/.test(profile.preferredCurrency)) {
    fields.errors.add(fields.path('preferredCurrency'), 'invalid_format', 'preferredCurrency must be an ISO 4217 code like EUR.');
  }
  if (previous.contactEmail && !profile.contactEmail) {
    fields.errors.add(fields.path('contactEmail'), 'missing_value', 'contactEmail cannot be removed once set.');
  }
  if (fields.has('contactEmail') && profile.contactEmail !== undefined && !isEmailAddress(profile.contactEmail)) {
    fields.errors.add(fields.path('contactEmail'), 'invalid_format', 'contactEmail is not a valid email address.');
  }
  // B2B customers need a name and a company (a schema note of the contract).
  if (profile.b2b?.companyRegistrationId) {
    for (const key of ['firstName', 'lastName', 'company'] as const) {
      if (!profile[key]?.trim()) {
        fields.errors.add(fields.path(key), 'missing_value', `${key} is required for a B2B customer (b2b.companyRegistrationId is set).`);
      }
    }
  }
}

/**
 * Applies the profile fields of a PATCH to `customer`, after every check passed. A `metadata.version`
 * in the body must match the stored one (optimistic locking).
 */
export function updateProfile(customer: CustomerRecord, fields: FieldReader): void {
  const version = fields.nested('metadata')?.integer('version', { min: 0, max: Number.MAX_SAFE_INTEGER });
  const profile = patchProfile(customer.profile, readProfilePatch(fields), fields);
  fields.errors.throwIfAny();
  if (version !== undefined && version !== customer.version) {
    throw apiError(409, 'version_conflict', `The profile has version ${customer.version}, the request was based on version ${version}.`);
  }
  customer.profile = profile;
  customer.version += 1;
}

function businessModel(customer: CustomerRecord): 'B2B' | 'B2C' {
  return customer.profile.b2b?.legalEntities?.length ? 'B2B' : 'B2C';
}

/** The Customer of `GET /me`. */
export function customerView(customer: CustomerRecord, expandAddresses: boolean): JsonObject {
  const { mixins = {}, ...profile } = customer.profile;
  const defaultAddress = customer.addresses.find((address) => address.isDefault);
  return {
    ...profile,
    id: customer.customerNumber,
    customerNumber: customer.customerNumber,
    accounts: [{ id: customer.loginEmail, ...(customer.providerId ? { providerId: customer.providerId } : {}) }],
    businessModel: businessModel(customer),
    mixins,
    metadata: { version: customer.version, mixins: {} },
    ...(customer.lastLogin ? { lastLogin: customer.lastLogin } : {}),
    ...(expandAddresses
      ? { addresses: customer.addresses.map(addressView), ...(defaultAddress ? { defaultAddress: addressView(defaultAddress) } : {}) }
      : {}),
  };
}

/** The CustomerForSellerDto of the tenant-managed endpoints. */
export function sellerView(customer: CustomerRecord, expand: Set<string>): JsonObject {
  const { accounts, addresses, defaultAddress, lastLogin, ...view } = customerView(customer, expand.has('addresses'));
  return {
    ...view,
    active: customer.active,
    onHold: customer.onHold,
    email: customer.loginEmail,
    metadataCreatedAt: customer.createdAt,
    ...(expand.has('accounts') ? { accounts } : {}),
    ...(expand.has('addresses') ? { addresses, defaultAddress } : {}),
  };
}

// ---- addresses --------------------------------------------------------------------------------

export function readAddressPatch(fields: FieldReader): AddressPatch {
  const patch: AddressPatch = { ...readTextPatch(fields, ADDRESS_TEXT_FIELDS), ...readMixins(fields) };
  const tags = fields.stringArray('tags');
  if (tags) patch.tags = uniqueTags(tags);
  const isDefault = fields.boolean('isDefault');
  if (isDefault !== undefined) patch.isDefault = isDefault;
  return patch;
}

function checkAddress(address: AddressFields, fields: FieldReader): void {
  if (!address.contactName?.trim()) fields.errors.add(fields.path('contactName'), 'missing_value', 'contactName is required.');
  if (address.country !== undefined && !/^[A-Z]{2}$/.test(address.country)) {
    fields.errors.add(fields.path('country'), 'invalid_format', 'country must be an ISO 3166-1 alpha-2 code like DE.');
  }
}

/** A new address from `patch`, checked; the caller stores it with `saveAddress` once no errors are left. */
export function newAddress(patch: AddressPatch, fields: FieldReader): StoredAddress {
  const { tags = [], isDefault: _isDefault, ...rest } = patch;
  const fieldsOnly = applyPatch<AddressFields>({}, rest);
  checkAddress(fieldsOnly, fields);
  return { ...fieldsOnly, id: randomAddressId(), tags, isDefault: false, version: 1 };
}

/** `address` after `patch`, checked; `tags` given replace the old ones. */
export function patchedAddress(address: StoredAddress, patch: AddressPatch, fields: FieldReader): StoredAddress {
  const { tags, isDefault: _isDefault, ...rest } = patch;
  const next = applyPatch(address, rest);
  checkAddress(next, fields);
  return { ...next, tags: tags ?? address.tags, version: address.version + 1 };
}

/** Stores a new or changed address; `isDefault: true` takes the default flag from the others. */
export function saveAddress(customer: CustomerRecord, address: StoredAddress, isDefault: boolean | undefined): void {
  const index = customer.addresses.findIndex((existing) => existing.id === address.id);
  if (index >= 0) customer.addresses[index] = address;
  else customer.addresses.push(address);
  if (isDefault === true) makeDefault(customer, address);
  if (isDefault === false) address.isDefault = false;
}

function makeDefault(customer: CustomerRecord, address: StoredAddress): void {
  for (const other of customer.addresses) other.isDefault = other === address;
}

export function uniqueTags(tags: string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))];
}

/** The AddressDto of the address endpoints. */
export function addressView(address: StoredAddress): JsonObject {
  const { version, ...fields } = address;
  return { ...fields, metadata: { version } };
}
