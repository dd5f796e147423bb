import { pino } from 'pino';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRing } from '../../src/api-keys.js';
import { DEFAULT_LIMITS } from '../../src/limits/index.js';
import { createGatewayServer, type GatewayServer } from '../../src/server.js';
import type { Services } from '../../src/services.js';
import { parseFeed } from '../../src/ingest/parse/parse-feed.js';
import { openTestDb, type TestDb } from '../support/test-db.js';
import { ingestDemo, testServices } from '../support/app.js';

const KEY = 'live-test-secret';

/** A gateway instance of its own (own services, own event hub) over the shared test database. */
async function instance(t: TestDb): Promise<{ server: GatewayServer; url: string; services: Services }> {
  const services = testServices(t.repos);
  const server = await createGatewayServer({
    production: false,
    apiKeys: new ApiKeyRing([{ name: 'live', secret: KEY }]),
    limits: DEFAULT_LIMITS,
    publicUrl: undefined,
    maxBodyBytes: 1024 * 1024,
    services,
    repos: t.repos,
    log: pino({ level: 'silent' }),
    ping: async () => undefined,
  });
  return { server, url: await server.listen(0, '127.0.0.1'), services };
}

const HEADLINES: Record<number, string> = { 1: 'Live story 1: glacier melt doubles in Alpine survey', 2: 'Live story 2: local derby ends in a goalless draw' };
const feedXml = (n: number, category: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Live desk</title><link>https://live.example/</link>
  <item><title>${HEADLINES[n] ?? `Live story ${n}`}</title><link>https://live.example/${n}</link><pubDate>Tue, 14 Oct 2025 12:00:00 GMT</pubDate><category>${category}</category></item></channel></rss>`;

describe('live updates and published feeds', () => {
  let t: TestDb;
  let a: Awaited<ReturnType<typeof instance>>;
  let b: Awaited<ReturnType<typeof instance>>;
  let feedId: string;
  const clients: Client[] = [];

  const gql = async (url: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  };

  beforeAll(async () => {
    t = await openTestDb('live');
    a = await instance(t);
    b = await instance(t);
    await ingestDemo(a.services);
    const climate = (await gql(a.url, '{ topic(slug: "climate") { id } }')).data as { topic: { id: string } };
    const created = await gql(a.url, 'mutation($d: FeedDefinitionInput!) { createFeed(name: "Climate live", definition: $d) { feed { id } } }', { d: { topics: { any: [climate.topic.id] } } });
    feedId = (created.data as { createFeed: { feed: { id: string } } }).createFeed.feed.id;
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await a?.server.stop();
    await b?.server.stop();
    await t?.cleanup();
  });

  it('pushes matching articles to subscribers of every instance, whichever instance ingested them', async () => {
    const subscribe = (url: string) => {
      const client = createClient({ url: url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { apiKey: KEY } });
      clients.push(client);
      const received: { kind: string; article: { title: string } }[] = [];
      const done = new Promise<void>((resolve, reject) => {
        client.subscribe<{ feedUpdated: { kind: string; article: { title: string } } }>(
          { query: 'subscription($id: ID!) { feedUpdated(feedId: $id) { kind article { title } } }', variables: { id: feedId } },
          {
            next: (message) => {
              if (message.errors) reject(new Error(JSON.stringify(message.errors)));
              if (message.data) received.push(message.data.feedUpdated);
              if (received.length >= 2) resolve();
            },
            error: reject,
            complete: () => resolve(),
          },
        );
      });
      return { received, done };
    };
    const onA = subscribe(a.url);
    const onB = subscribe(b.url);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Instance B ingests: one matching article, one not, then an update of the matching one.
    await b.services.pipeline.ingest({ content: feedXml(1, 'Climate'), contentType: 'application/rss+xml', sourceUrl: 'https://live.example/rss' });
    await b.services.pipeline.ingest({ content: feedXml(2, 'Sport'), contentType: 'application/rss+xml', sourceUrl: 'https://live.example/rss2' });
    await b.services.pipeline.ingest({ content: feedXml(1, 'Climate').replace('Alpine survey', 'Alpine survey, updated'), contentType: 'application/rss+xml', sourceUrl: 'https://live.example/rss' });
    await Promise.race([Promise.all([onA.done, onB.done]), new Promise((_, reject) => setTimeout(() => reject(new Error('no updates within 10 s')), 10_000))]);
    // The non-matching Sport story is never pushed. The article is read when its event is delivered,
    // so the first event may already show the updated title.
    for (const { received } of [onA, onB]) {
      expect(received.map((u) => u.kind)).toEqual(['ARTICLE_NEW', 'ARTICLE_UPDATED']);
      expect(received.at(-1)).toEqual({ kind: 'ARTICLE_UPDATED', article: { title: 'Live story 1: glacier melt doubles in Alpine survey, updated' } });
      expect(received.every((u) => u.article.title.startsWith('Live story 1'))).toBe(true);
    }
  });

  it('tells subscribers when another outlet covers a story', async () => {
    const client = createClient({ url: a.url.replace('http', 'ws'), webSocketImpl: WebSocket });
    clients.push(client);
    const received: { kind: string; article: { title: string; story: { sources: { url: string }[] } } }[] = [];
    const done = new Promise<void>((resolve, reject) => {
      client.subscribe<{ feedUpdated: (typeof received)[number] }>(
        { query: 'subscription($id: ID!) { feedUpdated(feedId: $id) { kind article { title story { sources { url } } } } }', variables: { id: feedId } },
        { next: (m) => (m.data ? received.push(m.data.feedUpdated) : reject(new Error(JSON.stringify(m.errors))), received.length >= 2 && resolve()), error: reject, complete: () => resolve() },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sameEvent = feedXml(1, 'Climate').replace('Alpine survey', 'Alpine survey, updated').replace('https://live.example/1', 'https://other.example/live-1');
    await b.services.pipeline.ingest({ content: sameEvent, contentType: 'application/rss+xml', sourceUrl: 'https://other.example/rss' });
    await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error('no coverage update within 10 s')), 10_000))]);
    expect(received.map((u) => u.kind)).toEqual(['ARTICLE_NEW', 'STORY_NEW_SOURCE']);
    expect(received[1]?.article.story.sources.map((s) => s.url)).toEqual(['https://live.example/rss', 'https://other.example/rss']);
  });

  it('refuses a subscription to an unknown feed with a clear error', async () => {
    const client = createClient({ url: a.url.replace('http', 'ws'), webSocketImpl: WebSocket });
    clients.push(client);
    const unknown = Buffer.from('Feed:nope').toString('base64url');
    const errors = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: 'subscription($id: ID!) { feedUpdated(feedId: $id) { kind } }', variables: { id: unknown } }, { next: (m) => resolve(m.errors), error: resolve, complete: () => undefined });
    });
    expect(JSON.stringify(errors)).toContain('no feed has this id');
  });

  it('publishes the feed as RSS, Atom and JSON Feed with conditional GET', async () => {
    const base = a.url.replace('/graphql', '');
    for (const [ext, type] of [['rss', 'application/rss+xml'], ['atom', 'application/atom+xml'], ['json', 'application/feed+json']] as const) {
      const response = await fetch(`${base}/feeds/${feedId}.${ext}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(type);
      const body = new Uint8Array(await response.arrayBuffer());
      const parsed = parseFeed(body, { url: `${base}/feeds/${feedId}.${ext}`, contentType: response.headers.get('content-type') ?? undefined });
      expect(parsed.title).toBe('Climate live');
      expect(parsed.items.map((i) => i.title)).toContain('Coastal cities agree shared flood barrier plan');
      expect(parsed.items.find((i) => i.title === 'Coastal cities agree shared flood barrier plan')?.authors.map((p) => p.name)).toEqual(['Amara Okafor']);
      const etag = response.headers.get('etag') ?? '';
      expect(etag).toMatch(/^"[^"]+"$/);
      const again = await fetch(`${base}/feeds/${feedId}.${ext}`, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      const since = await fetch(`${base}/feeds/${feedId}.${ext}`, { headers: { 'if-modified-since': response.headers.get('last-modified') ?? '' } });
      expect(since.status).toBe(304);
    }
    expect((await fetch(`${base}/feeds/${Buffer.from('Feed:nope').toString('base64url')}.rss`)).status).toBe(404);
  });
});
