import type { Collection, Db, Filter } from 'mongodb';
import { foldName } from '../domain/text-keys.js';
import { stableId } from '../domain/ids.js';
import { escapeRegex } from './escape-regex.js';
import { COLLECTIONS } from './mongo.js';
import { bulkUpsert } from './upsert-races.js';
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

  /** Case- and accent-insensitive lookup by name or any alias; visible people first. */
  async findByName(name: string): Promise<PersonDoc | null> {
    const [doc] = await this.collection.find({ lookupKeys: foldName(name), hidden: { $ne: true } }, { limit: 1 }).toArray();
    return doc ?? null;
  }

  findPage(nameStartsWith: string | undefined, first: number, after?: string | null): Promise<Page<PersonDoc>> {
    return findPage(this.collection, this.filter(nameStartsWith), { field: 'name', direction: 1 }, first, after);
  }

  count(nameStartsWith: string | undefined): Promise<number> {
    return this.collection.countDocuments(this.filter(nameStartsWith));
  }

  /**
   * Resolves names to people by identity key, creating the missing ones: one read, then one bulk
   * write. A key that a user attached to another person (alias, merge) resolves to that person, so
   * overrides apply to every later article. New people get an id derived from their key, so two
   * ingests racing on one new name converge on one document. Returns ids in input order.
   */
  async resolveMany(names: readonly PersonName[], now: Date): Promise<string[]> {
    if (names.length === 0) return [];
    const keys = [...new Set(names.map((n) => n.key))];
    const owners = await this.collection.find({ keys: { $in: keys } }, { projection: { _id: 1, keys: 1 }, batchSize: keys.length }).toArray();
    const idByKey = new Map<string, string>();
    for (const owner of owners) for (const key of owner.keys) idByKey.set(key, owner._id);
    const ids = names.map(({ key }) => idByKey.get(key) ?? personIdForKey(key));
    await bulkUpsert(
      this.collection,
      names.map(({ key, name, aliases = [] }, i) => {
        const forms = [name, ...aliases];
        return {
          updateOne: {
            filter: { _id: ids[i] as string },
            update: {
              $setOnInsert: { keys: [key], name, createdAt: now },
              $addToSet: { aliases: { $each: forms }, lookupKeys: { $each: [...new Set(forms.map(foldName))] } },
            },
            upsert: true,
          },
        };
      }),
    );
    return ids as string[];
  }

  /** People with a name or alias containing a word that starts with `text` (case and accents ignored). */
  search(text: string, limit: number): Promise<PersonDoc[]> {
    const folded = foldName(text);
    if (!folded) return Promise.resolve([]);
    return this.collection
      .find({ lookupKeys: { $regex: `(^| )${escapeRegex(folded)}` }, hidden: { $ne: true } }, { sort: { name: 1, _id: 1 }, limit })
      .toArray();
  }

  /** Attaches another identity key (and name form) to a person. */
  async addKey(personId: string, key: string, alias: string): Promise<PersonDoc | null> {
    return this.collection.findOneAndUpdate(
      { _id: personId },
      { $addToSet: { keys: key, aliases: alias, lookupKeys: foldName(alias) } },
      { returnDocument: 'after' },
    );
  }

  findByKey(key: string): Promise<PersonDoc | null> {
    return this.collection.findOne({ keys: key });
  }

  /** Moves everything that identifies `source` to `target` and deletes `source`. */
  async absorb(target: PersonDoc, source: PersonDoc): Promise<PersonDoc | null> {
    // The source goes first: its keys are unique, so the target cannot take them while it exists.
    await this.collection.deleteOne({ _id: source._id });
    return this.collection.findOneAndUpdate(
      { _id: target._id },
      {
        $addToSet: {
          keys: { $each: source.keys },
          aliases: { $each: [source.name, ...source.aliases] },
          lookupKeys: { $each: source.lookupKeys },
        },
      },
      { returnDocument: 'after' },
    );
  }

  /** Moves `keys` (and the name forms given) from a person to a new one. */
  async splitOff(person: PersonDoc, keys: string[], names: string[], now: Date): Promise<{ person: PersonDoc | null; splitOff: PersonDoc }> {
    const [firstKey] = keys;
    const [name] = names;
    if (!firstKey || !name) throw new Error('splitOff needs at least one key and name');
    const folded = new Set(names.map(foldName));
    const remaining = await this.collection.findOneAndUpdate(
      { _id: person._id },
      { $pull: { keys: { $in: keys }, aliases: { $in: names }, lookupKeys: { $in: [...folded] } } },
      { returnDocument: 'after' },
    );
    const splitOff: PersonDoc = { _id: personIdForKey(firstKey), keys, name, aliases: names, lookupKeys: [...folded], createdAt: now };
    await this.collection.replaceOne({ _id: splitOff._id }, splitOff, { upsert: true });
    return { person: remaining, splitOff };
  }

  setHidden(personId: string, hidden: boolean): Promise<PersonDoc | null> {
    return this.collection.findOneAndUpdate({ _id: personId }, { $set: { hidden } }, { returnDocument: 'after' });
  }

  private filter(nameStartsWith: string | undefined): Filter<PersonDoc> {
    const prefix = nameStartsWith ? foldName(nameStartsWith) : '';
    const visible: Filter<PersonDoc> = { hidden: { $ne: true } };
    if (!prefix) return visible;
    return { ...visible, lookupKeys: { $regex: `^${escapeRegex(prefix)}` } };
  }
}

