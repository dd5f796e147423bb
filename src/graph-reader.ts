import type { TopicKind } from './domain/article.js';
import type { ConnectionModel } from './connection.js';
import type { Loaders } from './loaders.js';
import type { ArticleDoc, FeedDoc, PersonDoc, QuoteDoc, SourceDoc, SourceKind, TopicDoc } from './storage/documents.js';
import type { ArticleOrder, ArticleQuery } from './storage/article-repository.js';
import type { Page } from './storage/keyset-page.js';
import type { StoryDoc } from './storage/documents.js';
import type { StoryQuery } from './storage/story-repository.js';
import type { Repositories } from './storage/repositories.js';
import { canonicalizeUrl } from './ingest/merge/canonical-url.js';
import { urlKey } from './ingest/article-candidate.js';
import { slugify } from './domain/text-keys.js';

/**
 * Reads for list and lookup fields that are not by id: pages of articles, people, topics, sources,
 * and lookups by URL, name or slug. Each page is one command; documents read are primed into the
 * request's loaders so later by-id reads of them are free.
 */
export class GraphReader {
  constructor(private readonly repos: Repositories) {}

  async articles(loaders: Loaders, query: ArticleQuery, order: ArticleOrder, first: number, after?: string | null): Promise<ConnectionModel<ArticleDoc>> {
    const page = await this.repos.articles.findPage(query, order, first, after);
    for (const { doc } of page.items) loaders.articleById.prime(doc._id, doc);
    return toConnection(page, () => this.repos.articles.count(query));
  }

  async people(loaders: Loaders, nameStartsWith: string | undefined, first: number, after?: string | null): Promise<ConnectionModel<PersonDoc>> {
    const page = await this.repos.people.findPage(nameStartsWith, first, after);
    for (const { doc } of page.items) loaders.personById.prime(doc._id, doc);
    return toConnection(page, () => this.repos.people.count(nameStartsWith));
  }

  async topics(loaders: Loaders, kind: TopicKind | undefined, first: number, after?: string | null): Promise<ConnectionModel<TopicDoc>> {
    const page = await this.repos.topics.findPage(kind, first, after);
    for (const { doc } of page.items) loaders.topicById.prime(doc._id, doc);
    return toConnection(page, () => this.repos.topics.count(kind));
  }

  async sources(loaders: Loaders, kind: SourceKind | undefined, first: number, after?: string | null): Promise<ConnectionModel<SourceDoc>> {
    const page = await this.repos.sources.findPage(kind, first, after);
    for (const { doc } of page.items) loaders.sourceById.prime(doc._id, doc);
    return toConnection(page, () => this.repos.sources.count(kind));
  }

  async quotesBySpeaker(loaders: Loaders, speakerId: string, first: number, after?: string | null): Promise<ConnectionModel<QuoteDoc>> {
    const page = await this.repos.quotes.findPageBySpeaker(speakerId, first, after);
    for (const { doc } of page.items) loaders.quoteById.prime(doc._id, doc);
    return toConnection(page, () => this.repos.quotes.countBySpeaker(speakerId));
  }

  async feeds(loaders: Loaders, owner: string, first: number, after?: string | null): Promise<ConnectionModel<FeedDoc>> {
    const page = await this.repos.feeds.findPageByOwner(owner, first, after);
    for (const { doc } of page.items) loaders.feedById.prime(doc._id, doc);
    return toConnection(page, () => this.repos.feeds.countByOwner(owner));
  }

  searchPeople(text: string, limit: number): Promise<PersonDoc[]> {
    return this.repos.people.search(text, limit);
  }

  searchTopics(text: string, limit: number): Promise<TopicDoc[]> {
    return this.repos.topics.search(text, limit);
  }

  async stories(loaders: Loaders, query: StoryQuery, first: number, after?: string | null): Promise<ConnectionModel<StoryDoc>> {
    const page = await this.repos.stories.findPage(query, first, after);
    for (const { doc } of page.items) loaders.storyById.prime(doc._id, doc);
    return toConnection(page, () => this.repos.stories.count(query));
  }

  async articleByUrl(url: string): Promise<ArticleDoc | null> {
    const canonical = canonicalizeUrl(url);
    if (!canonical) return null;
    const [doc] = await this.repos.articles.findByKeys([urlKey(canonical)]);
    return doc ?? null;
  }

  personByName(name: string): Promise<PersonDoc | null> {
    return this.repos.people.findByName(name);
  }

  topicBySlug(slug: string): Promise<TopicDoc | null> {
    return this.repos.topics.findBySlug(slugify(slug));
  }
}

function toConnection<T>(page: Page<T>, count: () => Promise<number>): ConnectionModel<T> {
  const first = page.items[0];
  const last = page.items[page.items.length - 1];
  return {
    edges: page.items.map(({ cursor, doc }) => ({ cursor, node: doc })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: first?.cursor ?? null,
      endCursor: last?.cursor ?? null,
    },
    totalCount: count,
  };
}
