import { MongoBulkWriteError, type AnyBulkWriteOperation, type Collection, type Db, type Filter } from 'mongodb';
import { escapeRegex } from './escape-regex.js';
import { COLLECTIONS } from './mongo.js';
import type { ArticleDoc } from './documents.js';
import { findByIdsInOrder, findPage, type Page } from './keyset-page.js';

export type ArticleOrder = 'PUBLISHED_AT_DESC' | 'PUBLISHED_AT_ASC' | 'FIRST_SEEN_DESC';

/** Article filter in storage terms (ids already decoded). */
export interface ArticleQuery {
  topicIds?: string[];
  /** Mentioned in or written by any of these people. */
  personIds?: string[];
  /** Mentioned in (not only written by) any of these people. */
  mentionedIds?: string[];
  authorIds?: string[];
  sourceIds?: string[];
  /** Articles of this story. */
  storyId?: string;
  /** In any of these stories. */
  storyIds?: string[];
  /** In none of these stories. */
  storyIdsNone?: string[];
  /** Must have every one of these. */
  topicIdsAll?: string[];
  personIdsAll?: string[];
  sourceIdsAll?: string[];
  /** Must have none of these. */
  topicIdsNone?: string[];
  personIdsNone?: string[];
  sourceIdsNone?: string[];
  /** Seen in at least this many sources, itself or through its story (see coveredStoryIds). */
  minSources?: number;
  /** Stories known to be covered by at least `minSources` sources: their articles count as covered. */
  coveredStoryIds?: string[];
  publishedAfter?: Date;
  publishedBefore?: Date;
  text?: string;
  languages?: string[];
}

export interface ArticleFacetCounts {
  total: number;
  topics: { value: string; count: number }[];
  people: { value: string; count: number }[];
  sources: { value: string; count: number }[];
  languages: { value: string; count: number }[];
  days: { value: string; count: number }[];
}

export type UpsertOutcome = 'NEW' | 'UPDATED' | 'UNCHANGED';

/** A decided write: the pipeline computed the merged document; storage applies it idempotently. */
export interface ArticleWrite {
  doc: ArticleDoc;
  /** The revision the stored document had when the decision was made (undefined for a new article). */
  expectedRevision: number | undefined;
  outcome: UpsertOutcome;
  /** A re-sighting that changes nothing but the sightings' lastSeenAt. */
  touchOnly: boolean;
}

const ORDERS: Record<ArticleOrder, { field: string; direction: 1 | -1 }> = {
  PUBLISHED_AT_DESC: { field: 'sortDate', direction: -1 },
  PUBLISHED_AT_ASC: { field: 'sortDate', direction: 1 },
  FIRST_SEEN_DESC: { field: 'firstSeenAt', direction: -1 },
};

export class ArticleRepository {
  private readonly collection: Collection<ArticleDoc>;

  constructor(db: Db) {
    this.collection = db.collection<ArticleDoc>(COLLECTIONS.articles);
  }

  findByIds(ids: readonly string[]): Promise<(ArticleDoc | null)[]> {
    return findByIdsInOrder(this.collection, ids);
  }

  /** Articles known by any of these identity keys (canonical URLs, guid keys): one command. */
  findByKeys(keys: readonly string[]): Promise<ArticleDoc[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return this.collection.find({ keys: { $in: [...keys] } }, { batchSize: Math.max(keys.length, 1) }).toArray();
  }

  findPage(query: ArticleQuery, order: ArticleOrder, first: number, after?: string | null): Promise<Page<ArticleDoc>> {
    return findPage(this.collection, toFilter(query), ORDERS[order], first, after);
  }

  count(query: ArticleQuery): Promise<number> {
    return this.collection.countDocuments(toFilter(query));
  }

