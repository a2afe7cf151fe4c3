import type { CompanySwitcherMessageKey } from './messages.js';

/** The Danish texts of `<emx-company-switcher>`, loaded when an element first speaks Danish. */
export default {
  'company-switcher.label': 'Virksomhed',
  'company-switcher.placeholder': 'Vælg en virksomhed',
  'company-switcher.required': 'Vælg den virksomhed, du handler for.',
  'company-switcher.switch': 'Skift',
  'company-switcher.switching': 'Skifter…',
  'company-switcher.switched': 'Du handler nu for {company}.',
  'company-switcher.still_active': 'Du handler stadig for {company}.',
  'company-switcher.retry': 'Prøv igen',
  'company-switcher.none': 'Din konto er ikke knyttet til en virksomhed.',
  'legal-entity-switch.error.legal_entity_not_assigned': 'Din konto er ikke længere knyttet til denne virksomhed. Vælg en anden.',
} satisfies Record<CompanySwitcherMessageKey, string>;
