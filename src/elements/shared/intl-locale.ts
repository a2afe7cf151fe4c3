/** Resolved once per tag: texts, names and numbers ask for it on every render. */
const locales = new Map<string, string>();

/**
 * The locale for `Intl` calls in the language of an element: `de_DE` (the Emporix spelling) →
 * `de-DE`. A tag Intl rejects (a shop's typo in `lang`) or has no data for becomes `'en'`, the
 * texts' fallback: otherwise Intl would throw a RangeError, or quietly use the browser's language.
 */
export function intlLocale(lang: string): string {
  let locale = locales.get(lang);
  if (locale === undefined) {
    try {
      const [canonical] = Intl.getCanonicalLocales(lang.replace(/_/g, '-'));
      locale = canonical !== undefined && Intl.NumberFormat.supportedLocalesOf(canonical).length > 0 ? canonical : 'en';
    } catch {
      locale = 'en';
    }
    locales.set(lang, locale);
  }
  return locale;
}
