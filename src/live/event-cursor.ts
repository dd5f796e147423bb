/**
 * Tracks which event sequence numbers a poller has delivered. Sequence numbers are allocated before
 * their events are written, so across several gateway instances a higher number can become visible
 * before a lower one: the cursor keeps a low-water mark below which everything was delivered, re-reads
 * from it, and skips a missing number only once it has been missing for `graceMs` (its writer died).
 */
export class EventCursor {
  private lowWater: number;
  private readonly delivered = new Set<number>();
  /** When each gap was first seen. */
  private readonly gapSince = new Map<number, number>();

  constructor(
    start: number,
    private readonly graceMs = 10_000,
  ) {
    this.lowWater = start;
  }

  /** Poll for events with a sequence number above this. */
  get after(): number {
    return this.lowWater;
  }

  /** Takes a poll's sequence numbers; returns the ones not delivered before, in order. */
  accept(seqs: readonly number[], nowMs: number): number[] {
    const fresh = [...new Set(seqs)].filter((seq) => seq > this.lowWater && !this.delivered.has(seq)).sort((a, b) => a - b);
    for (const seq of fresh) this.delivered.add(seq);
    const highest = Math.max(this.lowWater, ...this.delivered);
    for (let seq = this.lowWater + 1; seq < highest; seq++) {
      if (!this.delivered.has(seq) && !this.gapSince.has(seq)) this.gapSince.set(seq, nowMs);
    }
    for (;;) {
      const next = this.lowWater + 1;
      if (this.delivered.has(next)) {
        this.delivered.delete(next);
        this.lowWater = next;
        this.gapSince.delete(next);
        continue;
      }
      const since = this.gapSince.get(next);
      if (since !== undefined && nowMs - since >= this.graceMs) {
        this.gapSince.delete(next);
        this.lowWater = next;
        continue;
      }
      break;
    }
    return fresh;
  }
}
