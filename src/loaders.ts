import DataLoader from 'dataloader';
import type { ArticleDoc, PersonDoc, RelationDoc, SourceDoc, TopicDoc } from './storage/documents.js';
import type { Repositories } from './storage/repositories.js';

/**
 * Per-request loaders: every field that reads by id goes through one of these, so a query for N
 * articles with their authors, people, topics and sources costs one command per collection and level,
 * not N. Created fresh per request so no data leaks between requests or goes stale.
 */
export interface Loaders {
  articleById: DataLoader<string, ArticleDoc | null>;
  personById: DataLoader<string, PersonDoc | null>;
  topicById: DataLoader<string, TopicDoc | null>;
  sourceById: DataLoader<string, SourceDoc | null>;
  relatedByArticleId: DataLoader<string, RelationDoc[]>;
}

export function createLoaders(repos: Repositories): Loaders {
  return {
    articleById: new DataLoader((ids) => repos.articles.findByIds(ids)),
    personById: new DataLoader((ids) => repos.people.findByIds(ids)),
    topicById: new DataLoader((ids) => repos.topics.findByIds(ids)),
    sourceById: new DataLoader((ids) => repos.sources.findByIds(ids)),
    relatedByArticleId: new DataLoader((ids) => repos.relations.findByFromIds(ids)),
  };
}

/** Loads many ids, dropping the ones that no longer exist (a dangling reference is not an error). */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const docs = await loader.loadMany(ids);
  return docs.filter((doc): doc is T => doc !== null && !(doc instanceof Error));
}
