import { parseFeed as parseWithFeedsmith } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { atomEntryId, toAtom, toJsonFeed, toRss, type PublishedFeed } from '../../src/publish/index.js';

/** A second opinion: feedsmith (a spec-following parser we did not write) must read the same feed. */
const FEED: PublishedFeed = {
  id: 'world',
  title: 'World news',
  homeUrl: 'https://news.example/dashboards/world',
  feedUrls: { rss: 'https://news.example/feeds/world.rss', atom: 'https://news.example/feeds/world.atom', json: 'https://news.example/feeds/world.json' },
  updatedAt: new Date('2024-03-02T10:00:00Z'),
  items: [{
    id: 'QXJ0aWNsZTox',
    url: 'https://outlet.example/story?a=1&b=2',
    title: 'Talks resume & continue',
    summary: 'Delegations met.',
    contentHtml: '<p>Delegations <em>met</em>.</p>',
    publishedAt: new Date('2024-03-01T09:15:00Z'),
    authors: [{ name: 'Jane Doe' }],
    categories: ['World'],
    image: 'https://outlet.example/i.jpg',
  }],
};

describe('feeds read by feedsmith', () => {
  it('RSS 2.0', () => {
    const result = parseWithFeedsmith(toRss(FEED));
    if (result.format !== 'rss') throw new Error(`read as ${result.format}`);
    const item = result.feed.items?.[0];
    expect(result.feed.title).toBe('World news');
    expect(result.feed.link).toBe(FEED.homeUrl);
    expect(item?.title).toBe('Talks resume & continue');
    expect(item?.link).toBe('https://outlet.example/story?a=1&b=2');
    expect(item?.guid).toEqual({ value: 'QXJ0aWNsZTox', isPermaLink: false });
    expect(item?.pubDate).toBe('Fri, 01 Mar 2024 09:15:00 GMT');
    expect(item?.dc?.creators).toEqual(['Jane Doe']);
    expect(item?.content?.encoded).toBe('<p>Delegations <em>met</em>.</p>');
  });

  it('Atom 1.0', () => {
    const result = parseWithFeedsmith(toAtom(FEED));
    if (result.format !== 'atom') throw new Error(`read as ${result.format}`);
    const entry = result.feed.entries?.[0];
    expect(result.feed.id).toBe(FEED.feedUrls.atom);
    expect(result.feed.updated).toBe('2024-03-02T10:00:00.000Z');
    expect(entry?.id).toBe(atomEntryId('QXJ0aWNsZTox'));
    expect(entry?.authors).toEqual([{ name: 'Jane Doe' }]);
    expect(entry?.content).toEqual({ value: '<p>Delegations <em>met</em>.</p>', type: 'html' });
    expect(entry?.categories).toEqual([{ term: 'World' }]);
  });

  it('JSON Feed 1.1', () => {
    const result = parseWithFeedsmith(toJsonFeed(FEED));
    if (result.format !== 'json') throw new Error(`read as ${result.format}`);
    const item = result.feed.items?.[0];
    expect(item?.id).toBe('QXJ0aWNsZTox');
    expect(item?.date_published).toBe('2024-03-01T09:15:00.000Z');
    expect(item?.authors).toEqual([{ name: 'Jane Doe' }]);
    expect(item?.tags).toEqual(['World']);
  });
});
