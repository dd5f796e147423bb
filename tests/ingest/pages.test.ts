import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../support/test-db.js';
import { testServices } from '../support/app.js';
import type { Services } from '../../src/services.js';

const PARAGRAPHS = [
  'The harbour authority confirmed on Tuesday that the new tidal gates will close for the first time next spring, two years later than planned.',
  'Engineers said the delay came from a redesign of the hinges after tests showed corrosion in the salt water was faster than the models predicted.',
  '"We would rather open late than open twice," said Maria Jensen, the authority\'s chief engineer, at a briefing in the port offices.',
  'The gates are meant to protect about forty thousand homes from storm surges that have flooded the lower town three times in a decade.',
  'Local businesses welcomed the certainty of a date but asked for compensation for the months of roadworks still to come along the quay.',
];

function page(n: number): string {
  return `<!doctype html><html lang="en"><head><title>Tidal gates delayed ${n} | Harbour News</title>
    <meta property="og:title" content="Tidal gates delayed to spring (${n})">
    <meta name="author" content="Lars Holm">
    <link rel="canonical" href="/news/${n}"></head>
    <body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
    <article><h1>Tidal gates delayed to spring (${n})</h1><p class="byline">By Lars Holm</p>
    ${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
    <p>Read more: <a href="/news/${n + 100}">Storm surge season ends early</a></p></article>
    <footer>© Harbour News. Cookie settings.</footer></body></html>`;
}

describe('pages and summary-only feeds', () => {
  let t: TestDb;
  let services: Services;
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    t = await openTestDb('pages');
    services = testServices(t.repos);
    server = http.createServer((req, res) => {
      const match = /^\/news\/(\d+)$/.exec(req.url ?? '');
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        return void res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title><link>${base}/</link>
          <item><title>Tidal gates delayed to spring</title><link>${base}/news/1</link><description>The gates will close next spring.</description></item>
          <item><title>Quay works extended</title><link>${base}/news/404</link><description>Roadworks continue.</description></item>
          </channel></rss>`);
      }
      if (match && match[1] !== '404') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return void res.end(page(Number(match[1])));
      }
      res.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t?.cleanup();
  });

  it('ingests an article page by URL under its site, with byline, body and a LINKED related story', async () => {
    const report = await services.pipeline.ingest({ url: `${base}/news/7` });
    expect(report.errors).toEqual([]);
    expect(report.source).toMatchObject({ url: `${base}/`, kind: 'SITE' });
    const article = await t.db.collection('articles').findOne({ _id: report.articleIds[0] as never });
    expect(article).toMatchObject({ url: `${base}/news/7`, title: 'Tidal gates delayed to spring (7)' });
    expect(article?.bodyText).toContain('forty thousand homes');
    expect(article?.bodyText).not.toMatch(/Cookie settings|Sport/);
    const author = await t.db.collection('people').findOne({ _id: article?.authorIds[0] });
    expect(author?.name).toBe('Lars Holm');
    const edges = await t.db.collection('relations').find({ fromId: article?._id }).toArray();
    expect(edges.map((e) => [e.kind, e.title, e.toUrl])).toEqual([['LINKED', 'Storm surge season ends early', `${base}/news/107`]]);
  });

  it('resolves an earlier link once the linked article arrives', async () => {
    const later = await services.pipeline.ingest({ url: `${base}/news/107` });
    const first = await t.db.collection('articles').findOne({ url: `${base}/news/7` });
    const edge = await t.db.collection('relations').findOne({ fromId: first?._id });
    expect(edge?.toId).toBe(later.articleIds[0]);
  });

  it('fills bodies from the pages for a source set to fetch full articles, reporting pages that fail', async () => {
    const added = await services.pipeline.addSource(`${base}/feed.xml`, 'FEED', { fullArticles: true });
    expect(added.source?.fullArticles).toBe(true);
    const report = await services.pipeline.ingest({ url: `${base}/feed.xml` });
    expect(report.newCount).toBe(2);
    expect(report.errors).toEqual([{ code: 'FETCH_FAILED', message: `full article ${base}/news/404: ${base}/news/404 answered HTTP 404` }]);
    const full = await t.db.collection('articles').findOne({ url: `${base}/news/1` });
    expect(full).toMatchObject({ title: 'Tidal gates delayed to spring', summary: 'The gates will close next spring.' });
    expect(full?.bodyText).toContain('"We would rather open late than open twice," said Maria Jensen');
    const quote = await t.db.collection('quotes').findOne({ articleId: full?._id });
    expect(quote).toMatchObject({ speakerName: 'Maria Jensen', text: 'We would rather open late than open twice' });
    const kept = await t.db.collection('articles').findOne({ url: `${base}/news/404` });
    expect(kept).toMatchObject({ title: 'Quay works extended', summary: 'Roadworks continue.' });
    expect(kept?.bodyText).toBeUndefined();
  });

  it('refuses binary, empty and oversized documents with clear errors', async () => {
    const binary = await services.pipeline.ingest({ content: new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]), contentType: 'text/plain' });
    expect(binary.errors.map((e) => e.code)).toEqual(['UNSUPPORTED_CONTENT']);
    const empty = await services.pipeline.ingest({ content: '   ', contentType: 'text/plain' });
    expect(empty.errors.map((e) => e.code)).toEqual(['NOT_AN_ARTICLE']);
    const huge = await services.pipeline.ingest({ content: 'x'.repeat(6 * 1024 * 1024), contentType: 'text/plain' });
    expect(huge.errors).toEqual([{ code: 'TOO_LARGE', message: `the document is ${6 * 1024 * 1024} bytes; the limit is ${5 * 1024 * 1024}`, field: 'content' }]);
  });
});
