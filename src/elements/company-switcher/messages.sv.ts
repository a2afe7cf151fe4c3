import type { CompanySwitcherMessageKey } from './messages.js';

/** The Swedish texts of `<emx-company-switcher>`, loaded when an element first speaks Swedish. */
export default {
  'company-switcher.label': 'Företag',
  'company-switcher.placeholder': 'Välj ett företag',
  'company-switcher.required': 'Välj det företag du handlar för.',
  'company-switcher.switch': 'Byt',
  'company-switcher.switching': 'Byter…',
  'company-switcher.switched': 'Du handlar nu för {company}.',
  'company-switcher.still_active': 'Du handlar fortfarande för {company}.',
  'company-switcher.retry': 'Försök igen',
  'company-switcher.none': 'Ditt konto är inte kopplat till något företag.',
  'legal-entity-switch.error.legal_entity_not_assigned': 'Ditt konto är inte längre kopplat till det här företaget. Välj ett annat.',
} satisfies Record<CompanySwitcherMessageKey, string>;
