const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Resolves a link against xml:base / the feed URL. Absolute URLs are returned as written (trimmed): a
 * gateway stores what the publisher wrote, and `new URL` normalisation (added trailing slashes, case)
 * would make the same link differ between two fetches with and without a base.
 */
export function resolveUrl(href: string, base: string | undefined): string {
  const trimmed = href.trim();
  if (ABSOLUTE.test(trimmed) || !base) return trimmed;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return trimmed;
  }
}
