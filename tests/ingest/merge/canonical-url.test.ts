import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, chooseCanonicalUrl, urlIdentityKey } from '../../../src/ingest/merge/canonical-url.js';

describe('canonicalizeUrl', () => {
  it.each([
    ['scheme and host case', 'HTTP://WWW.Example.COM/News/Story', 'http://www.example.com/News/Story'],
    ['default http port', 'http://example.com:80/a', 'http://example.com/a'],
    ['default https port', 'https://example.com:443/a', 'https://example.com/a'],
    ['non-default port kept', 'https://example.com:8443/a', 'https://example.com:8443/a'],
    ['utm_* parameters', 'https://example.com/a?utm_source=tw&utm_medium=social&utm_campaign=x', 'https://example.com/a'],
    ['fbclid and gclid', 'https://example.com/a?fbclid=IwAR0&gclid=Cj0&id=7', 'https://example.com/a?id=7'],
    ['session ids in the query', 'https://example.com/a?PHPSESSID=abc&sid=1&page=2', 'https://example.com/a?page=2'],
    ['jsessionid in the path', 'https://example.com/a;jsessionid=0A1B2C?id=5', 'https://example.com/a?id=5'],
    ['feed tracking marker', 'http://www.latimes.com/business/la-fi-20140310,0,1312750.story?track=rss', 'http://www.latimes.com/business/la-fi-20140310,0,1312750.story'],
    ['fragment', 'https://example.com/a#comments', 'https://example.com/a'],
    ['hashbang route kept', 'https://example.com/#!/story/12', 'https://example.com/#!/story/12'],
    ['remaining parameters sorted', 'https://example.com/a?b=2&a=1', 'https://example.com/a?a=1&b=2'],
    ['AMP path suffix', 'https://www.example.com/world/story-1/amp', 'https://www.example.com/world/story-1'],
    ['AMP path prefix', 'https://www.example.com/amp/world/story-1', 'https://www.example.com/world/story-1'],
    ['.amp.html', 'https://www.example.com/world/story-1.amp.html', 'https://www.example.com/world/story-1.html'],
    ['?amp=1', 'https://www.example.com/world/story-1?amp=1', 'https://www.example.com/world/story-1'],
    ['?outputType=amp', 'https://www.example.com/world/story-1?outputType=amp', 'https://www.example.com/world/story-1'],
    ['AMP cache', 'https://www-example-com.cdn.ampproject.org/c/s/www.example.com/world/story-1', 'https://www.example.com/world/story-1'],
    ['Google AMP viewer', 'https://www.google.com/amp/s/www.example.com/world/story-1', 'https://www.example.com/world/story-1'],
    ['amp. host', 'https://amp.example.com/world/story-1', 'https://www.example.com/world/story-1'],
    ['m. host', 'https://m.example.co.uk/news/world-123', 'https://www.example.co.uk/news/world-123'],
    ['mobile. host', 'https://mobile.example.com/a', 'https://www.example.com/a'],
    ['m.co.uk is not a mobile host', 'https://m.co.uk/a', 'https://m.co.uk/a'],
    ['credentials and trailing dot', 'https://user:pw@Example.com./a', 'https://example.com/a'],
    ['unreserved escapes decoded', 'https://example.com/%7Euser/a%2fb', 'https://example.com/~user/a%2Fb'],
  ])('%s', (_rule, raw, expected) => {
    expect(canonicalizeUrl(raw)).toBe(expected);
  });

  it('keeps parameters that name the page', () => {
    expect(canonicalizeUrl('https://example.com/article.php?id=42&lang=en')).toBe('https://example.com/article.php?id=42&lang=en');
    expect(canonicalizeUrl('https://example.com/a?source=reuters')).toBe('https://example.com/a?source=reuters');
  });

  it.each(['', 'not a url', '/relative/path', 'ftp://example.com/a', 'javascript:alert(1)', 'mailto:a@b.c'])('rejects %j', (raw) => {
    expect(canonicalizeUrl(raw)).toBeUndefined();
  });
});

describe('urlIdentityKey', () => {
  it('makes scheme, www and trailing slash variants one key', () => {
    const keys = ['http://example.com/a/', 'https://www.example.com/a', 'https://m.example.com/a?utm_source=x', 'https://www.example.com/a/amp'].map(urlIdentityKey);
    expect(new Set(keys)).toEqual(new Set(['example.com/a']));
  });
});

describe('chooseCanonicalUrl', () => {
  it('prefers rel=canonical, resolved against the page', () => {
    expect(chooseCanonicalUrl({ url: 'https://m.example.com/a/b?utm_source=x', relCanonical: '/news/a/b' })).toBe('https://www.example.com/news/a/b');
  });
  it('uses og:url when there is no rel=canonical, across sites too (syndication)', () => {
    expect(chooseCanonicalUrl({ url: 'https://partner.com/wire/1', ogUrl: 'https://origin.com/story/1' })).toBe('https://origin.com/story/1');
  });
  it('ignores a canonical that points at the home page of an article', () => {
    expect(chooseCanonicalUrl({ url: 'https://example.com/2024/05/story', relCanonical: 'https://example.com/', ogUrl: 'https://example.com/2024/05/story?utm_source=og' })).toBe(
      'https://example.com/2024/05/story',
    );
  });
  it('falls back to the fetched URL when the hints are junk', () => {
    expect(chooseCanonicalUrl({ url: 'https://example.com/a#top', relCanonical: 'javascript:void(0)' })).toBe('https://example.com/a');
  });
});
