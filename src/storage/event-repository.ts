import type { Collection, Db } from 'mongodb';
import { COLLECTIONS } from './mongo.js';
import { upsertRetrying } from './upsert-races.js';
import type { EventDoc } from './documents.js';

interface CounterDoc {
  _id: string;
  seq: number;
}

/**
 * The durable change log live updates are served from (change streams need a replica set; a polled
 * collection works on any server and across gateway instances). Sequence numbers come from one
 * counter document, allocated a batch at a time; events expire after a week (TTL index).
 */
export class EventRepository {
  private readonly events: Collection<EventDoc>;
  private readonly counters: Collection<CounterDoc>;

  constructor(db: Db) {
    this.events = db.collection<EventDoc>(COLLECTIONS.events);
    this.counters = db.collection<CounterDoc>(COLLECTIONS.counters);
  }

  async append(events: readonly Omit<EventDoc, '_id'>[]): Promise<void> {
    if (events.length === 0) return;
    const counter = await upsertRetrying(() => this.counters.findOneAndUpdate({ _id: 'events' }, { $inc: { seq: events.length } }, { upsert: true, returnDocument: 'after' }));
    const last = counter?.seq ?? events.length;
    await this.events.insertMany(events.map((event, i) => ({ ...event, _id: last - events.length + 1 + i })), { ordered: false });
  }

  /** Events after a sequence number, oldest first. */
  after(seq: number, limit: number): Promise<EventDoc[]> {
    return this.events.find({ _id: { $gt: seq } }, { sort: { _id: 1 }, limit, batchSize: limit }).toArray();
  }

  /** The newest sequence number allocated so far (0 when none). */
  async latestSeq(): Promise<number> {
    return (await this.counters.findOne({ _id: 'events' }))?.seq ?? 0;
  }
}
