import type { Address, AddressInput, AddressUpdate } from '../../api/index.js';
import type { FieldValue, FormValues } from './form-controller.js';

/** The tags the kit names in every language; any other tag is shown as it is. */
export const KNOWN_TAGS = ['BILLING', 'SHIPPING'] as const;

/** The address lines after street and number, in the contract's order. */
export const EXTRA_LINES = ['extraLine1', 'extraLine2', 'extraLine3', 'extraLine4'] as const;

/**
 * The address form: every field of the Address schema, named as in the API so server
 * `details[].field` problems land on their field. `contactName` is the schema's one required
 * field; `country` is an ISO 3166-1 alpha-2 code when given. Tags are the known ones as
 * checkboxes plus free text for the shop's own.
 */
export const ADDRESS_FIELDS = {
  contactName: { required: true },
  companyName: {},
  street: {},
  streetNumber: {},
  streetAppendix: {},
  extraLine1: {},
  extraLine2: {},
  extraLine3: {},
  extraLine4: {},
  zipCode: {},
  city: {},
  state: {},
  country: { pattern: /^[A-Z]{2}$/ },
  contactPhone: {},
  tags: { initial: [] as string[] },
  otherTags: {},
} as const;

export type AddressFormValues = FormValues<typeof ADDRESS_FIELDS>;

type AddressTextField = Exclude<keyof typeof ADDRESS_FIELDS, 'tags' | 'otherTags'>;

/** The fields that are the address's own text fields, in the form's order. */
const ADDRESS_TEXT_FIELDS = (Object.keys(ADDRESS_FIELDS) as Array<keyof typeof ADDRESS_FIELDS>).filter(
  (name): name is AddressTextField => name !== 'tags' && name !== 'otherTags',
);

/**
 * `'VIP, gift ,'` → `['VIP', 'gift']`: the tag endpoints take a comma-separated list, so a tag
 * never holds a comma. The Arabic comma (U+060C, what Arabic keyboards type) separates too.
 */
function parseTags(text: string): string[] {
  return text.split(/[,\u060C]/).map((tag) => tag.trim()).filter(Boolean);
}

function isKnownTag(tag: string): boolean {
  return (KNOWN_TAGS as readonly string[]).includes(tag);
}

/** The tags the form asks for: the ticked known ones first, then the typed ones, each once. */
function tagsOf(values: AddressFormValues): string[] {
  return [...new Set([...KNOWN_TAGS.filter((tag) => values.tags.includes(tag)), ...parseTags(values.otherTags)])];
}

/** The form's starting values for editing `address`. */
export function formValuesOf(address: Address): Partial<Record<keyof typeof ADDRESS_FIELDS, FieldValue>> {
  const tags = address.tags ?? [];
  const values: Partial<Record<keyof typeof ADDRESS_FIELDS, FieldValue>> = {
    tags: tags.filter(isKnownTag),
    otherTags: tags.filter((tag) => !isKnownTag(tag)).join(', '),
  };
  for (const name of ADDRESS_TEXT_FIELDS) values[name] = address[name] ?? '';
  return values;
}

/** The body of a new address: only the fields filled in, so the stored address holds exactly those. */
export function newAddressOf(values: AddressFormValues): AddressInput {
  const address: AddressInput = {};
  for (const name of ADDRESS_TEXT_FIELDS) {
    if (values[name]) address[name] = values[name];
  }
  const tags = tagsOf(values);
  if (tags.length > 0) address.tags = tags;
  return address;
}

/** What editing `address` into `values` changes: fields for the PATCH, tags for the tag endpoints. */
export interface AddressChanges {
  /** Changed fields; a cleared field is sent as `''` (the contract's type is string, as in its own example). */
  readonly fields: AddressUpdate;
  readonly addedTags: readonly string[];
  readonly removedTags: readonly string[];
}

export function changesBetween(address: Address, values: AddressFormValues): AddressChanges {
  const fields: AddressUpdate = {};
  for (const name of ADDRESS_TEXT_FIELDS) {
    if (values[name] !== (address[name] ?? '')) fields[name] = values[name];
  }
  const before = address.tags ?? [];
  const after = tagsOf(values);
  return {
    fields,
    addedTags: after.filter((tag) => !before.includes(tag)),
    removedTags: before.filter((tag) => !after.includes(tag)),
  };
}

/** The default address first, the others in the order the server keeps them. */
export function defaultFirst(addresses: readonly Address[]): Address[] {
  return [...addresses].sort((a, b) => Number(Boolean(b.isDefault)) - Number(Boolean(a.isDefault)));
}
