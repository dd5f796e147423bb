import DataLoader from 'dataloader';
import type { PersonRoleModel } from './connection.js';
import type { StoryDoc } from './storage/documents.js';
import type { ArticleDoc, FeedDoc, PersonDoc, QuoteDoc, RelationDoc, SourceDoc, TopicDoc } from './storage/documents.js';
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
  quoteById: DataLoader<string, QuoteDoc | null>;
  quotesByArticleId: DataLoader<string, QuoteDoc[]>;
  storyById: DataLoader<string, StoryDoc | null>;
  rolesByPersonId: DataLoader<string, PersonRoleModel[]>;
  feedById: DataLoader<string, FeedDoc | null>;
}

/** Most roles read per person: the newest articles' descriptions are the ones worth showing. */
export const ROLES_PER_PERSON = 100;

export function createLoaders(repos: Repositories): Loaders {
  return {
    articleById: new DataLoader((ids) => repos.articles.findByIds(ids)),
    personById: new DataLoader((ids) => repos.people.findByIds(ids)),
    topicById: new DataLoader((ids) => repos.topics.findByIds(ids)),
    sourceById: new DataLoader((ids) => repos.sources.findByIds(ids)),
    relatedByArticleId: new DataLoader((ids) => repos.relations.findByFromIds(ids)),
    quoteById: new DataLoader((ids) => repos.quotes.findByIds(ids)),
    quotesByArticleId: new DataLoader((ids) => repos.quotes.findByArticleIds(ids)),
    storyById: new DataLoader((ids) => repos.stories.findByIds(ids)),
    rolesByPersonId: new DataLoader((ids) => repos.articles.rolesByPersonIds(ids, ROLES_PER_PERSON)),
    feedById: new DataLoader((ids) => repos.feeds.findByIds(ids)),
  };
}

/** Loads many ids, dropping the ones that no longer exist (a dangling reference is not an error). */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const docs = await loader.loadMany(ids);
  return docs.filter((doc): doc is T => doc !== null && !(doc instanceof Error));
}

/** Like loadExisting, leaving out people and topics a user hid as false entities. */
export async function loadVisible<T extends { hidden?: boolean }>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  return (await loadExisting(loader, ids)).filter((doc) => !doc.hidden);
}

/** Merge chains are short (a merged story is never a candidate again); this only guards a corrupt cycle. */
const MAX_MERGE_HOPS = 8;

/** A story by id; a merged story resolves to the one it was merged into. */
export async function loadStory(loaders: Loaders, id: string): Promise<StoryDoc | null> {
  let doc = await loaders.storyById.load(id);
  for (let hop = 0; doc?.mergedInto && hop < MAX_MERGE_HOPS; hop++) doc = await loaders.storyById.load(doc.mergedInto);
  return doc;
}
