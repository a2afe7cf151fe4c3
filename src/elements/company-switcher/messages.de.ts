import type { CompanySwitcherMessageKey } from './messages.js';

/** The German texts of `<emx-company-switcher>`, loaded when an element first speaks German. */
export default {
  'company-switcher.label': 'Firma',
  'company-switcher.placeholder': 'Firma auswählen',
  'company-switcher.required': 'Bitte wählen Sie die Firma, für die Sie einkaufen.',
  'company-switcher.switch': 'Wechseln',
  'company-switcher.switching': 'Wird gewechselt…',
  'company-switcher.switched': 'Sie kaufen jetzt für {company} ein.',
  'company-switcher.still_active': 'Sie kaufen weiterhin für {company} ein.',
  'company-switcher.retry': 'Erneut versuchen',
  'company-switcher.none': 'Ihr Konto ist mit keiner Firma verknüpft.',
  'legal-entity-switch.error.legal_entity_not_assigned': 'Ihr Konto ist nicht mehr mit dieser Firma verknüpft. Bitte wählen Sie eine andere.',
} satisfies Record<CompanySwitcherMessageKey, string>;
