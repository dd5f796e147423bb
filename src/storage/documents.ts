/** Shapes of the documents stored in MongoDB. Resolvers receive these (GraphQL Code Generator mappers). */

import type { TopicKind } from '../domain/article.js';
import type { FeedDefinition } from '../domain/feed-definition.js';

export type SourceKind = 'FEED' | 'SITE' | 'DOCUMENT';
export type FetchStatus = 'OK' | 'NOT_MODIFIED' | 'ERROR';

export interface FetchOutcomeDoc {
  at: Date;
  status: FetchStatus;
  error?: string;
  itemCount: number;
  newCount: number;
  updatedCount: number;
  unchangedCount: number;
}

export interface SourceDoc {
  /** Stable id derived from the canonical URL. */
  _id: string;
  url: string;
  kind: SourceKind;
  title?: string;
  siteUrl?: string;
  /** Fetch and extract each item's page (for feeds that carry only summaries). */
  fullArticles?: boolean;
  createdAt: Date;
  lastFetch?: FetchOutcomeDoc;
  errorCount: number;
  etag?: string;
  lastModified?: string;
  /** The site's other headlines seen around its articles (page furniture), newest page's first. */
  headlines?: LinkDoc[];
  /** Polling record (src/ingest/schedule recordFetchOutcome); absent until the source is first polled. */
  health?: SourceHealthDoc;
  /** When the poller should fetch next; set once a source is subscribed (added, imported), absent for sources that only received documents. */
  nextFetchAt?: Date;
  /** The worker that holds the source (see src/storage/source-schedule-repository.ts). */
  lease?: SourceLeaseDoc;
  /** Digest of the last parsed body: an equal 200 is treated as unchanged (no parse). */
  bodyFingerprint?: string;
  /** Feed hints kept from the last parse (RSS ttl), still honoured after failures. */
  feedHints?: { ttlMinutes?: number };
  /** Publication dates of the newest items of the last parse (capped), for the publishing rate. */
  recentItemDates?: Date[];
  /** Categories from an OPML import (folder paths like `News/World`), written back on export. */
  categories?: string[];
  /** Topics the categories name (one per folder or path segment). */
  topicIds?: string[];
  /** WebSub subscription state, when the feed advertises a hub. */
  websub?: WebSubDoc;
}

export type FetchOutcomeKindDoc = 'OK' | 'NOT_MODIFIED' | 'TIMEOUT' | 'NETWORK' | 'HTTP_4XX' | 'HTTP_404_410' | 'HTTP_429' | 'HTTP_5XX' | 'PARSE_ERROR' | 'BLOCKED';

/** Stored form of the schedule's SourceHealth (same shape; storage does not import ingest). */
export interface SourceHealthDoc {
  lastFetchAt?: Date;
  lastOutcome?: FetchOutcomeKindDoc;
  lastSuccessAt?: Date;
  lastError?: { at: Date; outcome: FetchOutcomeKindDoc; grade: 'TEMPORARY' | 'HARD'; message: string; httpStatus?: number };
  errorCount: number;
  nextFetchAt: Date;
  scheduleReason: string;
  itemsPerDay: number;
  paused?: { at: Date; reason: string };
}

/** A worker's claim on a source: nobody else fetches it until `expiresAt`. */
export interface SourceLeaseDoc {
  owner: string;
  /** Unique per claim: a late write of a worker whose lease was taken over is refused (fencing). */
  token: string;
  expiresAt: Date;
}

export interface WebSubDoc {
  hub: string;
  /** The feed URL the hub knows (rel=self). */
  topic: string;
  /** HMAC key of pushed content (hub.secret). */
  secret: string;
  state: 'PENDING' | 'SUBSCRIBED' | 'DENIED' | 'FAILED';
  requestedAt: Date;
  verifiedAt?: Date;
  /** Subscription end the hub granted (hub.lease_seconds). */
  expiresAt?: Date;
  lastPushAt?: Date;
  /** Why the hub refused, or the request failed. */
  error?: string;
}

export interface SightingDoc {
  sourceId: string;
  /** The URL the source gave (before canonicalization). */
  url?: string;
  /** The feed item's guid/id, when it had one. */
  guid?: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
}

export interface ImageDoc {
  url?: string;
  caption?: string;
  credit?: string;
}

export interface LinkDoc {
  title: string;
  url?: string;
}

/** A person as mentioned in one article. */
export interface MentionDoc {
  personId: string;
  /** The identity key the mention resolved by (what a split moves). */
  key: string;
  /** The name as this article wrote it. */
  name: string;
  roles: string[];
  /** Mentions per zone. */
  zones: { TITLE: number; LEAD: number; BODY: number; CAPTION: number };
  salience: number;
}

export interface QuoteDoc {
  /** Derived from the article and the quote's text. */
  _id: string;
  articleId: string;
  /** Position in the article (0 = first quote). */
  position: number;
  text: string;
  speakerName: string;
  speakerKind: 'PERSON' | 'ORGANIZATION';
  /** Person id or topic id of the speaker. */
  speakerId: string;
  /** The article's sort date, so a speaker's quotes page newest first without a join. */
  sortDate: Date;
}

