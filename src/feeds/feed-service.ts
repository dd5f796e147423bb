import { randomBytes } from 'node:crypto';
import type { ConnectionModel, SearchHitModel } from '../connection.js';
import { definitionProblems, type DefinitionProblem, type FeedDefinition } from '../domain/feed-definition.js';
import { InputError } from '../domain/input-error.js';
import type { GraphReader } from '../graph-reader.js';
import { loadStory, type Loaders } from '../loaders.js';
import type { ArticleFacetCounts, ArticleQuery } from '../storage/article-repository.js';
import type { ArticleDoc, FeedDoc, StoryDoc } from '../storage/documents.js';
import type { Repositories } from '../storage/repositories.js';
import { definitionQuery } from './definition-query.js';
import { queryTerms } from './highlight.js';
import { rankArticles } from './rank-articles.js';
import { trendScores, type TrendScore } from './trend.js';

/** Ranked feeds are computed over at most this many newest matching articles. */
export const RANKING_POOL = 500;
const EMPTY_RANKING: Pick<FeedDefinition, 'weights'> = { weights: [] };
/** Most stories considered when a feed asks for a minimum number of covering sources. */
const COVERED_STORIES = 2000;
/** Trend window used by TRENDING ranking: last 24 hours against the week before. */
const FEED_TREND = { windowHours: 24, baselineHours: 24 * 8 };

/**
 * Custom feeds: saved definitions, their validation against the graph, and reading them (ranked,
 * faceted). Owner checks live here: only the API key that created a feed may change it.
 */
export class FeedService {
  constructor(
    private readonly repos: Repositories,
    /** NEWEST feeds are plain keyset pages of articles, as the reader serves them. */
    private readonly reader: GraphReader,
    private readonly now: () => Date,
  ) {}

  /** Everything wrong with a definition: shape problems and ids that do not exist (three lookups). */
  async problems(definition: FeedDefinition): Promise<DefinitionProblem[]> {
    const problems = definitionProblems(definition);
    const missing = async (ids: string[], load: (ids: string[]) => Promise<unknown[]>, field: string, what: string) => {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return;
      const docs = await load(unique);
      const unknown = unique.filter((_id, i) => !docs[i]);
      if (unknown.length > 0) problems.push({ field, message: `${field}: ${unknown.length === 1 ? `no ${what} has the id` : `no ${what}s have the ids`} ${unknown.map((id) => JSON.stringify(id)).join(', ')}` });
    };
    const all = (set: FeedDefinition['topics']) => [...set.any, ...set.all, ...set.none];
    const weightIds = (kind: 'Topic' | 'Person') => definition.weights.filter((w) => w.kind === kind).map((w) => w.id);
    await Promise.all([
      missing([...all(definition.topics), ...weightIds('Topic')], (ids) => this.repos.topics.findByIds(ids), 'topics', 'topic'),
      missing([...all(definition.people), ...weightIds('Person')], (ids) => this.repos.people.findByIds(ids), 'people', 'person'),
      missing(all(definition.sources), (ids) => this.repos.sources.findByIds(ids), 'sources', 'source'),
      missing(all(definition.stories), (ids) => this.repos.stories.findByIds(ids), 'stories', 'story'),
    ]);
    return problems;
  }

  async create(owner: string, name: string, definition: FeedDefinition): Promise<{ feed?: FeedDoc; problems: DefinitionProblem[] }> {
    const problems = [...nameProblems(name), ...(await this.problems(definition))];
    if (problems.length > 0) return { problems };
    const now = this.now();
    const feed: FeedDoc = { _id: randomBytes(12).toString('base64url'), owner, name: name.trim(), definition, createdAt: now, updatedAt: now };
    await this.repos.feeds.insert(feed);
    return { feed, problems: [] };
  }

  async update(owner: string, id: string, changes: { name?: string; definition?: FeedDefinition }): Promise<{ feed?: FeedDoc; problems: DefinitionProblem[] }> {
    const problems = [...(changes.name !== undefined ? nameProblems(changes.name) : []), ...(changes.definition ? await this.problems(changes.definition) : [])];
    if (problems.length > 0) return { problems };
    const feed = await this.repos.feeds.update(id, owner, {
      ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
      ...(changes.definition ? { definition: changes.definition } : {}),
      updatedAt: this.now(),
    });
    return feed ? { feed, problems: [] } : { problems: [{ field: 'id', message: 'no feed of yours has this id' }] };
  }

  delete(owner: string, id: string): Promise<boolean> {
    return this.repos.feeds.delete(id, owner);
  }

  /** A feed's articles in its ranking. NEWEST pages by keyset; other rankings page through a bounded pool. */
  async articles(loaders: Loaders, definition: FeedDefinition, first: number, after?: string | null): Promise<ConnectionModel<ArticleDoc>> {
    const query = await this.query(definition);
    if (definition.ranking === 'NEWEST') return this.reader.articles(loaders, query, 'PUBLISHED_AT_DESC', first, after);
    return this.rankedPage(loaders, query, definition, first, after, (doc) => doc);
  }

  /** Full-text search, best match first, as hits with their scores and the query's terms for highlighting. */
  search(loaders: Loaders, query: ArticleQuery & { text: string }, first: number, after?: string | null): Promise<ConnectionModel<SearchHitModel>> {
    const terms = queryTerms(query.text);
    const definition = { ...EMPTY_RANKING, ranking: 'RELEVANCE' as const };
    return this.rankedPage(loaders, query, definition, first, after, (doc) => ({ article: doc, score: doc.textScore ?? 0, terms }));
  }

