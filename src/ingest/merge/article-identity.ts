import { chooseCanonicalUrl, urlIdentityKey } from './canonical-url.js';

/** One time an article was seen: as a feed item or as a fetched page. Every sighting is kept. */
export interface ArticleSighting {
  kind: 'FEED_ITEM' | 'PAGE';
  /** The feed's URL for a feed item; the fetched URL for a page. */
  via: string;
  /** The item's link or the page's fetched URL. */
  url?: string;
  /** Feed item guid / atom:id / JSON Feed id. */
  guid?: string;
  relCanonical?: string;
  ogUrl?: string;
  seenAt: Date;
}

export interface ArticleIdentity {
  /** The URL the article is known by (see chooseCanonicalUrl), when any URL is known. */
  canonicalUrl?: string;
  /** Lookup keys, strongest first: `url:<identity key>` then `guid:<scope>#<guid>`. Storage indexes them (unique per key). */
  keys: string[];
}

/**
 * GUIDs are unique only in practice within one publisher ("12345" appears in thousands of feeds), so a
 * plain guid is scoped by the feed's host. URL-shaped guids are treated as URLs, and tag:/urn: ids are
 * globally unique by construction.
 */
function guidKey(guid: string, via: string): string | undefined {
  const trimmed = guid.trim();
  if (!trimmed) return undefined;
  const asUrl = /^https?:\/\//i.test(trimmed) ? urlIdentityKey(trimmed) : undefined;
  if (asUrl) return `url:${asUrl}`;
  if (/^(tag|urn):/i.test(trimmed)) return `guid:${trimmed}`;
  let scope: string;
  try {
    scope = new URL(via).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    scope = via.trim().toLowerCase();
  }
  return `guid:${scope}#${trimmed}`;
}

/**
 * The identity of the article behind a sighting: its canonical URL and every key that may find it again
 * (the canonical URL, the URL it was reached by when different, the feed guid). Two sightings are the same
 * article when they share any key.
 */
export function articleIdentity(sighting: ArticleSighting): ArticleIdentity {
  const keys: string[] = [];
  const push = (key: string | undefined): void => {
    if (key && !keys.includes(key)) keys.push(key);
  };
  let canonicalUrl: string | undefined;
  if (sighting.url) {
    canonicalUrl = chooseCanonicalUrl({ url: sighting.url, relCanonical: sighting.relCanonical, ogUrl: sighting.ogUrl });
    if (canonicalUrl) push(`url:${urlIdentityKey(canonicalUrl)}`);
    const reached = urlIdentityKey(sighting.url);
    if (reached) push(`url:${reached}`);
  }
  if (sighting.guid) push(guidKey(sighting.guid, sighting.via));
  return canonicalUrl ? { canonicalUrl, keys } : { keys };
}

/** An article already stored, as found by one of the incoming keys. */
export interface KnownArticle {
  articleId: string;
  keys: string[];
}

export type ArticleMatch =
  | { kind: 'EXISTING'; articleId: string; matchedKey: string; addKeys: string[] }
  | { kind: 'NEW' };

/**
 * Which stored article (found by the identity keys) a sighting belongs to. The strongest shared key wins
 * (the canonical URL over a secondary URL over a guid); ties go to the smaller id so the choice is stable.
 * `addKeys` are the incoming keys the stored article lacks: storing them lets the next sighting through
 * another feed or an AMP link find it in one lookup.
 */
export function matchArticle(identity: ArticleIdentity, known: readonly KnownArticle[]): ArticleMatch {
  for (const key of identity.keys) {
    const hits = known.filter((a) => a.keys.includes(key)).sort((a, b) => (a.articleId < b.articleId ? -1 : 1));
    const hit = hits[0];
    if (hit) return { kind: 'EXISTING', articleId: hit.articleId, matchedKey: key, addKeys: identity.keys.filter((k) => !hit.keys.includes(k)) };
  }
  return { kind: 'NEW' };
}

/**
 * The article's sightings with one more; a repeat of the same (kind, via, url, guid) keeps its first time,
 * so ingesting a feed twice changes nothing. Sorted by time, oldest first.
 */
export function addSighting(sightings: readonly ArticleSighting[], sighting: ArticleSighting): ArticleSighting[] {
  const same = (s: ArticleSighting): boolean =>
    s.kind === sighting.kind && s.via === sighting.via && s.url === sighting.url && s.guid === sighting.guid;
  const existing = sightings.find(same);
  const rest = sightings.filter((s) => !same(s));
  const kept = existing && existing.seenAt <= sighting.seenAt ? existing : sighting;
  return [...rest, kept].sort((a, b) => a.seenAt.getTime() - b.seenAt.getTime());
}
