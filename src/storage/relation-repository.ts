import type { Collection, Db } from 'mongodb';
import { COLLECTIONS } from './mongo.js';
import { bulkUpsert } from './upsert-races.js';
import type { RelationDoc } from './documents.js';

export class RelationRepository {
  private readonly collection: Collection<RelationDoc>;

  constructor(db: Db) {
    this.collection = db.collection<RelationDoc>(COLLECTIONS.relations);
  }

  /** Edges from each of the given articles, best first: one command for all of them. */
  async findByFromIds(fromIds: readonly string[]): Promise<RelationDoc[][]> {
    const docs = await this.collection
      .find({ fromId: { $in: [...new Set(fromIds)] } }, { sort: { fromId: 1, score: -1, _id: 1 }, batchSize: 1000 })
      .toArray();
    const byFrom = new Map<string, RelationDoc[]>();
    for (const doc of docs) {
      const list = byFrom.get(doc.fromId);
      if (list) list.push(doc);
      else byFrom.set(doc.fromId, [doc]);
    }
    return fromIds.map((id) => byFrom.get(id) ?? []);
  }

  /** Idempotent: one edge per (from, kind, target); re-ingesting rewrites the same documents. */
  async upsertMany(edges: readonly RelationDoc[]): Promise<void> {
    if (edges.length === 0) return;
    await bulkUpsert(
      this.collection,
      edges.map((edge) => {
        const { createdAt, ...rest } = edge;
        return { updateOne: { filter: { _id: edge._id }, update: { $set: rest, $setOnInsert: { createdAt } }, upsert: true } };
      }),
    );
  }

  /**
   * Keeps at most `keep` computed (not LINKED) edges from each article, the best by score: articles
   * receive reverse edges from every later related article, and a popular one must not pile them up.
   * One read and at most one delete, whatever the number of articles.
   */
  async pruneComputed(fromIds: readonly string[], keep: number): Promise<void> {
    if (fromIds.length === 0) return;
    const edges = await this.collection
      .find({ fromId: { $in: [...new Set(fromIds)] }, kind: { $ne: 'LINKED' } }, { sort: { fromId: 1, score: -1, _id: 1 }, projection: { _id: 1, fromId: 1 } })
      .toArray();
    const seen = new Map<string, number>();
    const excess: string[] = [];
    for (const edge of edges) {
      const n = (seen.get(edge.fromId) ?? 0) + 1;
      seen.set(edge.fromId, n);
      if (n > keep) excess.push(edge._id);
    }
    if (excess.length) await this.collection.deleteMany({ _id: { $in: excess } });
  }

  /** Links to a URL that arrived later become edges to the article now known at that URL. */
  async resolveTargets(urlToArticleId: ReadonlyMap<string, string>): Promise<void> {
    if (urlToArticleId.size === 0) return;
    await this.collection.bulkWrite(
      [...urlToArticleId].map(([toUrl, toId]) => ({
        updateMany: { filter: { toUrl, toId: { $exists: false } }, update: { $set: { toId } } },
      })),
      { ordered: false },
    );
  }
}