  private async rankedPage<T>(
    loaders: Loaders,
    query: ArticleQuery,
    definition: Pick<FeedDefinition, 'ranking' | 'weights'>,
    first: number,
    after: string | null | undefined,
    toNode: (doc: ArticleDoc & { textScore?: number }) => T,
  ): Promise<ConnectionModel<T>> {
    const offset = after ? decodeOffset(after) : 0;
    const ranked = await this.rankedPool(query, definition);
    const slice = ranked.slice(offset, offset + first);
    for (const doc of slice) loaders.articleById.prime(doc._id, doc);
    const cursors = slice.map((_doc, i) => encodeOffset(offset + i + 1));
    return {
      edges: slice.map((doc, i) => ({ cursor: cursors[i] as string, node: toNode(doc) })),
      pageInfo: pageInfo(cursors, offset + first < ranked.length, offset > 0),
      totalCount: async () => ranked.length,
    };
  }

  /**
   * The stories a feed's articles belong to, in the order of their best article in the feed's ranking
   * (newest first for NEWEST), over the same bounded pool as ranked feeds; merged stories resolve to
   * the story they were merged into.
   */
  async stories(loaders: Loaders, definition: FeedDefinition, first: number, after?: string | null): Promise<ConnectionModel<StoryDoc>> {
    const offset = after ? decodeOffset(after) : 0;
    const ranked = await this.rankedPool(await this.query(definition), definition);
    const storyIds = [...new Set(ranked.map((doc) => doc.storyId).filter((id): id is string => Boolean(id)))];
    const stories = (await Promise.all(storyIds.map((id) => loadStory(loaders, id)))).filter((doc): doc is StoryDoc => doc !== null);
    const unique = [...new Map(stories.map((doc) => [doc._id, doc])).values()];
    const slice = unique.slice(offset, offset + first);
    const cursors = slice.map((_doc, i) => encodeOffset(offset + i + 1));
    return {
      edges: slice.map((doc, i) => ({ cursor: cursors[i] as string, node: doc })),
      pageInfo: pageInfo(cursors, offset + first < unique.length, offset > 0),
      totalCount: async () => unique.length,
    };
  }

  async facets(definition: FeedDefinition, top: number): Promise<ArticleFacetCounts> {
    return this.repos.articles.facets(await this.query(definition), top);
  }

  /**
   * A definition as a storage query. "Minimum sources" counts the sources of the article's story (the
   * event's coverage), so stories covered widely enough are looked up first (bounded, by lastSeen).
   */
  private async query(definition: FeedDefinition): Promise<ArticleQuery> {
    const now = this.now();
    const query = definitionQuery(definition, now);
    if (definition.minSources && definition.minSources > 1) {
      query.coveredStoryIds = await this.repos.stories.idsCoveredBy(definition.minSources, query.publishedAfter, COVERED_STORIES);
    }
    return query;
  }

  /** Facets over any article query (the `articleFacets` field). */
  facetsOf(query: ArticleQuery, top: number): Promise<ArticleFacetCounts> {
    return this.repos.articles.facets(query, top);
  }

  /** Topics or people mentioned more in the last `windowHours` than their baseline predicts. */
  async trending(field: 'topicIds' | 'personIds', windowHours: number, baselineHours: number, limit: number): Promise<TrendScore[]> {
    const now = this.now().getTime();
    const counts = await this.repos.articles.mentionCounts(field, new Date(now - baselineHours * 3_600_000), new Date(now - windowHours * 3_600_000), 2);
    return trendScores(counts, windowHours, baselineHours, limit);
  }

  /** The newest RANKING_POOL matching articles in the definition's ranking (one query, two more for TRENDING). */
  private async rankedPool(query: ArticleQuery, definition: Pick<FeedDefinition, 'ranking' | 'weights'>): Promise<(ArticleDoc & { textScore?: number })[]> {
    const [pool, trends] = await Promise.all([
      this.repos.articles.findCandidates(query, RANKING_POOL),
      definition.ranking === 'TRENDING' ? this.trendMap() : Promise.resolve(new Map<string, number>()),
    ]);
    return rankArticles(pool, definition, { now: this.now(), trends });
  }

  private async trendMap(): Promise<Map<string, number>> {
    const [topics, people] = await Promise.all([
      this.trending('topicIds', FEED_TREND.windowHours, FEED_TREND.baselineHours, 200),
      this.trending('personIds', FEED_TREND.windowHours, FEED_TREND.baselineHours, 200),
    ]);
    return new Map([...topics, ...people].map((t) => [t.id, t.score]));
  }
}

function nameProblems(name: string): DefinitionProblem[] {
  const trimmed = name.trim();
  if (!trimmed) return [{ field: 'name', message: 'name must not be empty' }];
  if (trimmed.length > 200) return [{ field: 'name', message: 'name must be at most 200 characters' }];
  return [];
}

function pageInfo(cursors: string[], hasNextPage: boolean, hasPreviousPage: boolean): ConnectionModel<unknown>['pageInfo'] {
  return { hasNextPage, hasPreviousPage, startCursor: cursors[0] ?? null, endCursor: cursors[cursors.length - 1] ?? null };
}

function encodeOffset(offset: number): string {
  return Buffer.from(`rank:${offset}`).toString('base64url');
}

function decodeOffset(cursor: string): number {
  const match = /^rank:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new InputError(`invalid cursor "${cursor.slice(0, 40)}": pass a cursor returned by this feed`, 'after');
  return Number(match[1]);
}
