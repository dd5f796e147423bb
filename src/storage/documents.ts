/** Shapes of the documents stored in MongoDB. Resolvers receive these (GraphQL Code Generator mappers). */

import type { TopicKind } from '../domain/article.js';

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
  firstSeenAt: Date;
  lastChangedAt: Date;
  changeCount: number;
  /** `publishedAt ?? firstSeenAt`: the date articles sort by. */
  sortDate: Date;
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
