import type { AnyBulkWriteOperation, Collection, Db, Document, Filter } from 'mongodb';
import { COLLECTIONS } from './mongo.js';
import type { ArticleDoc, ArticleSignatureDoc, StoryDoc } from './documents.js';
import { findByIdsInOrder, findPage, type Page } from './keyset-page.js';

/** Which stories to list; all given conditions hold (AND), a list matches any of its ids. */
export interface StoryQuery {
  personIds?: string[];
  topicIds?: string[];
  sourceIds?: string[];
  /** Stories still active at or after this time (lastSeen ≥). */
  seenAfter?: Date;
  /** Stories that began strictly before this time (firstSeen <). */
  seenBefore?: Date;
  /** At least this many articles. */
  minArticles?: number;
}

/** A stored story (bounded: capped centroid, keys and tallies) with the story keys it was found by. */
export type StoryCandidateDoc = StoryDoc & { foundBy: string[] };

/** A member article found by an LSH band key. */
export interface BandMemberDoc {
  articleId: string;
  storyId: string;
  minhash: number[];
  bandKey: string;
}

/** What relating needs of a candidate article: small fields only, never the body. */
export type RelatableArticleDoc = Pick<ArticleDoc, '_id' | 'title' | 'url' | 'keys' | 'sortDate' | 'storyId' | 'sourceIds' | 'relatedLinks' | 'mentions'> & {
  signature: ArticleSignatureDoc;
};

/** One assignment batch, decided in the application, written here in a fixed number of commands. */
export interface StoryWrites {
  /** Full state of every story created or changed by the batch. */
  stories: StoryDoc[];
  /** Stories folded into another: marked, emptied of keys, their articles re-pointed. */
  merges: { from: string; into: string }[];
  /** Newly assigned articles. */
  articles: { articleId: string; storyId: string; signature: ArticleSignatureDoc }[];
  /** Document-frequency increments per feature, and how many documents they came from. */
  termIncrements: Map<string, number>;
  documents: number;
}

/** The term-stats document counting articles (feature ids are tokens and `kind:slug`, never this). */
const DOCUMENTS_KEY = '#documents';
/** Sub-queries per aggregate: each is an indexed, limited query; chunks keep a command a sane size. */
const QUERIES_PER_COMMAND = 64;
const RELATABLE_PROJECTION = { _id: 1, title: 1, url: 1, keys: 1, sortDate: 1, storyId: 1, sourceIds: 1, relatedLinks: 1, 'mentions.name': 1, 'mentions.key': 1, signature: 1 } as const;

interface LimitedQuery {
  filter: Document;
  sort: Document;
  limit: number;
  /** Tag stored on each result (which key found it). */
  tag: string;
}

/**
 * Stories (one event covered by several articles) and the story side of articles: candidate lookups by
 * story key and LSH band, feature counters, assignment writes and merges. Every lookup is a set of
 * indexed queries, each with its own limit (a popular key cannot crowd out a rare one), run as one
 * aggregate of `$unionWith` branches per chunk: the cost of assigning an article does not grow with the
 * number of stored articles or stories. Story documents are written with the state the application
 * computed (centroids are truncated maps, which `$inc` cannot keep bounded), so one writer per database
 * is assumed for story assignment; article ids, story ids and edge ids are deterministic, so a retry or
 * a re-ingest rewrites the same documents.
 */
export class StoryRepository {
  private readonly stories: Collection<StoryDoc>;
  private readonly articles: Collection<ArticleDoc>;
  private readonly termCounters: Collection<{ _id: string; df: number }>;

  constructor(db: Db) {
    this.stories = db.collection<StoryDoc>(COLLECTIONS.stories);
    this.articles = db.collection<ArticleDoc>(COLLECTIONS.articles);
    this.termCounters = db.collection<{ _id: string; df: number }>(COLLECTIONS.termStats);
  }

  findByIds(ids: readonly string[]): Promise<(StoryDoc | null)[]> {
    return findByIdsInOrder(this.stories, ids);
  }

  /** Most recently active first, ties by id. */
  findPage(query: StoryQuery, first: number, after?: string | null): Promise<Page<StoryDoc>> {
    return findPage(this.stories, toFilter(query), { field: 'lastSeen', direction: -1 }, first, after);
  }

  count(query: StoryQuery): Promise<number> {
    return this.stories.countDocuments(toFilter(query));
  }

