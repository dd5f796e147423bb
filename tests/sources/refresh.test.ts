import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { createSourceRuntime, type SourceRuntime } from '../../src/sources/source-runtime.js';
import { manualClock } from '../support/app.js';
import { openTestDb, type TestDb } from '../support/test-db.js';
import { hourlyItems, rss, startFeedServer } from './feed-server.js';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('fetching a source: conditional GET, unchanged bodies, graded failures, pause and resume', () => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof startFeedServer>>;
  let runtime: SourceRuntime;
  const clock = manualClock('2025-10-15T12:00:00Z');

  beforeAll(async () => {
    t = await openTestDb('sources_refresh');
    server = await startFeedServer();
    const fetch = { timeoutMs: 3_000, maxBytes: 1 << 20, allowLoopback: true };
    const pipeline = new IngestPipeline(t.repos, { fetch, maxDocumentBytes: 1 << 20, now: clock.now });
    runtime = createSourceRuntime(t.repos, pipeline, {
      fetch,
      now: clock.now,
      policy: { maxConsecutiveFailures: 3, maxConsecutiveHardFailures: 2, jitterFraction: 0 },
      leaseMs: 60_000,
      workerId: 'test',
      websubPollIntervalMs: 6 * HOUR,
      maxDocumentBytes: 1 << 20,
    });
  });
  afterAll(async () => {
    await server?.close();
    await t?.cleanup();
  });

  async function added(path: string) {
    const { source } = await runtime.service.add(`${server.base}${path}`);
    if (!source) throw new Error('not added');
    expect(source.nextFetchAt).toEqual(clock.now());
    return source._id;
  }

  it('sends the stored ETag and Last-Modified; a 304 is recorded as NOT_MODIFIED without parsing', async () => {
    const body = rss('Validators', hourlyItems('etag', 3, clock.now()));
    server.routes.set('/etag.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Wed, 15 Oct 2025 11:00:00 GMT' }).end(body);
    });
    const id = await added('/etag.xml');
    const first = await runtime.service.refresh(id);
    expect(first.errors).toEqual([]);
    expect(first.result?.outcome).toBe('OK');
    expect(first.result?.report?.newCount).toBe(3);
    const source = first.result?.source;
    expect(source).toMatchObject({ etag: '"v1"', lastModified: 'Wed, 15 Oct 2025 11:00:00 GMT', errorCount: 0, lastFetch: { status: 'OK', newCount: 3 } });
    expect(source?.health).toMatchObject({ lastOutcome: 'OK', lastSuccessAt: clock.now(), errorCount: 0 });
    // Three items an hour apart, the newest half an hour old: two gaps over 2.5 hours.
    expect(source?.health?.itemsPerDay).toBe(19.2);
    // Hourly items: poll at half the gap, clamped to the 10-minute floor... 30 minutes.
    expect(source?.nextFetchAt?.getTime()).toBe(clock.now().getTime() + 30 * MIN);
    expect(source?.lease).toBeUndefined();

    clock.advance(30 * MIN);
    const second = await runtime.service.refresh(id);
    expect(second.result?.outcome).toBe('NOT_MODIFIED');
    expect(second.result?.report).toBeUndefined();
    const conditional = server.seen.filter((r) => r.path === '/etag.xml').at(-1);
    expect(conditional?.headers['if-none-match']).toBe('"v1"');
    expect(conditional?.headers['if-modified-since']).toBe('Wed, 15 Oct 2025 11:00:00 GMT');
    expect(second.result?.source).toMatchObject({ lastFetch: { status: 'NOT_MODIFIED', at: clock.now() }, health: { lastOutcome: 'NOT_MODIFIED', lastSuccessAt: clock.now() } });
  });

  it('honours the skipHours and skipDays (UTC) when planning the next fetch', async () => {
    // Now is Wednesday 15 Oct, about 12:30 UTC; the next fetch would fall at 13:00, which the feed skips with 14:00.
    const head = '<skipHours><hour>13</hour><hour>14</hour></skipHours><skipDays><day>Thursday</day></skipDays>';
    server.routes.set('/skip.xml', (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Skipping', hourlyItems('skip', 3, clock.now()), head)));
    const id = await added('/skip.xml');
    const result = await runtime.service.refresh(id);
    expect(result.result?.outcome).toBe('OK');
    const next = result.result?.source?.nextFetchAt;
    expect(next?.getUTCHours()).toBe(15);
    expect(next?.getUTCDay()).toBe(3);
    expect(result.result?.source?.health?.scheduleReason).toMatch(/skip/i);
  });

  it('treats a byte-identical body from a server without validators as unchanged (no parse), and parses a changed one', async () => {
    let body = rss('No validators', hourlyItems('plain', 2, clock.now()));
    server.routes.set('/plain.xml', (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body));
    const id = await added('/plain.xml');
    expect((await runtime.service.refresh(id)).result?.outcome).toBe('OK');
    clock.advance(HOUR);
    const same = await runtime.service.refresh(id);
    expect(same.result?.outcome).toBe('NOT_MODIFIED');
    expect(same.result?.report).toBeUndefined();
    body = rss('No validators', [{ guid: 'plain-new', title: 'plain story new', date: clock.now() }, ...hourlyItems('plain', 2, new Date(clock.now().getTime() - HOUR))]);
    const changed = await runtime.service.refresh(id);
    expect(changed.result?.outcome).toBe('OK');
    expect(changed.result?.report).toMatchObject({ newCount: 1, unchangedCount: 2 });
  });

  it('grades temporary failures, backs off, pauses after the configured run with a reason, and resumes by hand', async () => {
    let healthy = false;
    server.routes.set('/flaky.xml', (_req, res) => {
      if (healthy) return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Flaky', hourlyItems('flaky', 2, clock.now())));
      res.writeHead(503).end('down');
    });
    const id = await added('/flaky.xml');
    const delays: number[] = [];
    for (let run = 1; run <= 3; run++) {
      const { result, errors } = await runtime.service.refresh(id);
      expect(result?.outcome).toBe('HTTP_5XX');
      expect(errors[0]).toMatchObject({ code: 'FETCH_FAILED', message: expect.stringContaining('HTTP 503') });
      const health = result?.source?.health;
      expect(health).toMatchObject({ errorCount: run, lastError: { outcome: 'HTTP_5XX', grade: 'TEMPORARY', httpStatus: 503, at: clock.now() } });
      expect(result?.source?.errorCount).toBe(run);
      expect(result?.source?.lastFetch).toMatchObject({ status: 'ERROR', error: expect.stringContaining('503') });
      delays.push((health?.nextFetchAt.getTime() ?? 0) - clock.now().getTime());
      if (run < 3) expect(health?.paused).toBeUndefined();
      else expect(health?.paused).toEqual({ at: clock.now(), reason: expect.stringMatching(/3 consecutive failures|3rd/) });
      clock.advance(10 * MIN);
    }
    expect(delays[1]).toBeGreaterThan(delays[0] ?? Infinity);

    const resumed = await runtime.service.resume(id);
    expect(resumed.source?.health?.paused).toBeUndefined();
    expect(resumed.source).toMatchObject({ errorCount: 0, nextFetchAt: clock.now(), health: { errorCount: 0, scheduleReason: 'resumed by hand; fetch now' } });
    healthy = true;
    const ok = await runtime.service.refresh(id);
    expect(ok.result?.outcome).toBe('OK');
    // The last error stays visible after the recovery; the error count says it is not current.
    expect(ok.result?.source?.health).toMatchObject({ errorCount: 0, lastError: { outcome: 'HTTP_5XX' }, lastSuccessAt: clock.now() });
  });

  it('pauses sooner on hard failures (404)', async () => {
    const id = await added('/missing.xml');
    await runtime.service.refresh(id);
    const second = await runtime.service.refresh(id);
    expect(second.result?.source?.health).toMatchObject({ errorCount: 2, lastError: { outcome: 'HTTP_404_410', grade: 'HARD', httpStatus: 404 }, paused: { reason: expect.any(String) } });
  });

  it('honours Retry-After on 429 as a lower bound', async () => {
    server.routes.set('/limited.xml', (_req, res) => void res.writeHead(429, { 'retry-after': '7200' }).end());
    const id = await added('/limited.xml');
    const { result } = await runtime.service.refresh(id);
    expect(result?.outcome).toBe('HTTP_429');
    expect((result?.source?.nextFetchAt?.getTime() ?? 0) - clock.now().getTime()).toBeGreaterThanOrEqual(2 * HOUR);
  });

  it('records a feed URL that now serves an HTML page as a parse error, not as an article', async () => {
    server.routes.set('/moved.xml', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body><article><h1>Site</h1><p>We moved.</p></article></body></html>'));
    const id = await added('/moved.xml');
    const before = await t.repos.articles.count({});
    const { result, errors } = await runtime.service.refresh(id);
    expect(result?.outcome).toBe('PARSE_ERROR');
    expect(errors[0]).toMatchObject({ code: 'PARSE_FAILED', message: expect.stringContaining('HTML page, not a feed') });
    expect(await t.repos.articles.count({})).toBe(before);
  });

  it('refuses a manual refresh while a worker holds the source, and reports unknown ids', async () => {
    const id = await added('/held.xml');
    const held = await t.repos.sourceSchedule.claimById(id, 'other-worker', clock.now(), 60_000);
    expect(held).not.toBeNull();
    const refused = await runtime.service.refresh(id);
    expect(refused.errors[0]).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('other-worker') });
    expect((await runtime.service.refresh('nope')).errors[0]).toMatchObject({ code: 'NOT_FOUND' });
  });
});
