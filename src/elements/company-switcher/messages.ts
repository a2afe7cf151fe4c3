import { defineMessages, type MessagesModule } from '../shared/localize.js';

/**
 * Texts of `<emx-company-switcher>`. `legal-entity-switch.error.<code>` refines the shared
 * `error.<code>` texts for a failed switch.
 */
export const companySwitcherMessages = defineMessages({
  en: {
    'company-switcher.label': 'Company',
    'company-switcher.placeholder': 'Choose a company',
    'company-switcher.required': 'Please choose the company you are buying for.',
    'company-switcher.switch': 'Switch',
    'company-switcher.switching': 'Switching…',
    'company-switcher.switched': 'You are now buying for {company}.',
    'company-switcher.still_active': 'You are still buying for {company}.',
    'company-switcher.retry': 'Try again',
    'company-switcher.none': 'Your account is not linked to a company.',
    'legal-entity-switch.error.legal_entity_not_assigned': 'Your account is no longer linked to this company. Please choose another one.',
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

export type CompanySwitcherMessageKey = keyof typeof companySwitcherMessages.en;
