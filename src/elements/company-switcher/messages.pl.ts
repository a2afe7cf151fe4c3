import type { CompanySwitcherMessageKey } from './messages.js';

/** The Polish texts of `<emx-company-switcher>`, loaded when an element first speaks Polish. */
export default {
  'company-switcher.label': 'Firma',
  'company-switcher.placeholder': 'Wybierz firmę',
  'company-switcher.required': 'Wybierz firmę, dla której dokonujesz zakupów.',
  'company-switcher.switch': 'Przełącz',
  'company-switcher.switching': 'Przełączanie…',
  'company-switcher.switched': 'Teraz kupujesz dla firmy {company}.',
  'company-switcher.still_active': 'Nadal kupujesz dla firmy {company}.',
  'company-switcher.retry': 'Spróbuj ponownie',
  'company-switcher.none': 'Twoje konto nie jest powiązane z żadną firmą.',
  'legal-entity-switch.error.legal_entity_not_assigned': 'Twoje konto nie jest już powiązane z tą firmą. Wybierz inną.',
} satisfies Record<CompanySwitcherMessageKey, string>;
