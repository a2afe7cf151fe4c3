/** The `*-href` values already warned about, so a re-render does not repeat the warning. */
const warnedAbout = new Set<string>();

/**
 * Whether a `*-href` attribute may become a link: a relative, `http:` or `https:` URL, resolved
 * against `document.baseURI` the way the browser resolves the link. Anything else (`javascript:`,
 * `data:`, `vbscript:`, a malformed URL) is refused, since a link the kit renders runs with the
 * shop's origin when clicked; it is reported once on the console, and the element falls back to
 * its `emx-navigate` button.
 */
export function isNavigableHref(href: string, base: string = document.baseURI): boolean {
  let protocol: string | undefined;
  try {
    protocol = new URL(href, base).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol === 'http:' || protocol === 'https:') return true;
  if (!warnedAbout.has(href)) {
    warnedAbout.add(href);
    console.warn(`emx elements: ignoring the link "${href}": only relative, http: and https: URLs are followed; the element fires emx-navigate instead.`);
  }
  return false;
}
