import type { Collection, Db } from 'mongodb';
import { COLLECTIONS } from './mongo.js';
import type { FeedDoc } from './documents.js';
import { findByIdsInOrder, findPage, type Page } from './keyset-page.js';

export class FeedRepository {
  private readonly collection: Collection<FeedDoc>;

  constructor(db: Db) {
    this.collection = db.collection<FeedDoc>(COLLECTIONS.feeds);
  }

  findByIds(ids: readonly string[]): Promise<(FeedDoc | null)[]> {
    return findByIdsInOrder(this.collection, ids);
  }

  findPageByOwner(owner: string, first: number, after?: string | null): Promise<Page<FeedDoc>> {
    return findPage(this.collection, { owner }, { field: 'createdAt', direction: -1 }, first, after);
  }

  countByOwner(owner: string): Promise<number> {
    return this.collection.countDocuments({ owner });
  }

  async insert(feed: FeedDoc): Promise<void> {
    await this.collection.insertOne(feed);
  }

  /** Updates a feed only if `owner` owns it; null when it does not exist or belongs to someone else. */
  update(id: string, owner: string, set: Partial<Pick<FeedDoc, 'name' | 'definition' | 'updatedAt'>>): Promise<FeedDoc | null> {
    return this.collection.findOneAndUpdate({ _id: id, owner }, { $set: set }, { returnDocument: 'after' });
  }

  async delete(id: string, owner: string): Promise<boolean> {
    return (await this.collection.deleteOne({ _id: id, owner })).deletedCount === 1;
  }
}