  /** Live stories filed under any of the keys and active since `since`: at most `perKeyLimit` per key, newest first. */
  async candidatesByKeys(keys: readonly string[], since: Date, perKeyLimit: number): Promise<StoryCandidateDoc[]> {
    const rows = await this.limitedUnion<StoryDoc & { tag: string }>(
      this.stories,
      [...new Set(keys)].map((key) => ({ filter: { storyKeys: key, lastSeen: { $gte: since } }, sort: { lastSeen: -1 }, limit: perKeyLimit, tag: key })),
      {},
    );
    const byId = new Map<string, StoryCandidateDoc>();
    for (const row of rows) {
      const found = byId.get(row._id);
      if (found) found.foundBy.push(row.tag);
      else {
        const { tag, ...story } = row;
        byId.set(row._id, { ...story, foundBy: [tag] });
      }
    }
    return [...byId.values()];
  }

  /** Assigned articles sharing an LSH band with the given keys: at most `perBandLimit` per band, newest first. */
  async membersByBandKeys(bandKeys: readonly string[], perBandLimit: number): Promise<BandMemberDoc[]> {
    const rows = await this.limitedUnion<ArticleDoc & { tag: string }>(
      this.articles,
      [...new Set(bandKeys)].map((key) => ({ filter: { 'signature.bandKeys': key, storyId: { $exists: true } }, sort: { sortDate: -1 }, limit: perBandLimit, tag: key })),
      { _id: 1, storyId: 1, 'signature.minhash': 1 },
    );
    return rows.flatMap((row) =>
      row.storyId && row.signature ? [{ articleId: row._id, storyId: row.storyId, minhash: row.signature.minhash, bandKey: row.tag }] : [],
    );
  }

  /** Document frequencies of these features, and the number of documents counted: one command. */
  async termStats(features: readonly string[]): Promise<{ documents: number; documentFrequency: Map<string, number> }> {
    const docs = await this.termCounters.find({ _id: { $in: [...new Set([...features, DOCUMENTS_KEY])] } }).toArray();
    const documentFrequency = new Map<string, number>();
    let documents = 0;
    for (const doc of docs) {
      if (doc._id === DOCUMENTS_KEY) documents = doc.df;
      else documentFrequency.set(doc._id, doc.df);
    }
    return { documents, documentFrequency };
  }

  /**
   * Writes one batch: story states, merges (the merged story keeps a `mergedInto` pointer and loses its
   * keys so lookups never find it again; its articles are re-pointed by the storyId index), article
   * assignments (only where the article has no story yet, so a concurrent or repeated assignment never
   * moves it) and counter increments.
   */
  async applyWrites(writes: StoryWrites, now: Date): Promise<void> {
    const storyOps: AnyBulkWriteOperation<StoryDoc>[] = writes.stories.map((story) => {
      const { _id, createdAt, ...rest } = story;
      return { updateOne: { filter: { _id }, update: { $set: { ...rest, updatedAt: now }, $setOnInsert: { createdAt } }, upsert: true } };
    });
    for (const { from, into } of writes.merges) {
      storyOps.push({ updateOne: { filter: { _id: from }, update: { $set: { mergedInto: into, storyKeys: [], updatedAt: now } } } });
    }
    if (storyOps.length) await this.stories.bulkWrite(storyOps, { ordered: true });
    const articleOps: AnyBulkWriteOperation<ArticleDoc>[] = writes.articles.map(({ articleId, storyId, signature }) => ({
      updateOne: { filter: { _id: articleId, storyId: { $exists: false } }, update: { $set: { storyId, signature } } },
    }));
    for (const { from, into } of writes.merges) articleOps.push({ updateMany: { filter: { storyId: from }, update: { $set: { storyId: into } } } });
    if (articleOps.length) await this.articles.bulkWrite(articleOps, { ordered: true });
    const termOps = [...writes.termIncrements].map(([feature, n]) => ({ updateOne: { filter: { _id: feature }, update: { $inc: { df: n } }, upsert: true } }));
    if (writes.documents > 0) termOps.push({ updateOne: { filter: { _id: DOCUMENTS_KEY }, update: { $inc: { df: writes.documents } }, upsert: true } });
    if (termOps.length) await this.termCounters.bulkWrite(termOps, { ordered: false });
  }

