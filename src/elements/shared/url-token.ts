/**
 * Takes a one-time token (password reset, email change, opt-in) out of the page's URL: returns
 * its value and replaces the history entry with the URL without it, so the token is not left in
 * the history, in bookmarks or in the `Referer` of the next page. Other parameters and the hash
 * stay. An empty parameter is removed too and counts as absent.
 */
export function takeUrlParameter(name: string, view: Window = window): string | undefined {
  const url = new URL(view.location.href);
  const value = url.searchParams.get(name);
  if (value === null) return undefined;
  url.searchParams.delete(name);
  view.history.replaceState(view.history.state, '', url);
  return value || undefined;
}
