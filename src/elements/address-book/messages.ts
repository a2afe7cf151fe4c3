import { defineMessages, type MessagesModule } from '../shared/localize.js';
import type { SharedMessageKey } from '../shared/messages.js';

const GONE_EN = 'This address no longer exists; it may have been deleted in another window. The list has been updated.';

/**
 * Texts of `<emx-address-book>`. Failures are looked up as `<operation>.error.<code>` before the
 * shared `error.<code>`; the operations are `address-list`, `address-add`, `address-update`,
 * `address-default` and `address-delete`.
 */
export const addressBookMessages = defineMessages({
  en: {
    'addresses.heading': 'Your addresses',
    'addresses.not_configured': 'The address book is not available on this page yet.',
    'addresses.signed_out': 'Sign in to see and manage your addresses.',
    'addresses.sign_in': 'Sign in',
    'addresses.loading': 'Loading your addresses…',
    'addresses.retry': 'Try again',
    'addresses.retrying': 'Loading…',
    'addresses.empty': 'You have not saved any addresses yet.',
    'addresses.add': 'Add an address',
    'addresses.unnamed': 'Address',
    'addresses.default': 'Default address',
    'addresses.tags': 'Tags',
    'addresses.tag.BILLING': 'Billing address',
    'addresses.tag.SHIPPING': 'Shipping address',
    'addresses.phone': 'Phone: {phone}',
    'addresses.edit': 'Edit',
    'addresses.make_default': 'Make default',
    'addresses.making_default': 'Saving…',
    'addresses.delete': 'Delete',
    'addresses.cancel': 'Cancel',
    'addresses.added': 'The address has been added.',
    'addresses.saved': 'The address has been saved.',
    'addresses.unchanged': 'Nothing was changed.',
    'addresses.deleted': 'The address has been deleted.',
    'addresses.now_default': '{address} is now your default address.',
    'addresses.delete_heading': 'Delete this address?',
    'addresses.delete_confirm': 'Delete address',
    'addresses.deleting': 'Deleting…',
    'addresses.form.add_heading': 'New address',
    'addresses.form.edit_heading': 'Edit address',
    'addresses.form.contact_name': 'Name',
    'addresses.form.company': 'Company',
    'addresses.form.street': 'Street',
    'addresses.form.street_number': 'House number',
    'addresses.form.street_appendix': 'Apartment, floor, etc.',
    'addresses.form.more_lines': 'More address lines',
    'addresses.form.extra_line': 'Additional address line {number}',
    'addresses.form.zip_code': 'Postal code',
    'addresses.form.city': 'City',
    'addresses.form.state': 'State or region',
    'addresses.form.country': 'Country',
    'addresses.form.choose_country': 'Choose a country',
    'addresses.form.phone': 'Phone',
    'addresses.form.tags': 'Use this address as',
    'addresses.form.other_tags': 'Other tags',
    'addresses.form.other_tags_hint': 'Separate several tags with commas.',
    'addresses.form.save': 'Save address',
    'addresses.form.saving': 'Saving…',
    'address-update.error.resource_not_found': GONE_EN,
    'address-default.error.resource_not_found': GONE_EN,
  },
  de: (): MessagesModule => import('./messages.de.js'),
  fr: (): MessagesModule => import('./messages.fr.js'),
  it: (): MessagesModule => import('./messages.it.js'),
  es: (): MessagesModule => import('./messages.es.js'),
  nl: (): MessagesModule => import('./messages.nl.js'),
  pl: (): MessagesModule => import('./messages.pl.js'),
  pt: (): MessagesModule => import('./messages.pt.js'),
  cs: (): MessagesModule => import('./messages.cs.js'),
  sv: (): MessagesModule => import('./messages.sv.js'),
  da: (): MessagesModule => import('./messages.da.js'),
  ar: (): MessagesModule => import('./messages.ar.js'),
});

export type AddressBookMessageKey = keyof typeof addressBookMessages.en;

/** Every key the address book's parts look up: its own and the shared ones. */
export type AddressBookKey = AddressBookMessageKey | SharedMessageKey;
