import type { ArticleDoc, PersonDoc, QuoteDoc, SourceDoc, TopicDoc } from './storage/documents.js';

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
