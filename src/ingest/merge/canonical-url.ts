/**
 * The canonical form of an article URL, used as the article's identity across feeds and pages.
 * Returns undefined for anything that is not an absolute http(s) URL.
 */
export function canonicalizeUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  return url.href;
}
