/** The normalized feed model every format parser produces (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed). */

export type FeedFormat = 'rss' | 'atom' | 'json';

/** Version tags in the style of feedparser: rss090, rss091u, rss091n, rss092, rss093, rss094, rss10, rss20, atom03, atom10, json10, json11. */
export type FeedVersion = string;

export interface FeedPerson {
  name: string;
  email?: string;
  url?: string;
}

export interface FeedLink {
  href: string;
  /** Atom rel; `alternate` when the format does not say. */
  rel: string;
  type?: string;
  title?: string;
  length?: number;
  /** Language of the linked resource (Atom hreflang). */
  hreflang?: string;
}

export interface FeedEnclosure {
  url: string;
  type?: string;
  length?: number;
}

export interface FeedImage {
  url: string;
  title?: string;
  link?: string;
  /** RSS image width/height in pixels and its description (tooltip), when given. */
  width?: number;
  height?: number;
  description?: string;
}

/** What made the feed: Atom `generator` (name, uri, version) or RSS `generator` / admin:generatorAgent. */
export interface GeneratorDetail {
  name?: string;
  url?: string;
  version?: string;
}

/** iTunes podcast flags a gateway must honour (a blocked show or episode is not to be listed). */
export interface PodcastInfo {
  /** itunes:block is exactly `yes`. */
  block?: boolean;
  /** itunes:explicit: true (yes/explicit/true), false (clean/no/false), null for any other value. */
  explicit?: boolean | null;
  /** itunes:duration as written (`3:00`, `180`). */
  duration?: string;
  subtitle?: string;
  /** itunes:owner (name, email). */
  owner?: FeedPerson;
  /** itunes:new-feed-url: the podcast moved. */
  newFeedUrl?: string;
}

/** A GeoRSS / GML location in GeoJSON form: coordinates are [longitude, latitude(, elevation)]. */
export interface GeoShape {
  type: 'Point' | 'LineString' | 'Polygon' | 'Box';
  coordinates: number[] | number[][] | number[][][];
}

/** Podlove Simple Chapters: a chapter mark of an episode. */
export interface Chapter {
  /** Normal play time as written (`00:00:00.000`). */
  start: string;
  /** `start` in seconds, when it is a valid play time. */
  startSeconds?: number;
  title: string;
  href?: string;
  image?: string;
}

/** Date fields exactly as the feed wrote them (the parsed Date loses how the publisher said it). */
export interface RawDates {
  published?: string;
  updated?: string;
  created?: string;
  expires?: string;
  /** dcterms:valid start and end. */
  validFrom?: string;
  validUntil?: string;
}

/** Feed head data beyond what the gateway shows: kept so nothing the publisher said is lost. */
export interface FeedExtensions {
  /** dc:publisher, RSS webMaster or itunes:owner. */
  publisher?: FeedPerson;
  generator?: GeneratorDetail;
  /** Atom icon (square, small) and logo (wide); `image` holds whichever is the feed's picture. */
  icon?: string;
  logo?: string;
  /** RSS `docs`: the format documentation URL. */
  docs?: string;
  /** RSS `cloud` (rssCloud push notification endpoint). */
  cloud?: { domain?: string; port?: string; path?: string; registerProcedure?: string; protocol?: string };
  /** RSS `textInput` (a search box). */
  textInput?: { title?: string; description?: string; name?: string; link?: string };
  /** Atom 0.3 `info`: a note about the feed for people who open it in a browser. */
  info?: TextDetail;
  /** RSS `rating`: the channel's PICS content rating (parental filters read it). */
  rating?: string;
  /** RSS 1.0: the channel's rdf:about, the URI the feed names itself by. */
  about?: string;
  podcast?: PodcastInfo;
  rawDates?: RawDates;
  /** Atom threading at feed level (a comments feed answering one post). */
  inReplyTo?: InReplyTo[];
  /** dcterms:created and dcterms:valid (start/end) of the feed. */
  createdAt?: Date;
  validFrom?: Date;
  validUntil?: Date;
}

/** Item data beyond what the gateway shows. */
export interface ItemExtensions {
  publisher?: FeedPerson;
  podcast?: PodcastInfo;
  rawDates?: RawDates;
  createdAt?: Date;
  /** RSS expirationDate: the item should not be shown after this. */
  expiresAt?: Date;
  /** Creative Commons license URL (cc:license, creativeCommons:license). */
  license?: string;
  /** wfw:commentRss (the comments' feed) and wfw:comment (where to post one). */
  commentsFeed?: string;
  commentApi?: string;
  geo?: GeoShape;
  chapters?: Chapter[];
  /** Atom content `src`: the content lives at this URL. */
  contentSource?: string;
  /** Atom 0.3 allowed several `content` elements (alternative forms); those after the first, in order. */
  otherContents?: TextDetail[];
  /** The item's URL is its RSS guid (a permalink guid and no `<link>`). */
  guidIsLink?: boolean;
  /** media:thumbnail pictures (item-level and in media:group), in document order. */
  mediaThumbnails?: MediaReference[];
  /** media:player: a page or embed URL that plays the item's media. */
  mediaPlayer?: MediaReference;
  /** Atom threading (RFC 4685) thr:in-reply-to: what this entry (a comment) answers. */
  inReplyTo?: InReplyTo[];
}

/** A Media RSS reference (thumbnail, player) with its pixel size when given. */
export interface MediaReference {
  url: string;
  width?: number;
  height?: number;
}

