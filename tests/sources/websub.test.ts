import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRing } from '../../src/api-keys.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { createGatewayServer, type GatewayServer } from '../../src/server.js';
import { createSourceRuntime, type SourceRuntime } from '../../src/sources/source-runtime.js';
import { hubSignature } from '../../src/sources/websub-links.js';
import { manualClock, testServices } from '../support/app.js';
import { openTestDb, type TestDb } from '../support/test-db.js';
import { hourlyItems, rss, startFeedServer } from './feed-server.js';

const HOUR = 3_600_000;

describe('WebSub: subscribe to an advertised hub, verify intent, accept signed pushes, poll as a fallback', () => {
  let t: TestDb;
  let feeds: Awaited<ReturnType<typeof startFeedServer>>;
  let gateway: GatewayServer;
  let gatewayBase: string;
  let runtime: SourceRuntime;
  const clock = manualClock('2025-10-15T12:00:00Z');
  const subscriptions: { form: URLSearchParams; verification?: { status: number; body: string } }[] = [];

  beforeAll(async () => {
    t = await openTestDb('sources_websub');
    feeds = await startFeedServer();
    const fetchOptions = { timeoutMs: 3_000, maxBytes: 1 << 20, allowLoopback: true };
    const pipeline = new IngestPipeline(t.repos, { fetch: fetchOptions, maxDocumentBytes: 1 << 20, now: clock.now });
    let endpoint: NonNullable<SourceRuntime['websub']>['endpoint'] | undefined;
    gateway = await createGatewayServer({
      production: false,
      apiKeys: new ApiKeyRing([]),
      limits: { maxDepth: 8, maxAliases: 5, maxCost: 3000 },
      publicUrl: undefined,
      maxBodyBytes: 1 << 20,
      services: testServices(t.repos, clock.now),
      repos: t.repos,
      log: pino({ level: 'silent' }),
      ping: async () => undefined,
      websub: { handle: (req, res, url) => (endpoint as NonNullable<typeof endpoint>).handle(req, res, url) },
    });
    gatewayBase = (await gateway.listen(0, '127.0.0.1')).replace(/\/graphql$/, '');
    runtime = createSourceRuntime(t.repos, pipeline, {
      fetch: fetchOptions,
      now: clock.now,
      policy: { jitterFraction: 0 },
      leaseMs: 60_000,
      workerId: 'test',
      websubPollIntervalMs: 6 * HOUR,
      publicUrl: gatewayBase,
      maxDocumentBytes: 1 << 20,
    });
    endpoint = runtime.websub?.endpoint;

    const head = `<atom:link rel="hub" href="${feeds.base}/hub"/><atom:link rel="self" href="${feeds.base}/hubbed.xml"/>`;
    const hubbed = rss('Hubbed', hourlyItems('hub', 3, clock.now()), head);
    feeds.routes.set('/hubbed.xml', (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(hubbed));
    // A fake hub: accepts the request, then verifies intent with a GET to the callback, as WebSub §5.3 says.
    feeds.routes.set('/hub', async (_req, res, body) => {
      const form = new URLSearchParams(body.toString('utf8'));
      res.writeHead(202).end();
      const entry: (typeof subscriptions)[number] = { form };
      subscriptions.push(entry);
      const callback = new URL(form.get('hub.callback') ?? '');
      callback.search = new URLSearchParams({ 'hub.mode': form.get('hub.mode') ?? '', 'hub.topic': form.get('hub.topic') ?? '', 'hub.challenge': 'challenge-1234', 'hub.lease_seconds': String(5 * 24 * 3600) }).toString();
      const answer = await fetch(callback);
      entry.verification = { status: answer.status, body: await answer.text() };
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await feeds?.close();
    await t?.cleanup();
  });

  let sourceId = '';

  it('subscribes with a callback under PUBLIC_URL and a secret, and answers the verification with the challenge', async () => {
    const { source } = await runtime.service.add(`${feeds.base}/hubbed.xml`);
    sourceId = source?._id ?? '';
    const { result } = await runtime.service.refresh(sourceId);
    expect(result?.outcome).toBe('OK');
    await expect.poll(() => subscriptions[0]?.verification).toBeDefined();
    const form = subscriptions[0]?.form;
    expect(form?.get('hub.mode')).toBe('subscribe');
    expect(form?.get('hub.topic')).toBe(`${feeds.base}/hubbed.xml`);
    expect(form?.get('hub.callback')).toBe(`${gatewayBase}/websub/${sourceId}`);
    expect(form?.get('hub.secret')).toMatch(/^[0-9a-f]{48}$/);
    expect(subscriptions[0]?.verification).toEqual({ status: 200, body: 'challenge-1234' });
    const stored = await t.repos.sourceSchedule.findById(sourceId);
    expect(stored?.websub).toMatchObject({ state: 'SUBSCRIBED', hub: `${feeds.base}/hub`, verifiedAt: clock.now(), expiresAt: new Date(clock.now().getTime() + 5 * 24 * HOUR) });
  });

  it('refuses verification for a topic it did not ask for', async () => {
    const response = await fetch(`${gatewayBase}/websub/${sourceId}?hub.mode=subscribe&hub.topic=${encodeURIComponent('https://elsewhere.test/feed')}&hub.challenge=x`);
    expect(response.status).toBe(404);
  });

  it('polls only as a fallback while the subscription is live', async () => {
    clock.advance(HOUR);
    const { result } = await runtime.service.refresh(sourceId);
    expect(result?.outcome).toBe('NOT_MODIFIED');
    expect(result?.source?.nextFetchAt).toEqual(new Date(clock.now().getTime() + 6 * HOUR));
    expect(result?.source?.health?.scheduleReason).toContain('WebSub pushes');
    expect(subscriptions).toHaveLength(1);
  });

  it('ingests a signed push and ignores one with a wrong signature', async () => {
    const secret = subscriptions[0]?.form.get('hub.secret') ?? '';
    const pushed = rss('Hubbed', [{ guid: 'pushed-1', title: 'Pushed story about the harbour', date: clock.now() }]);
    const forged = rss('Hubbed', [{ guid: 'forged-1', title: 'Forged story', date: clock.now() }]);
    const bad = await fetch(`${gatewayBase}/websub/${sourceId}`, { method: 'POST', headers: { 'content-type': 'application/rss+xml', 'x-hub-signature': hubSignature(forged, 'not-the-secret') }, body: forged });
    expect(bad.status).toBe(202);
    const unsigned = await fetch(`${gatewayBase}/websub/${sourceId}`, { method: 'POST', headers: { 'content-type': 'application/rss+xml' }, body: forged });
    expect(unsigned.status).toBe(202);
    const good = await fetch(`${gatewayBase}/websub/${sourceId}`, { method: 'POST', headers: { 'content-type': 'application/rss+xml', 'x-hub-signature': hubSignature(pushed, secret, 'sha1') }, body: pushed });
    expect(good.status).toBe(200);
    const titles = (await t.db.collection('articles').find({ sourceIds: sourceId }).toArray()).map((a) => a.title as string);
    expect(titles).toContain('Pushed story about the harbour');
    expect(titles).not.toContain('Forged story');
    const stored = await t.repos.sourceSchedule.findById(sourceId);
    expect(stored?.websub?.lastPushAt).toEqual(clock.now());
    expect(stored?.health).toMatchObject({ lastOutcome: 'OK', lastFetchAt: clock.now() });
  });

  it('answers unknown callbacks with 404 and other methods with 405', async () => {
    expect((await fetch(`${gatewayBase}/websub/nosuchsource?hub.mode=subscribe&hub.topic=x&hub.challenge=y`)).status).toBe(404);
    expect((await fetch(`${gatewayBase}/websub/${sourceId}`, { method: 'PUT' })).status).toBe(405);
  });
});
