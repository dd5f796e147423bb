import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ArticleDoc, PersonDoc, TopicDoc, SourceDoc, FetchOutcomeDoc, ImageDoc, RelationDoc, StoryDoc, ArticleVersionDoc, QuoteDoc, LinkDoc, WebSubDoc, FeedDoc, MentionDoc } from '../storage/documents.js';
import type { ConnectionModel, FeedConnectionModel, FacetsModel, FacetModel, SearchHitModel, SearchConnectionModel, TrendModel, PersonRoleModel, QuoteConnectionModel, ArticleConnectionModel, PersonConnectionModel, TopicConnectionModel, SourceConnectionModel } from '../connection.js';
import type { FeedUpdateModel } from '../live/feed-updates.js';
import type { GraphContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 date-time with zone, e.g. `2023-05-04T09:24:00.000Z`. Always serialized in UTC. */
  DateTime: { input: Date; output: Date; }
};

/** Result of `addSource`. */
export type AddSourcePayload = {
  __typename?: 'AddSourcePayload';
  /** True when the source did not exist before. */
  created: Scalars['Boolean']['output'];
  /** Why the input was refused, if it was. */
  errors: Array<UserError>;
  /** The source (existing or new); null when the input was refused. */
  source?: Maybe<Source>;
};

/** A news article: one story as published by one outlet, merged from every place it was seen (feeds, pages). */
export type Article = Node & {
  __typename?: 'Article';
  /** The people who wrote it (bylines and feed authors), in byline order. */
  authors: Array<Person>;
  /** The article body as sanitized HTML (no scripts, event handlers or styles). */
  bodyHtml?: Maybe<Scalars['String']['output']>;
  /** The article body as plain text, paragraphs separated by blank lines. Null when only a summary is known. */
  bodyText?: Maybe<Scalars['String']['output']>;
  /** How many times the article's content changed after it was first seen. */
  changeCount: Scalars['Int']['output'];
  /** When the gateway first saw the article. */
  firstSeenAt: Scalars['DateTime']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Images attached to the article (enclosures, lead image), with caption and credit where known. */
  images: Array<ArticleImage>;
  /** BCP 47 language tag, e.g. `en` or `en-GB`. */
  language?: Maybe<Scalars['String']['output']>;
  /** When the gateway last saw a change in the article's content. */
  lastChangedAt: Scalars['DateTime']['output'];
  /** How each mentioned person appears in the article, most salient first. */
  mentions: Array<PersonMention>;
  /** People mentioned in the article, most salient first. */
  people: Array<Person>;
  /** When the outlet first published it. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Quotes in the article, in text order. */
  quotes: Array<Quote>;
  /** Other stories this article is related to, best first. */
  related: Array<RelatedStory>;
  /** The source the article was first seen in. */
  source?: Maybe<Source>;
  /** Every source (feed or site) the article was seen in, first seen first. */
  sources: Array<Source>;
  /** The story (event) the article belongs to; null until it has been assigned. */
  story?: Maybe<Story>;
  /** Short plain-text summary or standfirst. */
  summary?: Maybe<Scalars['String']['output']>;
  /** Headline as plain text. */
  title: Scalars['String']['output'];
  /** What the article is about: the outlet's categories and tags, places, organizations, subjects. */
  topics: Array<Topic>;
  /** When the outlet last updated it, if it says so. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Canonical URL of the article (tracking parameters and fragments removed). */
  url?: Maybe<Scalars['String']['output']>;
  /** The article's latest content changes, newest first (the last 50 are kept). */
  versions: Array<ArticleVersion>;
};


/** A news article: one story as published by one outlet, merged from every place it was seen (feeds, pages). */
export type ArticleRelatedArgs = {
  first?: Scalars['Int']['input'];
};


/** A news article: one story as published by one outlet, merged from every place it was seen (feeds, pages). */
export type ArticleVersionsArgs = {
  first?: Scalars['Int']['input'];
};

/** A page of articles. */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The articles of this page, with their cursors. */
  edges: Array<ArticleEdge>;
  /** The articles of this page. */
  nodes: Array<Article>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many articles match the filter in all (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** An article in a connection. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Opaque cursor; pass it as `after` to continue after this article. */
  cursor: Scalars['String']['output'];
  /** The article. */
  node: Article;
};

/** Counts over a set of articles, for dashboard charts. */
export type ArticleFacets = {
  __typename?: 'ArticleFacets';
  /** Articles per day (UTC), oldest first. */
  days: Array<FacetCount>;
  /** Languages. */
  languages: Array<FacetCount>;
  /** Top people (mentioned). */
  people: Array<FacetCount>;
  /** Top sources. */
  sources: Array<FacetCount>;
  /** Top topics. */
  topics: Array<FacetCount>;
  /** How many articles in all. */
  total: Scalars['Int']['output'];
};

