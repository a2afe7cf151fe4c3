import type { CompanySwitcherMessageKey } from './messages.js';

/** The Dutch texts of `<emx-company-switcher>`, loaded when an element first speaks Dutch. */
export default {
  'company-switcher.label': 'Bedrijf',
  'company-switcher.placeholder': 'Kies een bedrijf',
  'company-switcher.required': 'Kies het bedrijf waarvoor u inkoopt.',
  'company-switcher.switch': 'Wisselen',
  'company-switcher.switching': 'Bezig met wisselen…',
  'company-switcher.switched': 'U koopt nu in voor {company}.',
  'company-switcher.still_active': 'U koopt nog steeds in voor {company}.',
  'company-switcher.retry': 'Opnieuw proberen',
  'company-switcher.none': 'Uw account is niet aan een bedrijf gekoppeld.',
  'legal-entity-switch.error.legal_entity_not_assigned': 'Uw account is niet meer aan dit bedrijf gekoppeld. Kies een ander bedrijf.',
} satisfies Record<CompanySwitcherMessageKey, string>;