  /**
   * Applies decided writes in one bulk command and returns the ids of the articles whose write lost a
   * race (another ingest inserted or wrote them since they were read): the caller decides those again
   * from a fresh read. New articles are inserted (a duplicate id or key means someone was first); other
   * writes replace the document only at the revision the decision saw, stamped with `token` so a
   * writer can tell afterwards whether its replace was the one that landed. Bare re-sightings only move
   * lastSeenAt, which no race can corrupt.
   */
  async applyWrites(writes: readonly ArticleWrite[], token: string, now: Date): Promise<Set<string>> {
    const lost = new Set<string>();
    if (writes.length === 0) return lost;
    const guarded = writes.filter((w) => w.outcome !== 'NEW' && !w.touchOnly);
    const ops: AnyBulkWriteOperation<ArticleDoc>[] = writes.map((write) => {
      const { doc, expectedRevision, outcome, touchOnly } = write;
      if (outcome === 'NEW') return { insertOne: { document: { ...doc, writeToken: token } } };
      if (touchOnly) {
        const sourceIds = [...new Set(doc.sightings.filter((s) => s.lastSeenAt.getTime() === now.getTime()).map((s) => s.sourceId))];
        return {
          updateOne: {
            filter: { _id: doc._id },
            update: { $set: { 'sightings.$[seen].lastSeenAt': now } },
            arrayFilters: [{ 'seen.sourceId': { $in: sourceIds } }],
          },
        };
      }
      return { replaceOne: { filter: { _id: doc._id, revision: expectedRevision ?? 0 }, replacement: { ...doc, writeToken: token } } };
    });
    let matched = guarded.length;
    try {
      matched = (await this.collection.bulkWrite(ops, { ordered: false })).matchedCount - writes.filter((w) => w.touchOnly).length;
    } catch (error) {
      if (!(error instanceof MongoBulkWriteError)) throw error;
      const failures = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
      for (const failure of failures) {
        const write = writes[failure.index];
        if (failure.code !== 11000 || !write) throw error;
        lost.add(write.doc._id);
      }
      matched = -1;
    }
    if (matched < guarded.length && guarded.length > 0) {
      const stored = await this.collection
        .find({ _id: { $in: guarded.map((w) => w.doc._id) } }, { projection: { _id: 1, writeToken: 1 }, batchSize: guarded.length })
        .toArray();
      const tokens = new Map(stored.map((doc) => [doc._id, doc.writeToken]));
      for (const write of guarded) if (tokens.get(write.doc._id) !== token) lost.add(write.doc._id);
    }
    return lost;
  }

  /** Every identity key of the given articles mapped to the article id, for resolving links. */
  async idsByKeys(keys: readonly string[]): Promise<Map<string, string>> {
    const result = new Map<string, string>();
    if (keys.length === 0) return result;
    const wanted = new Set(keys);
    const docs = await this.collection
      .find({ keys: { $in: [...wanted] } }, { projection: { _id: 1, keys: 1 }, batchSize: Math.max(keys.length, 1) })
      .toArray();
    for (const doc of docs) for (const key of doc.keys) if (wanted.has(key)) result.set(key, doc._id);
    return result;
  }

  /**
   * The newest `limit` matching articles, for rankings computed in the application (relevance,
   * trending, coverage): bounded, so a ranked feed costs the same however large the graph is. With a
   * text query each document carries its text score as `textScore`.
   */
  async findCandidates(query: ArticleQuery, limit: number): Promise<(ArticleDoc & { textScore?: number })[]> {
    if (!query.text) {
      return this.collection.find(toFilter(query), { sort: { sortDate: -1, _id: -1 }, limit, batchSize: limit }).toArray();
    }
    // $addFields rather than a find projection: a projection holding only $meta is read by some
    // servers as an inclusion projection that drops every other field.
    return this.collection
      .aggregate<ArticleDoc & { textScore: number }>([
        { $match: toFilter(query) },
        { $addFields: { textScore: { $meta: 'textScore' } } },
        { $sort: { sortDate: -1, _id: -1 } },
        { $limit: limit },
      ])
      .toArray();
  }

  /** Counts by topic, person, source, language and day over matching articles: one aggregation. */
  async facets(query: ArticleQuery, top: number): Promise<ArticleFacetCounts> {
    const byArray = (field: string) => [{ $unwind: `$${field}` }, { $sortByCount: `$${field}` }, { $limit: top }];
    const [result] = await this.collection
      .aggregate<Record<keyof ArticleFacetCounts, { _id: string; count: number }[]> & { total: { n: number }[] }>([
        { $match: toFilter(query) },
        {
          $facet: {
            total: [{ $count: 'n' }],
            topics: byArray('topicIds'),
            people: byArray('personIds'),
            sources: byArray('sourceIds'),
            languages: [{ $sortByCount: { $ifNull: ['$language', 'und'] } }, { $limit: top }],
            days: [{ $group: { _id: { $dateToString: { format: '%Y-%m-%d', date: '$sortDate' } }, count: { $sum: 1 } } }, { $sort: { _id: -1 } }, { $limit: 366 }],
          },
        },
      ])
      .toArray();
    const counts = (rows: { _id: string; count: number }[] | undefined) => (rows ?? []).map((row) => ({ value: String(row._id), count: row.count }));
    return {
      total: result?.total[0]?.n ?? 0,
      topics: counts(result?.topics),
      people: counts(result?.people),
      sources: counts(result?.sources),
      languages: counts(result?.languages),
      days: counts(result?.days).reverse(),
    };
  }

  /**
   * Mentions per topic or person in a recent window and in the baseline before it, for trend scores:
   * one aggregation over the baseline period only (indexed by sortDate).
   */
  async mentionCounts(field: 'topicIds' | 'personIds', baselineStart: Date, recentStart: Date, minRecent: number): Promise<{ id: string; recent: number; baseline: number }[]> {
    const rows = await this.collection
      .aggregate<{ _id: string; recent: number; total: number }>([
        { $match: { sortDate: { $gte: baselineStart } } },
        { $unwind: `$${field}` },
        { $group: { _id: `$${field}`, recent: { $sum: { $cond: [{ $gte: ['$sortDate', recentStart] }, 1, 0] } }, total: { $sum: 1 } } },
        { $match: { recent: { $gte: minRecent } } },
      ])
      .toArray();
    return rows.map((row) => ({ id: row._id, recent: row.recent, baseline: row.total - row.recent }));
  }

