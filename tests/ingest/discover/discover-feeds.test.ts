import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateFeedUrls, COMMON_FEED_PATHS } from '../../../src/ingest/discover/candidate-feed-urls.js';
import { DiscoverError } from '../../../src/ingest/discover/discover-error.js';
import { discoverFeeds } from '../../../src/ingest/discover/discover-feeds.js';
import { feedTypeOfLink } from '../../../src/ingest/discover/feed-link-type.js';
import { checkFeedUrl } from '../../../src/ingest/discover/feed-url.js';
import { REPO_ROOT } from '../../support/app.js';

/**
 * Golden pairs: tests/fixtures/discover/<page>.html (pages written for this project), the URL each was
 * served from in pages.json, the expected feeds in <page>.expected.json. Regenerate after a deliberate
 * change with UPDATE_GOLDEN=1 and review the diff.
 */
const dir = path.join(REPO_ROOT, 'tests/fixtures/discover');
const pages = JSON.parse(fs.readFileSync(path.join(dir, 'pages.json'), 'utf8')) as Record<string, string>;

describe('discoverFeeds on fixture pages', () => {
  it('has a page for every fixture file', () => {
    const html = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
    expect(Object.keys(pages).sort()).toEqual(html);
  });
  for (const [file, pageUrl] of Object.entries(pages)) {
    it(file, () => {
      const feeds = discoverFeeds(fs.readFileSync(path.join(dir, file), 'utf8'), pageUrl);
      const expectedPath = path.join(dir, file.replace(/\.html$/, '.expected.json'));
      if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(expectedPath, JSON.stringify(feeds, null, 2) + '\n');
      expect(feeds).toEqual(JSON.parse(fs.readFileSync(expectedPath, 'utf8')));
    });
  }
});

describe('discoverFeeds rules', () => {
  const page = 'https://site.example/section/page.html';
  const feedsOf = (head: string, url = page) => discoverFeeds(`<html><head>${head}</head><body></body></html>`, url);

  it('resolves relative links against the page URL, and against <base href> wherever it appears', () => {
    expect(feedsOf('<link rel="alternate" type="application/rss+xml" href="feed.xml">').map((f) => f.url)).toEqual(['https://site.example/section/feed.xml']);
    expect(feedsOf('<link rel="alternate" type="application/rss+xml" href="feed.xml"><base href="https://cdn.example/x/">').map((f) => f.url)).toEqual([
      'https://cdn.example/x/feed.xml',
    ]);
    // a base that is not http(s) is ignored
    expect(feedsOf('<base href="javascript:alert(1)"><link rel="alternate" type="application/atom+xml" href="a.xml">').map((f) => f.url)).toEqual([
      'https://site.example/section/a.xml',
    ]);
  });

  it('keeps page order and the first title of a repeated feed', () => {
    const feeds = feedsOf(
      '<link rel="alternate" type="application/atom+xml" href="/b" title="B"><link rel="alternate" type="application/rss+xml" href="/a" title="A"><link rel="alternate" type="application/atom+xml" href="https://site.example/b" title="B again">',
    );
    expect(feeds).toEqual([
      { url: 'https://site.example/b', title: 'B', type: 'atom' },
      { url: 'https://site.example/a', title: 'A', type: 'rss' },
    ]);
  });

  it('leaves out empty titles', () => {
    expect(feedsOf('<link rel="alternate" type="application/rss+xml" href="/f" title="   ">')).toEqual([{ url: 'https://site.example/f', type: 'rss' }]);
  });

  it('tells feeds from JSON APIs and other alternates', () => {
    const u = (s: string) => new URL(s, 'https://site.example/');
    expect(feedTypeOfLink('application/json', u('/feed.json'))).toBe('json');
    expect(feedTypeOfLink('application/json', u('/api/feed'))).toBe('json');
    expect(feedTypeOfLink('application/json', u('/wp-json/wp/v2/posts/1'))).toBeUndefined();
    expect(feedTypeOfLink('application/json', u('/?rest_route=/wp/v2/posts/1'))).toBeUndefined();
    expect(feedTypeOfLink('application/json', u('/data/items'))).toBeUndefined();
    expect(feedTypeOfLink('application/json+oembed', u('/oembed?url=x'))).toBeUndefined();
    expect(feedTypeOfLink('text/xml', u('/atom.xml'))).toBe('atom');
    expect(feedTypeOfLink('text/xml', u('/sitemap.xml'))).toBeUndefined();
    expect(feedTypeOfLink('application/rdf+xml', u('/index.rdf'))).toBe('rss');
    expect(feedTypeOfLink(' Application/Atom+XML ; charset=utf-8', u('/x'))).toBe('atom');
    expect(feedTypeOfLink(undefined, u('/feed'))).toBeUndefined();
  });

  it('refuses a page URL that is not absolute http(s)', () => {
    expect(() => discoverFeeds('<html></html>', '/relative')).toThrow(DiscoverError);
    expect(() => discoverFeeds('<html></html>', 'ftp://x.example/')).toThrow(/BAD_URL: page URL "ftp:\/\/x.example\/" is not an http or https URL/);
  });

  it('copes with markup that is not HTML at all', () => {
    expect(discoverFeeds('', page)).toEqual([]);
    expect(discoverFeeds('<<<>>><link rel=alternate type=application/rss+xml href=/ok.xml>', page)).toEqual([{ url: 'https://site.example/ok.xml', type: 'rss' }]);
    // a tag cut off by the end of input is dropped, as browsers do
    expect(discoverFeeds('<link rel=alternate type=application/rss+xml href=/cut.xml', page)).toEqual([]);
    expect(discoverFeeds('\u0000\uFFFF<link', page)).toEqual([]);
  });
});

