import type { CompanySwitcherMessageKey } from './messages.js';

/** The French texts of `<emx-company-switcher>`, loaded when an element first speaks French. */
export default {
  'company-switcher.label': 'Entreprise',
  'company-switcher.placeholder': 'Choisissez une entreprise',
  'company-switcher.required': 'Veuillez choisir l’entreprise pour laquelle vous achetez.',
  'company-switcher.switch': 'Changer',
  'company-switcher.switching': 'Changement…',
  'company-switcher.switched': 'Vous achetez désormais pour {company}.',
  'company-switcher.still_active': 'Vous achetez toujours pour {company}.',
  'company-switcher.retry': 'Réessayer',
  'company-switcher.none': 'Votre compte n’est lié à aucune entreprise.',
  'legal-entity-switch.error.legal_entity_not_assigned': 'Votre compte n’est plus lié à cette entreprise. Veuillez en choisir une autre.',
} satisfies Record<CompanySwitcherMessageKey, string>;
