import type { ArticleDoc, FeedDoc, PersonDoc, QuoteDoc, SourceDoc, TopicDoc } from './storage/documents.js';

/**
 * What a connection resolver returns: one page already read, and a count that runs only when a client
 * asks for `totalCount` (a count is a second database command; most dashboards never ask).
 */
export interface ConnectionModel<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

export type ArticleConnectionModel = ConnectionModel<ArticleDoc>;
export type PersonConnectionModel = ConnectionModel<PersonDoc>;
export type TopicConnectionModel = ConnectionModel<TopicDoc>;
export type SourceConnectionModel = ConnectionModel<SourceDoc>;
export type QuoteConnectionModel = ConnectionModel<QuoteDoc>;

/** A role a person was given, with the article it came from. */
export interface PersonRoleModel {
  role: string;
  article: ArticleDoc;
}

/** One facet value with its count; the label is looked up when asked for. */
export interface FacetModel {
  kind: 'Topic' | 'Person' | 'Source' | 'language' | 'day';
  value: string;
  count: number;
}

export interface FacetsModel {
  total: number;
  topics: FacetModel[];
  people: FacetModel[];
  sources: FacetModel[];
  languages: FacetModel[];
  days: FacetModel[];
}

export type FeedConnectionModel = ConnectionModel<FeedDoc>;

/** A search result: the article, its text score and the query's terms (for highlighting). */
export interface SearchHitModel {
  article: ArticleDoc;
  score: number;
  terms: string[];
}

export type SearchConnectionModel = ConnectionModel<SearchHitModel>;

/** A rising topic or person with the numbers behind its score. */
export interface TrendModel<T> {
  entity: T;
  score: number;
  recent: number;
  baseline: number;
  recentRate: number;
  baselineRate: number;
  expected: number;
}
