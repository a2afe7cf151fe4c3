/** The `name=value` pairs of a fragment like `#token=abc&x=1`, kept as written. */
function fragmentPairs(hash: string): string[] {
  return hash.replace(/^#/, '').split('&').filter(Boolean);
}

function pairName(pair: string): string {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/**
 * Takes a one-time token (password reset, email change, opt-in) out of the page's URL: returns
 * its value and replaces the history entry with the URL without it, so the token is not left in
 * the history, in bookmarks or in the `Referer` of the next page. The token may come in the
 * fragment (`#token=…`, which the browser never sends to a server) or in the query (`?token=…`,
 * as Emporix's own email templates write it); the fragment wins when both are there, and both
 * are removed. Other parameters and the rest of the fragment stay. An empty parameter is removed
 * too and counts as absent.
 */
export function takeUrlParameter(name: string, view: Window = window): string | undefined {
  const url = new URL(view.location.href);
  const inQuery = url.searchParams.get(name);
  const pairs = fragmentPairs(url.hash);
  const fromFragment = pairs.find((pair) => pairName(pair) === name);
  if (inQuery === null && fromFragment === undefined) return undefined;
  if (inQuery !== null) url.searchParams.delete(name);
  if (fromFragment !== undefined) {
    const rest = pairs.filter((pair) => pairName(pair) !== name);
    url.hash = rest.join('&');
  }
  view.history.replaceState(view.history.state, '', url);
  const inFragment = fromFragment === undefined ? null : new URLSearchParams(fromFragment).get(name);
  return inFragment || inQuery || undefined;
}
