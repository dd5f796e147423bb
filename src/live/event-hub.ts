import type { Logger } from '../logger.js';
import type { EventDoc } from '../storage/documents.js';
import type { EventRepository } from '../storage/event-repository.js';
import { EventCursor } from './event-cursor.js';

export type EventListener = (events: readonly EventDoc[]) => void;

/**
 * Fans the durable event log out to this instance's subscribers. Polls only while someone listens,
 * so an idle gateway sends no queries; every instance polls the same log, so every subscriber gets
 * every update whichever instance ingested it.
 */
export class EventHub {
  private readonly listeners = new Set<EventListener>();
  private cursor: EventCursor | undefined;
  private timer: NodeJS.Timeout | undefined;
  private polling = false;

  constructor(
    private readonly events: EventRepository,
    private readonly log: Logger,
    private readonly pollMs = 500,
  ) {}

  /** Starts delivering events that happen from now on; returns the unsubscribe function. */
  async subscribe(listener: EventListener): Promise<() => void> {
    if (!this.cursor) this.cursor = new EventCursor(await this.events.latestSeq());
    this.listeners.add(listener);
    this.timer ??= setInterval(() => void this.poll(), this.pollMs);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.cursor = undefined;
  }

  /** One poll; also called directly by tests and after local ingests to cut latency. */
  async poll(): Promise<void> {
    const cursor = this.cursor;
    if (this.polling || !cursor) return;
    this.polling = true;
    try {
      const batch = await this.events.after(cursor.after, 1000);
      const fresh = new Set(cursor.accept(batch.map((e) => e._id), Date.now()));
      const events = batch.filter((e) => fresh.has(e._id));
      if (events.length > 0) for (const listener of this.listeners) listener(events);
    } catch (error) {
      this.log.warn({ err: error }, 'event poll failed; retrying');
    } finally {
      this.polling = false;
    }
  }
}
