import type { Collection, Db, Filter } from 'mongodb';
import { foldName } from '../domain/text-keys.js';
import { stableId } from '../domain/ids.js';
import { COLLECTIONS } from './mongo.js';
import type { PersonDoc } from './documents.js';
import { findByIdsInOrder, findPage, type Page } from './keyset-page.js';

/** A name as met in a document, with the identity key the pipeline computed for it. */
export interface PersonName {
  key: string;
  name: string;
  /** Other surface forms met for the same person in this document. */
  aliases?: string[];
}

export function personIdForKey(key: string): string {
  return stableId(`person:${key}`);
}

export class PersonRepository {
  private readonly collection: Collection<PersonDoc>;

  constructor(db: Db) {
    this.collection = db.collection<PersonDoc>(COLLECTIONS.people);
  }

  findByIds(ids: readonly string[]): Promise<(PersonDoc | null)[]> {
    return findByIdsInOrder(this.collection, ids);
  }

  /** Case- and accent-insensitive lookup by name or any alias. */
  findByName(name: string): Promise<PersonDoc | null> {
    return this.collection.findOne({ lookupKeys: foldName(name) });
  }

  findPage(nameStartsWith: string | undefined, first: number, after?: string | null): Promise<Page<PersonDoc>> {
    return findPage(this.collection, this.filter(nameStartsWith), { field: 'name', direction: 1 }, first, after);
  }

  count(nameStartsWith: string | undefined): Promise<number> {
    return this.collection.countDocuments(this.filter(nameStartsWith));
  }

  /**
   * Upserts people by identity key in one bulk command; the first name met stays the display name,
   * later spellings become aliases. Returns the ids in input order.
   */
  async upsertMany(names: readonly PersonName[], now: Date): Promise<string[]> {
    if (names.length === 0) return [];
    await this.collection.bulkWrite(
      names.map(({ key, name, aliases = [] }) => {
        const forms = [name, ...aliases];
        return {
          updateOne: {
            filter: { key },
            update: {
              $setOnInsert: { _id: personIdForKey(key), key, name, createdAt: now },
              $addToSet: { aliases: { $each: forms }, lookupKeys: { $each: [...new Set(forms.map(foldName))] } },
            },
            upsert: true,
          },
        };
      }),
      { ordered: false },
    );
    return names.map(({ key }) => personIdForKey(key));
  }

  private filter(nameStartsWith: string | undefined): Filter<PersonDoc> {
    const prefix = nameStartsWith ? foldName(nameStartsWith) : '';
    if (!prefix) return {};
    return { lookupKeys: { $regex: `^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}` } };
  }
}
