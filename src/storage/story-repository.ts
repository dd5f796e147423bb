import { MongoBulkWriteError, type AnyBulkWriteOperation, type Collection, type Db, type Filter } from 'mongodb';
import { COLLECTIONS } from './mongo.js';
import { bulkUpsert } from './upsert-races.js';
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

/** Which lookup list a posting belongs to; each kind is one id namespace of the storyPostings collection. */
export type PostingKind = 'story' | 'band' | 'entity' | 'members';

/** One entry of a posting: a story id (story keys) or an article id with the story it was assigned to. */
export interface PostingEntry {
  id: string;
  storyId?: string;
}

/** Posting lists to append to: for each key, entries in the order they were touched (last = newest). */
export interface PostingAppend {
  kind: PostingKind;
  /** Entries kept per key (the oldest fall off). */
  cap: number;
  byKey: ReadonlyMap<string, readonly PostingEntry[]>;
}

/** A capped posting list: `_id` is `<kind prefix><key>`, `e` the entries, oldest first. */
interface PostingDoc {
  _id: string;
  e: PostingEntry[];
}

/** What relating needs of a candidate article: small fields only, never the body. */
export type RelatableArticleDoc = Pick<ArticleDoc, '_id' | 'title' | 'url' | 'keys' | 'sortDate' | 'storyId' | 'sourceIds' | 'relatedLinks' | 'mentions'> & {
  signature: ArticleSignatureDoc;
};

/** A story state to write, with the revision it was computed from (0: the story did not exist). */
export interface StoryStateWrite {
  doc: StoryDoc;
  expectedRevision: number;
}

/** The term-stats document counting articles (feature ids are tokens and `kind:slug`, never this). */
const DOCUMENTS_KEY = '#documents';
const PREFIX: Record<PostingKind, string> = { story: 's|', band: 'b|', entity: 'e|', members: 'm|' };
const RELATABLE_PROJECTION = { _id: 1, title: 1, url: 1, keys: 1, sortDate: 1, storyId: 1, sourceIds: 1, relatedLinks: 1, 'mentions.name': 1, 'mentions.key': 1, signature: 1 } as const;
/** Longest mergedInto chain followed (chains are short: each merge points at a live story). */
const MAX_MERGE_HOPS = 8;

/**
 * Stories (one event covered by several articles) and the story side of articles: posting lists for
 * candidate lookups, story states, feature counters and assignment writes.
 *
 * Why posting lists: "the newest N stories carrying key K" as an indexed query needs an index scan in key
 * order, and the DocumentDB engine behind our test server answers every multikey (and most compound)
 * query with a bitmap scan plus a sort of ALL matches, so the cost of a popular key grew with the graph;
 * 64 `$unionWith` branches per aggregate also cost 200-600 ms each, against 3-5 ms for 8. A posting
 * document per key holds the ids themselves, capped and in touch order (what the in-memory StoryIndex
 * keeps), so every lookup is one `_id $in` point read of bounded documents, batched across the articles
 * of an ingest: a fixed number of commands per batch, whatever the size of the graph.
 *
 * Concurrency: story states are computed in the application (centroids and tallies are truncated maps,
 * which `$inc` cannot keep bounded), so each story carries a `revision` and is written by compare-and-set
 * (filter on the revision read; a mismatch turns the upsert into a duplicate-key error on `_id`, reported
 * per statement). The assigner re-reads a conflicting story and replays its own changes on top. Appends
 * that need no computed state stay atomic operators: posting lists are pipeline updates of one document,
 * counters `$inc`, sources `$push` guarded by `$ne` (which also bumps the revision so a concurrent
 * compare-and-set writer re-reads instead of overwriting the new source).
 */
export class StoryRepository {
  private readonly stories: Collection<StoryDoc>;
  private readonly articles: Collection<ArticleDoc>;
  private readonly termCounters: Collection<{ _id: string; df: number }>;
  private readonly postingLists: Collection<PostingDoc>;

