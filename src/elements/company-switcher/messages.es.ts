import type { CompanySwitcherMessageKey } from './messages.js';

/** The Spanish texts of `<emx-company-switcher>`, loaded when an element first speaks Spanish. */
export default {
  'company-switcher.label': 'Empresa',
  'company-switcher.placeholder': 'Elija una empresa',
  'company-switcher.required': 'Elija la empresa para la que compra.',
  'company-switcher.switch': 'Cambiar',
  'company-switcher.switching': 'Cambiando…',
  'company-switcher.switched': 'Ahora compra para {company}.',
  'company-switcher.still_active': 'Sigue comprando para {company}.',
  'company-switcher.retry': 'Volver a intentarlo',
  'company-switcher.none': 'Su cuenta no está vinculada a ninguna empresa.',
  'legal-entity-switch.error.legal_entity_not_assigned': 'Su cuenta ya no está vinculada a esta empresa. Elija otra.',
} satisfies Record<CompanySwitcherMessageKey, string>;
