import { describe, expect, it } from 'vitest';
import type { FeedItem, NormalizedFeed } from '../../src/domain/feed.js';
import { parseFeed } from '../../src/ingest/parse/parse-feed.js';
import { atomEntryId, toAtom, toJsonFeed, toRss, type PublishedFeed, type PublishedItem } from '../../src/publish/index.js';
import { xmlWellFormednessErrors } from './xml-well-formed.js';

const FEED_URLS = { rss: 'https://news.example/feeds/world.rss', atom: 'https://news.example/feeds/world.atom', json: 'https://news.example/feeds/world.json' };

function item(overrides: Partial<PublishedItem> = {}): PublishedItem {
  return {
    id: 'QXJ0aWNsZTphMWIyYzM',
    url: 'https://outlet.example/2024/03/01/story?id=7&lang=en',
    title: 'Talks resume in Geneva',
    summary: 'Delegations met for a second day.\n\nA deal is "close", officials said.',
    contentHtml: '<p>Delegations met for a <em>second</em> day.</p><p>A deal is "close" &amp; near.</p>',
    publishedAt: new Date('2024-03-01T09:15:00Z'),
    updatedAt: new Date('2024-03-01T11:40:00Z'),
    authors: [{ name: 'Jane Doe' }, { name: 'Ann Lee' }],
    categories: ['World', 'Diplomacy'],
    image: 'https://outlet.example/img/geneva.jpg',
    ...overrides,
  };
}

function feed(items: PublishedItem[], overrides: Partial<PublishedFeed> = {}): PublishedFeed {
  return {
    id: 'world',
    title: 'World news',
    description: 'Everything about the world, from every outlet.',
    homeUrl: 'https://news.example/dashboards/world',
    feedUrls: FEED_URLS,
    updatedAt: new Date('2024-03-02T10:00:00Z'),
    language: 'en-GB',
    items,
    ...overrides,
  };
}

/** Tricky text: markup-like titles, entities as literal text, `]]>`, illegal XML characters, non-BMP letters. */
const TRICKY = item({
  id: 'https://outlet.example/a?b=1&c=2',
  url: 'https://outlet.example/a?b=1&c=2',
  title: 'Tom &amp; Jerry <b>not bold</b> & "quotes" ]]> 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\u0001',
  summary: 'a < b && c > d\u0008 ]]> end',
  contentHtml: '<p>CDATA end ]]> inside, &lt;escaped&gt; and \u000B control</p>',
  authors: [{ name: 'Zoë O\'Brien & Co <desk>' }],
  categories: ['A & B', '<odd>', 'Ünïcödé'],
});

const FORMATS = [
  { name: 'RSS 2.0', write: toRss, format: 'rss', version: 'rss20', feedUrl: FEED_URLS.rss },
  { name: 'Atom 1.0', write: toAtom, format: 'atom', version: 'atom10', feedUrl: FEED_URLS.atom },
  { name: 'JSON Feed 1.1', write: toJsonFeed, format: 'json', version: 'json11', feedUrl: FEED_URLS.json },
] as const;

function expectedId(format: string, id: string): string {
  return format === 'atom' ? atomEntryId(id) : id;
}

/** What the parser must give back for an item: every field of the model. */
function expectItemRoundTrip(parsed: FeedItem | undefined, original: PublishedItem, format: string): void {
  expect(parsed).toBeDefined();
  if (!parsed) return;
  expect(parsed.id).toBe(expectedId(format, original.id));
  expect(parsed.url).toBe(original.url);
  expect(parsed.title).toBe(original.title.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ''));
  if (original.summary !== undefined) expect(parsed.summary).toBe(original.summary.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ''));
  // RSS dates have whole seconds; the fixtures do too, so every format must give them back exactly
  expect(parsed.publishedAt?.toISOString()).toBe(original.publishedAt?.toISOString());
  // Atom requires `updated`: an item never updated was last updated when it was published
  const updated = format === 'atom' ? (original.updatedAt ?? original.publishedAt) : original.updatedAt;
  expect(parsed.updatedAt?.toISOString()).toBe(updated?.toISOString());
  expect(parsed.authors.map((a) => a.name)).toEqual(original.authors.map((a) => a.name));
  expect(parsed.categories).toEqual(original.categories);
  expect(parsed.image?.url).toBe(original.image);
}