  constructor(db: Db) {
    this.stories = db.collection<StoryDoc>(COLLECTIONS.stories);
    this.articles = db.collection<ArticleDoc>(COLLECTIONS.articles);
    this.termCounters = db.collection<{ _id: string; df: number }>(COLLECTIONS.termStats);
    this.postingLists = db.collection<PostingDoc>(COLLECTIONS.storyPostings);
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

  /**
   * Stories covered by at least `sources` sources, active since `since`, newest first, at most `limit`:
   * what a feed's "minimum sources covering the story" means. Walks the lastSeen index, bounded.
   */
  async idsCoveredBy(sources: number, since: Date | undefined, limit: number): Promise<string[]> {
    const docs = await this.stories
      .find(
        { [`sourceIds.${sources - 1}`]: { $exists: true }, mergedInto: { $exists: false }, ...(since ? { lastSeen: { $gte: since } } : {}) },
        { sort: { lastSeen: -1, _id: -1 }, limit, batchSize: limit, projection: { _id: 1 } },
      )
      .toArray();
    return docs.map((doc) => doc._id);
  }

  /** Posting lists of several kinds in one command: kind → key → entries, oldest first (missing key: no entries). */
  async postings(lookup: Partial<Record<PostingKind, readonly string[]>>): Promise<Record<PostingKind, Map<string, PostingEntry[]>>> {
    const out: Record<PostingKind, Map<string, PostingEntry[]>> = { story: new Map(), band: new Map(), entity: new Map(), members: new Map() };
    const ids = (Object.keys(lookup) as PostingKind[]).flatMap((kind) => [...new Set(lookup[kind])].map((key) => PREFIX[kind] + key));
    if (ids.length === 0) return out;
    const kindOf = new Map(Object.entries(PREFIX).map(([kind, prefix]) => [prefix, kind as PostingKind]));
    for (const doc of await this.postingLists.find({ _id: { $in: ids } }, { batchSize: oneBatch(ids.length) }).toArray()) {
      const kind = kindOf.get(doc._id.slice(0, 2));
      if (kind) out[kind].set(doc._id.slice(2), doc.e);
    }
    return out;
  }

  /**
   * Appends to posting lists, one pipeline update per key (atomic per document, so concurrent ingests
   * both land): an entry already present moves to the end, and only the newest `cap` are kept.
   */
  async appendPostings(appends: readonly PostingAppend[]): Promise<void> {
    const ops: AnyBulkWriteOperation<PostingDoc>[] = [];
    for (const { kind, cap, byKey } of appends) {
      for (const [key, entries] of byKey) {
        if (entries.length === 0) continue;
        const ids = entries.map((e) => e.id);
        const kept = { $filter: { input: { $ifNull: ['$e', []] }, cond: { $not: [{ $in: ['$$this.id', ids] }] } } };
        ops.push({ updateOne: { filter: { _id: PREFIX[kind] + key }, update: [{ $set: { e: { $slice: [{ $concatArrays: [kept, entries.slice(-cap)] }, -cap] } } }], upsert: true } });
      }
    }
    if (ops.length) await bulkUpsert(this.postingLists, ops);
  }

  /**
   * Stories by id with merges followed: every requested id maps to the live story it ended in (chains
   * of `mergedInto` are read a hop per command, usually none). Missing ids map to nothing.
   */
  async liveStories(ids: readonly string[]): Promise<{ stories: Map<string, StoryDoc>; resolved: Map<string, string> }> {
    const stories = new Map<string, StoryDoc>();
    const docs = new Map<string, StoryDoc>();
    let wanted = [...new Set(ids)];
    for (let hop = 0; wanted.length && hop <= MAX_MERGE_HOPS; hop++) {
      const found = await this.stories.find({ _id: { $in: wanted } }, { batchSize: oneBatch(wanted.length) }).toArray();
      for (const doc of found) docs.set(doc._id, doc);
      wanted = [...new Set(found.flatMap((d) => (d.mergedInto && !docs.has(d.mergedInto) ? [d.mergedInto] : [])))];
    }
    const resolved = new Map<string, string>();
    for (const id of new Set(ids)) {
      let at = docs.get(id);
      for (let hop = 0; at?.mergedInto && hop <= MAX_MERGE_HOPS; hop++) at = docs.get(at.mergedInto);
      if (at && !at.mergedInto) {
        resolved.set(id, at._id);
        stories.set(at._id, at);
      }
    }
    return { stories, resolved };
  }

  /** MinHash and current story of articles (near-duplicate candidates): two small fields, never the body. */
  async minhashes(articleIds: readonly string[]): Promise<Map<string, { storyId?: string; minhash: number[] }>> {
    const out = new Map<string, { storyId?: string; minhash: number[] }>();
    if (articleIds.length === 0) return out;
    const docs = await this.articles.find({ _id: { $in: [...new Set(articleIds)] } }, { projection: { _id: 1, storyId: 1, 'signature.minhash': 1 }, batchSize: oneBatch(articleIds.length) }).toArray();
    for (const doc of docs) if (doc.signature) out.set(doc._id, { ...(doc.storyId ? { storyId: doc.storyId } : {}), minhash: doc.signature.minhash });
    return out;
  }

  /** Articles to relate to, by id: small fields only. */
  async relatableByIds(articleIds: readonly string[]): Promise<RelatableArticleDoc[]> {
    if (articleIds.length === 0) return [];
    const docs = await this.articles.find({ _id: { $in: [...new Set(articleIds)] } }, { projection: RELATABLE_PROJECTION, batchSize: oneBatch(articleIds.length) }).toArray();
    return docs.filter((d): d is typeof d & { signature: ArticleSignatureDoc } => d.signature !== undefined) as RelatableArticleDoc[];
  }

  /** Document frequencies of these features, and the number of documents counted: one command. */
  async termStats(features: readonly string[]): Promise<{ documents: number; documentFrequency: Map<string, number> }> {
    const ids = [...new Set([...features, DOCUMENTS_KEY])];
    const docs = await this.termCounters.find({ _id: { $in: ids } }, { batchSize: oneBatch(ids.length) }).toArray();
    const documentFrequency = new Map<string, number>();
    let documents = 0;
    for (const doc of docs) {
      if (doc._id === DOCUMENTS_KEY) documents = doc.df;
      else documentFrequency.set(doc._id, doc.df);
    }
    return { documents, documentFrequency };
  }

  /**
   * Compare-and-set writes of story states, one command: each story is written only if its revision is
   * still the one it was computed from (0: it must not exist yet). Returns the ids that lost the race;
   * the others are written with revision + 1.
   */
  async writeStories(writes: readonly StoryStateWrite[], now: Date): Promise<Set<string>> {
    const conflicts = new Set<string>();
    if (writes.length === 0) return conflicts;
    const ops: AnyBulkWriteOperation<StoryDoc>[] = writes.map(({ doc, expectedRevision }) => {
      const { _id, createdAt, revision: _revision, ...rest } = doc;
      const filter: Filter<StoryDoc> = expectedRevision > 0 ? { _id, revision: expectedRevision } : { _id, revision: { $exists: false } };
      return { updateOne: { filter, update: { $set: { ...rest, revision: expectedRevision + 1, updatedAt: now }, $setOnInsert: { createdAt } }, upsert: true } };
    });
    try {
      await this.stories.bulkWrite(ops, { ordered: false });
    } catch (error) {
      if (!(error instanceof MongoBulkWriteError)) throw error;
      const failures = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
      for (const failure of failures) {
        if (failure.code !== 11000) throw error;
        const write = writes[failure.index];
        if (write) conflicts.add(write.doc._id);
      }
    }
    return conflicts;
  }

  /**
   * Article assignments (only where the article has no story yet, so a concurrent or repeated assignment
   * never moves it), the articles and merged stories of merged stories re-pointed (by the storyId and
   * mergedInto indexes), and counter increments.
   */
  async assignArticles(
    articles: readonly { articleId: string; storyId: string; signature: ArticleSignatureDoc }[],
    merges: readonly { from: string; into: string }[],
    termIncrements: ReadonlyMap<string, number>,
    documents: number,
  ): Promise<void> {
    const articleOps: AnyBulkWriteOperation<ArticleDoc>[] = articles.map(({ articleId, storyId, signature }) => ({
      updateOne: { filter: { _id: articleId, storyId: { $exists: false } }, update: { $set: { storyId, signature } } },
    }));
    for (const { from, into } of merges) articleOps.push({ updateMany: { filter: { storyId: from }, update: { $set: { storyId: into } } } });
    const termOps: AnyBulkWriteOperation<{ _id: string; df: number }>[] = [...termIncrements].map(([feature, n]) => ({ updateOne: { filter: { _id: feature }, update: { $inc: { df: n } }, upsert: true } }));
    if (documents > 0) termOps.push({ updateOne: { filter: { _id: DOCUMENTS_KEY }, update: { $inc: { df: documents } }, upsert: true } });
    // Stories merged into a merged story point at the survivor directly, so lookups follow one hop, not a history.
    const flattenOps: AnyBulkWriteOperation<StoryDoc>[] = merges.map(({ from, into }) => ({ updateMany: { filter: { mergedInto: from }, update: { $set: { mergedInto: into }, $inc: { revision: 1 } } } }));
    await Promise.all([
      articleOps.length ? this.articles.bulkWrite(articleOps, { ordered: true }) : undefined,
      flattenOps.length ? this.stories.bulkWrite(flattenOps, { ordered: false }) : undefined,
      termOps.length ? bulkUpsert(this.termCounters, termOps) : undefined,
    ]);
  }

  /** A corrected article keeps its story; its signature follows the new headline and lead. */
  async updateSignatures(updates: readonly { articleId: string; signature: ArticleSignatureDoc }[]): Promise<void> {
    if (updates.length === 0) return;
    await this.articles.bulkWrite(
      updates.map(({ articleId, signature }) => ({ updateOne: { filter: { _id: articleId }, update: { $set: { signature } } } })),
      { ordered: false },
    );
  }

  /**
   * Sources an already assigned article was seen in since: a story lists every source of its articles.
   * One guarded `$push` per (story, source): a source already listed changes nothing (re-ingesting stays
   * a no-op), a new one bumps the revision so a concurrent compare-and-set writer cannot erase it.
   */
  async addSources(byStory: ReadonlyMap<string, readonly string[]>): Promise<void> {
    const ops: AnyBulkWriteOperation<StoryDoc>[] = [...byStory].flatMap(([storyId, sourceIds]) =>
      [...new Set(sourceIds)].map((sourceId) => ({ updateOne: { filter: { _id: storyId, sourceIds: { $ne: sourceId } }, update: { $push: { sourceIds: sourceId }, $inc: { revision: 1 } } } })),
    );
    if (ops.length) await this.stories.bulkWrite(ops, { ordered: false });
  }
}

/** A point read by n ids returns at most n documents: ask for them in the first reply, no getMore round trips. */
function oneBatch(n: number): number {
  return Math.min(Math.max(n, 1), 16_000);
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
