import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServices } from '../support/app.js';
import { graphqlClient } from '../support/graphql.js';
import { openTestDb, type TestDb } from '../support/test-db.js';
import { hourlyItems, rss, startFeedServer } from './feed-server.js';

const OPML = (base: string) => `<?xml version="1.0"?>
<opml version="2.0">
  <head><title>My reading</title></head>
  <body>
    <outline text="News">
      <outline text="World">
        <outline type="rss" text="Harbour Daily" xmlUrl="${base}/harbour.xml" htmlUrl="https://harbour.test/"/>
      </outline>
      <outline type="rss" text="City Desk" xmlUrl="${base}/city.xml" category="/Local/Politics"/>
    </outline>
    <outline type="rss" text="Broken" xmlUrl="ftp://files.test/feed.xml"/>
    <outline text="Just a note"/>
  </body>
</opml>`;

describe('sources over GraphQL: OPML import/export with categories as topics, discovery, health, refresh, remove', () => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof startFeedServer>>;
  let api: Awaited<ReturnType<typeof graphqlClient>>;

  beforeAll(async () => {
    t = await openTestDb('sources_graphql');
    server = await startFeedServer();
    const now = () => new Date('2025-10-15T12:00:00Z');
    server.routes.set('/harbour.xml', (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Harbour Daily', hourlyItems('harbour', 3, now()))));
    server.routes.set('/site/', (_req, res) =>
      void res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><head><title>Site</title><link rel="alternate" type="application/rss+xml" title="Site news" href="/harbour.xml"></head><body>hi</body></html>`),
    );
    server.routes.set('/bare/', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>No links</title></head><body>hi</body></html>'));
    server.routes.set('/bare/feed', (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Bare feed', hourlyItems('bare', 2, now()))));
    api = await graphqlClient(t.repos, testServices(t.repos, now));
  });
  afterAll(async () => {
    await api?.stop();
    await server?.close();
    await t?.cleanup();
  });

  it('imports OPML: feeds become polled sources, folders and categories become topics, skipped and failed entries are reported', async () => {
    const result = await api.run(
      `mutation($content: String!) { importOpml(content: $content) {
        createdCount existingCount skipped { line reason } failed { url reason } errors { code message }
        sources { url title siteUrl categories topics { name kind } health { polled nextFetchAt paused errorCount } }
      } }`,
      { content: OPML(server.base) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importOpml).toEqual({
      createdCount: 2,
      existingCount: 0,
      skipped: [
        { line: 11, reason: expect.stringContaining('ftp') },
        { line: 12, reason: expect.stringContaining('no xmlUrl') },
      ],
      failed: [],
      errors: [],
      sources: [
        { url: `${server.base}/harbour.xml`, title: 'Harbour Daily', siteUrl: 'https://harbour.test/', categories: ['News/World'], topics: [{ name: 'News', kind: 'SECTION' }, { name: 'World', kind: 'SECTION' }], health: { polled: true, nextFetchAt: '2025-10-15T12:00:00.000Z', paused: false, errorCount: 0 } },
        { url: `${server.base}/city.xml`, title: 'City Desk', siteUrl: null, categories: ['News', 'Local/Politics'], topics: [{ name: 'News', kind: 'SECTION' }, { name: 'Local', kind: 'SECTION' }, { name: 'Politics', kind: 'SECTION' }], health: { polled: true, nextFetchAt: '2025-10-15T12:00:00.000Z', paused: false, errorCount: 0 } },
      ],
    });
    const again = await api.run(`mutation($content: String!) { importOpml(content: $content) { createdCount existingCount } }`, { content: OPML(server.base) });
    expect(again.data?.importOpml).toEqual({ createdCount: 0, existingCount: 2 });
  });

  it('reports a file that is not OPML as an error, importing nothing', async () => {
    const result = await api.run(`mutation { importOpml(content: "<rss version=\\"2.0\\"><channel/></rss>") { createdCount errors { code message field } } }`);
    expect(result.data?.importOpml).toEqual({ createdCount: 0, errors: [{ code: 'UNSUPPORTED_CONTENT', message: expect.stringContaining('not an OPML'), field: 'content' }] });
  });

  it('exports OPML with the categories as folders', async () => {
    const result = await api.run('{ exportOpml }');
    const opml = result.data?.exportOpml as string;
    expect(opml).toContain('<outline text="News">');
    expect(opml).toContain('<outline text="World">');
    expect(opml).toContain(`xmlUrl="${server.base}/harbour.xml" htmlUrl="https://harbour.test/"`);
    expect(opml).toContain('category="/Local/Politics"');
  });

  it('refreshes a source and shows its health; resumes and removes it', async () => {
    // Half the hourly gap (30 min), plus up to 10% deterministic per-source jitter.
    const list = await api.run('{ sources(first: 10) { nodes { id url } } }');
    const harbour = (list.data?.sources as { nodes: { id: string; url: string }[] }).nodes.find((n) => n.url.endsWith('/harbour.xml'));
    const city = (list.data?.sources as { nodes: { id: string; url: string }[] }).nodes.find((n) => n.url.endsWith('/city.xml'));
    const refreshed = await api.run(
      `mutation($id: ID!) { refreshSource(id: $id) { outcome newCount errors { code } source { health { lastOutcome lastSuccessAt itemsPerDay nextFetchAt scheduleReason leasedBy } } } }`,
      { id: harbour?.id },
    );
    expect(refreshed.data?.refreshSource).toMatchObject({ outcome: 'OK', newCount: 3, errors: [], source: { health: { lastOutcome: 'OK', lastSuccessAt: '2025-10-15T12:00:00.000Z', itemsPerDay: 19.2, nextFetchAt: expect.stringMatching(/^2025-10-15T12:3[0-3]:/), leasedBy: null } } });
    const failed = await api.run(`mutation($id: ID!) { refreshSource(id: $id) { outcome errors { code message } source { health { errorCount lastError { outcome grade httpStatus message } } } } }`, { id: city?.id });
    expect(failed.data?.refreshSource).toMatchObject({
      outcome: 'HTTP_404_410',
      errors: [{ code: 'FETCH_FAILED', message: expect.stringContaining('404') }],
      source: { health: { errorCount: 1, lastError: { outcome: 'HTTP_404_410', grade: 'HARD', httpStatus: 404 } } },
    });
    const resumed = await api.run(`mutation($id: ID!) { resumeSource(id: $id) { errors { code } source { health { errorCount paused scheduleReason } } } }`, { id: city?.id });
    expect(resumed.data?.resumeSource).toEqual({ errors: [], source: { health: { errorCount: 0, paused: false, scheduleReason: 'resumed by hand; fetch now' } } });
    const removed = await api.run(`mutation($id: ID!) { removeSource(id: $id) { errors { code } source { url } } }`, { id: city?.id });
    expect(removed.data?.removeSource).toEqual({ errors: [], source: { url: `${server.base}/city.xml` } });
    const gone = await api.run(`mutation($id: ID!) { removeSource(id: $id) { errors { code } source { url } } }`, { id: city?.id });
    expect(gone.data?.removeSource).toEqual({ errors: [{ code: 'NOT_FOUND' }], source: null });
    const bad = await api.run(`mutation { refreshSource(id: "nonsense!") { outcome } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("discovers a site's feeds from its alternate links, else by probing common paths", async () => {
    const linked = await api.run(`query($u: String!) { discoverFeeds(siteUrl: $u) { feeds { url title format via } errors { code } } }`, { u: `${server.base}/site/` });
    expect(linked.data?.discoverFeeds).toEqual({ feeds: [{ url: `${server.base}/harbour.xml`, title: 'Site news', format: 'RSS', via: 'LINK' }], errors: [] });
    const probed = await api.run(`query($u: String!) { discoverFeeds(siteUrl: $u) { feeds { url title format via } errors { code } } }`, { u: `${server.base}/bare/` });
    expect(probed.data?.discoverFeeds).toEqual({ feeds: [{ url: `${server.base}/bare/feed`, title: 'Bare feed', format: 'RSS', via: 'PROBE' }], errors: [] });
    const self = await api.run(`query($u: String!) { discoverFeeds(siteUrl: $u) { feeds { via } } }`, { u: `${server.base}/harbour.xml` });
    expect(self.data?.discoverFeeds).toEqual({ feeds: [{ via: 'SELF' }] });
    const refused = await api.run(`{ discoverFeeds(siteUrl: "javascript:alert(1)") { feeds { url } errors { code field } } }`);
    expect(refused.data?.discoverFeeds).toEqual({ feeds: [], errors: [{ code: 'BAD_URL', field: 'siteUrl' }] });
  });
});
