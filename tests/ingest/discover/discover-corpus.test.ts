import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { discoverFeeds } from '../../../src/ingest/discover/discover-feeds.js';
import { CORPUS_DIR } from '../../support/app.js';

/**
 * Real article pages (the readability corpus, 130 pages from news sites and blogs) have no expected feed
 * lists, so the score is agreement with an independent reading: linkedom's DOM, `<link>` elements whose
 * rel list has `alternate` and whose type is one of the three registered feed types, resolved against
 * `<base href>`. discoverFeeds may find more (JSON Feed 1.0 `application/json`, `text/xml` feeds), counted
 * apart as extras; every oracle feed must be found, in the page's order.
 */
const PAGES = path.join(CORPUS_DIR, 'readability/test-pages');
const PAGE_URL = 'https://page.example/news/2025/article.html';
const STRICT_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json']);

function oracle(html: string): string[] {
  const { document } = parseHTML(html);
  const baseHref = document.querySelector('base[href]')?.getAttribute('href');
  let base = PAGE_URL;
  try {
    if (baseHref) base = new URL(baseHref, PAGE_URL).href;
  } catch {
    // unusable base: the page URL stays
  }
  const urls: string[] = [];
  for (const link of document.querySelectorAll('link')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (link.getAttribute('type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const href = link.getAttribute('href');
    if (!rel.includes('alternate') || rel.includes('stylesheet') || !STRICT_TYPES.has(type) || !href) continue;
    try {
      const url = new URL(href.trim(), base);
      url.hash = '';
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !urls.includes(url.href)) urls.push(url.href);
    } catch {
      // not a URL: not a feed
    }
  }
  return urls;
}

describe('discoverFeeds on real pages (readability corpus)', () => {
  it('finds every feed an independent DOM reading finds, in page order', () => {
    const dirs = fs.existsSync(PAGES) ? fs.readdirSync(PAGES).sort() : [];
    expect(dirs.length, `corpus not found at ${PAGES}`).toBeGreaterThan(100);
    let pagesWithFeeds = 0;
    let oracleFeeds = 0;
    let found = 0;
    let exactPages = 0;
    const extras: string[] = [];
    const misses: string[] = [];
    for (const dir of dirs) {
      const file = path.join(PAGES, dir, 'source.html.gz');
      if (!fs.existsSync(file)) continue;
      const html = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
      const expected = oracle(html);
      const ours = discoverFeeds(html, PAGE_URL).map((f) => {
        const url = new URL(f.url);
        url.hash = '';
        return url.href;
      });
      if (expected.length > 0) pagesWithFeeds++;
      oracleFeeds += expected.length;
      const hit = expected.filter((u) => ours.includes(u));
      found += hit.length;
      extras.push(...ours.filter((u) => !expected.includes(u)).map((u) => `${dir}: ${u}`));
      const oursStrict = ours.filter((u) => expected.includes(u));
      if (JSON.stringify(oursStrict) === JSON.stringify(expected)) exactPages++;
      else misses.push(`${dir}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(ours)}`);
    }
    const recall = oracleFeeds === 0 ? 1 : found / oracleFeeds;
    console.log(
      [
        'discoverFeeds vs linkedom oracle (readability pages)',
        `pages: ${dirs.length}, with feeds: ${pagesWithFeeds}`,
        `feeds found: ${found}/${oracleFeeds} (${(recall * 100).toFixed(1)}%)`,
        `pages with the same feeds in the same order: ${exactPages}/${dirs.length}`,
        `extra feeds beyond the registered types: ${extras.length}`,
        ...extras,
        ...misses.slice(0, 10),
      ].join('\n'),
    );
    expect(pagesWithFeeds).toBeGreaterThanOrEqual(35);
    expect(recall).toBeGreaterThanOrEqual(0.99);
    expect(exactPages).toBeGreaterThanOrEqual(dirs.length - 1);
  });
});
