import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { SourcePoller, type Sleep } from '../../src/sources/source-poller.js';
import { createSourceRuntime, type SourceRuntime } from '../../src/sources/source-runtime.js';
import { manualClock } from '../support/app.js';
import { openTestDb, type TestDb } from '../support/test-db.js';
import { hourlyItems, rss, startFeedServer } from './feed-server.js';

const MIN = 60_000;
const LEASE_MS = 2 * MIN;
const FEEDS = 12;

/** Resolves at once when aborted, else after a real 5 ms (the loop test only needs a yield). */
const sleep: Sleep = (_ms, signal) => new Promise((resolve) => (signal.aborted ? resolve() : setTimeout(resolve, 5)));

describe('two polling workers against one database', () => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof startFeedServer>>;
  let runtime: SourceRuntime;
  const clock = manualClock('2025-10-15T12:00:00Z');
  /** Failures the poller could only log: none may happen. */
  const unexpected: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const worker = (workerId: string, concurrency: number, refresher: Pick<SourceRuntime['refresher'], 'refresh'> = runtime.refresher) =>
    new SourcePoller(t.repos.sourceSchedule, refresher, {
      workerId,
      now: clock.now,
      sleep,
      concurrency,
      leaseMs: LEASE_MS,
      idleMs: 1_000,
      log: { error: (details) => unexpected.push(String((details as { err?: Error }).err?.stack ?? JSON.stringify(details))) },
    });

  beforeAll(async () => {
    t = await openTestDb('sources_leases');
    server = await startFeedServer();
    // Generous: a loaded CI machine must not turn a slow local answer into a graded failure.
    const fetch = { timeoutMs: 30_000, maxBytes: 1 << 20, allowLoopback: true };
    const pipeline = new IngestPipeline(t.repos, { fetch, maxDocumentBytes: 1 << 20, now: clock.now });
    runtime = createSourceRuntime(t.repos, pipeline, { fetch, now: clock.now, policy: { jitterFraction: 0 }, leaseMs: LEASE_MS, workerId: 'manual', websubPollIntervalMs: 6 * 60 * MIN, maxDocumentBytes: 1 << 20 });
    for (let i = 0; i < FEEDS; i++) {
      const body = rss(`Feed ${i}`, hourlyItems(`f${i}`, 4, clock.now()));
      server.routes.set(`/f${i}.xml`, async (_req, res) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 15));
        inFlight--;
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body);
      });
      await runtime.service.add(`${server.base}/f${i}.xml`);
    }
  });
  afterAll(async () => {
    await server?.close();
    await t?.cleanup();
  });

  const counts = () => Array.from({ length: FEEDS }, (_, i) => server.count(`/f${i}.xml`));

  it('fetches every due source exactly once per due period, sharing the work', async () => {
    const a = worker('worker-a', 3);
    const b = worker('worker-b', 3);
    const [byA, byB] = await Promise.all([a.pollOnce(), b.pollOnce()]);
    expect(unexpected).toEqual([]);
    expect(byA + byB).toBe(FEEDS);
    expect(byA).toBeGreaterThan(0);
    expect(byB).toBeGreaterThan(0);
    expect(counts()).toEqual(Array(FEEDS).fill(1));
    expect(maxInFlight).toBeLessThanOrEqual(6);

    // Nothing is due again at the same instant, whoever asks.
    expect(await Promise.all([a.pollOnce(), b.pollOnce()])).toEqual([0, 0]);
    // Hourly items: the next fetch is 30 minutes on; one minute early nothing moves, on time everything is fetched once more.
    clock.advance(29 * MIN);
    const early = await Promise.all([a.pollOnce(), b.pollOnce()]);
    const health = await t.db.collection('sources').find({}, { projection: { _id: 0, url: 1, 'health.lastError': 1, 'health.scheduleReason': 1, nextFetchAt: 1 } }).toArray();
    expect(early, JSON.stringify(health)).toEqual([0, 0]);
    clock.advance(MIN);
    const second = await Promise.all([a.pollOnce(), b.pollOnce()]);
    expect(second[0] + second[1]).toBe(FEEDS);
    expect(counts()).toEqual(Array(FEEDS).fill(2));
    const sources = await t.repos.sourceSchedule.findAll();
    // The second fetch got the same bytes (no validators on this server): unchanged, not parsed.
    expect(sources.map((s) => [s.lease, s.health?.lastOutcome])).toEqual(Array(FEEDS).fill([undefined, 'NOT_MODIFIED']));
  });

  it('keeps a worker to its concurrency limit', async () => {
    clock.advance(30 * MIN);
    maxInFlight = 0;
    expect(await worker('worker-c', 2).pollOnce()).toBe(FEEDS);
    expect(maxInFlight).toBe(2);
  });

  it("takes over a dead worker's source once its lease expires, and never before", async () => {
    clock.advance(30 * MIN);
    // A worker that claims a source and then never finishes (a killed process): its fetch never returns.
    const dead = worker('worker-dead', 1, { refresh: () => new Promise(() => undefined) });
    void dead.pollOnce();
    await expect.poll(async () => (await t.repos.sourceSchedule.findAll()).filter((s) => s.lease?.owner === 'worker-dead').length).toBe(1);
    const held = (await t.repos.sourceSchedule.findAll()).find((s) => s.lease?.owner === 'worker-dead');
    const heldPath = new URL(held?.url ?? '').pathname;
    const before = server.count(heldPath);

    const a = worker('worker-a', 3);
    const b = worker('worker-b', 3);
    const fetched = await Promise.all([a.pollOnce(), b.pollOnce()]);
    expect(fetched[0] + fetched[1]).toBe(FEEDS - 1);
    expect(server.count(heldPath)).toBe(before);

    clock.advance(LEASE_MS - 1_000);
    expect(await a.pollOnce()).toBe(0);
    clock.advance(1_000);
    expect(await a.pollOnce()).toBe(1);
    expect(server.count(heldPath)).toBe(before + 1);
    expect(counts().every((c) => c === 4)).toBe(true);
    const taken = await t.repos.sourceSchedule.findById(held?._id ?? '');
    expect(taken?.lease).toBeUndefined();
    expect(taken?.health?.lastFetchAt).toEqual(clock.now());
  });

  it('runs as a loop with an injected sleep and stops cleanly', async () => {
    // The feeds have gone quiet since they were written, so their intervals have grown; a day makes all of them due.
    clock.advance(24 * 60 * MIN);
    const looping = worker('worker-loop', 4);
    looping.start();
    await expect.poll(() => counts().every((c) => c === 5), { timeout: 5_000 }).toBe(true);
    await looping.stop();
    clock.advance(24 * 60 * MIN);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(counts().every((c) => c === 5)).toBe(true);
  });
});