describe.each(FORMATS)('$name', ({ write, format, version, feedUrl }) => {
  const original = feed([item(), TRICKY, item({ id: 'QXJ0aWNsZTpiYg', url: undefined, contentHtml: undefined, authors: [], categories: [], image: undefined, updatedAt: undefined, title: 'No link, no body' })]);
  const body = write(original);
  const parsed: NormalizedFeed = parseFeed(body, { url: feedUrl });

  it('is read back by the project parser as the same format, without warnings', () => {
    expect(parsed.format).toBe(format);
    expect(parsed.version).toBe(version);
    expect(parsed.warnings).toEqual([]);
  });

  it('gives back the feed fields', () => {
    expect(parsed.title).toBe(original.title);
    expect(parsed.description).toBe(original.description);
    expect(parsed.link).toBe(original.homeUrl);
    expect(parsed.feedUrl).toBe(feedUrl);
    expect(parsed.language).toBe(original.language);
    // JSON Feed has no feed date: readers take the newest item's
    expect(parsed.updatedAt?.toISOString()).toBe(format === 'json' ? '2024-03-01T11:40:00.000Z' : original.updatedAt.toISOString());
    expect(parsed.items).toHaveLength(3);
  });

  it('gives back every item field (id, link, title, summary, dates, authors, categories, image)', () => {
    original.items.forEach((it, n) => expectItemRoundTrip(parsed.items[n], it, format));
  });

  it('gives back the HTML body (as the parser sanitizes it)', () => {
    const body0 = parsed.items[0]?.contentHtml ?? '';
    expect(body0).toContain('<em>second</em>');
    expect(body0).toContain('A deal is "close" &amp; near.');
    const tricky = parsed.items[1]?.contentHtml ?? '';
    expect(tricky).toContain('CDATA end ]]&gt; inside, &lt;escaped&gt; and  control');
  });
});

