import type { Collection, Db, Filter } from 'mongodb';
import type { TopicKind } from '../domain/article.js';
import { stableId } from '../domain/ids.js';
import { COLLECTIONS } from './mongo.js';
import type { TopicDoc } from './documents.js';
import { findByIdsInOrder, findPage, type Page } from './keyset-page.js';

export interface TopicName {
  slug: string;
  name: string;
  kind: TopicKind;
}

export function topicIdForSlug(slug: string): string {
  return stableId(`topic:${slug}`);
}

export class TopicRepository {
  private readonly collection: Collection<TopicDoc>;

  constructor(db: Db) {
    this.collection = db.collection<TopicDoc>(COLLECTIONS.topics);
  }

  findByIds(ids: readonly string[]): Promise<(TopicDoc | null)[]> {
    return findByIdsInOrder(this.collection, ids);
  }

  findBySlug(slug: string): Promise<TopicDoc | null> {
    return this.collection.findOne({ slug });
  }

  findPage(kind: TopicKind | undefined, first: number, after?: string | null): Promise<Page<TopicDoc>> {
    return findPage(this.collection, this.filter(kind), { field: 'slug', direction: 1 }, first, after);
  }

  count(kind: TopicKind | undefined): Promise<number> {
    return this.collection.countDocuments(this.filter(kind));
  }

  /** Upserts topics by slug in one bulk command; the first name and kind met stay. Ids in input order. */
  async upsertMany(topics: readonly TopicName[], now: Date): Promise<string[]> {
    if (topics.length === 0) return [];
    await this.collection.bulkWrite(
      topics.map(({ slug, name, kind }) => ({
        updateOne: {
          filter: { slug },
          update: {
            $setOnInsert: { _id: topicIdForSlug(slug), slug, name, kind, createdAt: now },
            $addToSet: { aliases: name },
          },
          upsert: true,
        },
      })),
      { ordered: false },
    );
    return topics.map(({ slug }) => topicIdForSlug(slug));
  }

  private filter(kind: TopicKind | undefined): Filter<TopicDoc> {
    return kind ? { kind } : {};
  }
}
