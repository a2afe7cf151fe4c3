import type { CompanySwitcherMessageKey } from './messages.js';

/** The Portuguese texts of `<emx-company-switcher>`, loaded when an element first speaks Portuguese. */
export default {
  'company-switcher.label': 'Empresa',
  'company-switcher.placeholder': 'Escolha uma empresa',
  'company-switcher.required': 'Escolha a empresa para a qual está a comprar.',
  'company-switcher.switch': 'Mudar',
  'company-switcher.switching': 'A mudar…',
  'company-switcher.switched': 'Está agora a comprar para {company}.',
  'company-switcher.still_active': 'Continua a comprar para {company}.',
  'company-switcher.retry': 'Tentar novamente',
  'company-switcher.none': 'A sua conta não está associada a nenhuma empresa.',
  'legal-entity-switch.error.legal_entity_not_assigned': 'A sua conta já não está associada a esta empresa. Escolha outra.',
} satisfies Record<CompanySwitcherMessageKey, string>;
