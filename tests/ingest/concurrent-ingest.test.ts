import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../support/test-db.js';
import { testServices } from '../support/app.js';

const feed = (outlet: string, n: number) => `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${outlet}</title><link>https://${outlet}.example/</link>
  <item><title>Harbour gates delayed ${n}</title><link>https://shared.example/story-${n}</link><dc:creator>Shared Writer ${n}</dc:creator><category>Harbours ${n}</category></item>
  <item><title>${outlet} own story ${n}</title><link>https://${outlet}.example/own-${n}</link><dc:creator>Shared Writer ${n}</dc:creator><category>Harbours ${n}</category></item></channel></rss>`;

/** Two gateway instances ingesting at the same moment must not fail on each other's new people, topics or articles. */
describe('concurrent ingests of overlapping documents', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb('concurrent_ingest');
  });
  afterAll(() => t?.cleanup());

  it('converge on one person, one topic and one article with both sightings', async () => {
    const a = testServices(t.repos);
    const b = testServices(t.repos);
    for (let n = 0; n < 10; n++) {
      const reports = await Promise.all([
        a.pipeline.ingest({ content: feed('alpha', n), contentType: 'application/rss+xml', sourceUrl: 'https://alpha.example/rss' }),
        b.pipeline.ingest({ content: feed('beta', n), contentType: 'application/rss+xml', sourceUrl: 'https://beta.example/rss' }),
      ]);
      for (const report of reports) expect(report.errors).toEqual([]);
      expect(await t.db.collection('people').countDocuments({ name: `Shared Writer ${n}` })).toBe(1);
      expect(await t.db.collection('topics').countDocuments({ name: `Harbours ${n}` })).toBe(1);
      const shared = await t.db.collection('articles').find({ url: `https://shared.example/story-${n}` }).toArray();
      expect(shared).toHaveLength(1);
      expect(new Set(shared[0]?.sourceIds).size).toBe(2);
    }
  });
});
