import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../support/test-db.js';
import { ingestDemo, manualClock, testServices } from '../support/app.js';
import type { Services } from '../../src/services.js';

const FEED = (items: string) => `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Pipeline Test Feed</title><link>https://pipeline.example/</link>${items}</channel></rss>`;
const ITEM = (n: number, title: string, extra = '') =>
  `<item><title>${title}</title><link>https://pipeline.example/a/${n}?utm_source=x#top</link><guid isPermaLink="false">p-${n}</guid><pubDate>Mon, 13 Oct 2025 10:00:00 GMT</pubDate><category>Tests</category>${extra}</item>`;

describe('ingest pipeline against a real database', () => {
  let t: TestDb;
  let services: Services;
  const clock = manualClock();

  beforeAll(async () => {
    t = await openTestDb('pipeline');
    services = testServices(t.repos, clock.now);
  });
  afterAll(() => t?.cleanup());

  it('turns the demo feeds into articles, people, topics and sources', async () => {
    await ingestDemo(services);
    expect(await t.db.collection('articles').countDocuments()).toBe(10);
    const people = await t.db.collection('people').find({}, { sort: { name: 1 } }).toArray();
    // Four authors, and Lena Varga, named (and quoted) in the text of the flood-barrier story.
    expect(people.map((p) => p.name)).toEqual(['Amara Okafor', 'Jin Park', 'Lena Varga', 'Sofia Lind', 'Tomás Ribeiro']);
    const flood = await t.db.collection('articles').findOne({ title: 'Coastal cities agree shared flood barrier plan' });
    const varga = people.find((p) => p.name === 'Lena Varga');
    expect(flood?.personIds).toEqual([varga?._id]);
    expect(flood?.authorIds).toEqual([people.find((p) => p.name === 'Amara Okafor')?._id]);
    expect(await t.db.collection('quotes').find({}, { projection: { _id: 0, text: 1, speakerName: 1, speakerId: 1 } }).toArray()).toEqual([
      { text: 'We cannot wait for the next storm surge', speakerName: 'Lena Varga', speakerId: varga?._id },
    ]);
    const climate = await t.db.collection('topics').findOne({ slug: 'climate' });
    expect(climate).toMatchObject({ name: 'Climate', kind: 'SUBJECT' });
    // "climate" (Atom term) and "Climate" (RSS, JSON) are one topic: 2 + 2 + 1 articles.
    expect(await t.db.collection('articles').countDocuments({ topicIds: climate?._id })).toBe(5);
    const sources = await t.db.collection('sources').find({}, { sort: { url: 1 } }).toArray();
    expect(sources.map((s) => [s.url, s.kind, s.title, s.lastFetch?.status, s.lastFetch?.newCount])).toEqual([
      ['https://demo.newsgraph.example/feeds/markets.feed.json', 'FEED', 'Example Markets Daily', 'OK', 3],
      ['https://demo.newsgraph.example/feeds/science.atom.xml', 'FEED', 'Example Science Weekly', 'OK', 3],
      ['https://demo.newsgraph.example/feeds/world-desk.rss.xml', 'FEED', 'The Example Herald: World', 'OK', 4],
    ]);
  });

  it('changes nothing when the same feeds are ingested again', async () => {
    const snapshot = async () =>
      Promise.all(
        ['articles', 'people', 'topics', 'relations', 'quotes'].map((c) =>
          t.db.collection(c).find({}, { sort: { _id: 1 }, projection: { sightings: 0 } }).toArray(),
        ),
      );
    const before = await snapshot();
    clock.advance(60_000);
    const report = await services.pipeline.ingest({ content: Buffer.from(await import('node:fs').then((fs) => fs.readFileSync(new URL('../../demo/world-desk.rss.xml', import.meta.url)))), contentType: 'application/rss+xml', sourceUrl: 'https://demo.newsgraph.example/feeds/world-desk.rss.xml' });
    expect([report.newCount, report.updatedCount, report.unchangedCount, report.errors]).toEqual([0, 0, 4, []]);
    await ingestDemo(services);
    expect(await snapshot()).toEqual(before);
  });

  it('canonicalizes links: tracking parameters and fragments do not make a second article', async () => {
    const first = await services.pipeline.ingest({ content: FEED(ITEM(1, 'First title')), contentType: 'application/rss+xml', sourceUrl: 'https://pipeline.example/feed' });
    expect(first.newCount).toBe(1);
    const doc = await t.db.collection('articles').findOne({ _id: first.articleIds[0] as never });
    expect(doc?.url).toBe('https://pipeline.example/a/1');
  });

  it('updates a changed item in place, counts the change and keeps one article', async () => {
    clock.advance(3_600_000);
    const report = await services.pipeline.ingest({ content: FEED(ITEM(1, 'First title, corrected')), contentType: 'application/rss+xml', sourceUrl: 'https://pipeline.example/feed' });
    expect([report.newCount, report.updatedCount, report.unchangedCount]).toEqual([0, 1, 0]);
    const docs = await t.db.collection('articles').find({ keys: 'url:https://pipeline.example/a/1' }).toArray();
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ title: 'First title, corrected', changeCount: 1, lastChangedAt: clock.now(), firstSeenAt: new Date('2025-10-15T12:01:00Z') });
  });

  it('reports a malformed feed on the source and keeps the graph and other sources intact', async () => {
    const articlesBefore = await t.db.collection('articles').countDocuments();
    const report = await services.pipeline.ingest({ content: FEED(ITEM(2, 'Broken')).replace('</channel></rss>', ''), contentType: 'application/rss+xml', sourceUrl: 'https://pipeline.example/feed' });
    expect(report.newCount).toBe(0);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]?.code).toBe('PARSE_FAILED');
    expect(report.errors[0]?.message).toMatch(/MALFORMED_XML: .*line \d+, column \d+/);
    expect(report.source?.lastFetch).toMatchObject({ status: 'ERROR', error: report.errors[0]?.message });
    expect(report.source?.errorCount).toBe(1);
    expect(await t.db.collection('articles').countDocuments()).toBe(articlesBefore);
    const ok = await services.pipeline.ingest({ content: FEED(ITEM(3, 'Still fine')), contentType: 'application/rss+xml', sourceUrl: 'https://pipeline.example/other-feed' });
    expect(ok.newCount).toBe(1);
    const recovered = await services.pipeline.ingest({ content: FEED(ITEM(1, 'First title, corrected')), contentType: 'application/rss+xml', sourceUrl: 'https://pipeline.example/feed' });
    expect(recovered.source?.errorCount).toBe(0);
  });

  it('refuses hostile and non-feed documents with specific errors', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><title>&b;</title></channel></rss>`;
    const hostile = await services.pipeline.ingest({ content: laughs, contentType: 'application/rss+xml', sourceUrl: 'https://pipeline.example/hostile' });
    expect(hostile.errors.map((e) => e.code)).toEqual(['PARSE_FAILED']);
    expect(hostile.errors[0]?.message).toMatch(/^DOCTYPE_ENTITIES_REFUSED/);
    const png = await services.pipeline.ingest({ content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), contentType: 'application/rss+xml', sourceUrl: 'https://pipeline.example/image' });
    expect(png.errors.map((e) => e.code)).toEqual(['UNSUPPORTED_CONTENT']);
    const both = await services.pipeline.ingest({ url: 'https://pipeline.example/x', content: 'x' });
    expect(both.errors).toEqual([{ code: 'BAD_INPUT', message: 'give either `url` or `content`, not both' }]);
    const badUrl = await services.pipeline.ingest({ url: 'ftp://pipeline.example/feed' });
    expect(badUrl.errors).toEqual([{ code: 'BAD_URL', message: '"ftp://pipeline.example/feed" is not an absolute http(s) URL', field: 'url' }]);
  });

  it('skips items that cannot be articles and says why', async () => {
    const report = await services.pipeline.ingest({
      content: FEED(`${ITEM(10, 'Good one')}<item><description></description></item>`),
      contentType: 'application/rss+xml',
      sourceUrl: 'https://pipeline.example/partial',
    });
    expect(report.newCount).toBe(1);
    expect(report.errors).toEqual([{ code: 'BAD_INPUT', message: 'skipped item 2: item (untitled) has neither a link nor an id' }]);
  });
});
