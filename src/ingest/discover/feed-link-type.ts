export type DiscoveredFeedType = 'rss' | 'atom' | 'json';

const MEDIA_TYPES: Record<string, DiscoveredFeedType> = {
  'application/rss+xml': 'rss',
  'application/x-rss+xml': 'rss',
  'application/rdf+xml': 'rss',
  'text/rss+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/x.atom+xml': 'atom',
  'application/x-atom+xml': 'atom',
  'application/feed+json': 'json',
};

/** Paths that are JSON APIs, not feeds, although pages link them as `alternate` `application/json` (WordPress REST, oEmbed). */
const JSON_API_PATH = /\/(wp-json|oembed)(\/|$)|[?&]rest_route=/i;
const FEEDISH_PATH = /(rss|rdf|atom|feed)/i;

/**
 * The feed format an alternate link advertises, or undefined when it is no feed. JSON Feed 1.0 told sites
 * to use plain `application/json`, which WordPress also uses for its REST API on every page, so that type
 * counts only for URLs that look like a feed (`feed` in the path or a `.json` file) outside `/wp-json/`.
 * Generic XML types count when the URL names a feed format.
 */
export function feedTypeOfLink(mediaType: string | undefined, url: URL): DiscoveredFeedType | undefined {
  const type = mediaType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const known = MEDIA_TYPES[type];
  if (known) return known;
  const where = url.pathname + url.search;
  if (type === 'application/json') {
    if (JSON_API_PATH.test(where)) return undefined;
    return /feed/i.test(where) || /\.json$/i.test(url.pathname) ? 'json' : undefined;
  }
  if (type === 'text/xml' || type === 'application/xml') {
    if (!FEEDISH_PATH.test(where)) return undefined;
    return /atom/i.test(where) ? 'atom' : 'rss';
  }
  return undefined;
}

/** Format guessed from a URL alone (`rel="feed"` links without a type). */
export function feedTypeFromUrl(url: URL): DiscoveredFeedType {
  if (/\.json$|[/.]json[/?]|feed\.json|format=json/i.test(url.pathname + url.search)) return 'json';
  if (/atom/i.test(url.pathname + url.search)) return 'atom';
  return 'rss';
}
