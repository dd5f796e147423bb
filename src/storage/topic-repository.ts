import type { Collection, Db, Filter } from 'mongodb';
import type { TopicKind } from '../domain/article.js';
import { stableId } from '../domain/ids.js';
import { slugify } from '../domain/text-keys.js';
import { escapeRegex } from './escape-regex.js';
import { COLLECTIONS } from './mongo.js';
import { bulkUpsert } from './upsert-races.js';
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

  /** By slug, including slugs of topics merged into it. */
  findBySlug(slug: string): Promise<TopicDoc | null> {
    return this.collection.findOne({ keys: slug });
  }

  findPage(kind: TopicKind | undefined, first: number, after?: string | null): Promise<Page<TopicDoc>> {
    return findPage(this.collection, this.filter(kind), { field: 'slug', direction: 1 }, first, after);
  }

  count(kind: TopicKind | undefined): Promise<number> {
    return this.collection.countDocuments(this.filter(kind));
  }

  /**
   * Resolves topics by slug (a merged topic's slug resolves to the topic it was merged into), creating
   * missing ones with the first name and kind met. One read and one bulk write; ids in input order.
   */
  async resolveMany(topics: readonly TopicName[], now: Date): Promise<string[]> {
    if (topics.length === 0) return [];
    const slugs = [...new Set(topics.map((t) => t.slug))];
    const owners = await this.collection.find({ keys: { $in: slugs } }, { projection: { _id: 1, keys: 1 }, batchSize: slugs.length }).toArray();
    const idBySlug = new Map<string, string>();
    for (const owner of owners) for (const key of owner.keys) idBySlug.set(key, owner._id);
    const ids = topics.map(({ slug }) => idBySlug.get(slug) ?? topicIdForSlug(slug));
    await bulkUpsert(
      this.collection,
      topics.map(({ slug, name, kind }, i) => ({
        updateOne: {
          filter: { _id: ids[i] as string },
          update: { $setOnInsert: { slug, keys: [slug], name, kind, createdAt: now }, $addToSet: { aliases: name } },
          upsert: true,
        },
      })),
    );
    return ids as string[];
  }

  /** Topics with a name or alias containing a word that starts with `text` (case and accents ignored, via the slugs). */
  search(text: string, limit: number): Promise<TopicDoc[]> {
    const slug = slugify(text);
    if (!slug) return Promise.resolve([]);
    return this.collection
      .find({ keys: { $regex: `(^|-)${escapeRegex(slug)}` }, hidden: { $ne: true } }, { sort: { slug: 1, _id: 1 }, limit })
      .toArray();
  }

  /** Moves the source topic's slugs and names to the target and deletes the source. */
  async absorb(target: TopicDoc, source: TopicDoc): Promise<TopicDoc | null> {
    await this.collection.deleteOne({ _id: source._id });
    return this.collection.findOneAndUpdate(
      { _id: target._id },
      { $addToSet: { keys: { $each: source.keys }, aliases: { $each: [source.name, ...source.aliases] } } },
      { returnDocument: 'after' },
    );
  }

  setHidden(topicId: string, hidden: boolean): Promise<TopicDoc | null> {
    return this.collection.findOneAndUpdate({ _id: topicId }, { $set: { hidden } }, { returnDocument: 'after' });
  }

  private filter(kind: TopicKind | undefined): Filter<TopicDoc> {
    return kind ? { kind, hidden: { $ne: true } } : { hidden: { $ne: true } };
  }
}
