/**
 * `npm run bench:api`: a dashboard query over HTTP on 127.0.0.1 (a feed's 20 newest articles with
 * authors, people, topics, story and 3 related stories each) against a bare node:http server answering
 * a fixed body of the same size (the ceiling), in the same run. Needs MONGODB_URI.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { pino } from 'pino';
import { ApiKeyRing } from '../src/api-keys.js';
import { ingestDemoFeeds } from '../src/demo.js';
import { EMPTY_SET } from '../src/domain/feed-definition.js';
import { toGlobalId } from '../src/domain/global-id.js';
import { FeedService } from '../src/feeds/feed-service.js';
import { GraphEditor } from '../src/graph-editor.js';
import { GraphReader } from '../src/graph-reader.js';
import { IngestPipeline } from '../src/ingest/pipeline.js';
import { DEFAULT_LIMITS } from '../src/limits/index.js';
import { EventHub } from '../src/live/event-hub.js';
import { LiveFeeds } from '../src/live/feed-updates.js';
import { createGatewayServer } from '../src/server.js';
import { ensureIndexes } from '../src/storage/mongo.js';
import { createRepositories } from '../src/storage/repositories.js';
import { load } from './http-load.js';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PEOPLE = ['Anna Kowalska', 'Piotr Nowak', 'Maria Jensen', 'Lars Holm', 'Sofia Lind', 'Jin Park', 'Amara Okafor', 'Tomás Ribeiro'];
const TOPICS = ['Climate', 'Energy', 'Cities', 'Transport', 'Markets'];

function generatedFeed(source: number): string {
  const items = Array.from({ length: 60 }, (_, i) => {
    const n = source * 100 + i;
    const speaker = PEOPLE[n % PEOPLE.length] ?? 'Anna Kowalska';
    const other = PEOPLE[(n + 3) % PEOPLE.length] ?? 'Lars Holm';
    const day = String(1 + (n % 28)).padStart(2, '0');
    return `<item><title>Council ${n} debates ${TOPICS[n % TOPICS.length]} plan as ${speaker} pushes vote</title>
      <link>https://bench${source}.example/news/${n}</link><pubDate>${day} Sep 2025 ${String(n % 24).padStart(2, '0')}:00:00 GMT</pubDate>
      <dc:creator>${other}</dc:creator><category>${TOPICS[n % TOPICS.length]}</category><category>${TOPICS[(n + 1) % TOPICS.length]}</category>
      <content:encoded><![CDATA[<p>${speaker} said the council would vote on plan ${n} this week. "We have waited long enough," ${speaker} said.</p>
      <p>${other}, the opposition leader, asked for more time. Read more: <a href="https://bench${source}.example/news/${n - 1}">Earlier plan ${n - 1}</a></p>]]></content:encoded></item>`;
  }).join('');
  return `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench source ${source}</title><link>https://bench${source}.example/</link>${items}</channel></rss>`;
}

async function main(): Promise<void> {
  const uri = process.env.MONGODB_URI;
  if (!uri) {
    console.error('bench:api needs a MongoDB: set MONGODB_URI (e.g. eval "$(../shared/mongo/up | tail -1)").');
    process.exit(1);
  }
  const client = new MongoClient(uri, { monitorCommands: true });
  await client.connect();
  const db = client.db(`ngbench_api_${randomBytes(3).toString('hex')}`);
  try {
    await ensureIndexes(db);
    const repos = createRepositories(db);
    const now = () => new Date('2025-10-15T12:00:00Z');
    const pipeline = new IngestPipeline(repos, { fetch: { timeoutMs: 5000, maxBytes: 1 << 22, allowLoopback: true }, maxDocumentBytes: 1 << 22, now });
    await ingestDemoFeeds(pipeline);
    for (let source = 1; source <= 5; source++) {
      await pipeline.ingest({ content: generatedFeed(source), contentType: 'application/rss+xml', sourceUrl: `https://bench${source}.example/rss` });
    }
    const reader = new GraphReader(repos);
    const services = { reader, pipeline, editor: new GraphEditor(repos, now), feeds: new FeedService(repos, reader, now), live: new LiveFeeds(repos, new EventHub(repos.events, pino({ level: 'silent' })), now) };
    const created = await services.feeds.create('bench', 'Bench dashboard', { topics: EMPTY_SET, people: EMPTY_SET, sources: EMPTY_SET, stories: EMPTY_SET, languages: [], ranking: 'NEWEST', weights: [] });
    const feedId = toGlobalId('Feed', created.feed?._id ?? '');

    const gateway = await createGatewayServer({
      production: true,
      apiKeys: new ApiKeyRing([]),
      limits: DEFAULT_LIMITS,
      publicUrl: undefined,
      maxBodyBytes: 1 << 20,
      services,
      repos,
      log: pino({ level: 'silent' }),
      ping: async () => undefined,
    });
    const url = await gateway.listen(0, '127.0.0.1');
    const body = JSON.stringify({
      query: `query($id: ID!) { feed(id: $id) { articles(first: 20) { nodes { id title publishedAt authors { name } people { name } topics { name } story { id title } related(first: 3) { kind title score } } } } }`,
      variables: { id: feedId },
    });
    const sample = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const sampleText = await sample.text();
    if (sample.status !== 200 || sampleText.includes('"errors"')) throw new Error(`dashboard query failed: ${sampleText.slice(0, 500)}`);

    const baseline = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(sampleText));
    });
    await new Promise<void>((resolve) => baseline.listen(0, '127.0.0.1', resolve));
    const baselineUrl = `http://127.0.0.1:${(baseline.address() as AddressInfo).port}/graphql`;

    let commands = 0;
    const durations = new Map<string, number[]>();
    client.on('commandStarted', () => commands++);
    client.on('commandSucceeded', (event) => {
      const name = `${event.commandName} ${String((event.reply as { cursor?: { ns?: string } }).cursor?.ns ?? '').split('.').pop()}`;
      durations.set(name, [...(durations.get(name) ?? []), event.duration]);
    });
    await load(url, body, {}, CONCURRENCY, 1000);
    await load(baselineUrl, body, {}, CONCURRENCY, 1000);
    commands = 0;
    const api = await load(url, body, {}, CONCURRENCY, SECONDS * 1000);
    const commandsPerRequest = commands / Math.max(api.requests, 1);
    const bare = await load(baselineUrl, body, {}, CONCURRENCY, SECONDS * 1000);

    const row = (name: string, r: typeof api) =>
      `${name.padEnd(28)} ${r.perSecond.toFixed(0).padStart(8)} req/s   p50 ${r.p50Ms.toFixed(2).padStart(7)} ms   p99 ${r.p99Ms.toFixed(2).padStart(7)} ms   errors ${r.errors}`;
    console.log(`dashboard query: ${sampleText.length} bytes per response, concurrency ${CONCURRENCY}, ${SECONDS} s each`);
    console.log(row('newsgraph (GraphQL + Mongo)', api));
    console.log(row('bare node:http (ceiling)', bare));
    console.log(`ratio newsgraph / ceiling: ${(api.perSecond / bare.perSecond).toFixed(3)} of the throughput, p50 ×${(api.p50Ms / bare.p50Ms).toFixed(1)}`);
    console.log(`MongoDB commands per request: ${commandsPerRequest.toFixed(2)}`);
    for (const [name, list] of [...durations].sort()) {
      const sorted = [...list].sort((a, b) => a - b);
      console.log(`  ${name.padEnd(24)} median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(1)} ms over ${list.length}`);
    }
    await gateway.stop();
    await new Promise<void>((resolve) => baseline.close(() => resolve()));
  } finally {
    await db.dropDatabase().catch(() => undefined);
    await client.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
