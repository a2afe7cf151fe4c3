import type { CompanySwitcherMessageKey } from './messages.js';

/** The Czech texts of `<emx-company-switcher>`, loaded when an element first speaks Czech. */
export default {
  'company-switcher.label': 'Firma',
  'company-switcher.placeholder': 'Vyberte firmu',
  'company-switcher.required': 'Vyberte prosím firmu, pro kterou nakupujete.',
  'company-switcher.switch': 'Přepnout',
  'company-switcher.switching': 'Přepínání…',
  'company-switcher.switched': 'Nyní nakupujete pro firmu {company}.',
  'company-switcher.still_active': 'Stále nakupujete pro firmu {company}.',
  'company-switcher.retry': 'Zkusit znovu',
  'company-switcher.none': 'Váš účet není propojen s žádnou firmou.',
  'legal-entity-switch.error.legal_entity_not_assigned': 'Váš účet už s touto firmou není propojen. Vyberte prosím jinou.',
} satisfies Record<CompanySwitcherMessageKey, string>;
