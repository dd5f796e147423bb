/** The small model every feed format is written from: one feed of articles, already chosen and ordered. */

export interface PublishedFeed {
  /** Stable feed id (the `<id>` in `/feeds/<id>.rss`). */
  id: string;
  title: string;
  description?: string;
  /** The page the feed stands for (a dashboard or the site's home). */
  homeUrl: string;
  /** Absolute URLs the feed is served at, one per format (each format's self link). */
  feedUrls: { rss: string; atom: string; json: string };
  /** When the feed's content last changed (Atom `updated`, RSS `lastBuildDate`, HTTP Last-Modified). */
  updatedAt: Date;
  /** BCP 47 tag, e.g. `en` or `en-GB`. */
  language?: string;
  /** Who publishes the feed; Atom needs an author for entries that have none (default: the feed's title). */
  author?: { name: string; url?: string };
  items: PublishedItem[];
}

export interface PublishedItem {
  /** Stable, e.g. the article's global id or URL. */
  id: string;
  url?: string;
  /** Plain text. */
  title: string;
  /** Plain text. */
  summary?: string;
  /** Sanitized HTML of the article body. */
  contentHtml?: string;
  publishedAt?: Date;
  updatedAt?: Date;
  authors: { name: string }[];
  categories: string[];
  /** Absolute URL of the lead image. */
  image?: string;
}

/** A date a feed can carry: invalid dates (NaN) are left out rather than written as "Invalid Date". */
export function validDate(date: Date | undefined): Date | undefined {
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** The feed's own date must exist: every format needs it, so a broken one is a caller bug worth a clear error. */
export function feedUpdatedAt(feed: PublishedFeed): Date {
  const date = validDate(feed.updatedAt);
  if (!date) throw new RangeError(`feed "${feed.id}": updatedAt is not a valid date`);
  return date;
}

/** An absolute IRI (`scheme:rest`), which Atom requires of ids. */
export function isAbsoluteIri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(value);
}

/** What the feeds name as their generator. */
export const GENERATOR = 'Newsgraph';
