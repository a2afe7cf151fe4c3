import type { CompanySwitcherMessageKey } from './messages.js';

/** The Italian texts of `<emx-company-switcher>`, loaded when an element first speaks Italian. */
export default {
  'company-switcher.label': 'Azienda',
  'company-switcher.placeholder': 'Scelga un’azienda',
  'company-switcher.required': 'Scelga l’azienda per cui sta acquistando.',
  'company-switcher.switch': 'Cambia',
  'company-switcher.switching': 'Cambio in corso…',
  'company-switcher.switched': 'Ora sta acquistando per {company}.',
  'company-switcher.still_active': 'Sta ancora acquistando per {company}.',
  'company-switcher.retry': 'Riprova',
  'company-switcher.none': 'Il Suo account non è collegato a nessuna azienda.',
  'legal-entity-switch.error.legal_entity_not_assigned': 'Il Suo account non è più collegato a questa azienda. Ne scelga un’altra.',
} satisfies Record<CompanySwitcherMessageKey, string>;
