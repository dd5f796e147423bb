import type { Collection, Db } from 'mongodb';
import { COLLECTIONS } from './mongo.js';
import { bulkUpsert } from './upsert-races.js';
import type { QuoteDoc } from './documents.js';
import { findByIdsInOrder, findPage, type Page } from './keyset-page.js';

export class QuoteRepository {
  private readonly collection: Collection<QuoteDoc>;

  constructor(db: Db) {
    this.collection = db.collection<QuoteDoc>(COLLECTIONS.quotes);
  }

  findByIds(ids: readonly string[]): Promise<(QuoteDoc | null)[]> {
    return findByIdsInOrder(this.collection, ids);
  }

  /** Quotes of each article in text order: one command for all of them. */
  async findByArticleIds(articleIds: readonly string[]): Promise<QuoteDoc[][]> {
    const docs = await this.collection
      .find({ articleId: { $in: [...new Set(articleIds)] } }, { sort: { articleId: 1, position: 1 }, batchSize: 1000 })
      .toArray();
    const byArticle = new Map<string, QuoteDoc[]>();
    for (const doc of docs) byArticle.set(doc.articleId, [...(byArticle.get(doc.articleId) ?? []), doc]);
    return articleIds.map((id) => byArticle.get(id) ?? []);
  }

  /** A speaker's quotes, newest article first. */
  findPageBySpeaker(speakerId: string, first: number, after?: string | null): Promise<Page<QuoteDoc>> {
    return findPage(this.collection, { speakerId }, { field: 'sortDate', direction: -1 }, first, after);
  }

  countBySpeaker(speakerId: string): Promise<number> {
    return this.collection.countDocuments({ speakerId });
  }

  /** Makes an article's stored quotes exactly `quotes` (idempotent: ids derive from article and text). */
  async replaceForArticles(articleIds: readonly string[], quotes: readonly QuoteDoc[]): Promise<void> {
    if (articleIds.length === 0) return;
    const keep = quotes.map((q) => q._id);
    await this.collection.deleteMany({ articleId: { $in: [...articleIds] }, _id: { $nin: keep } });
    if (quotes.length === 0) return;
    await bulkUpsert(
      this.collection,
      quotes.map((quote) => ({ replaceOne: { filter: { _id: quote._id }, replacement: quote, upsert: true } })),
    );
  }

  /** Moves quotes from one speaker to another (a merge of people or topics). */
  async reassignSpeaker(fromId: string, toId: string): Promise<void> {
    await this.collection.updateMany({ speakerId: fromId }, { $set: { speakerId: toId } });
  }
}