export interface ArticleDoc {
  /** Stable id derived from the article's identity key (canonical URL, else source + guid). */
  _id: string;
  /** Every identity key the article is known by (canonical URLs, `guid:<sourceId>:<guid>`); unique. */
  keys: string[];
  url?: string;
  title: string;
  summary?: string;
  bodyText?: string;
  bodyHtml?: string;
  publishedAt?: Date;
  updatedAt?: Date;
  language?: string;
  authorIds: string[];
  /** People mentioned, most salient first. */
  personIds: string[];
  /** How each mentioned person appears in the text (same order as personIds). */
  mentions: MentionDoc[];
  topicIds: string[];
  /** Sources in first-seen order. */
  sourceIds: string[];
  sightings: SightingDoc[];
  images: ImageDoc[];
  relatedLinks: LinkDoc[];
  /** Hash of the content fields; a change means the article was updated. */
  contentHash: string;
  /** Bumped by every write but a bare re-sighting: writes are compare-and-set on it. */
  revision: number;
  /** Random id of the ingest that wrote this revision (tells a writer whether its write won). */
  writeToken?: string;
  firstSeenAt: Date;
  lastChangedAt: Date;
  changeCount: number;
  /** `publishedAt ?? firstSeenAt`: the date articles sort by. */
  sortDate: Date;
  /** The story the article belongs to (set by story assignment after the article is written). */
  storyId?: string;
  /** Story-clustering fingerprint of the title and lead (see ArticleSignatureDoc). */
  signature?: ArticleSignatureDoc;
  /** The latest content changes, oldest first, at most MAX_ARTICLE_VERSIONS (src/ingest/versions.ts). */
  versions?: ArticleVersionDoc[];
}

/** What story assignment and related-story lookups need of an article, stored so neither re-reads bodies. */
export interface ArticleSignatureDoc {
  /** MinHash of the title and lead shingles. */
  minhash: number[];
  /** LSH band keys of the MinHash: indexed, near-duplicate articles share one. */
  bandKeys: string[];
  /** `person:…`, `place:…`, `org:…` keys: indexed, related-story candidates share one. */
  entityKeys: string[];
  /** Unique content tokens, title tokens first. */
  tokens: string[];
  titleTokenCount: number;
  /** Hash of the inputs the signature was computed from: an update recomputes it only when they changed. */
  inputHash: string;
}

/** One content change of an article. */
export interface ArticleVersionDoc {
  /** 1 for the first change (the article's changeCount after it). */
  version: number;
  at: Date;
  /** The source whose document brought the change. */
  sourceId: string;
  /** Names of the GraphQL fields whose value changed, e.g. `title`, `bodyText`, `topics`. */
  changedFields: string[];
}

/** One event covered by several articles; see src/storage/story-repository.ts. */
export interface StoryDoc {
  /** Derived from the id of the story's first article. */
  _id: string;
  /** Headline of the story's first article. */
  title: string;
  /** feature → number of member articles carrying it (at most ~128 features). */
  centroid: { features: Record<string, number>; size: number };
  firstSeen: Date;
  lastSeen: Date;
  /** Sources of its articles, first seen first. */
  sourceIds: string[];
  /** Member articles. */
  size: number;
  /** People mentioned by its articles, most often first (capped), with their counts in `personCounts`. */
  personIds: string[];
  personCounts: Record<string, number>;
  /** Topics of its articles, most often first (capped), with their counts in `topicCounts`. */
  topicIds: string[];
  topicCounts: Record<string, number>;
  /** Set when the story was folded into another: readers follow it, lookups skip this story. */
  mergedInto?: string;
  /** Compare-and-set counter: bumped by every write, so concurrent assigners never overwrite each other (see story-repository.ts). */
  revision?: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface PersonDoc {
  /** Derived from the first identity key. */
  _id: string;
  /** Identity keys that resolve to this person (its name's, aliases added by users, merged people's); unique. */
  keys: string[];
  name: string;
  /** Hidden by a user as a false entity: kept (so the fix survives re-ingestion) but not shown. */
  hidden?: boolean;
  /** Case- and accent-folded forms of the name and aliases, for lookup by name. */
  lookupKeys: string[];
  aliases: string[];
  createdAt: Date;
}

export interface TopicDoc {
  /** Derived from the slug. */
  _id: string;
  slug: string;
  /** Slugs that resolve to this topic (its own, merged topics'); unique. */
  keys: string[];
  hidden?: boolean;
  name: string;
  kind: TopicKind;
  aliases: string[];
  createdAt: Date;
}

export interface RelationDoc {
  /** `<fromId>:<kind>:<target key>`: one edge per pair and kind. */
  _id: string;
  fromId: string;
  /** The related article when known. */
  toId?: string;
  toUrl?: string;
  title: string;
  kind: 'SAME_STORY' | 'LINKED' | 'FOLLOW_UP' | 'SHARED_ENTITIES' | 'SIMILAR';
  score: number;
  reason: string;
  createdAt: Date;
}

export interface FeedDoc {
  /** Random, unguessable: it is also the published feed URLs' secret. */
  _id: string;
  /** Name of the API key that owns it. */
  owner: string;
  name: string;
  definition: FeedDefinition;
  createdAt: Date;
  updatedAt: Date;
}

export type EventKind = 'ARTICLE_NEW' | 'ARTICLE_UPDATED' | 'STORY_NEW_SOURCE' | 'STORIES_MERGED';

/** One change to the graph, for live subscribers. */
export interface EventDoc {
  /** Sequence number: the resume token of pollers. */
  _id: number;
  at: Date;
  kind: EventKind;
  articleId: string;
  storyId?: string;
}
