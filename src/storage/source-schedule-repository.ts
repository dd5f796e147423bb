import { randomUUID } from 'node:crypto';
import type { Collection, Db, Filter, UpdateFilter } from 'mongodb';
import { COLLECTIONS } from './mongo.js';
import type { FetchOutcomeDoc, SourceDoc, SourceHealthDoc, SourceKind, SourceLeaseDoc, WebSubDoc } from './documents.js';

/** Kept per source for the publishing-rate estimate: the schedule looks at the newest 20 distinct dates. */
const MAX_RECENT_ITEM_DATES = 50;

/** What one fetch of a source leaves behind (health, next fetch, validators). */
export interface FetchRecord {
  health: SourceHealthDoc;
  nextFetchAt: Date;
  /** Set when the pipeline did not record the outcome itself (304, unchanged body, fetch failure). */
  lastFetch?: FetchOutcomeDoc;
  etag?: string;
  lastModified?: string;
  bodyFingerprint?: string;
  feedHints?: { ttlMinutes?: number };
  recentItemDates?: Date[];
}

/** A source a worker holds, with the lease that proves it. */
export interface LeasedSource {
  source: SourceDoc;
  lease: SourceLeaseDoc;
}

/**
 * Scheduling state of sources: due times, worker leases, health records and WebSub subscriptions, on the
 * sources collection. A lease is a sub-document (`lease: { owner, token, expiresAt }`) taken with one
 * findOneAndUpdate whose filter says "due, and not leased or the lease expired": MongoDB applies it to one
 * document atomically, so two workers never hold a source at once, and a dead worker's lease simply
 * expires and the next claim takes it over. Writes made under a lease are fenced by its token, so a worker
 * that lost its lease (too slow, paused process) cannot overwrite the new holder's record.
 */
export class SourceScheduleRepository {
  private readonly collection: Collection<SourceDoc>;

  constructor(db: Db) {
    this.collection = db.collection<SourceDoc>(COLLECTIONS.sources);
  }

  /** Puts sources on the polling schedule (due at `at`); sources already scheduled keep their time. */
  async schedule(ids: readonly string[], at: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.collection.updateMany({ _id: { $in: [...ids] }, nextFetchAt: { $exists: false } }, { $set: { nextFetchAt: at } });
    return result.modifiedCount;
  }

  /** Claims the most overdue unleased source of the given kinds, or null when none is due. */
  async claimDue(owner: string, now: Date, leaseMs: number, kinds: readonly SourceKind[] = ['FEED']): Promise<LeasedSource | null> {
    return this.claim({ kind: { $in: [...kinds] }, nextFetchAt: { $lte: now } }, owner, now, leaseMs, true);
  }

  /** Claims one source whatever its schedule (a manual refresh); null when another worker holds it or it does not exist. */
  claimById(id: string, owner: string, now: Date, leaseMs: number): Promise<LeasedSource | null> {
    return this.claim({ _id: id }, owner, now, leaseMs, false);
  }

  /** Extends a held lease; false when it was lost (expired and taken over). */
  async renew(id: string, lease: SourceLeaseDoc, now: Date, leaseMs: number): Promise<boolean> {
    const result = await this.collection.updateOne({ _id: id, 'lease.token': lease.token }, { $set: { 'lease.expiresAt': new Date(now.getTime() + leaseMs) } });
    return result.matchedCount > 0;
  }

  /** Gives a source back without recording anything (a worker shutting down). */
  async release(id: string, lease: SourceLeaseDoc): Promise<boolean> {
    const result = await this.collection.updateOne({ _id: id, 'lease.token': lease.token }, { $unset: { lease: '' } });
    return result.matchedCount > 0;
  }

  /**
   * Stores the outcome of a fetch and, with a lease, releases it in the same write. Returns the updated
   * source, or null when the lease was lost or the source was removed meanwhile (nothing is written then).
   */
  async recordFetch(id: string, record: FetchRecord, lease?: SourceLeaseDoc): Promise<SourceDoc | null> {
    const set: Partial<SourceDoc> = { health: record.health, nextFetchAt: record.nextFetchAt, errorCount: record.health.errorCount };
    if (record.lastFetch) set.lastFetch = record.lastFetch;
    if (record.etag !== undefined) set.etag = record.etag;
    if (record.lastModified !== undefined) set.lastModified = record.lastModified;
    if (record.bodyFingerprint !== undefined) set.bodyFingerprint = record.bodyFingerprint;
    if (record.feedHints !== undefined) set.feedHints = record.feedHints;
    if (record.recentItemDates !== undefined) set.recentItemDates = newest(record.recentItemDates, MAX_RECENT_ITEM_DATES);
    const update: UpdateFilter<SourceDoc> = lease ? { $set: set, $unset: { lease: '' } } : { $set: set };
    return this.collection.findOneAndUpdate(lease ? { _id: id, 'lease.token': lease.token } : { _id: id }, update, { returnDocument: 'after' });
  }