  /**
   * Roles articles gave each person, newest article first, at most `limit` per person: one command
   * for all the people of a request.
   */
  async rolesByPersonIds(personIds: readonly string[], limit: number): Promise<{ role: string; article: ArticleDoc }[][]> {
    const docs = await this.collection
      .find({ mentions: { $elemMatch: { personId: { $in: [...new Set(personIds)] }, 'roles.0': { $exists: true } } } }, { sort: { sortDate: -1, _id: -1 }, limit: limit * personIds.length, batchSize: 1000 })
      .toArray();
    return personIds.map((personId) => {
      const roles: { role: string; article: ArticleDoc }[] = [];
      for (const article of docs) {
        for (const mention of article.mentions) {
          if (mention.personId !== personId) continue;
          for (const role of mention.roles) if (roles.length < limit) roles.push({ role, article });
        }
      }
      return roles;
    });
  }

  /** Articles that name any of these people as author or mention (for merges and splits). */
  findByPerson(personId: string): Promise<ArticleDoc[]> {
    return this.collection.find({ $or: [{ authorIds: personId }, { personIds: personId }] }).toArray();
  }

  findByTopic(topicId: string): Promise<ArticleDoc[]> {
    return this.collection.find({ topicIds: topicId }).toArray();
  }

  /** Rewrites the entity references of articles after a user's override (not a content change). */
  async updateReferences(docs: readonly Pick<ArticleDoc, '_id' | 'authorIds' | 'personIds' | 'mentions' | 'topicIds' | 'contentHash'>[]): Promise<void> {
    if (docs.length === 0) return;
    await this.collection.bulkWrite(
      docs.map(({ _id, authorIds, personIds, mentions, topicIds, contentHash }) => ({
        updateOne: { filter: { _id }, update: { $set: { authorIds, personIds, mentions, topicIds, contentHash } } },
      })),
      { ordered: false },
    );
  }
}

function toFilter(query: ArticleQuery): Filter<ArticleDoc> {
  const and: Filter<ArticleDoc>[] = [];
  if (query.topicIds?.length) and.push({ topicIds: { $in: query.topicIds } });
  if (query.personIds?.length) and.push({ $or: [{ personIds: { $in: query.personIds } }, { authorIds: { $in: query.personIds } }] });
  if (query.mentionedIds?.length) and.push({ personIds: { $in: query.mentionedIds } });
  if (query.authorIds?.length) and.push({ authorIds: { $in: query.authorIds } });
  if (query.sourceIds?.length) and.push({ sourceIds: { $in: query.sourceIds } });
  if (query.storyId) and.push({ storyId: query.storyId });
  if (query.storyIds?.length) and.push({ storyId: { $in: query.storyIds } });
  if (query.storyIdsNone?.length) and.push({ storyId: { $nin: query.storyIdsNone } });
  if (query.topicIdsAll?.length) and.push({ topicIds: { $all: query.topicIdsAll } });
  if (query.sourceIdsAll?.length) and.push({ sourceIds: { $all: query.sourceIdsAll } });
  for (const id of query.personIdsAll ?? []) and.push({ $or: [{ personIds: id }, { authorIds: id }] });
  if (query.topicIdsNone?.length) and.push({ topicIds: { $nin: query.topicIdsNone } });
  if (query.sourceIdsNone?.length) and.push({ sourceIds: { $nin: query.sourceIdsNone } });
  if (query.personIdsNone?.length) and.push({ personIds: { $nin: query.personIdsNone }, authorIds: { $nin: query.personIdsNone } });
  if (query.minSources && query.minSources > 1) {
    const itself = { [`sourceIds.${query.minSources - 1}`]: { $exists: true } };
    and.push(query.coveredStoryIds?.length ? { $or: [itself, { storyId: { $in: query.coveredStoryIds } }] } : itself);
  }
  if (query.publishedAfter || query.publishedBefore) {
    and.push({
      sortDate: {
        ...(query.publishedAfter ? { $gte: query.publishedAfter } : {}),
        ...(query.publishedBefore ? { $lt: query.publishedBefore } : {}),
      },
    });
  }
  if (query.languages?.length) {
    and.push({ $or: query.languages.map((lang) => ({ language: { $regex: `^${escapeRegex(lang)}(-|$)`, $options: 'i' } })) });
  }
  if (query.text) and.push({ $text: { $search: query.text } });
  if (and.length === 0) return {};
  return and.length === 1 ? (and[0] as Filter<ArticleDoc>) : { $and: and };
}

