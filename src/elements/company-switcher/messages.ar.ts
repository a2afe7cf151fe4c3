import type { CompanySwitcherMessageKey } from './messages.js';

/** The Arabic texts of `<emx-company-switcher>`, loaded when an element first speaks Arabic. */
export default {
  'company-switcher.label': 'الشركة',
  'company-switcher.placeholder': 'اختر شركة',
  'company-switcher.required': 'يُرجى اختيار الشركة التي تشتري لصالحها.',
  'company-switcher.switch': 'تبديل',
  'company-switcher.switching': 'جارٍ التبديل…',
  'company-switcher.switched': 'أنت تشتري الآن لصالح {company}.',
  'company-switcher.still_active': 'ما زلت تشتري لصالح {company}.',
  'company-switcher.retry': 'إعادة المحاولة',
  'company-switcher.none': 'حسابك غير مرتبط بأي شركة.',
  'legal-entity-switch.error.legal_entity_not_assigned': 'لم يعد حسابك مرتبطًا بهذه الشركة. يُرجى اختيار شركة أخرى.',
} satisfies Record<CompanySwitcherMessageKey, string>;