/** Which articles to return. All given conditions must hold (AND); a list condition matches any of its ids (OR). */
export type ArticleFilter = {
  /** Articles written by any of these people (global ids). */
  authorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only articles in these languages (primary subtag, e.g. `en`). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Articles mentioning or written by any of these people (global ids). */
  personIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Published at or after this time. */
  publishedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Published strictly before this time. */
  publishedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Articles seen in any of these sources (global ids). */
  sourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Words that must appear in the title, summary or body (full-text search; quote a phrase with double quotes). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Articles tagged with any of these topics (global ids). */
  topicIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** An image belonging to an article. */
export type ArticleImage = {
  __typename?: 'ArticleImage';
  /** Caption as printed with the image. */
  caption?: Maybe<Scalars['String']['output']>;
  /** Credit line (photographer, agency). */
  credit?: Maybe<Scalars['String']['output']>;
  /** Absolute URL of the image, when known. */
  url?: Maybe<Scalars['String']['output']>;
};

/** Sort order of an article list. Ties are broken by id, so paging is stable. */
export type ArticleOrder =
  /** Most recently first seen by the gateway first. */
  | 'FIRST_SEEN_DESC'
  /** Oldest publication first. */
  | 'PUBLISHED_AT_ASC'
  /** Newest publication first (articles without a date sort by when they were first seen). */
  | 'PUBLISHED_AT_DESC';

/** One content change of an article, as seen by the gateway. */
export type ArticleVersion = {
  __typename?: 'ArticleVersion';
  /** When the gateway saw the change. */
  at: Scalars['DateTime']['output'];
  /** The fields whose content changed, e.g. `title`, `bodyText`, `topics`. */
  changedFields: Array<Scalars['String']['output']>;
  /** The source whose document brought the change. */
  source?: Maybe<Source>;
  /** 1 for the first change after the article was first seen, then 2, 3… */
  version: Scalars['Int']['output'];
};

/** Result of `discoverFeeds`. */
export type DiscoverFeedsPayload = {
  __typename?: 'DiscoverFeedsPayload';
  /** Why nothing (or not everything) was found. */
  errors: Array<UserError>;
  /** Feeds found, the site's main feed first. */
  feeds: Array<DiscoveredFeed>;
};

/** A feed found on a site. */
export type DiscoveredFeed = {
  __typename?: 'DiscoveredFeed';
  /** Its format. */
  format: DiscoveredFeedFormat;
  /** Its title, from the link or the feed. */
  title?: Maybe<Scalars['String']['output']>;
  /** The feed's URL. */
  url: Scalars['String']['output'];
  /** How it was found. */
  via: DiscoveryMethod;
};

/** The feed format a discovered feed has (or its link advertises). */
export type DiscoveredFeedFormat =
  /** Atom. */
  | 'ATOM'
  /** JSON Feed. */
  | 'JSON'
  /** RSS 0.9x/1.0/2.0. */
  | 'RSS';

/** How a feed was found. */
export type DiscoveryMethod =
  /** The page advertises it (`<link rel="alternate">`). */
  | 'LINK'
  /** Found at a common feed path (`/feed`, `/rss.xml`, ...). */
  | 'PROBE'
  /** The URL given is itself a feed. */
  | 'SELF';

/** A set condition over graph entities. Each list holds global ids. */
export type EntitySet = {
  __typename?: 'EntitySet';
  /** Articles must have all of these. */
  all: Array<Scalars['ID']['output']>;
  /** Articles must have at least one of these. */
  any: Array<Scalars['ID']['output']>;
  /** Articles must have none of these. */
  none: Array<Scalars['ID']['output']>;
};

/** A set condition over entities, by global id. */
export type EntitySetInput = {
  /** All of these. */
  all?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At least one of these. */
  any?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** None of these. */
  none?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Counts of articles by one value. */
export type FacetCount = {
  __typename?: 'FacetCount';
  /** How many articles have it. */
  count: Scalars['Int']['output'];
  /** Display label (topic or person name, source title, the language tag or day). */
  label: Scalars['String']['output'];
  /** The value: a topic, person or source global id, a language tag or a day (YYYY-MM-DD, UTC). */
  value: Scalars['String']['output'];
};

/** How bad a failure is. */
export type FailureGrade =
  /** Usually needs a person (404/410, broken document, refused address): backs off faster and pauses sooner. */
  | 'HARD'
  /** Expected to heal by itself (timeouts, network errors, 429, 5xx): retried with a gentle backoff. */
  | 'TEMPORARY';

/** A saved custom feed: a definition over the graph, owned by the API key that created it. */
export type Feed = Node & {
  __typename?: 'Feed';
  /** The feed's articles, ranked by its definition. */
  articles: ArticleConnection;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What the feed selects and how it ranks. */
  definition: FeedDefinition;
  /** Counts by topic, person, source, language and day over the feed's articles. */
  facets: ArticleFacets;
  /** Opaque global id; also the stable part of the feed's published URLs. */
  id: Scalars['ID']['output'];
  /** Name given by its owner. */
  name: Scalars['String']['output'];
  /** The feed published for feed readers. */
  publishedUrls: PublishedFeedUrls;
  /** The stories (events) the feed's articles belong to, in the order of their best article in the feed's ranking. */
  stories: StoryConnection;
  /** When its definition last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A saved custom feed: a definition over the graph, owned by the API key that created it. */
export type FeedArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};


/** A saved custom feed: a definition over the graph, owned by the API key that created it. */
export type FeedFacetsArgs = {
  first?: Scalars['Int']['input'];
};


/** A saved custom feed: a definition over the graph, owned by the API key that created it. */
export type FeedStoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};

/** A page of feeds. */
export type FeedConnection = {
  __typename?: 'FeedConnection';
  /** The feeds of this page, with their cursors. */
  edges: Array<FeedEdge>;
  /** The feeds of this page. */
  nodes: Array<Feed>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many feeds the caller owns (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A saved feed definition. Conditions combine with AND. */
export type FeedDefinition = {
  __typename?: 'FeedDefinition';
  /** Languages (primary subtags). */
  languages: Array<Scalars['String']['output']>;
  /** Minimum number of sources covering the article's story (or the article itself). */
  minSources?: Maybe<Scalars['Int']['output']>;
  /** People condition (mentioned or author). */
  people: EntitySet;
  /** Order of the articles. */
  ranking: FeedRanking;
  /** Sources condition. */
  sources: EntitySet;
  /** Stories (events) condition. */
  stories: EntitySet;
  /** Full-text query. */
  text?: Maybe<Scalars['String']['output']>;
  /** Topics condition. */
  topics: EntitySet;
  /** Ranking weights per topic or person. */
  weights: Array<FeedWeight>;
  /** Time window. */
  window?: Maybe<TimeWindow>;
};

/** What a custom feed selects and how it ranks. Unknown ids, empty windows and contradictions are refused with specific errors. */
export type FeedDefinitionInput = {
  /** Languages, e.g. `en`. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Minimum number of sources covering the article's story (or the article itself), 1–50. */
  minSources?: InputMaybe<Scalars['Int']['input']>;
  /** People condition (mentioned or author). */
  people?: InputMaybe<EntitySetInput>;
  /** Order of the articles (NEWEST by default). */
  ranking?: InputMaybe<FeedRanking>;
  /** Sources condition. */
  sources?: InputMaybe<EntitySetInput>;
  /** Stories (events) condition: an article belongs to one story, so `all` takes at most one id. */
  stories?: InputMaybe<EntitySetInput>;
  /** Full-text query. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Topics condition. */
  topics?: InputMaybe<EntitySetInput>;
  /** Ranking weights per topic or person. */
  weights?: InputMaybe<Array<FeedWeightInput>>;
  /** Time window. */
  window?: InputMaybe<TimeWindowInput>;
};

/** A feed in a connection. */
export type FeedEdge = {
  __typename?: 'FeedEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The feed. */
  node: Feed;
};

/** Result of creating, updating or deleting a feed. */
export type FeedPayload = {
  __typename?: 'FeedPayload';
  /** Why it was refused, if it was. */
  errors: Array<UserError>;
  /** The feed; null when refused or deleted. */
  feed?: Maybe<Feed>;
};

/** How a feed's articles are ordered. */
export type FeedRanking =
  /** Articles seen in the most sources first. */
  | 'MOST_COVERED'
  /** Newest first. */
  | 'NEWEST'
  /** Best text match first (needs `text`), then weights. */
  | 'RELEVANCE'
  /** Articles whose topics and people are rising now, weighted, newest breaking ties. */
  | 'TRENDING';

/** One live change to a custom feed. */
export type FeedUpdate = {
  __typename?: 'FeedUpdate';
  /** The article, as it is now. */
  article: Article;
  /** When it was ingested. */
  at: Scalars['DateTime']['output'];
  /** What changed. */
  kind: FeedUpdateKind;
};

/** What changed. */
export type FeedUpdateKind =
  /** A new article matching the feed was ingested. */
  | 'ARTICLE_NEW'
  /** A matching article changed. */
  | 'ARTICLE_UPDATED'
  /** The article's story was merged with another story. */
  | 'STORIES_MERGED'
  /** Another outlet covered the article's story. */
  | 'STORY_NEW_SOURCE';

/** An extra weight for a topic or person when ranking. */
export type FeedWeight = {
  __typename?: 'FeedWeight';
  /** Global id of the topic or person. */
  id: Scalars['ID']['output'];
  /** Multiplier, 0–10 (1 = neutral). */
  weight: Scalars['Float']['output'];
};

/** A ranking weight for a topic or person. */
export type FeedWeightInput = {
  /** Global id of a topic or person. */
  id: Scalars['ID']['input'];
  /** Multiplier, 0–10 (1 = neutral). */
  weight: Scalars['Float']['input'];
};

/** What happened the last time a source was fetched or ingested. */
export type FetchOutcome = {
  __typename?: 'FetchOutcome';
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The error message when it failed. */
  error?: Maybe<Scalars['String']['output']>;
  /** Items found in the document. */
  itemCount: Scalars['Int']['output'];
  /** Articles that were new to the graph. */
  newCount: Scalars['Int']['output'];
  /** How it ended. */
  status: FetchStatus;
  /** Articles that existed unchanged. */
  unchangedCount: Scalars['Int']['output'];
  /** Articles that existed and changed. */
  updatedCount: Scalars['Int']['output'];
};

/** How one fetch of a source ended, as far as scheduling cares. */
export type FetchOutcomeKind =
  /** The address is refused by the fetch policy (private network, bad URL). */
  | 'BLOCKED'
  /** The server refused the request (HTTP 4xx other than 404, 410 and 429). */
  | 'HTTP_4XX'
  /** The server failed (HTTP 5xx). */
  | 'HTTP_5XX'
  /** The feed is not there (HTTP 404) or gone for good (HTTP 410). */
  | 'HTTP_404_410'
  /** Rate limited (HTTP 429). */
  | 'HTTP_429'
  /** The connection failed (DNS, refused, reset). */
  | 'NETWORK'
  /** Nothing changed: HTTP 304, or a body byte-for-byte equal to the last one (neither is parsed). */
  | 'NOT_MODIFIED'
  /** Fetched and parsed. */
  | 'OK'
  /** The document is not a feed, could not be parsed, or is too large. */
  | 'PARSE_ERROR'
  /** The server took too long. */
  | 'TIMEOUT';

/** Outcome of the last fetch or ingest of a source. */
export type FetchStatus =
  /** Fetching or parsing failed; see `lastError`. */
  | 'ERROR'
  /** The server said nothing changed (HTTP 304). */
  | 'NOT_MODIFIED'
  /** Fetched and parsed. */
  | 'OK';

/** Result of `importOpml`. */
export type ImportOpmlPayload = {
  __typename?: 'ImportOpmlPayload';
  /** Sources that did not exist before. */
  createdCount: Scalars['Int']['output'];
  /** Why the file could not be read at all, if it could not. */
  errors: Array<UserError>;
  /** Feeds that were already sources (their categories were merged). */
  existingCount: Scalars['Int']['output'];
  /** Feeds that could not be added, with the reason. */
  failed: Array<OpmlFailedEntry>;
  /** Outlines that were not feeds, or repeated one, with the reason. */
  skipped: Array<OpmlSkippedEntry>;
  /** The feeds of the file as sources (new and existing), in file order. */
  sources: Array<Source>;
};

/** What to ingest: a URL to fetch, or a document given inline. Give `url`, or `content` with `contentType`. */
export type IngestInput = {
  /** The document itself (a feed, an HTML page or a plain-text article). */
  content?: InputMaybe<Scalars['String']['input']>;
  /** Media type of `content`, e.g. `application/rss+xml`, `application/feed+json`, `text/html`, `text/plain`. */
  contentType?: InputMaybe<Scalars['String']['input']>;
  /** Where `content` came from: the URL its relative links resolve against, and the source it is filed under. */
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  /** URL of a feed or article page to fetch. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `ingest`. */
export type IngestPayload = {
  __typename?: 'IngestPayload';
  /** Articles found in the document, in document order. */
  articles: Array<Article>;
  /** Problems: a document-level failure, or items skipped with the reason. */
  errors: Array<UserError>;
  /** Articles that were new to the graph. */
  newCount: Scalars['Int']['output'];
  /** The source the articles were filed under; null when nothing could be read. */
  source?: Maybe<Source>;
  /** Articles that existed unchanged. */
  unchangedCount: Scalars['Int']['output'];
  /** Articles that existed and changed. */
  updatedCount: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Make `alias` another name of a person: mentions of it in future articles resolve to this person.
   * Refused when the name already belongs to someone else (merge them instead).
   */
  addPersonAlias: PersonOverridePayload;
  /** Register a feed or site to read from. Idempotent: adding a known URL returns the existing source. */
  addSource: AddSourcePayload;
  /** Save a new custom feed, owned by the calling API key. */
  createFeed: FeedPayload;
  /** Delete a feed (only its owner can). */
  deleteFeed: FeedPayload;
  /** Import an OPML 1.0/2.0 subscription list: each feed becomes a polled source, folders and categories become topics. Reports each skipped or failed entry. */
  importOpml: ImportOpmlPayload;
  /** Fetch or take a document and merge its articles into the graph. Idempotent: ingesting the same document twice changes nothing. */
  ingest: IngestPayload;
  /**
   * Merge `sourceId` into `targetId`: the source's names, articles and quotes move to the target and the
   * source id stops existing. Later articles naming the source resolve to the target.
   */
  mergePeople: PersonOverridePayload;
  /** Merge topic `sourceId` into `targetId` (its slug, articles and quotes move); later articles tagged with the source resolve to the target. */
  mergeTopics: TopicOverridePayload;
  /** Fetch a source now (conditional GET; recorded in `health`). */
  refreshSource: RefreshSourcePayload;
  /** Stop reading a source. Its articles stay in the graph. */
  removeSource: SourcePayload;
  /** Clear a source's pause: its error run starts over and it is fetched at the next poll. */
  resumeSource: SourcePayload;
  /** Hide a false person (or show it again). Hidden people stay linked, so the fix survives re-ingestion, but are left out of lists. */
  setPersonHidden: PersonOverridePayload;
  /** Hide a false topic (or show it again); it stays linked but is left out of lists. */
  setTopicHidden: TopicOverridePayload;
  /**
   * Undo a wrong merge: the given names (and the articles that mention the person by them) move to a new
   * person. At least one name must stay with the original.
   */
  splitPerson: SplitPersonPayload;
  /** Change a feed's name or definition (only its owner can). */
  updateFeed: FeedPayload;
};


export type MutationAddPersonAliasArgs = {
  alias: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
};


export type MutationAddSourceArgs = {
  fullArticles?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<SourceKind>;
  url: Scalars['String']['input'];
};


export type MutationCreateFeedArgs = {
  definition: FeedDefinitionInput;
  name: Scalars['String']['input'];
};


export type MutationDeleteFeedArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportOpmlArgs = {
  content: Scalars['String']['input'];
};


export type MutationIngestArgs = {
  input: IngestInput;
};


export type MutationMergePeopleArgs = {
  sourceId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
};


export type MutationMergeTopicsArgs = {
  sourceId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
};


export type MutationRefreshSourceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveSourceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResumeSourceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetPersonHiddenArgs = {
  hidden: Scalars['Boolean']['input'];
  personId: Scalars['ID']['input'];
};


export type MutationSetTopicHiddenArgs = {
  hidden: Scalars['Boolean']['input'];
  topicId: Scalars['ID']['input'];
};


export type MutationSplitPersonArgs = {
  names: Array<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
};


export type MutationUpdateFeedArgs = {
  definition?: InputMaybe<FeedDefinitionInput>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

/** An object with a globally unique, opaque id. Any id returned by this API can be passed to `node(id:)`. */
export type Node = {
  /** Opaque global id; stable across restarts and re-ingestion. */
  id: Scalars['ID']['output'];
};

/** A feed of an OPML file that could not be added. */
export type OpmlFailedEntry = {
  __typename?: 'OpmlFailedEntry';
  /** Why it failed. */
  reason: Scalars['String']['output'];
  /** The feed URL as written. */
  url: Scalars['String']['output'];
};

/** An OPML outline that was not imported. */
export type OpmlSkippedEntry = {
  __typename?: 'OpmlSkippedEntry';
  /** Line of the outline in the file. */
  line?: Maybe<Scalars['Int']['output']>;
  /** Why it was skipped. */
  reason: Scalars['String']['output'];
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow `endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page was requested with `after` (items exist before it). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page, null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A person in the news: an author of articles, someone mentioned in them, or both. */
export type Person = Node & {
  __typename?: 'Person';
  /** Other spellings and forms of the name met in articles (transliterations, surname only). */
  aliases: Array<Scalars['String']['output']>;
  /** Articles related to this person, newest first. */
  articles: ArticleConnection;
  /** True when a user hid this person as a false entity. */
  hidden: Scalars['Boolean']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Full display name, e.g. `Volodymyr Zelenskyy`. */
  name: Scalars['String']['output'];
  /** What this person said, newest article first. */
  quotes: QuoteConnection;
  /** Roles and descriptions articles gave this person, newest article first, with the article each came from. */
  roles: Array<PersonRoleMention>;
};


/** A person in the news: an author of articles, someone mentioned in them, or both. */
export type PersonArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  role?: InputMaybe<PersonRole>;
};


/** A person in the news: an author of articles, someone mentioned in them, or both. */
export type PersonQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};


/** A person in the news: an author of articles, someone mentioned in them, or both. */
export type PersonRolesArgs = {
  first?: Scalars['Int']['input'];
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people of this page, with their cursors. */
  edges: Array<PersonEdge>;
  /** The people of this page. */
  nodes: Array<Person>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many people match in all (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A person in a connection. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** How a person appears in one article. */
export type PersonMention = {
  __typename?: 'PersonMention';
  /** Mentions in the rest of the body. */
  inBody: Scalars['Int']['output'];
  /** Mentions in picture captions. */
  inCaptions: Scalars['Int']['output'];
  /** Mentions in the summary or first paragraph. */
  inLead: Scalars['Int']['output'];
  /** Mentions in the headline. */
  inTitle: Scalars['Int']['output'];
  /** The name as this article wrote it in full. */
  nameAsWritten: Scalars['String']['output'];
  /** The person. */
  person: Person;
  /** Roles and descriptions the article gives, e.g. `Ukrainian President`, `former Prime Minister`. */
  roles: Array<Scalars['String']['output']>;
  /** 0–1, relative to the article's most salient person (title and lead mentions weigh most). */
  salience: Scalars['Float']['output'];
};

/** Result of a change a user made to people in the graph. */
export type PersonOverridePayload = {
  __typename?: 'PersonOverridePayload';
  /** Why the change was refused, if it was. */
  errors: Array<UserError>;
  /** The person after the change; null when the change was refused. */
  person?: Maybe<Person>;
};

/** How a person relates to an article. */
export type PersonRole =
  /** Either of the above. */
  | 'ANY'
  /** The person wrote the article. */
  | 'AUTHOR'
  /** The article mentions the person. */
  | 'MENTIONED';

/** A role or description a person was given in an article. */
export type PersonRoleMention = {
  __typename?: 'PersonRoleMention';
  /** The article that gives it. */
  article: Article;
  /** The role as written, e.g. `Ukrainian President`. */
  role: Scalars['String']['output'];
};

/** Where a custom feed is published for feed readers (readable without an API key; the id is unguessable). */
export type PublishedFeedUrls = {
  __typename?: 'PublishedFeedUrls';
  /** Atom 1.0. */
  atom: Scalars['String']['output'];
  /** JSON Feed 1.1. */
  json: Scalars['String']['output'];
  /** RSS 2.0. */
  rss: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One article by global id or by URL (any URL the article was seen at, canonicalized). Give exactly one of the two. */
  article?: Maybe<Article>;
  /** Counts by topic, person, source, language and day over the articles matching a filter. */
  articleFacets: ArticleFacets;
  /** Articles matching a filter, newest first unless `orderBy` says otherwise. */
  articles: ArticleConnection;
  /** Find a site's feeds: its `<link rel="alternate">` feeds, else common feed paths. Fetches the site. */
  discoverFeeds: DiscoverFeedsPayload;
  /** All feed sources as an OPML 2.0 subscription list (categories as folders). */
  exportOpml: Scalars['String']['output'];
  /** One saved feed by id (any caller may read a feed whose id they know). */
  feed?: Maybe<Feed>;
  /** Runs a feed definition without saving it. */
  feedPreview: ArticleConnection;
  /** The feeds owned by the calling API key, newest first. */
  myFeeds: FeedConnection;
  /** Any object by its global id; null when no such object exists. */
  node?: Maybe<Node>;
  /** Several objects by global id, in the order asked; null for each id that does not exist. */
  nodes: Array<Maybe<Node>>;
  /** People, by name (A–Z). */
  people: PersonConnection;
  /** One person by global id or by name (any known alias matches, case and accents ignored). Give exactly one of the two. */
  person?: Maybe<Person>;
  /** Full-text search over titles, summaries and bodies, best match first, combinable with every article filter. */
  search: SearchConnection;
  /** People whose name or alias contains a word starting with `query` (case and accents ignored). */
  searchPeople: Array<Person>;
  /** Topics whose name or alias contains a word starting with `query` (case and accents ignored). */
  searchTopics: Array<Topic>;
  /** Sources, by URL (A–Z). */
  sources: SourceConnection;
  /** Stories, most recently active first. */
  stories: StoryConnection;
  /** One story by global id; a merged story's id gives the story it was merged into. */
  story?: Maybe<Story>;
  /** One topic by global id or slug. Give exactly one of the two. */
  topic?: Maybe<Topic>;
  /** Topics, by slug (A–Z). */
  topics: TopicConnection;
  /** People rising now: mentions in the last `windowHours` against the `baselineDays` before. */
  trendingPeople: Array<TrendingPerson>;
  /** Topics rising now: mentions in the last `windowHours` against the `baselineDays` before. */
  trendingTopics: Array<TrendingTopic>;
};


export type QueryArticleArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};


export type QueryArticleFacetsArgs = {
  filter?: InputMaybe<ArticleFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first: Scalars['Int']['input'];
  orderBy?: InputMaybe<ArticleOrder>;
};


export type QueryDiscoverFeedsArgs = {
  siteUrl: Scalars['String']['input'];
};


export type QueryFeedArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFeedPreviewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  definition: FeedDefinitionInput;
  first: Scalars['Int']['input'];
};


export type QueryMyFeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  nameStartsWith?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersonArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first: Scalars['Int']['input'];
  query: Scalars['String']['input'];
};


export type QuerySearchPeopleArgs = {
  first?: Scalars['Int']['input'];
  query: Scalars['String']['input'];
};


export type QuerySearchTopicsArgs = {
  first?: Scalars['Int']['input'];
  query: Scalars['String']['input'];
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  kind?: InputMaybe<SourceKind>;
};


export type QueryStoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StoryFilter>;
  first: Scalars['Int']['input'];
};


export type QueryStoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTopicArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  kind?: InputMaybe<TopicKind>;
};


export type QueryTrendingPeopleArgs = {
  baselineDays?: Scalars['Int']['input'];
  first?: Scalars['Int']['input'];
  windowHours?: Scalars['Int']['input'];
};


export type QueryTrendingTopicsArgs = {
  baselineDays?: Scalars['Int']['input'];
  first?: Scalars['Int']['input'];
  windowHours?: Scalars['Int']['input'];
};

/** Direct speech quoted in an article, attributed to its speaker. */
export type Quote = Node & {
  __typename?: 'Quote';
  /** The article that quotes it. */
  article: Article;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The speaker in the graph; null if a user hid it. */
  speaker?: Maybe<Speaker>;
  /** The speaker's name as resolved in the article, e.g. `Volodymyr Zelenskyy` or `Kremlin`. */
  speakerName: Scalars['String']['output'];
  /** The quoted words, without the quotation marks. */
  text: Scalars['String']['output'];
};

/** A page of quotes. */
export type QuoteConnection = {
  __typename?: 'QuoteConnection';
  /** The quotes of this page, with their cursors. */
  edges: Array<QuoteEdge>;
  /** The quotes of this page. */
  nodes: Array<Quote>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many quotes there are in all (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A quote in a connection. */
export type QuoteEdge = {
  __typename?: 'QuoteEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The quote. */
  node: Quote;
};

/** Result of `refreshSource`. */
export type RefreshSourcePayload = {
  __typename?: 'RefreshSourcePayload';
  /** The fetch's failure, or why it was not attempted (unknown source, another worker holds it). */
  errors: Array<UserError>;
  /** Articles that were new to the graph. */
  newCount: Scalars['Int']['output'];
  /** How the fetch ended; null when it did not happen. */
  outcome?: Maybe<FetchOutcomeKind>;
  /** The source after the fetch; null when it does not exist. */
  source?: Maybe<Source>;
  /** Articles that existed and changed. */
  updatedCount: Scalars['Int']['output'];
};

/** An edge from an article to a related story. */
export type RelatedStory = {
  __typename?: 'RelatedStory';
  /** The related article, when the gateway has it; null for a link to a story not ingested yet. */
  article?: Maybe<Article>;
  /** How the two are related. */
  kind: RelationKind;
  /** Why the two are related, in words a reader understands. */
  reason: Scalars['String']['output'];
  /** Strength of the relation, 0–1; edges are ranked by it. */
  score: Scalars['Float']['output'];
  /** Headline of the related story as the linking article gave it, or the related article's title. */
  title: Scalars['String']['output'];
  /** URL of the related story (for LINKED edges, the link's target). */
  url?: Maybe<Scalars['String']['output']>;
};

/** How two articles are related. */
export type RelationKind =
  /** A later article about the same people and topics. */
  | 'FOLLOW_UP'
  /** The article links to the other one ("Read more", "Related"). */
  | 'LINKED'
  /** Both cover the same event. */
  | 'SAME_STORY'
  /** The articles share people, places or organizations. */
  | 'SHARED_ENTITIES'
  /** The texts are similar. */
  | 'SIMILAR';

/** A page of search hits, best first. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The hits of this page, with their cursors. */
  edges: Array<SearchHitEdge>;
  /** The hits of this page. */
  nodes: Array<SearchHit>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many articles match (within the ranking pool). */
  totalCount: Scalars['Int']['output'];
};

/** An article found by full-text search. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The article. */
  article: Article;
  /** Relevance (higher is better; comparable within one search). */
  score: Scalars['Float']['output'];
  /** The best passage of the summary or body, HTML-escaped, with matched words in `<mark>`. */
  snippet: Scalars['String']['output'];
  /** The headline, HTML-escaped, with matched words in `<mark>`. */
  titleHighlight: Scalars['String']['output'];
};

/** A hit in a search connection. */
export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The hit. */
  node: SearchHit;
};

/** A feed or site the gateway reads articles from. */
export type Source = Node & {
  __typename?: 'Source';
  /** Articles seen in this source, newest first. */
  articles: ArticleConnection;
  /** Categories from an OPML import, as paths (`News/World`); written back as folders on export. */
  categories: Array<Scalars['String']['output']>;
  /** When the source was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Consecutive failed fetches (0 after a success). */
  errorCount: Scalars['Int']['output'];
  /** True when each item's page is fetched and extracted (for feeds that carry only summaries). */
  fullArticles: Scalars['Boolean']['output'];
  /** The site's other headlines seen around its articles ("Latest news" lists and the like), kept apart from any article's text and topics. Newest page first. */
  headlines: Array<SourceHeadline>;
  /** Polling health: last success, last error, error run, next fetch, items per day, pause. */
  health: SourceHealth;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** What kind of source it is. */
  kind: SourceKind;
  /** The last fetch or ingest, null before the first one. */
  lastFetch?: Maybe<FetchOutcome>;
  /** The site's home page, when the feed names it. */
  siteUrl?: Maybe<Scalars['String']['output']>;
  /** Title the source gives itself. */
  title?: Maybe<Scalars['String']['output']>;
  /** Topics the source was filed under (OPML categories: each folder or path segment is a topic). */
  topics: Array<Topic>;
  /** URL of the feed or site. */
  url: Scalars['String']['output'];
};


/** A feed or site the gateway reads articles from. */
export type SourceArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};


/** A feed or site the gateway reads articles from. */
export type SourceHeadlinesArgs = {
  first?: Scalars['Int']['input'];
};

/** A page of sources. */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  /** The sources of this page, with their cursors. */
  edges: Array<SourceEdge>;
  /** The sources of this page. */
  nodes: Array<Source>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many sources there are in all (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A source in a connection. */
export type SourceEdge = {
  __typename?: 'SourceEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The source. */
  node: Source;
};

/** The last failed fetch of a source. */
export type SourceFetchError = {
  __typename?: 'SourceFetchError';
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Whether it is expected to heal by itself. */
  grade: FailureGrade;
  /** The HTTP status, when the server answered. */
  httpStatus?: Maybe<Scalars['Int']['output']>;
  /** What went wrong, in words. */
  message: Scalars['String']['output'];
  /** How the fetch ended. */
  outcome: FetchOutcomeKind;
};

/** A headline seen on a source's pages outside any article's text. */
export type SourceHeadline = {
  __typename?: 'SourceHeadline';
  /** The headline as shown. */
  title: Scalars['String']['output'];
  /** Where it links, when known. */
  url?: Maybe<Scalars['String']['output']>;
};

/** How a source is doing: every fetch outcome is recorded here. */
export type SourceHealth = {
  __typename?: 'SourceHealth';
  /** Consecutive failed fetches (0 after a success). */
  errorCount: Scalars['Int']['output'];
  /** Items the feed published per day recently. */
  itemsPerDay: Scalars['Float']['output'];
  /** The last failure, kept after later successes; `errorCount` says whether it is current. */
  lastError?: Maybe<SourceFetchError>;
  /** When the source was last fetched (or pushed to). */
  lastFetchAt?: Maybe<Scalars['DateTime']['output']>;
  /** How the last fetch ended. */
  lastOutcome?: Maybe<FetchOutcomeKind>;
  /** When a fetch last succeeded (OK or NOT_MODIFIED). */
  lastSuccessAt?: Maybe<Scalars['DateTime']['output']>;
  /** The worker fetching the source right now, if any. */
  leasedBy?: Maybe<Scalars['String']['output']>;
  /** When the source will be fetched next; null when it is not polled. */
  nextFetchAt?: Maybe<Scalars['DateTime']['output']>;
  /** True after a long run of failures: the source is then only probed rarely until resumed (`resumeSource`). */
  paused: Scalars['Boolean']['output'];
  /** When the source was paused. */
  pausedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the source was paused. */
  pausedReason?: Maybe<Scalars['String']['output']>;
  /** True when the source is on the polling schedule (feeds added or imported; not sources that only received documents). */
  polled: Scalars['Boolean']['output'];
  /** Why the next fetch is when it is (publishing rate, server hints, backoff, pause). */
  scheduleReason?: Maybe<Scalars['String']['output']>;
  /** The WebSub subscription, when the feed advertises a hub. */
  webSub?: Maybe<SourceWebSub>;
};

/** What a source is. */
export type SourceKind =
  /** Documents handed to the gateway directly (uploads, text dumps). */
  | 'DOCUMENT'
  /** A feed: RSS, Atom or JSON Feed. */
  | 'FEED'
  /** A web site whose pages are ingested as articles. */
  | 'SITE';

/** Result of `removeSource` and `resumeSource`. */
export type SourcePayload = {
  __typename?: 'SourcePayload';
  /** Why nothing was done, if nothing was. */
  errors: Array<UserError>;
  /** The source (as it was, for a removal); null when it does not exist. */
  source?: Maybe<Source>;
};

/** A source's subscription to the WebSub hub its feed advertises. */
export type SourceWebSub = {
  __typename?: 'SourceWebSub';
  /** Why the hub refused, or the request failed. */
  error?: Maybe<Scalars['String']['output']>;
  /** When the hub granted it until. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The hub's URL. */
  hub: Scalars['String']['output'];
  /** When the hub last pushed content. */
  lastPushAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the subscription was last requested. */
  requestedAt: Scalars['DateTime']['output'];
  /** Where the subscription stands. */
  state: WebSubState;
  /** The topic URL the hub knows the feed by (its rel=self). */
  topic: Scalars['String']['output'];
};

/** Who said something: a person, or an organization (a topic of kind ORGANIZATION, e.g. the Kremlin). */
export type Speaker = Person | Topic;

/** Result of splitting a wrong merge. */
export type SplitPersonPayload = {
  __typename?: 'SplitPersonPayload';
  /** Why the split was refused, if it was. */
  errors: Array<UserError>;
  /** The person that keeps the remaining names. */
  person?: Maybe<Person>;
  /** The new person made of the names split off. */
  splitOff?: Maybe<Person>;
};

/**
 * One event covered by several articles, usually from different sources. Articles are assigned to a story
 * as they arrive (by shared words, names and near-duplicate text within a few days); two stories found to be
 * the same event are merged, and the merged story's id then resolves to the surviving one.
 */
export type Story = Node & {
  __typename?: 'Story';
  /** How many articles the story has. */
  articleCount: Scalars['Int']['output'];
  /** The story's articles, newest first. */
  articles: ArticleConnection;
  /** Publication time of the story's earliest article. */
  firstSeen: Scalars['DateTime']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Publication time of the story's latest article. */
  lastSeen: Scalars['DateTime']['output'];
  /** People its articles mention, most often first. */
  people: Array<Person>;
  /** Every source (feed or site) one of its articles was seen in, first seen first. */
  sources: Array<Source>;
  /** Headline of the first article of the story. */
  title: Scalars['String']['output'];
  /** Topics of its articles, most often first. */
  topics: Array<Topic>;
};


/**
 * One event covered by several articles, usually from different sources. Articles are assigned to a story
 * as they arrive (by shared words, names and near-duplicate text within a few days); two stories found to be
 * the same event are merged, and the merged story's id then resolves to the surviving one.
 */
export type StoryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};


/**
 * One event covered by several articles, usually from different sources. Articles are assigned to a story
 * as they arrive (by shared words, names and near-duplicate text within a few days); two stories found to be
 * the same event are merged, and the merged story's id then resolves to the surviving one.
 */
export type StoryPeopleArgs = {
  first?: Scalars['Int']['input'];
};


/**
 * One event covered by several articles, usually from different sources. Articles are assigned to a story
 * as they arrive (by shared words, names and near-duplicate text within a few days); two stories found to be
 * the same event are merged, and the merged story's id then resolves to the surviving one.
 */
export type StoryTopicsArgs = {
  first?: Scalars['Int']['input'];
};

/** A page of stories. */
export type StoryConnection = {
  __typename?: 'StoryConnection';
  /** The stories of this page, with their cursors. */
  edges: Array<StoryEdge>;
  /** The stories of this page. */
  nodes: Array<Story>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many stories match the filter in all (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A story in a connection. */
export type StoryEdge = {
  __typename?: 'StoryEdge';
  /** Opaque cursor; pass it as `after` to continue after this story. */
  cursor: Scalars['String']['output'];
  /** The story. */
  node: Story;
};

/** Which stories to return. All given conditions must hold (AND); a list condition matches any of its ids (OR). */
export type StoryFilter = {
  /** Stories with at least this many articles. */
  minArticles?: InputMaybe<Scalars['Int']['input']>;
  /** Stories whose articles mention any of these people (global ids). */
  personIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Stories with an article published at or after this time. */
  seenAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Stories whose first article was published strictly before this time. */
  seenBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Stories covered by any of these sources (global ids). */
  sourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Stories about any of these topics (global ids). */
  topicIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * Live updates over WebSocket (graphql-ws protocol, same URL as queries). Every gateway instance sharing
 * the database delivers every update, whichever instance ingested it.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** New and changed articles of a custom feed, as they are ingested. */
  feedUpdated: FeedUpdate;
};


/**
 * Live updates over WebSocket (graphql-ws protocol, same URL as queries). Every gateway instance sharing
 * the database delivers every update, whichever instance ingested it.
 */
export type SubscriptionFeedUpdatedArgs = {
  feedId: Scalars['ID']['input'];
};

/** A time window: absolute bounds, or rolling (`lastHours`, measured from the moment the feed is read). */
export type TimeWindow = {
  __typename?: 'TimeWindow';
  /** Published at or after. */
  after?: Maybe<Scalars['DateTime']['output']>;
  /** Published before. */
  before?: Maybe<Scalars['DateTime']['output']>;
  /** Only the last N hours (rolling). */
  lastHours?: Maybe<Scalars['Int']['output']>;
};

/** A time window: give `lastHours` (rolling) or `after`/`before` (absolute), not both. */
export type TimeWindowInput = {
  /** Published at or after. */
  after?: InputMaybe<Scalars['DateTime']['input']>;
  /** Published before. */
  before?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only the last N hours, 1–8760 (rolling). */
  lastHours?: InputMaybe<Scalars['Int']['input']>;
};

/** A topic articles are about. Names that differ only in case, accents or punctuation are one topic. */
export type Topic = Node & {
  __typename?: 'Topic';
  /** Other names met for this topic. */
  aliases: Array<Scalars['String']['output']>;
  /** Articles about this topic, newest first. */
  articles: ArticleConnection;
  /** True when a user hid this topic as a false entity. */
  hidden: Scalars['Boolean']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** What kind of thing the topic is. */
  kind: TopicKind;
  /** Display name, as first met. */
  name: Scalars['String']['output'];
  /** What this organization said (for topics of kind ORGANIZATION), newest article first. */
  quotes: QuoteConnection;
  /** URL-safe identity of the topic, e.g. `war-in-ukraine`. */
  slug: Scalars['String']['output'];
};


/** A topic articles are about. Names that differ only in case, accents or punctuation are one topic. */
export type TopicArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};


/** A topic articles are about. Names that differ only in case, accents or punctuation are one topic. */
export type TopicQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};

/** A page of topics. */
export type TopicConnection = {
  __typename?: 'TopicConnection';
  /** The topics of this page, with their cursors. */
  edges: Array<TopicEdge>;
  /** The topics of this page. */
  nodes: Array<Topic>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many topics match in all (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A topic in a connection. */
export type TopicEdge = {
  __typename?: 'TopicEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The topic. */
  node: Topic;
};

/** What kind of thing a topic is. */
export type TopicKind =
  /** A named event. */
  | 'EVENT'
  /** An organization: company, party, institution, armed group. */
  | 'ORGANIZATION'
  /** Anything else. */
  | 'OTHER'
  /** A place: country, region, city. */
  | 'PLACE'
  /** An outlet's section, e.g. `World`, `Sport`. */
  | 'SECTION'
  /** A subject or theme, e.g. `Climate`, `Elections` (most outlet categories and tags). */
  | 'SUBJECT';

/** Result of a change a user made to topics in the graph. */
export type TopicOverridePayload = {
  __typename?: 'TopicOverridePayload';
  /** Why the change was refused, if it was. */
  errors: Array<UserError>;
  /** The topic after the change; null when the change was refused. */
  topic?: Maybe<Topic>;
};

/** A person mentioned more in a recent window than their baseline predicts, with the numbers behind the score. */
export type TrendingPerson = {
  __typename?: 'TrendingPerson';
  /** Articles mentioning them in the baseline period before the window. */
  baselineCount: Scalars['Int']['output'];
  /** Articles per hour in the baseline period. */
  baselinePerHour: Scalars['Float']['output'];
  /** Articles the baseline rate predicts for the window. */
  expectedCount: Scalars['Float']['output'];
  /** The person. */
  person: Person;
  /** Articles mentioning them in the recent window. */
  recentCount: Scalars['Int']['output'];
  /** Articles per hour in the recent window. */
  recentPerHour: Scalars['Float']['output'];
  /** (recentCount + 1) / (expectedCount + 1); above 1 means rising. */
  score: Scalars['Float']['output'];
};

/** A topic mentioned more in a recent window than its baseline predicts, with the numbers behind the score. */
export type TrendingTopic = {
  __typename?: 'TrendingTopic';
  /** Articles about it in the baseline period before the window. */
  baselineCount: Scalars['Int']['output'];
  /** Articles per hour in the baseline period. */
  baselinePerHour: Scalars['Float']['output'];
  /** Articles the baseline rate predicts for the window. */
  expectedCount: Scalars['Float']['output'];
  /** Articles about it in the recent window. */
  recentCount: Scalars['Int']['output'];
  /** Articles per hour in the recent window. */
  recentPerHour: Scalars['Float']['output'];
  /** (recentCount + 1) / (expectedCount + 1); above 1 means rising. */
  score: Scalars['Float']['output'];
  /** The topic. */
  topic: Topic;
};

/** A problem with a mutation's input or with the document it pointed at. The mutation did not apply the failing part. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of problem it is. */
  code: UserErrorCode;
  /** The input field the problem is about, when there is one (e.g. `url`, `content`). */
  field?: Maybe<Scalars['String']['output']>;
  /** A human-readable explanation saying what was wrong and where. */
  message: Scalars['String']['output'];
};

/** Machine-readable reason of a user-facing error returned inside a mutation result. */
export type UserErrorCode =
  /** An argument is malformed or out of range. */
  | 'BAD_INPUT'
  /** The URL is not an absolute http(s) URL, or points where the gateway may not fetch. */
  | 'BAD_URL'
  /** The change contradicts the graph (e.g. an alias that belongs to someone else). */
  | 'CONFLICT'
  /** Concurrent ingests kept changing the same story; the articles are stored and join their story when next seen. */
  | 'CONTENDED'
  /** The document could not be fetched (network error, timeout, HTTP error status). */
  | 'FETCH_FAILED'
  /** No article could be extracted from the page or text. */
  | 'NOT_AN_ARTICLE'
  /** The object the input points at does not exist. */
  | 'NOT_FOUND'
  /** The document looked like a feed but could not be parsed. */
  | 'PARSE_FAILED'
  /** The document is larger than the configured limit. */
  | 'TOO_LARGE'
  /** The document is not a feed or article the gateway understands. */
  | 'UNSUPPORTED_CONTENT';

/** State of a WebSub subscription. */
export type WebSubState =
  /** The hub refused the subscription. */
  | 'DENIED'
  /** The subscription request failed (hub unreachable or refusing). */
  | 'FAILED'
  /** Requested; the hub has not verified it yet. */
  | 'PENDING'
  /** Verified: the hub pushes new content; polling is only a fallback. */
  | 'SUBSCRIBED';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  Speaker:
    | ( PersonDoc )
    | ( TopicDoc )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ArticleDoc )
    | ( FeedDoc )
    | ( PersonDoc )
    | ( QuoteDoc )
    | ( SourceDoc )
    | ( StoryDoc )
    | ( TopicDoc )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddSourcePayload: ResolverTypeWrapper<Omit<AddSourcePayload, 'source'> & { source?: Maybe<ResolversTypes['Source']> }>;
  Article: ResolverTypeWrapper<ArticleDoc>;
  ArticleConnection: ResolverTypeWrapper<ArticleConnectionModel>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleFacets: ResolverTypeWrapper<FacetsModel>;
  ArticleFilter: ArticleFilter;
  ArticleImage: ResolverTypeWrapper<ImageDoc>;
  ArticleOrder: ArticleOrder;
  ArticleVersion: ResolverTypeWrapper<ArticleVersionDoc>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DiscoverFeedsPayload: ResolverTypeWrapper<DiscoverFeedsPayload>;
  DiscoveredFeed: ResolverTypeWrapper<DiscoveredFeed>;
  DiscoveredFeedFormat: DiscoveredFeedFormat;
  DiscoveryMethod: DiscoveryMethod;
  EntitySet: ResolverTypeWrapper<EntitySet>;
  EntitySetInput: EntitySetInput;
  FacetCount: ResolverTypeWrapper<FacetModel>;
  FailureGrade: FailureGrade;
  Feed: ResolverTypeWrapper<FeedDoc>;
  FeedConnection: ResolverTypeWrapper<FeedConnectionModel>;
  FeedDefinition: ResolverTypeWrapper<FeedDefinition>;
  FeedDefinitionInput: FeedDefinitionInput;
  FeedEdge: ResolverTypeWrapper<Omit<FeedEdge, 'node'> & { node: ResolversTypes['Feed'] }>;
  FeedPayload: ResolverTypeWrapper<Omit<FeedPayload, 'feed'> & { feed?: Maybe<ResolversTypes['Feed']> }>;
  FeedRanking: FeedRanking;
  FeedUpdate: ResolverTypeWrapper<FeedUpdateModel>;
  FeedUpdateKind: FeedUpdateKind;
  FeedWeight: ResolverTypeWrapper<FeedWeight>;
  FeedWeightInput: FeedWeightInput;
  FetchOutcome: ResolverTypeWrapper<FetchOutcomeDoc>;
  FetchOutcomeKind: FetchOutcomeKind;
  FetchStatus: FetchStatus;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportOpmlPayload: ResolverTypeWrapper<Omit<ImportOpmlPayload, 'sources'> & { sources: Array<ResolversTypes['Source']> }>;
  IngestInput: IngestInput;
  IngestPayload: ResolverTypeWrapper<Omit<IngestPayload, 'articles' | 'source'> & { articles: Array<ResolversTypes['Article']>, source?: Maybe<ResolversTypes['Source']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OpmlFailedEntry: ResolverTypeWrapper<OpmlFailedEntry>;
  OpmlSkippedEntry: ResolverTypeWrapper<OpmlSkippedEntry>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonDoc>;
  PersonConnection: ResolverTypeWrapper<PersonConnectionModel>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonMention: ResolverTypeWrapper<MentionDoc>;
  PersonOverridePayload: ResolverTypeWrapper<Omit<PersonOverridePayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  PersonRole: PersonRole;
  PersonRoleMention: ResolverTypeWrapper<PersonRoleModel>;
  PublishedFeedUrls: ResolverTypeWrapper<PublishedFeedUrls>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<QuoteDoc>;
  QuoteConnection: ResolverTypeWrapper<QuoteConnectionModel>;
  QuoteEdge: ResolverTypeWrapper<Omit<QuoteEdge, 'node'> & { node: ResolversTypes['Quote'] }>;
  RefreshSourcePayload: ResolverTypeWrapper<Omit<RefreshSourcePayload, 'source'> & { source?: Maybe<ResolversTypes['Source']> }>;
  RelatedStory: ResolverTypeWrapper<RelationDoc>;
  RelationKind: RelationKind;
  SearchConnection: ResolverTypeWrapper<SearchConnectionModel>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  SearchHitEdge: ResolverTypeWrapper<Omit<SearchHitEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  Source: ResolverTypeWrapper<SourceDoc>;
  SourceConnection: ResolverTypeWrapper<SourceConnectionModel>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceFetchError: ResolverTypeWrapper<SourceFetchError>;
  SourceHeadline: ResolverTypeWrapper<LinkDoc>;
  SourceHealth: ResolverTypeWrapper<SourceDoc>;
  SourceKind: SourceKind;
  SourcePayload: ResolverTypeWrapper<Omit<SourcePayload, 'source'> & { source?: Maybe<ResolversTypes['Source']> }>;
  SourceWebSub: ResolverTypeWrapper<WebSubDoc>;
  Speaker: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Speaker']>;
  SplitPersonPayload: ResolverTypeWrapper<Omit<SplitPersonPayload, 'person' | 'splitOff'> & { person?: Maybe<ResolversTypes['Person']>, splitOff?: Maybe<ResolversTypes['Person']> }>;
  Story: ResolverTypeWrapper<StoryDoc>;
  StoryConnection: ResolverTypeWrapper<ConnectionModel<StoryDoc>>;
  StoryEdge: ResolverTypeWrapper<Omit<StoryEdge, 'node'> & { node: ResolversTypes['Story'] }>;
  StoryFilter: StoryFilter;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TimeWindow: ResolverTypeWrapper<TimeWindow>;
  TimeWindowInput: TimeWindowInput;
  Topic: ResolverTypeWrapper<TopicDoc>;
  TopicConnection: ResolverTypeWrapper<TopicConnectionModel>;
  TopicEdge: ResolverTypeWrapper<Omit<TopicEdge, 'node'> & { node: ResolversTypes['Topic'] }>;
  TopicKind: TopicKind;
  TopicOverridePayload: ResolverTypeWrapper<Omit<TopicOverridePayload, 'topic'> & { topic?: Maybe<ResolversTypes['Topic']> }>;
  TrendingPerson: ResolverTypeWrapper<TrendModel<PersonDoc>>;
  TrendingTopic: ResolverTypeWrapper<TrendModel<TopicDoc>>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  WebSubState: WebSubState;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddSourcePayload: Omit<AddSourcePayload, 'source'> & { source?: Maybe<ResolversParentTypes['Source']> };
  Article: ArticleDoc;
  ArticleConnection: ArticleConnectionModel;
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleFacets: FacetsModel;
  ArticleFilter: ArticleFilter;
  ArticleImage: ImageDoc;
  ArticleVersion: ArticleVersionDoc;
  Boolean: Scalars['Boolean']['output'];
  DateTime: Scalars['DateTime']['output'];
  DiscoverFeedsPayload: DiscoverFeedsPayload;
  DiscoveredFeed: DiscoveredFeed;
  EntitySet: EntitySet;
  EntitySetInput: EntitySetInput;
  FacetCount: FacetModel;
  Feed: FeedDoc;
  FeedConnection: FeedConnectionModel;
  FeedDefinition: FeedDefinition;
  FeedDefinitionInput: FeedDefinitionInput;
  FeedEdge: Omit<FeedEdge, 'node'> & { node: ResolversParentTypes['Feed'] };
  FeedPayload: Omit<FeedPayload, 'feed'> & { feed?: Maybe<ResolversParentTypes['Feed']> };
  FeedUpdate: FeedUpdateModel;
  FeedWeight: FeedWeight;
  FeedWeightInput: FeedWeightInput;
  FetchOutcome: FetchOutcomeDoc;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  ImportOpmlPayload: Omit<ImportOpmlPayload, 'sources'> & { sources: Array<ResolversParentTypes['Source']> };
  IngestInput: IngestInput;
  IngestPayload: Omit<IngestPayload, 'articles' | 'source'> & { articles: Array<ResolversParentTypes['Article']>, source?: Maybe<ResolversParentTypes['Source']> };
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  OpmlFailedEntry: OpmlFailedEntry;
  OpmlSkippedEntry: OpmlSkippedEntry;
  PageInfo: PageInfo;
  Person: PersonDoc;
  PersonConnection: PersonConnectionModel;
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonMention: MentionDoc;
  PersonOverridePayload: Omit<PersonOverridePayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  PersonRoleMention: PersonRoleModel;
  PublishedFeedUrls: PublishedFeedUrls;
  Query: Record<PropertyKey, never>;
  Quote: QuoteDoc;
  QuoteConnection: QuoteConnectionModel;
  QuoteEdge: Omit<QuoteEdge, 'node'> & { node: ResolversParentTypes['Quote'] };
  RefreshSourcePayload: Omit<RefreshSourcePayload, 'source'> & { source?: Maybe<ResolversParentTypes['Source']> };
  RelatedStory: RelationDoc;
  SearchConnection: SearchConnectionModel;
  SearchHit: SearchHitModel;
  SearchHitEdge: Omit<SearchHitEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  Source: SourceDoc;
  SourceConnection: SourceConnectionModel;
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourceFetchError: SourceFetchError;
  SourceHeadline: LinkDoc;
  SourceHealth: SourceDoc;
  SourcePayload: Omit<SourcePayload, 'source'> & { source?: Maybe<ResolversParentTypes['Source']> };
  SourceWebSub: WebSubDoc;
  Speaker: ResolversUnionTypes<ResolversParentTypes>['Speaker'];
  SplitPersonPayload: Omit<SplitPersonPayload, 'person' | 'splitOff'> & { person?: Maybe<ResolversParentTypes['Person']>, splitOff?: Maybe<ResolversParentTypes['Person']> };
  Story: StoryDoc;
  StoryConnection: ConnectionModel<StoryDoc>;
  StoryEdge: Omit<StoryEdge, 'node'> & { node: ResolversParentTypes['Story'] };
  StoryFilter: StoryFilter;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TimeWindow: TimeWindow;
  TimeWindowInput: TimeWindowInput;
  Topic: TopicDoc;
  TopicConnection: TopicConnectionModel;
  TopicEdge: Omit<TopicEdge, 'node'> & { node: ResolversParentTypes['Topic'] };
  TopicOverridePayload: Omit<TopicOverridePayload, 'topic'> & { topic?: Maybe<ResolversParentTypes['Topic']> };
  TrendingPerson: TrendModel<PersonDoc>;
  TrendingTopic: TrendModel<TopicDoc>;
  UserError: UserError;
};

export type AddSourcePayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AddSourcePayload'] = ResolversParentTypes['AddSourcePayload']> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  authors?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  bodyHtml?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bodyText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  images?: Resolver<Array<ResolversTypes['ArticleImage']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastChangedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['PersonMention']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['Quote']>, ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['RelatedStory']>, ParentType, ContextType, RequireFields<ArticleRelatedArgs, 'first'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  story?: Resolver<Maybe<ResolversTypes['Story']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['ArticleVersion']>, ParentType, ContextType, RequireFields<ArticleVersionsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ArticleFacetsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ArticleFacets'] = ResolversParentTypes['ArticleFacets']> = {
  days?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleImageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ArticleImage'] = ResolversParentTypes['ArticleImage']> = {
  caption?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  credit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArticleVersionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ArticleVersion'] = ResolversParentTypes['ArticleVersion']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DiscoverFeedsPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DiscoverFeedsPayload'] = ResolversParentTypes['DiscoverFeedsPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  feeds?: Resolver<Array<ResolversTypes['DiscoveredFeed']>, ParentType, ContextType>;
};

export type DiscoveredFeedResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DiscoveredFeed'] = ResolversParentTypes['DiscoveredFeed']> = {
  format?: Resolver<ResolversTypes['DiscoveredFeedFormat'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['DiscoveryMethod'], ParentType, ContextType>;
};

export type EntitySetResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['EntitySet'] = ResolversParentTypes['EntitySet']> = {
  all?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  any?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  none?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type FacetCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FacetCount'] = ResolversParentTypes['FacetCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeedResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Feed'] = ResolversParentTypes['Feed']> = {
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<FeedArticlesArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['FeedDefinition'], ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['ArticleFacets'], ParentType, ContextType, RequireFields<FeedFacetsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedUrls?: Resolver<ResolversTypes['PublishedFeedUrls'], ParentType, ContextType>;
  stories?: Resolver<ResolversTypes['StoryConnection'], ParentType, ContextType, RequireFields<FeedStoriesArgs, 'first'>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FeedConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FeedConnection'] = ResolversParentTypes['FeedConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FeedEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Feed']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FeedDefinitionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FeedDefinition'] = ResolversParentTypes['FeedDefinition']> = {
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  minSources?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  people?: Resolver<ResolversTypes['EntitySet'], ParentType, ContextType>;
  ranking?: Resolver<ResolversTypes['FeedRanking'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['EntitySet'], ParentType, ContextType>;
  stories?: Resolver<ResolversTypes['EntitySet'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<ResolversTypes['EntitySet'], ParentType, ContextType>;
  weights?: Resolver<Array<ResolversTypes['FeedWeight']>, ParentType, ContextType>;
  window?: Resolver<Maybe<ResolversTypes['TimeWindow']>, ParentType, ContextType>;
};

export type FeedEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FeedEdge'] = ResolversParentTypes['FeedEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Feed'], ParentType, ContextType>;
};

export type FeedPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FeedPayload'] = ResolversParentTypes['FeedPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  feed?: Resolver<Maybe<ResolversTypes['Feed']>, ParentType, ContextType>;
};

export type FeedUpdateResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FeedUpdate'] = ResolversParentTypes['FeedUpdate']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FeedUpdateKind'], ParentType, ContextType>;
};

export type FeedWeightResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FeedWeight'] = ResolversParentTypes['FeedWeight']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type FetchOutcomeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FetchOutcome'] = ResolversParentTypes['FetchOutcome']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FetchStatus'], ParentType, ContextType>;
  unchangedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportOpmlPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportOpmlPayload'] = ResolversParentTypes['ImportOpmlPayload']> = {
  createdCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  existingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<Array<ResolversTypes['OpmlFailedEntry']>, ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['OpmlSkippedEntry']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type IngestPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['IngestPayload'] = ResolversParentTypes['IngestPayload']> = {
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  newCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  unchangedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addPersonAlias?: Resolver<ResolversTypes['PersonOverridePayload'], ParentType, ContextType, RequireFields<MutationAddPersonAliasArgs, 'alias' | 'personId'>>;
  addSource?: Resolver<ResolversTypes['AddSourcePayload'], ParentType, ContextType, RequireFields<MutationAddSourceArgs, 'url'>>;
  createFeed?: Resolver<ResolversTypes['FeedPayload'], ParentType, ContextType, RequireFields<MutationCreateFeedArgs, 'definition' | 'name'>>;
  deleteFeed?: Resolver<ResolversTypes['FeedPayload'], ParentType, ContextType, RequireFields<MutationDeleteFeedArgs, 'id'>>;
  importOpml?: Resolver<ResolversTypes['ImportOpmlPayload'], ParentType, ContextType, RequireFields<MutationImportOpmlArgs, 'content'>>;
  ingest?: Resolver<ResolversTypes['IngestPayload'], ParentType, ContextType, RequireFields<MutationIngestArgs, 'input'>>;
  mergePeople?: Resolver<ResolversTypes['PersonOverridePayload'], ParentType, ContextType, RequireFields<MutationMergePeopleArgs, 'sourceId' | 'targetId'>>;
  mergeTopics?: Resolver<ResolversTypes['TopicOverridePayload'], ParentType, ContextType, RequireFields<MutationMergeTopicsArgs, 'sourceId' | 'targetId'>>;
  refreshSource?: Resolver<ResolversTypes['RefreshSourcePayload'], ParentType, ContextType, RequireFields<MutationRefreshSourceArgs, 'id'>>;
  removeSource?: Resolver<ResolversTypes['SourcePayload'], ParentType, ContextType, RequireFields<MutationRemoveSourceArgs, 'id'>>;
  resumeSource?: Resolver<ResolversTypes['SourcePayload'], ParentType, ContextType, RequireFields<MutationResumeSourceArgs, 'id'>>;
  setPersonHidden?: Resolver<ResolversTypes['PersonOverridePayload'], ParentType, ContextType, RequireFields<MutationSetPersonHiddenArgs, 'hidden' | 'personId'>>;
  setTopicHidden?: Resolver<ResolversTypes['TopicOverridePayload'], ParentType, ContextType, RequireFields<MutationSetTopicHiddenArgs, 'hidden' | 'topicId'>>;
  splitPerson?: Resolver<ResolversTypes['SplitPersonPayload'], ParentType, ContextType, RequireFields<MutationSplitPersonArgs, 'names' | 'personId'>>;
  updateFeed?: Resolver<ResolversTypes['FeedPayload'], ParentType, ContextType, RequireFields<MutationUpdateFeedArgs, 'id'>>;
};

export type NodeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Article' | 'Feed' | 'Person' | 'Quote' | 'Source' | 'Story' | 'Topic', ParentType, ContextType>;
};

export type OpmlFailedEntryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OpmlFailedEntry'] = ResolversParentTypes['OpmlFailedEntry']> = {
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OpmlSkippedEntryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OpmlSkippedEntry'] = ResolversParentTypes['OpmlSkippedEntry']> = {
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<PersonArticlesArgs, 'first' | 'role'>>;
  hidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quotes?: Resolver<ResolversTypes['QuoteConnection'], ParentType, ContextType, RequireFields<PersonQuotesArgs, 'first'>>;
  roles?: Resolver<Array<ResolversTypes['PersonRoleMention']>, ParentType, ContextType, RequireFields<PersonRolesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PersonMentionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PersonMention'] = ResolversParentTypes['PersonMention']> = {
  inBody?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inCaptions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inLead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inTitle?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nameAsWritten?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  salience?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PersonOverridePayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PersonOverridePayload'] = ResolversParentTypes['PersonOverridePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
};

export type PersonRoleMentionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PersonRoleMention'] = ResolversParentTypes['PersonRoleMention']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublishedFeedUrlsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PublishedFeedUrls'] = ResolversParentTypes['PublishedFeedUrls']> = {
  atom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  json?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rss?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, Partial<QueryArticleArgs>>;
  articleFacets?: Resolver<ResolversTypes['ArticleFacets'], ParentType, ContextType, RequireFields<QueryArticleFacetsArgs, 'first'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first' | 'orderBy'>>;
  discoverFeeds?: Resolver<ResolversTypes['DiscoverFeedsPayload'], ParentType, ContextType, RequireFields<QueryDiscoverFeedsArgs, 'siteUrl'>>;
  exportOpml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feed?: Resolver<Maybe<ResolversTypes['Feed']>, ParentType, ContextType, RequireFields<QueryFeedArgs, 'id'>>;
  feedPreview?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryFeedPreviewArgs, 'definition' | 'first'>>;
  myFeeds?: Resolver<ResolversTypes['FeedConnection'], ParentType, ContextType, RequireFields<QueryMyFeedsArgs, 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, Partial<QueryPersonArgs>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  searchPeople?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QuerySearchPeopleArgs, 'first' | 'query'>>;
  searchTopics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType, RequireFields<QuerySearchTopicsArgs, 'first' | 'query'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  stories?: Resolver<ResolversTypes['StoryConnection'], ParentType, ContextType, RequireFields<QueryStoriesArgs, 'first'>>;
  story?: Resolver<Maybe<ResolversTypes['Story']>, ParentType, ContextType, RequireFields<QueryStoryArgs, 'id'>>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType, Partial<QueryTopicArgs>>;
  topics?: Resolver<ResolversTypes['TopicConnection'], ParentType, ContextType, RequireFields<QueryTopicsArgs, 'first'>>;
  trendingPeople?: Resolver<Array<ResolversTypes['TrendingPerson']>, ParentType, ContextType, RequireFields<QueryTrendingPeopleArgs, 'baselineDays' | 'first' | 'windowHours'>>;
  trendingTopics?: Resolver<Array<ResolversTypes['TrendingTopic']>, ParentType, ContextType, RequireFields<QueryTrendingTopicsArgs, 'baselineDays' | 'first' | 'windowHours'>>;
};

export type QuoteResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Speaker']>, ParentType, ContextType>;
  speakerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QuoteConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuoteConnection'] = ResolversParentTypes['QuoteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QuoteEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Quote']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QuoteEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuoteEdge'] = ResolversParentTypes['QuoteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Quote'], ParentType, ContextType>;
};

export type RefreshSourcePayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RefreshSourcePayload'] = ResolversParentTypes['RefreshSourcePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  newCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['FetchOutcomeKind']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  updatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelatedStoryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RelatedStory'] = ResolversParentTypes['RelatedStory']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RelationKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchHitEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleHighlight?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchHitEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SearchHitEdge'] = ResolversParentTypes['SearchHitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<SourceArticlesArgs, 'first'>>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  errorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fullArticles?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  headlines?: Resolver<Array<ResolversTypes['SourceHeadline']>, ParentType, ContextType, RequireFields<SourceHeadlinesArgs, 'first'>>;
  health?: Resolver<ResolversTypes['SourceHealth'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  lastFetch?: Resolver<Maybe<ResolversTypes['FetchOutcome']>, ParentType, ContextType>;
  siteUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourceFetchErrorResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SourceFetchError'] = ResolversParentTypes['SourceFetchError']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['FailureGrade'], ParentType, ContextType>;
  httpStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['FetchOutcomeKind'], ParentType, ContextType>;
};

export type SourceHeadlineResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SourceHeadline'] = ResolversParentTypes['SourceHeadline']> = {
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceHealthResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SourceHealth'] = ResolversParentTypes['SourceHealth']> = {
  errorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemsPerDay?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['SourceFetchError']>, ParentType, ContextType>;
  lastFetchAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastOutcome?: Resolver<Maybe<ResolversTypes['FetchOutcomeKind']>, ParentType, ContextType>;
  lastSuccessAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  leasedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextFetchAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pausedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pausedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  polled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scheduleReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  webSub?: Resolver<Maybe<ResolversTypes['SourceWebSub']>, ParentType, ContextType>;
};

export type SourcePayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SourcePayload'] = ResolversParentTypes['SourcePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type SourceWebSubResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SourceWebSub'] = ResolversParentTypes['SourceWebSub']> = {
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  hub?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastPushAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['WebSubState'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SpeakerResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Speaker'] = ResolversParentTypes['Speaker']> = {
  __resolveType: TypeResolveFn<'Person' | 'Topic', ParentType, ContextType>;
};

export type SplitPersonPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SplitPersonPayload'] = ResolversParentTypes['SplitPersonPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  splitOff?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
};

export type StoryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Story'] = ResolversParentTypes['Story']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<StoryArticlesArgs, 'first'>>;
  firstSeen?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<StoryPeopleArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType, RequireFields<StoryTopicsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StoryConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['StoryConnection'] = ResolversParentTypes['StoryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StoryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Story']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StoryEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['StoryEdge'] = ResolversParentTypes['StoryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Story'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  feedUpdated?: SubscriptionResolver<ResolversTypes['FeedUpdate'], "feedUpdated", ParentType, ContextType, RequireFields<SubscriptionFeedUpdatedArgs, 'feedId'>>;
};

export type TimeWindowResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TimeWindow'] = ResolversParentTypes['TimeWindow']> = {
  after?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastHours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TopicResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<TopicArticlesArgs, 'first'>>;
  hidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TopicKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quotes?: Resolver<ResolversTypes['QuoteConnection'], ParentType, ContextType, RequireFields<TopicQuotesArgs, 'first'>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TopicConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TopicConnection'] = ResolversParentTypes['TopicConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TopicEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TopicEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TopicEdge'] = ResolversParentTypes['TopicEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type TopicOverridePayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TopicOverridePayload'] = ResolversParentTypes['TopicOverridePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type TrendingPersonResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TrendingPerson'] = ResolversParentTypes['TrendingPerson']> = {
  baselineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  baselinePerHour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expectedCount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  recentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recentPerHour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TrendingTopicResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TrendingTopic'] = ResolversParentTypes['TrendingTopic']> = {
  baselineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  baselinePerHour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expectedCount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recentPerHour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphContext> = {
  AddSourcePayload?: AddSourcePayloadResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleFacets?: ArticleFacetsResolvers<ContextType>;
  ArticleImage?: ArticleImageResolvers<ContextType>;
  ArticleVersion?: ArticleVersionResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DiscoverFeedsPayload?: DiscoverFeedsPayloadResolvers<ContextType>;
  DiscoveredFeed?: DiscoveredFeedResolvers<ContextType>;
  EntitySet?: EntitySetResolvers<ContextType>;
  FacetCount?: FacetCountResolvers<ContextType>;
  Feed?: FeedResolvers<ContextType>;
  FeedConnection?: FeedConnectionResolvers<ContextType>;
  FeedDefinition?: FeedDefinitionResolvers<ContextType>;
  FeedEdge?: FeedEdgeResolvers<ContextType>;
  FeedPayload?: FeedPayloadResolvers<ContextType>;
  FeedUpdate?: FeedUpdateResolvers<ContextType>;
  FeedWeight?: FeedWeightResolvers<ContextType>;
  FetchOutcome?: FetchOutcomeResolvers<ContextType>;
  ImportOpmlPayload?: ImportOpmlPayloadResolvers<ContextType>;
  IngestPayload?: IngestPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OpmlFailedEntry?: OpmlFailedEntryResolvers<ContextType>;
  OpmlSkippedEntry?: OpmlSkippedEntryResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PersonMention?: PersonMentionResolvers<ContextType>;
  PersonOverridePayload?: PersonOverridePayloadResolvers<ContextType>;
  PersonRoleMention?: PersonRoleMentionResolvers<ContextType>;
  PublishedFeedUrls?: PublishedFeedUrlsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteConnection?: QuoteConnectionResolvers<ContextType>;
  QuoteEdge?: QuoteEdgeResolvers<ContextType>;
  RefreshSourcePayload?: RefreshSourcePayloadResolvers<ContextType>;
  RelatedStory?: RelatedStoryResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchHitEdge?: SearchHitEdgeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  SourceFetchError?: SourceFetchErrorResolvers<ContextType>;
  SourceHeadline?: SourceHeadlineResolvers<ContextType>;
  SourceHealth?: SourceHealthResolvers<ContextType>;
  SourcePayload?: SourcePayloadResolvers<ContextType>;
  SourceWebSub?: SourceWebSubResolvers<ContextType>;
  Speaker?: SpeakerResolvers<ContextType>;
  SplitPersonPayload?: SplitPersonPayloadResolvers<ContextType>;
  Story?: StoryResolvers<ContextType>;
  StoryConnection?: StoryConnectionResolvers<ContextType>;
  StoryEdge?: StoryEdgeResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TimeWindow?: TimeWindowResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  TopicConnection?: TopicConnectionResolvers<ContextType>;
  TopicEdge?: TopicEdgeResolvers<ContextType>;
  TopicOverridePayload?: TopicOverridePayloadResolvers<ContextType>;
  TrendingPerson?: TrendingPersonResolvers<ContextType>;
  TrendingTopic?: TrendingTopicResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