  /** A corrected article keeps its story; its signature follows the new headline and lead. */
  async updateSignatures(updates: readonly { articleId: string; signature: ArticleSignatureDoc }[]): Promise<void> {
    if (updates.length === 0) return;
    await this.articles.bulkWrite(
      updates.map(({ articleId, signature }) => ({ updateOne: { filter: { _id: articleId }, update: { $set: { signature } } } })),
      { ordered: false },
    );
  }

  /** Sources an already assigned article was seen in since: a story lists every source of its articles. */
  async addSources(byStory: ReadonlyMap<string, readonly string[]>): Promise<void> {
    if (byStory.size === 0) return;
    await this.stories.bulkWrite(
      [...byStory].map(([storyId, sourceIds]) => ({ updateOne: { filter: { _id: storyId }, update: { $addToSet: { sourceIds: { $each: [...sourceIds] } } } } })),
      { ordered: false },
    );
  }

  /**
   * Related-story candidates: newest members of each story, newest articles sharing each entity key or
   * LSH band, each query with its own limit. Small fields only.
   */
  async relatableCandidates(
    lookup: { storyIds: readonly string[]; entityKeys: readonly string[]; bandKeys: readonly string[] },
    limits: { perStory: number; perEntity: number; perBand: number },
  ): Promise<RelatableArticleDoc[]> {
    const queries: LimitedQuery[] = [
      ...[...new Set(lookup.storyIds)].map((id) => ({ filter: { storyId: id }, sort: { sortDate: -1, _id: -1 }, limit: limits.perStory, tag: `story:${id}` })),
      ...[...new Set(lookup.entityKeys)].map((key) => ({ filter: { 'signature.entityKeys': key }, sort: { sortDate: -1 }, limit: limits.perEntity, tag: key })),
      ...[...new Set(lookup.bandKeys)].map((key) => ({ filter: { 'signature.bandKeys': key }, sort: { sortDate: -1 }, limit: limits.perBand, tag: key })),
    ];
    const rows = await this.limitedUnion<RelatableArticleDoc & { tag: string }>(this.articles, queries, RELATABLE_PROJECTION);
    const byId = new Map<string, RelatableArticleDoc>();
    for (const { tag: _tag, ...row } of rows) if (row.signature && !byId.has(row._id)) byId.set(row._id, row);
    return [...byId.values()];
  }

  /** Runs limited queries as `$unionWith` branches, QUERIES_PER_COMMAND per aggregate, chunks in parallel. */
  private async limitedUnion<T extends Document>(collection: Collection<StoryDoc> | Collection<ArticleDoc>, queries: LimitedQuery[], projection: Document): Promise<T[]> {
    const project = Object.keys(projection).length ? [{ $project: projection }] : [];
    const branch = (q: LimitedQuery): Document[] => [{ $match: q.filter }, { $sort: q.sort }, { $limit: q.limit }, ...project, { $set: { tag: q.tag } }];
    const chunks: LimitedQuery[][] = [];
    for (let i = 0; i < queries.length; i += QUERIES_PER_COMMAND) chunks.push(queries.slice(i, i + QUERIES_PER_COMMAND));
    const results = await Promise.all(
      chunks.map((chunk) => {
        const [head, ...rest] = chunk as [LimitedQuery, ...LimitedQuery[]];
        const pipeline = [...branch(head), ...rest.map((q) => ({ $unionWith: { coll: collection.collectionName, pipeline: branch(q) } }))];
        return (collection as unknown as Collection<Document>).aggregate<T>(pipeline).toArray();
      }),
    );
    return results.flat();
  }
}

function toFilter(query: StoryQuery): Filter<StoryDoc> {
  const and: Filter<StoryDoc>[] = [{ mergedInto: { $exists: false } }];
  if (query.personIds?.length) and.push({ personIds: { $in: query.personIds } });
  if (query.topicIds?.length) and.push({ topicIds: { $in: query.topicIds } });
  if (query.sourceIds?.length) and.push({ sourceIds: { $in: query.sourceIds } });
  if (query.seenAfter) and.push({ lastSeen: { $gte: query.seenAfter } });
  if (query.seenBefore) and.push({ firstSeen: { $lt: query.seenBefore } });
  if (query.minArticles && query.minArticles > 1) and.push({ size: { $gte: query.minArticles } });
  return and.length === 1 ? (and[0] as Filter<StoryDoc>) : { $and: and };
}