describe('XML output', () => {
  const original = feed([item(), TRICKY]);
  for (const [name, body] of [['RSS', toRss(original)], ['Atom', toAtom(original)]] as const) {
    it(`${name} is well-formed XML 1.0 with no illegal characters`, () => {
      expect(xmlWellFormednessErrors(body)).toEqual([]);
      expect(body.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    });
  }

  it('the well-formedness check itself catches what it should', () => {
    expect(xmlWellFormednessErrors('<a>&</a>')).not.toEqual([]);
    expect(xmlWellFormednessErrors('<a>x</b>')).not.toEqual([]);
    expect(xmlWellFormednessErrors('<a>]]></a>')).not.toEqual([]);
    expect(xmlWellFormednessErrors('<a b="<"/>')).not.toEqual([]);
    expect(xmlWellFormednessErrors('<a>\u0001</a>')).not.toEqual([]);
    expect(xmlWellFormednessErrors('<a>&nbsp;</a>')).not.toEqual([]);
    expect(xmlWellFormednessErrors('<x:a/>')).not.toEqual([]);
    expect(xmlWellFormednessErrors('<a/><b/>')).not.toEqual([]);
    expect(xmlWellFormednessErrors('<a b="1" b="2"/>')).not.toEqual([]);
    expect(xmlWellFormednessErrors('<a><![CDATA[x]]]]><![CDATA[>]]></a>')).toEqual([]);
  });
});

describe('RSS specifics', () => {
  it('marks a guid as a permalink only when it is the item URL', () => {
    const rss = toRss(feed([item(), TRICKY]));
    expect(rss).toContain('<guid isPermaLink="false">QXJ0aWNsZTphMWIyYzM</guid>');
    expect(rss).toContain('<guid isPermaLink="true">https://outlet.example/a?b=1&amp;c=2</guid>');
  });

  it('writes RFC 822 dates, dc:creator authors (no email-less <author>) and CDATA split at ]]>', () => {
    const rss = toRss(feed([TRICKY, item()]));
    expect(rss).toContain('<pubDate>Fri, 01 Mar 2024 09:15:00 GMT</pubDate>');
    expect(rss).toContain('<lastBuildDate>Sat, 02 Mar 2024 10:00:00 GMT</lastBuildDate>');
    expect(rss).toContain('<dc:creator>Jane Doe</dc:creator>');
    expect(rss).not.toMatch(/<author>/);
    expect(rss).toContain('CDATA end ]]]]><![CDATA[> inside');
    expect(rss).toContain('<atom:link href="https://news.example/feeds/world.rss" rel="self" type="application/rss+xml"/>');
  });

  it('falls back to the title for the required channel description', () => {
    const parsed = parseFeed(toRss(feed([], { description: undefined })));
    expect(parsed.description).toBe('World news');
  });
});

describe('Atom specifics', () => {
  it('adds a feed-level author only when an entry has none (RFC 4287 §4.1.1)', () => {
    const withAuthors = toAtom(feed([item()]));
    expect(withAuthors.split('<entry>')[0]).not.toContain('<author>');
    const without = toAtom(feed([item(), item({ id: 'x', authors: [] })], { author: { name: 'Newsgraph desk', url: 'https://news.example/' } }));
    expect(without.split('<entry>')[0]).toContain('<author><name>Newsgraph desk</name><uri>https://news.example/</uri></author>');
    expect(parseFeed(without).authors).toEqual([{ name: 'Newsgraph desk', url: 'https://news.example/' }]);
    expect(parseFeed(toAtom(feed([item({ authors: [] })]))).authors).toEqual([{ name: 'World news' }]);
  });

  it('uses IRI ids as they are and stable name-based UUID URNs for opaque ids', () => {
    expect(atomEntryId('https://outlet.example/a')).toBe('https://outlet.example/a');
    expect(atomEntryId('tag:outlet.example,2024:1')).toBe('tag:outlet.example,2024:1');
    const urn = atomEntryId('QXJ0aWNsZTphMWIyYzM');
    expect(urn).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(atomEntryId('QXJ0aWNsZTphMWIyYzM')).toBe(urn);
    expect(atomEntryId('QXJ0aWNsZTphMWIyYzQ')).not.toBe(urn);
    expect(parseFeed(toAtom(feed([]))).items).toEqual([]);
    expect(toAtom(feed([]))).toContain('<id>https://news.example/feeds/world.atom</id>');
  });

  it('gives every entry an updated date and content or an alternate link', () => {
    const bare = item({ id: 'bare', url: undefined, contentHtml: undefined, publishedAt: undefined, updatedAt: undefined, summary: undefined });
    const parsed = parseFeed(toAtom(feed([bare])));
    expect(parsed.items[0]?.updatedAt?.toISOString()).toBe('2024-03-02T10:00:00.000Z');
    expect(parsed.items[0]?.contentHtml).toBe('Talks resume in Geneva');
  });

  it('writes xml:lang only for a language tag', () => {
    expect(toAtom(feed([], { language: 'en_US' }))).toContain('xml:lang="en-US"');
    expect(toAtom(feed([], { language: 'en" x="1' }))).not.toContain('xml:lang');
  });
});

describe('JSON Feed specifics', () => {
  it('has the 1.1 version URL, authors arrays and content_text when there is no HTML body', () => {
    const json = JSON.parse(toJsonFeed(feed([item(), item({ id: 'b', contentHtml: undefined })], { author: { name: 'Desk' } }))) as Record<string, unknown>;
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.authors).toEqual([{ name: 'Desk' }]);
    const items = json.items as Record<string, unknown>[];
    expect(items[0]?.content_html).toBe(item().contentHtml);
    expect(items[0]?.content_text).toBeUndefined();
    expect(items[0]?.date_published).toBe('2024-03-01T09:15:00.000Z');
    expect(items[0]?.authors).toEqual([{ name: 'Jane Doe' }, { name: 'Ann Lee' }]);
    expect(items[1]?.content_text).toBe(item().summary);
    expect(items[1]?.content_html).toBeUndefined();
  });

  it('drops control characters and lone surrogates', () => {
    const json = toJsonFeed(feed([item({ title: 'a\u0001b\uD800c' })]));
    expect((JSON.parse(json) as { items: { title: string }[] }).items[0]?.title).toBe('abc');
  });
});

describe('bad input', () => {
  it('refuses an invalid feed date with a clear error, in every format', () => {
    const broken = feed([], { updatedAt: new Date(Number.NaN) });
    for (const write of [toRss, toAtom, toJsonFeed]) expect(() => write(broken)).toThrow('feed "world": updatedAt is not a valid date');
  });

  it('leaves invalid item dates out instead of writing "Invalid Date"', () => {
    const odd = item({ publishedAt: new Date('nonsense'), updatedAt: new Date(Number.NaN) });
    for (const write of [toRss, toAtom, toJsonFeed]) {
      const body = write(feed([odd]));
      expect(body).not.toContain('Invalid Date');
      expect(parseFeed(body).items[0]?.publishedAt).toBeUndefined();
    }
  });
});
