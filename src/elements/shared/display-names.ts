import type { Choice } from './fields.js';
import { intlLocale } from './intl-locale.js';

/** The 249 officially assigned ISO 3166-1 alpha-2 codes (the Emporix address `country` format). */
export const COUNTRY_CODES: readonly string[] = Object.freeze(
  // Concatenated strings, which a minifier joins into one: a template literal would keep its line breaks and indentation.
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE ' +
    'BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD ' +
    'CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM ' +
    'DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF ' +
    'GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ' +
    'ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
    'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME ' +
    'MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
    'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
    'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI ' +
    'SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK ' +
    'TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
    'VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

type NameType = 'region' | 'language' | 'currency';

/** Made once per language and type: the profile and the address cards name codes on every render, and a new `Intl.DisplayNames` costs milliseconds. */
const displayNamesByLanguage = new Map<string, Intl.DisplayNames>();

function intlDisplayNames(lang: string, type: NameType): Intl.DisplayNames {
  const key = `${lang}|${type}`;
  let names = displayNamesByLanguage.get(key);
  if (!names) {
    names = new Intl.DisplayNames(intlLocale(lang), { type, fallback: 'code' });
    displayNamesByLanguage.set(key, names);
  }
  return names;
}

/**
 * Names codes in `lang` through `Intl.DisplayNames`: `name('DE')` is "Germany" in English for
 * `type: 'region'`; `language` takes `en_US` as well as `en-US`. Unknown codes come back as given.
 */
export function displayNames(lang: string, type: NameType): (code: string) => string {
  const names = intlDisplayNames(lang, type);
  return (code) => {
    try {
      return names.of(type === 'language' ? code.replace(/_/g, '-') : code) ?? code;
    } catch {
      return code;
    }
  };
}

/** Built once per language: a select re-renders with every keystroke in its form. */
const countryChoicesByLocale = new Map<string, readonly Choice[]>();

/** Every country as a select choice, named in `lang` and sorted the way that language sorts. */
export function countryChoices(lang: string): readonly Choice[] {
  const locale = intlLocale(lang);
  let choices = countryChoicesByLocale.get(locale);
  if (!choices) {
    const name = displayNames(locale, 'region');
    const collator = new Intl.Collator(locale);
    choices = Object.freeze(COUNTRY_CODES.map((code) => ({ value: code, label: name(code) })).sort((a, b) => collator.compare(a.label, b.label)));
    countryChoicesByLocale.set(locale, choices);
  }
  return choices;
}
