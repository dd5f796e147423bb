/**
 * End-to-end ingestion: 200 RSS feeds served from 127.0.0.1, polled by a SourcePoller (fetch → parse →
 * extract/enrich → store in MongoDB, with leases and health records), the way `serve` polls. Prints
 * feeds/s and items/s and the share of time in each stage. Stage split: fetch and pipeline time are
 * measured per source by the refresher; the pipeline's parse and enrich parts are timed again on the same
 * bytes (pure functions, no database), the rest of the pipeline time is store (resolve, merge, writes,
 * stories). Side by side, a second pass over the same feeds, now answered with 304 thanks to the stored
 * ETags: the ratio shows what conditional GET saves. Needs MONGODB_URI (a throwaway database is used).
 * BENCH_FEEDS, BENCH_ITEMS and BENCH_CONCURRENCY change the defaults (200 feeds of 20 items, 8 at a time);
 * BENCH_PROGRESS=1 counts on stderr.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { enrichCandidate } from '../src/ingest/enrich-candidate.js';
import { feedCandidates } from '../src/ingest/feed-candidates.js';
import { IngestPipeline } from '../src/ingest/pipeline.js';
import { parseFeed } from '../src/ingest/parse/parse-feed.js';
import { SourcePoller } from '../src/sources/source-poller.js';
import type { RefreshResult } from '../src/sources/source-refresher.js';
import { createSourceRuntime } from '../src/sources/source-runtime.js';
import { ensureIndexes } from '../src/storage/mongo.js';
import { createRepositories } from '../src/storage/repositories.js';

const FEEDS = Number(process.env.BENCH_FEEDS ?? 200);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const NAMES = ['Amara Okafor', 'Jin Park', 'Lena Varga', 'Tomás Ribeiro', 'Sofia Lind', 'Omar Haddad', 'Priya Nair', 'Henrik Dahl'];
const PLACES = ['Lisbon', 'Nairobi', 'Seoul', 'Oslo', 'Lima', 'Cairo', 'Denver', 'Manila'];
const SUBJECTS = ['budget', 'flood defences', 'rail strike', 'port expansion', 'school reform', 'solar farm', 'water prices', 'election'];

function feedXml(n: number, now: Date): string {
  const items: string[] = [];
  for (let i = 0; i < ITEMS; i++) {
    const who = NAMES[(n + i) % NAMES.length] ?? '';
    const where = PLACES[(n * 3 + i) % PLACES.length] ?? '';
    const what = SUBJECTS[(n * 7 + i) % SUBJECTS.length] ?? '';
    const title = `${where} council debates ${what} as ${who} pushes for a vote (${n}-${i})`;
    const body = `<p>${where} — ${who} said on Tuesday that the ${what} plan would go to a vote next month. "We cannot wait another year," ${who.split(' ')[0]} said.</p><p>The council has argued over the ${what} for months; opponents in ${where} say costs are unclear.</p>`;
    items.push(
      `<item><guid isPermaLink="false">bench-${n}-${i}</guid><title>${title}</title><link>https://bench${n}.example/story/${i}</link><author>desk@bench${n}.example (${who})</author><category>${what}</category><pubDate>${new Date(now.getTime() - (i + 1) * 3_600_000).toUTCString()}</pubDate><description><![CDATA[${body}]]></description></item>`,
    );
  }
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench feed ${n}</title><link>https://bench${n}.example/</link><description>generated</description>${items.join('')}</channel></rss>`;
}

async function main(): Promise<void> {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error('bench:ingest needs MONGODB_URI (e.g. eval "$(../shared/mongo/up | tail -1)")');
  const now = new Date();
  const bodies = Array.from({ length: FEEDS }, (_, n) => Buffer.from(feedXml(n, now)));
  const server = http.createServer((req, res) => {
    const n = Number(/^\/feed\/(\d+)\.xml$/.exec(req.url ?? '')?.[1] ?? -1);
    const body = bodies[n];
    if (!body) return void res.writeHead(404).end();
    const etag = `"bench-${n}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new MongoClient(uri);
  await client.connect();
  const db = client.db(`ngbench_ingest_${randomBytes(3).toString('hex')}`);
  try {
    await ensureIndexes(db);
    const repos = createRepositories(db);
    const fetch = { timeoutMs: 10_000, maxBytes: 1 << 22, allowLoopback: true };
    let clock = now;
    const pipeline = new IngestPipeline(repos, { fetch, maxDocumentBytes: 1 << 22, now: () => clock });
    const runtime = createSourceRuntime(repos, pipeline, { fetch, now: () => clock, leaseMs: 120_000, workerId: 'bench', websubPollIntervalMs: 6 * 3_600_000, maxDocumentBytes: 1 << 22 });
    for (let n = 0; n < FEEDS; n++) await runtime.service.add(`${base}/feed/${n}.xml`);

    const pass = async () => {
      const results: RefreshResult[] = [];
      const poller = new SourcePoller(repos.sourceSchedule, runtime.refresher, {
        workerId: 'bench',
        now: () => clock,
        sleep: async () => undefined,
        concurrency: CONCURRENCY,
        leaseMs: 120_000,
        idleMs: 1_000,
        onRefreshed: (result) => {
          results.push(result);
          if (process.env.BENCH_PROGRESS) process.stderr.write(`\r${results.length}/${FEEDS}`);
        },
      });
      const started = performance.now();
      const fetched = await poller.pollOnce();
      return { fetched, results, seconds: (performance.now() - started) / 1000 };
    };

    const cold = await pass();
    const items = cold.results.reduce((sum, r) => sum + (r.report?.itemCount ?? 0), 0);
    const failures = cold.results.filter((r) => r.outcome !== 'OK');
    if (cold.fetched !== FEEDS || failures.length > 0) throw new Error(`expected ${FEEDS} OK fetches, got ${cold.fetched} (${failures.length} not OK: ${failures[0]?.errorMessage ?? ''})`);

    // Parse and enrich again on the same bytes (pure) to split the pipeline's time.
    let parseMs = 0;
    let enrichMs = 0;
    for (const [n, body] of bodies.entries()) {
      const t0 = performance.now();
      const feed = parseFeed(body, { url: `${base}/feed/${n}.xml`, contentType: 'application/rss+xml; charset=utf-8' });
      const t1 = performance.now();
      for (const candidate of feedCandidates(feed, 'bench').candidates) enrichCandidate(candidate);
      enrichMs += performance.now() - t1;
      parseMs += t1 - t0;
    }
    const fetchMs = cold.results.reduce((sum, r) => sum + r.timings.fetchMs, 0);
    const pipelineMs = cold.results.reduce((sum, r) => sum + r.timings.ingestMs, 0);
    const storeMs = Math.max(0, pipelineMs - parseMs - enrichMs);
    const total = fetchMs + parseMs + enrichMs + storeMs;
    const pct = (ms: number) => `${((100 * ms) / total).toFixed(1).padStart(5)}%`;

    clock = new Date(now.getTime() + 2 * 24 * 3_600_000);
    const warm = await pass();
    const notModified = warm.results.filter((r) => r.outcome === 'NOT_MODIFIED').length;

    const articles = await repos.articles.count({});
    process.stdout.write(
      [
        `bench:ingest — ${FEEDS} local feeds × ${ITEMS} items, poller concurrency ${CONCURRENCY}, MongoDB ${uri.replace(/\/\/[^@/]*@/, '//***@')}`,
        '',
        'pass                          feeds/s    items/s    wall s',
        `cold (fetch → graph)       ${(FEEDS / cold.seconds).toFixed(1).padStart(10)} ${(items / cold.seconds).toFixed(1).padStart(10)} ${cold.seconds.toFixed(2).padStart(9)}`,
        `re-poll (ETag → 304)       ${(FEEDS / warm.seconds).toFixed(1).padStart(10)} ${'—'.padStart(10)} ${warm.seconds.toFixed(2).padStart(9)}   ${notModified}/${FEEDS} not modified`,
        `ratio re-poll / cold       ${(cold.seconds / warm.seconds).toFixed(1).padStart(9)}×`,
        '',
        'share of time per stage (cold pass, summed over sources)',
        `  fetch            ${pct(fetchMs)}  ${(fetchMs / FEEDS).toFixed(2)} ms/feed`,
        `  parse            ${pct(parseMs)}  ${(parseMs / FEEDS).toFixed(2)} ms/feed`,
        `  extract/enrich   ${pct(enrichMs)}  ${(enrichMs / FEEDS).toFixed(2)} ms/feed`,
        `  store            ${pct(storeMs)}  ${(storeMs / FEEDS).toFixed(2)} ms/feed`,
        '',
        `${articles} articles in the graph`,
        '',
      ].join('\n'),
    );
  } finally {
    await db.dropDatabase().catch(() => undefined);
    await client.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:ingest: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