describe('candidateFeedUrls', () => {
  it('lists the common paths on the host root, most common first', () => {
    const urls = candidateFeedUrls('https://news.example/');
    expect(urls).toHaveLength(COMMON_FEED_PATHS.length);
    expect(urls.slice(0, 3)).toEqual(['https://news.example/feed', 'https://news.example/rss', 'https://news.example/feed.xml']);
    expect(urls).toContain('https://news.example/?feed=rss2');
    expect(urls).toContain('https://news.example/feed.json');
  });

  it('tries the site directory before the host root', () => {
    const urls = candidateFeedUrls('https://host.example/blog/2025/post.html?ref=x');
    expect(urls[0]).toBe('https://host.example/blog/2025/feed');
    expect(urls).toContain('https://host.example/blog/2025/?feed=rss2');
    expect(urls.indexOf('https://host.example/feed')).toBe(COMMON_FEED_PATHS.length);
    expect(candidateFeedUrls('http://host.example/blog')[0]).toBe('http://host.example/blog/feed');
  });

  it('refuses what is not an http(s) URL', () => {
    expect(() => candidateFeedUrls('example.com')).toThrow(/BAD_URL: site URL "example.com" is not an absolute URL/);
  });
});

describe('checkFeedUrl', () => {
  it('unwraps feed: URLs and applies the fetcher rules', () => {
    expect(checkFeedUrl('feed://a.example/rss')).toEqual({ ok: true, url: 'http://a.example/rss', key: 'http://a.example/rss' });
    expect(checkFeedUrl('feed:https://a.example/rss')).toMatchObject({ ok: true, url: 'https://a.example/rss' });
    expect(checkFeedUrl(' https://A.example/rss#top ')).toEqual({ ok: true, url: 'https://A.example/rss#top', key: 'https://a.example/rss' });
    expect(checkFeedUrl('rss.xml')).toEqual({ ok: false, reason: '"rss.xml" is not an absolute URL' });
    expect(checkFeedUrl('rss.xml', 'https://b.example/x/')).toMatchObject({ ok: true, url: 'https://b.example/x/rss.xml' });
    expect(checkFeedUrl('https://u:p@c.example/')).toEqual({ ok: false, reason: 'c.example: URLs with a user name or password are refused' });
    expect(checkFeedUrl('http://')).toEqual({ ok: false, reason: '"http://" is not a valid URL' });
    expect(checkFeedUrl('')).toEqual({ ok: false, reason: 'the URL is empty' });
  });
});
