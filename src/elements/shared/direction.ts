/** The writing direction an element lays out in. */
export type Direction = 'ltr' | 'rtl';

/**
 * Scripts written right to left, for engines whose `Intl.Locale` has no text info (Firefox):
 * Adlam, Arabic, Hebrew, N'Ko, Hanifi Rohingya, Syriac, Thaana.
 */
const RTL_SCRIPTS = new Set(['adlm', 'arab', 'hebr', 'nkoo', 'rohg', 'syrc', 'thaa']);

/** Languages written right to left unless a script subtag says otherwise; `iw` and `ji` are old codes of `he` and `yi`. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** `Intl.Locale` text info: a method in newer engines, a getter in older ones (both are in the proposal's history). */
interface LocaleWithTextInfo {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

/** The direction a language is written in (`ar`, `he-IL`, `ur`, `pa-Arab` → `rtl`); `ltr` for anything else, a malformed tag included. */
export function languageDirection(lang: string): Direction {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(lang);
  } catch {
    return 'ltr';
  }
  const withInfo = locale as Intl.Locale & LocaleWithTextInfo;
  const info = typeof withInfo.getTextInfo === 'function' ? withInfo.getTextInfo() : withInfo.textInfo;
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  return listedDirection(locale);
}

/** The direction by the lists above, for engines without text info: the script subtag when there is one, else the language. */
export function listedDirection(locale: Intl.Locale): Direction {
  const script = locale.script?.toLowerCase();
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(locale.language.toLowerCase()) ? 'rtl' : 'ltr';
}

/**
 * The direction `element` lays out in: the nearest `dir="ltr"` or `dir="rtl"` (walking out of
 * shadow roots through their hosts) decides; with none, the direction of `lang`, the element's
 * language. `dir="auto"` and other values are skipped: they name no direction for the element.
 */
export function directionOf(element: Element, lang: string): Direction {
  let current: Element | null = element;
  while (current) {
    const withDir: Element | null = current.closest('[dir="ltr" i], [dir="rtl" i]');
    if (withDir) return withDir.getAttribute('dir')!.toLowerCase() as Direction;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return languageDirection(lang);
}
