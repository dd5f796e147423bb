import type { SourceKind } from '../storage/documents.js';
import type { LeasedSource, SourceScheduleRepository } from '../storage/source-schedule-repository.js';
import type { RefreshResult, SourceRefresher } from './source-refresher.js';

/** Waits `ms` or until `signal` aborts, whichever is first (the composition root supplies the timer). */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export interface SourcePollerOptions {
  /** Names this worker in leases (`Source.health.leasedBy`); unique per process. */
  workerId: string;
  now: () => Date;
  sleep: Sleep;
  /** Sources fetched at once by this worker. */
  concurrency: number;
  /** How long a claim lasts; a worker that dies mid-fetch holds its sources at most this long. */
  leaseMs: number;
  /** Pause between looks for due sources when none is due. */
  idleMs: number;
  kinds?: readonly SourceKind[];
  log?: { error(details: object, message: string): void; debug?(details: object, message: string): void };
  /** Called after each fetch (progress, benchmarks). */
  onRefreshed?: (result: RefreshResult) => void;
}

/**
 * A polling worker. Any number of them (in one process or many, against one database) share the work:
 * each source is claimed with an atomic lease before it is fetched, so it is fetched by one worker per due
 * period, and a worker that dies leaves leases that expire and are claimed by the others. Clock and sleep
 * are injected: tests drive `pollOnce` with a manual clock; `start` loops until `stop`.
 */
export class SourcePoller {
  private running = false;
  private loop: Promise<void> | undefined;
  private abort = new AbortController();

  constructor(
    private readonly schedule: SourceScheduleRepository,
    private readonly refresher: Pick<SourceRefresher, 'refresh'>,
    private readonly options: SourcePollerOptions,
  ) {
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) throw new RangeError(`concurrency must be a whole number ≥ 1 (got ${options.concurrency})`);
  }

  get workerId(): string {
    return this.options.workerId;
  }

  /**
   * Fetches every source due now, keeping up to `concurrency` fetches in flight, and resolves when they are
   * all done (with how many were fetched). A source is claimed once per pass: its next fetch is always in
   * the future once recorded, and the pass never re-claims what it already fetched.
   */
  async pollOnce(): Promise<number> {
    const inFlight = new Set<Promise<void>>();
    const seen = new Set<string>();
    let fetched = 0;
    let exhausted = false;
    while (!exhausted || inFlight.size > 0) {
      while (!exhausted && inFlight.size < this.options.concurrency && !this.abort.signal.aborted) {
        const claimed = await this.schedule.claimDue(this.options.workerId, this.options.now(), this.options.leaseMs, this.options.kinds);
        if (!claimed) {
          exhausted = true;
          break;
        }
        if (seen.has(claimed.source._id)) {
          // Due again within one pass (a clock far ahead of the schedule): leave it to the next pass.
          await this.schedule.release(claimed.source._id, claimed.lease);
          exhausted = true;
          break;
        }
        seen.add(claimed.source._id);
        fetched++;
        const task = this.fetchOne(claimed).finally(() => inFlight.delete(task));
        inFlight.add(task);
      }
      if (this.abort.signal.aborted) exhausted = true;
      if (inFlight.size > 0) await Promise.race(inFlight);
    }
    return fetched;
  }

  /** Starts the loop: poll, and when nothing was due, sleep `idleMs`. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.abort = new AbortController();
    this.loop = (async () => {
      while (this.running) {
        let count = 0;
        try {
          count = await this.pollOnce();
        } catch (error) {
          this.options.log?.error({ err: error, worker: this.options.workerId }, 'polling pass failed');
        }
        if (!this.running) break;
        if (count === 0) await this.options.sleep(this.options.idleMs, this.abort.signal);
      }
    })();
  }

  /** Stops claiming, waits for the fetches in flight to finish and record. */
  async stop(): Promise<void> {
    this.running = false;
    this.abort.abort();
    await this.loop;
    this.loop = undefined;
  }

  private async fetchOne({ source, lease }: LeasedSource): Promise<void> {
    try {
      const result = await this.refresher.refresh(source, lease);
      this.options.log?.debug?.({ source: source.url, outcome: result.outcome, worker: this.options.workerId }, 'source fetched');
      this.options.onRefreshed?.(result);
    } catch (error) {
      // A bug or a database failure: the lease is left to expire, which doubles as a back-off.
      this.options.log?.error({ err: error, source: source.url, worker: this.options.workerId }, 'fetching a source failed unexpectedly');
    }
  }
}