/** RFC 4685 thr:in-reply-to: `ref` is the id of the resource replied to, `href` where to read it. */
export interface InReplyTo {
  ref?: string;
  href?: string;
  type?: string;
  source?: string;
}

/** HTTP cache validators the feed was served with, kept for the next conditional GET. */
export interface HttpValidators {
  etag?: string;
  /** Last-Modified as sent. */
  lastModified?: string;
  /** Last-Modified parsed, when it is a valid date. */
  lastModifiedAt?: Date;
}

/**
 * How a text field was written in the source, before it became plain text: markup kept in titles
 * (`<i>` for a publication's name), the field's own language and the base its links resolve against.
 */
export interface TextDetail {
  /** `text`: value is literal text; `html`: sanitized HTML (escaped HTML in the source); `xhtml`: sanitized HTML from inline XHTML. */
  type: 'text' | 'html' | 'xhtml';
  value: string;
  /** xml:lang in effect for the element. */
  language?: string;
  /** xml:base (or document URL) in effect for the element. */
  base?: string;
  /** The `type` attribute as written when it names a media type beyond text/html/xhtml (Atom 0.3, RSS 0.93 descriptions). */
  mediaType?: string;
}

/**
 * Where an item first appeared (RSS `<source url>`, Atom `<source>`): the real publisher when a feed
 * aggregates others (news aggregators, planets).
 */
export interface FeedSource {
  title?: string;
  /** The source's home page. */
  url?: string;
  /** The source's own feed. */
  feedUrl?: string;
  id?: string;
  links?: FeedLink[];
  authors?: FeedPerson[];
  /** The source feed's head, as far as the entry copied it (Atom source). */
  description?: string;
  copyright?: string;
  generator?: GeneratorDetail;
  icon?: string;
  logo?: string;
  updatedAt?: Date;
  contributors?: FeedPerson[];
  categoryDetails?: FeedCategory[];
  details?: { title?: TextDetail; description?: TextDetail; copyright?: TextDetail };
}

/** A category with its taxonomy: RSS `domain`, Atom `scheme`/`label`, media:category, itunes:category. */
export interface FeedCategory {
  term: string;
  scheme?: string;
  label?: string;
}

/** A recoverable problem met while parsing: the result is kept, the warning says what was odd (feedparser's bozo). */
export interface ParseWarning {
  message: string;
  line?: number;
  column?: number;
}

export interface FeedItem {
  /** guid / atom:id / JSON `id`, as given. */
  id?: string;
  /** Absolute URL of the item's page (relative links resolved). */
  url?: string;
  /** Plain text. */
  title?: string;
  /** Plain text summary (description / atom:summary / summary). */
  summary?: string;
  /** Sanitized HTML of the summary when the source had markup. */
  summaryHtml?: string;
  /** Sanitized HTML of the full content (content:encoded / atom:content / content_html). */
  contentHtml?: string;
  publishedAt?: Date;
  updatedAt?: Date;
  authors: FeedPerson[];
  /** Other people credited (Atom contributor, dc:contributor), when the feed names any. */
  contributors?: FeedPerson[];
  /** Category terms / labels as given (trimmed, de-duplicated). */
  categories: string[];
  /** The categories with scheme and label, present when the feed gives a scheme or label for any. */
  categoryDetails?: FeedCategory[];
  enclosures: FeedEnclosure[];
  links: FeedLink[];
  image?: FeedImage;
  language?: string;
  /** Original publisher of an aggregated item. */
  source?: FeedSource;
  /** The item's own rights statement (Atom entry rights, dc:rights), when it has one. */
  copyright?: string;
  /** Source form of the text fields (see TextDetail). */
  details?: { title?: TextDetail; summary?: TextDetail; content?: TextDetail; copyright?: TextDetail };
  extensions?: ItemExtensions;
}

export interface NormalizedFeed {
  format: FeedFormat;
  version: FeedVersion;
  /** The feed's own identifier (atom:id), when it gives one. */
  id?: string;
  title?: string;
  description?: string;
  /** The site's home page. */
  link?: string;
  /** The feed's own URL (rel=self / feed_url) when it says so. */
  feedUrl?: string;
  links: FeedLink[];
  language?: string;
  publishedAt?: Date;
  updatedAt?: Date;
  authors: FeedPerson[];
  /** Other people credited (Atom contributor, dc:contributor), when the feed names any. */
  contributors?: FeedPerson[];
  categories: string[];
  /** The categories with scheme and label, present when the feed gives a scheme or label for any. */
  categoryDetails?: FeedCategory[];
  image?: FeedImage;
  copyright?: string;
  generator?: string;
  /** RSS `ttl`: minutes the publisher asks readers to cache the feed (a polling hint). */
  ttlMinutes?: number;
  /** Polling hints the feed gives (RSS `ttl`, `skipHours`, `skipDays`, `sy:updatePeriod`/`updateFrequency`). */
  schedule?: { ttlMinutes?: number; skipHours?: number[]; skipDays?: string[]; updatePeriodMinutes?: number };
  items: FeedItem[];
  warnings: ParseWarning[];
  /** Source form of the text fields (see TextDetail). */
  details?: { title?: TextDetail; description?: TextDetail; copyright?: TextDetail };
  /** Character encoding the bytes were decoded with (lower-case label, e.g. utf-8, utf-16le, windows-1252); absent for string input. */
  encoding?: string;
  extensions?: FeedExtensions;
  /** ETag / Last-Modified from the HTTP headers passed in, when present. */
  http?: HttpValidators;
}
