import { html, type TemplateResult } from 'lit';
import { ADDRESS_FIELDS, EXTRA_LINES, KNOWN_TAGS } from './address-values.js';
import { displayNames } from './display-names.js';
import { choiceGroup, selectField, textField, type Choice } from './fields.js';
import type { FieldBinding } from './form-controller.js';
import type { LocalizeController } from './localize.js';

/**
 * Pieces that several customer elements (sign-up, account, address book) render alike: list
 * attributes, code choices, sub-headings, the name fields and the address fields.
 */

/** A list attribute, space- or comma-separated: `titles="MR MS DR"`. */
export const wordList = { fromAttribute: (value: string | null): string[] => (value ?? '').split(/[\s,]+/).filter(Boolean) };

/** The offered codes as choices, with `extra` (the current value or a session default) added when the list lacks it. */
export function codeChoices(codes: readonly string[], extra: string | undefined, nameOf: (code: string) => string): Choice[] {
  return (extra && !codes.includes(extra) ? [...codes, extra] : codes).map((code) => ({ value: code, label: nameOf(code) }));
}

/** A currency by its name and code, e.g. "Euro (EUR)": the code is what the customer may know from prices. */
export function currencyNames(lang: string): (code: string) => string {
  const name = displayNames(lang, 'currency');
  return (code) => `${name(code)} (${code})`;
}

/** A title code's text, the shared `title.<CODE>`, or the code itself. */
export function titleName(localize: LocalizeController<string>, code: string): string {
  return code && (localize.lookup(`title.${code}`) ?? code);
}

type NameKey<Prefix extends string> = `${Prefix}.${'title' | 'title_none' | 'first_name' | 'middle_name' | 'last_name'}`;

/** Title, first, middle and last name, labelled by the element's texts `<prefix>.title`, `.title_none`, `.first_name`, …. */
export function nameFields<Prefix extends string>(
  form: { field(name: 'title' | 'firstName' | 'middleName' | 'lastName'): FieldBinding },
  localize: LocalizeController<NameKey<Prefix>>,
  prefix: Prefix,
  titles: readonly Choice[],
): TemplateResult {
  const term = (key: string) => localize.term(`${prefix}.${key}` as NameKey<Prefix>);
  return html`${selectField(form.field('title'), { label: term('title'), autocomplete: 'honorific-prefix', placeholder: term('title_none'), options: titles })}
  ${textField(form.field('firstName'), { label: term('first_name'), autocomplete: 'given-name' })}
  ${textField(form.field('middleName'), { label: term('middle_name'), autocomplete: 'additional-name' })}
  ${textField(form.field('lastName'), { label: term('last_name'), autocomplete: 'family-name' })}`;
}

/** The labels of the address fields, in the element's own words. */
export interface AddressFieldTexts {
  contactName: string;
  companyName: string;
  street: string;
  streetNumber: string;
  streetAppendix: string;
  extraLine: (number: number) => string;
  /** With it, the additional lines sit in a disclosure under this summary; without, they show in place. */
  moreLines?: string;
  zipCode: string;
  city: string;
  state: string;
  country: string;
  /** The empty country choice; left out once an address has a country, which cannot be removed. */
  noCountry: string | undefined;
  contactPhone: string;
  tags: string;
  tag: (tag: (typeof KNOWN_TAGS)[number]) => string;
  otherTags: string;
  otherTagsHint: string;
}

/**
 * Every field of an address (`ADDRESS_FIELDS`), with street and number and postcode and city
 * side by side in rows carrying `rowParts`.
 */
export function addressFields(
  form: { field(name: keyof typeof ADDRESS_FIELDS): FieldBinding },
  texts: AddressFieldTexts,
  rowParts: readonly [street: string, city: string],
  countries: readonly Choice[],
): TemplateResult {
  const text = (name: keyof typeof ADDRESS_FIELDS, label: string, autocomplete?: string) => textField(form.field(name), { label, autocomplete });
  const lines = EXTRA_LINES.map((name) => form.field(name));
  const disclosed = texts.moreLines !== undefined;
  const extraLines = lines.map((field, index) =>
    // A line in the closed disclosure is not offered to autofill, which would fill it unseen.
    textField(field, { label: texts.extraLine(index + 1), autocomplete: !disclosed && index === 0 ? 'address-line3' : undefined }),
  );
  return html`${text('contactName', texts.contactName, 'name')} ${text('companyName', texts.companyName, 'organization')}
    <div part=${rowParts[0]}>${text('street', texts.street, 'address-line1')} ${text('streetNumber', texts.streetNumber)}</div>
    ${text('streetAppendix', texts.streetAppendix, 'address-line2')}
    ${disclosed
      ? html`<details part="more-lines" ?open=${lines.some((field) => field.value !== '' || field.error)}>
          <summary part="more-lines-toggle">${texts.moreLines}</summary>
          ${extraLines}
        </details>`
      : extraLines}
    <div part=${rowParts[1]}>${text('zipCode', texts.zipCode, 'postal-code')} ${text('city', texts.city, 'address-level2')}</div>
    ${text('state', texts.state, 'address-level1')}
    ${selectField(form.field('country'), { label: texts.country, autocomplete: 'country', options: countries, placeholder: texts.noCountry })}
    ${textField(form.field('contactPhone'), { label: texts.contactPhone, type: 'tel', autocomplete: 'tel' })}
    ${choiceGroup(form.field('tags'), { label: texts.tags, options: KNOWN_TAGS.map((tag) => ({ value: tag, label: texts.tag(tag) })) })}
    ${textField(form.field('otherTags'), { label: texts.otherTags, hint: texts.otherTagsHint })}`;
}
