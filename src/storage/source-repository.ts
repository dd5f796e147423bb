import type { Collection, Db, Filter } from 'mongodb';
import { stableId } from '../domain/ids.js';
import { COLLECTIONS } from './mongo.js';
import { upsertRetrying } from './upsert-races.js';
import type { FetchOutcomeDoc, LinkDoc, SourceDoc, SourceKind } from './documents.js';

/** Headlines kept per source: enough for a "more from this site" list, bounded so documents stay small. */
const MAX_HEADLINES = 200;
import { findByIdsInOrder, findPage, type Page } from './keyset-page.js';

export function sourceIdForUrl(url: string): string {
  return stableId(`source:${url}`);
}

export class SourceRepository {
  private readonly collection: Collection<SourceDoc>;

  constructor(db: Db) {
    this.collection = db.collection<SourceDoc>(COLLECTIONS.sources);
  }

  findByIds(ids: readonly string[]): Promise<(SourceDoc | null)[]> {
    return findByIdsInOrder(this.collection, ids);
  }

  findByUrl(url: string): Promise<SourceDoc | null> {
    return this.collection.findOne({ url });
  }

  findPage(kind: SourceKind | undefined, first: number, after?: string | null): Promise<Page<SourceDoc>> {
    return findPage(this.collection, this.filter(kind), { field: 'url', direction: 1 }, first, after);
  }

  count(kind: SourceKind | undefined): Promise<number> {
    return this.collection.countDocuments(this.filter(kind));
  }

  /** Registers a source by URL; an existing one is returned as it is. */
  async upsert(url: string, kind: SourceKind, now: Date, settings: { fullArticles?: boolean } = {}): Promise<{ source: SourceDoc; created: boolean }> {
    const result = await upsertRetrying(() =>
      this.collection.updateOne(
        { url },
        {
          $setOnInsert: { _id: sourceIdForUrl(url), url, kind, createdAt: now, errorCount: 0 },
          ...(settings.fullArticles !== undefined ? { $set: { fullArticles: settings.fullArticles } } : {}),
        },
        { upsert: true },
      ),
    );
    const source = await this.collection.findOne({ url });
    if (!source) throw new Error(`source ${url} vanished right after its upsert`);
    return { source, created: result.upsertedCount > 0 };
  }

  /** Records the outcome of a fetch/ingest, and what the document says about the source. */
  async recordFetch(id: string, outcome: FetchOutcomeDoc, details: { title?: string; siteUrl?: string; headlines?: LinkDoc[] } = {}): Promise<SourceDoc | null> {
    const set: Partial<SourceDoc> = { lastFetch: outcome };
    if (details.title) set.title = details.title;
    if (details.siteUrl) set.siteUrl = details.siteUrl;
    if (details.headlines?.length) set.headlines = details.headlines.slice(0, MAX_HEADLINES);
    return this.collection.findOneAndUpdate(
      { _id: id },
      outcome.status === 'ERROR' ? { $set: set, $inc: { errorCount: 1 } } : { $set: { ...set, errorCount: 0 } },
      { returnDocument: 'after' },
    );
  }

  private filter(kind: SourceKind | undefined): Filter<SourceDoc> {
    return kind ? { kind } : {};
  }
}
