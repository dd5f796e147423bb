import type { FeedCategory, FeedItem, FeedLink, FeedPerson, NormalizedFeed, TextDetail } from '../../../../src/domain/feed.js';

/** A feedparser-shaped result (plain JSON): the key paths feedparser's own tests check. */
export type FeedparserResult = Record<string, unknown>;

/** Python's time.struct_time (UTC) as a list: [Y, M, D, h, m, s, wday (Mon=0), yday, 0]. */
export function structTime(date: Date | undefined): number[] | undefined {
  if (!date) return undefined;
  const startOfYear = new Date(0);
  startOfYear.setUTCFullYear(date.getUTCFullYear(), 0, 1);
  const start = startOfYear.getTime();
  const yday = Math.floor((date.getTime() - start) / 86_400_000) + 1;
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), (date.getUTCDay() + 6) % 7, yday, 0];
}

function isoSeconds(date: Date | undefined): string | undefined {
  return date?.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** feedparser's `author` string: "Name (email)" when both are known. */
function personName(p: FeedPerson | undefined): string | undefined {
  if (!p) return undefined;
  return p.email && p.name !== p.email ? `${p.name} (${p.email})` : p.name;
}

function personDetail(p: FeedPerson | undefined): Record<string, string> | undefined {
  if (!p) return undefined;
  const out: Record<string, string> = {};
  if (p.name && p.name !== p.email) out.name = p.name;
  if (p.email) out.email = p.email;
  if (p.url) out.href = p.url;
  return out;
}

function links(list: FeedLink[]): Record<string, unknown>[] {
  return list.map((l) => ({ rel: l.rel, href: l.href, ...(l.type ? { type: l.type } : {}), ...(l.title ? { title: l.title } : {}), ...(l.length !== undefined ? { length: String(l.length) } : {}), ...(l.hreflang ? { hreflang: l.hreflang } : {}) }));
}

const MIME: Record<TextDetail['type'], string> = { text: 'text/plain', html: 'text/html', xhtml: 'application/xhtml+xml' };

/** Our sanitizer's own additions (rel on links) are policy, not parsing: removed before comparing. */
function unpolicy(html: string): string {
  return html.replace(/ rel="noopener noreferrer nofollow"/g, '');
}

function detail(d: TextDetail | undefined, base: string | undefined): Record<string, unknown> | undefined {
  if (!d) return undefined;
  return { value: unpolicy(d.value), type: MIME[d.type], language: d.language ?? null, base: d.base ?? base ?? '' };
}

function tags(categories: string[], details: FeedCategory[] | undefined): Record<string, unknown>[] {
  if (details) return details.map((c) => ({ term: c.term, scheme: c.scheme ?? null, label: c.label ?? null }));
  return categories.map((term) => ({ term, scheme: null, label: null }));
}

function entry(item: FeedItem, base: string | undefined): FeedparserResult {
  const d = item.details ?? {};
  const summaryDetail = detail(d.summary, base);
  const summary = summaryDetail?.value ?? item.summary;
  const titleDetail = detail(d.title, base);
  const author = item.authors[0];
  const out: FeedparserResult = {
    title: titleDetail?.value ?? item.title,
    title_detail: titleDetail,
    link: item.url,
    links: links(item.links),
    id: item.id,
    guid: item.id,
    summary,
    description: summary,
    summary_detail: summaryDetail,
    content: d.content ? [detail(d.content, base)] : item.contentHtml !== undefined ? [{ value: item.contentHtml, type: 'text/html', language: null, base: base ?? '' }] : undefined,
    author: personName(author),
    author_detail: personDetail(author),
    authors: item.authors.map(personDetail),
    contributors: item.contributors?.map(personDetail),
    tags: tags(item.categories, item.categoryDetails),
    category: item.categories[0],
    enclosures: item.enclosures.map((e) => ({ href: e.url, ...(e.type ? { type: e.type } : {}), ...(e.length !== undefined ? { length: String(e.length) } : {}) })),
    published: isoSeconds(item.publishedAt),
    published_parsed: structTime(item.publishedAt),
    updated: isoSeconds(item.updatedAt ?? item.publishedAt),
    updated_parsed: structTime(item.updatedAt ?? item.publishedAt),
    image: item.image ? { href: item.image.url } : undefined,
    comments: item.links.find((l) => l.rel === 'replies')?.href,
    source: item.source
      ? {
          title: item.source.title,
          link: item.source.url,
          href: item.source.feedUrl,
          links: links(item.source.links ?? []),
          author: personName(item.source.authors?.[0]),
          authors: item.source.authors?.map(personDetail),
        }
      : undefined,
    rights: detail(d.copyright, base)?.value ?? item.copyright,
    rights_detail: detail(d.copyright, base),
    language: item.language,
  };
  return out;
}

/**
 * Our model under feedparser's key names (feed.title, entries[i].links[j].href, *_parsed as struct_time).
 * `bozo` is set by well-formedness and encoding warnings; a bad date is not bozo in feedparser either.
 */
export function toFeedparser(feed: NormalizedFeed, base: string | undefined): FeedparserResult {
  const author = feed.authors[0];
  const d = feed.details ?? {};
  const titleDetail = detail(d.title, base);
  const descriptionDetail = detail(d.description, base);
  const description = descriptionDetail?.value ?? feed.description;
  const copyrightDetail = detail(d.copyright, base);
  const copyright = copyrightDetail?.value ?? feed.copyright;
  return {
    bozo: feed.warnings.some((w) => !w.message.startsWith('invalid date') && !w.message.startsWith('JSON Feed')) ? 1 : 0,
    encoding: feed.encoding,
    version: feed.version,
    feed: {
      title: titleDetail?.value ?? feed.title,
      title_detail: titleDetail,
      id: feed.id,
      guid: feed.id,
      subtitle: description,
      tagline: description,
      description,
      info: description,
      subtitle_detail: descriptionDetail,
      tagline_detail: descriptionDetail,
      info_detail: descriptionDetail,
      rights_detail: copyrightDetail,
      copyright_detail: copyrightDetail,
      link: feed.link,
      links: links(feed.links),
      language: feed.language,
      author: personName(author),
      author_detail: personDetail(author),
      authors: feed.authors.map(personDetail),
      contributors: feed.contributors?.map(personDetail),
      rights: copyright,
      copyright,
      generator: feed.generator,
      ttl: feed.ttlMinutes === undefined ? undefined : String(feed.ttlMinutes),
      updated: isoSeconds(feed.updatedAt ?? feed.publishedAt),
      updated_parsed: structTime(feed.updatedAt ?? feed.publishedAt),
      published: isoSeconds(feed.publishedAt),
      published_parsed: structTime(feed.publishedAt),
      image: feed.image ? { href: feed.image.url, title: feed.image.title, link: feed.image.link } : undefined,
      tags: tags(feed.categories, feed.categoryDetails),
    },
    entries: feed.items.map((item) => entry(item, base)),
  };
}