  /** Replaces the health record outright (a person resumed the source). */
  setHealth(id: string, health: SourceHealthDoc): Promise<SourceDoc | null> {
    return this.collection.findOneAndUpdate({ _id: id }, { $set: { health, nextFetchAt: health.nextFetchAt, errorCount: health.errorCount } }, { returnDocument: 'after' });
  }

  setWebSub(id: string, websub: WebSubDoc): Promise<SourceDoc | null> {
    return this.collection.findOneAndUpdate({ _id: id }, { $set: { websub } }, { returnDocument: 'after' });
  }

  /** Updates the subscription only if it is still the one for `topic` (a hub's late answer to an old request changes nothing). */
  async updateWebSub(id: string, topic: string, patch: Partial<WebSubDoc>): Promise<boolean> {
    const set: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) set[`websub.${key}`] = value;
    const result = await this.collection.updateOne({ _id: id, 'websub.topic': topic }, { $set: set });
    return result.matchedCount > 0;
  }

  /** OPML categories and the topics they name; an import merges them into what the source had. */
  async addCategories(id: string, categories: readonly string[], topicIds: readonly string[]): Promise<void> {
    if (categories.length === 0 && topicIds.length === 0) return;
    await this.collection.updateOne({ _id: id }, { $addToSet: { categories: { $each: [...categories] }, topicIds: { $each: [...topicIds] } } });
  }

  /** Sets title and home page when the source has none yet (an import never overwrites what the feed said). */
  async fillDetails(id: string, details: { title?: string; siteUrl?: string }): Promise<void> {
    for (const [field, value] of Object.entries(details)) {
      if (value) await this.collection.updateOne({ _id: id, [field]: { $exists: false } } as Filter<SourceDoc>, { $set: { [field]: value } });
    }
  }

  /** Every source of the given kinds, by URL (an OPML export). */
  findAll(kinds: readonly SourceKind[] = ['FEED']): Promise<SourceDoc[]> {
    return this.collection.find({ kind: { $in: [...kinds] } }).sort({ url: 1 }).toArray();
  }

  findById(id: string): Promise<SourceDoc | null> {
    return this.collection.findOne({ _id: id });
  }

  /** Removes a source; its articles stay in the graph (other sources may share them). */
  async remove(id: string): Promise<SourceDoc | null> {
    return this.collection.findOneAndDelete({ _id: id });
  }

  /** Sources due by `now` and not held by a live lease (what the next claims will take). */
  countDue(now: Date, kinds: readonly SourceKind[] = ['FEED']): Promise<number> {
    return this.collection.countDocuments({ kind: { $in: [...kinds] }, nextFetchAt: { $lte: now }, ...unleased(now) });
  }

  private async claim(filter: Filter<SourceDoc>, owner: string, now: Date, leaseMs: number, overdueFirst: boolean): Promise<LeasedSource | null> {
    const lease: SourceLeaseDoc = { owner, token: randomUUID(), expiresAt: new Date(now.getTime() + leaseMs) };
    const source = await this.collection.findOneAndUpdate(
      { ...filter, ...unleased(now) },
      { $set: { lease } },
      { returnDocument: 'after', ...(overdueFirst ? { sort: { nextFetchAt: 1 } } : {}) },
    );
    return source ? { source, lease } : null;
  }
}

function unleased(now: Date): Filter<SourceDoc> {
  return { $or: [{ lease: { $exists: false } }, { 'lease.expiresAt': { $lte: now } }] };
}

function newest(dates: readonly Date[], max: number): Date[] {
  return [...dates].filter((d) => !Number.isNaN(d.getTime())).sort((a, b) => b.getTime() - a.getTime()).slice(0, max);
}
