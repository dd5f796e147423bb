import { describe, expect, it } from 'vitest';
import { addSighting, articleIdentity, matchArticle, type ArticleSighting } from '../../../src/ingest/merge/article-identity.js';

const at = (iso: string): Date => new Date(iso);

describe('article identity', () => {
  const viaFeedA: ArticleSighting = { kind: 'FEED_ITEM', via: 'https://example.com/rss/world', url: 'https://www.example.com/world/story-1?utm_source=rss', guid: '12345', seenAt: at('2024-05-01T10:00Z') };
  const viaFeedB: ArticleSighting = { kind: 'FEED_ITEM', via: 'https://example.com/rss/top', url: 'http://example.com/world/story-1', guid: '12345', seenAt: at('2024-05-01T10:05Z') };
  const asAmpPage: ArticleSighting = { kind: 'PAGE', via: 'https://amp.example.com/world/story-1', url: 'https://amp.example.com/world/story-1', relCanonical: 'https://www.example.com/world/story-1', seenAt: at('2024-05-01T11:00Z') };

  it('gives the same URL key to the article reached through two feeds and as an AMP page', () => {
    const keys = [viaFeedA, viaFeedB, asAmpPage].map((s) => articleIdentity(s).keys[0]);
    expect(new Set(keys)).toEqual(new Set(['url:example.com/world/story-1']));
    expect(articleIdentity(asAmpPage).canonicalUrl).toBe('https://www.example.com/world/story-1');
  });

  it('scopes plain guids by the feed host, keeps tag: ids global and treats URL guids as URLs', () => {
    expect(articleIdentity({ kind: 'FEED_ITEM', via: 'https://www.a.com/feed', guid: '12345', seenAt: at('2024-01-01') }).keys).toEqual(['guid:a.com#12345']);
    expect(articleIdentity({ kind: 'FEED_ITEM', via: 'https://b.com/feed', guid: 'tag:b.com,2024:1', seenAt: at('2024-01-01') }).keys).toEqual(['guid:tag:b.com,2024:1']);
    expect(articleIdentity({ kind: 'FEED_ITEM', via: 'https://b.com/feed', guid: 'https://b.com/p/1?utm_medium=rss', seenAt: at('2024-01-01') }).keys).toEqual(['url:b.com/p/1']);
  });

  it('matches a stored article by its strongest shared key and says which keys to add', () => {
    const stored = [
      { articleId: 'b', keys: ['guid:example.com#12345'] },
      { articleId: 'a', keys: ['url:example.com/world/story-1'] },
    ];
    const match = matchArticle(articleIdentity(viaFeedA), stored);
    expect(match).toEqual({ kind: 'EXISTING', articleId: 'a', matchedKey: 'url:example.com/world/story-1', addKeys: ['guid:example.com#12345'] });
    expect(matchArticle(articleIdentity({ kind: 'PAGE', via: 'https://x.com/1', url: 'https://x.com/1', seenAt: at('2024-01-01') }), stored)).toEqual({ kind: 'NEW' });
  });

  it('keeps every sighting once, oldest first, and is idempotent', () => {
    let sightings = addSighting([], viaFeedB);
    sightings = addSighting(sightings, viaFeedA);
    sightings = addSighting(sightings, asAmpPage);
    const again = addSighting(sightings, { ...viaFeedA, seenAt: at('2024-05-02T00:00Z') });
    expect(again.map((s) => s.via)).toEqual(['https://example.com/rss/world', 'https://example.com/rss/top', 'https://amp.example.com/world/story-1']);
    expect(again).toEqual(sightings);
  });
});
