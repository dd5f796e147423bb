import type { FeedCategory, FeedItem, FeedLink, FeedPerson, FeedSource, MediaReference, NormalizedFeed, PodcastInfo, TextDetail } from '../../../../src/domain/feed.js';

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

/** itunes flags as feedparser reports them: block 1/0, explicit true/false/None. */
function itunes(p: PodcastInfo | undefined): FeedparserResult {
  if (!p) return {};
  return {
    ...(p.block !== undefined ? { itunes_block: p.block ? 1 : 0 } : {}),
    ...(p.explicit !== undefined ? { itunes_explicit: p.explicit } : {}),
    ...(p.duration !== undefined ? { itunes_duration: p.duration } : {}),
  };
}

function publisher(p: FeedPerson | undefined): FeedparserResult {
  return p ? { publisher: personName(p), publisher_detail: personDetail(p) } : {};
}

function generatorDetail(g: { name?: string; url?: string; version?: string } | undefined): Record<string, string> | undefined {
  if (!g) return undefined;
  return { ...(g.name ? { name: g.name } : {}), ...(g.url ? { href: g.url } : {}), ...(g.version ? { version: g.version } : {}) };
}

/** feedparser's date pair: the string as written and its struct_time. */
function dates(name: string, raw: string | undefined, date: Date | undefined): FeedparserResult {
  if (raw === undefined && date === undefined) return {};
  return { [name]: raw ?? isoSeconds(date), [`${name}_parsed`]: structTime(date) };
}

function source(s: FeedSource, base: string | undefined): FeedparserResult {
  const d = s.details ?? {};
  const title = detail(d.title, base);
  const subtitle = detail(d.description, base);
  const rights = detail(d.copyright, base);
  return {
    title: title?.value ?? s.title,
    title_detail: title,
    subtitle: subtitle?.value ?? s.description,
    subtitle_detail: subtitle,
    rights: rights?.value ?? s.copyright,
    rights_detail: rights,
    link: s.url,
    href: s.feedUrl,
    id: s.id,
    links: links(s.links ?? []),
    author: personName(s.authors?.[0]),
    author_detail: personDetail(s.authors?.[0]),
    authors: s.authors?.map(personDetail),
    contributors: s.contributors?.map(personDetail),
    generator: s.generator?.name,
    generator_detail: generatorDetail(s.generator),
    icon: s.icon,
    logo: s.logo,
    updated: isoSeconds(s.updatedAt),
    updated_parsed: structTime(s.updatedAt),
    tags: s.categoryDetails ? tags([], s.categoryDetails) : undefined,
  };
}

/** feedparser keeps media attributes as strings. */
function mediaReference(m: MediaReference): Record<string, string> {
  return { url: m.url, ...(m.width !== undefined ? { width: String(m.width) } : {}), ...(m.height !== undefined ? { height: String(m.height) } : {}) };
}

function entry(item: FeedItem, base: string | undefined): FeedparserResult {
  const d = item.details ?? {};
  const ext = item.extensions;
  const raw = ext?.rawDates;
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
    content: d.content ? [detail(d.content, base)] : item.contentHtml !== undefined ? [{ value: item.contentHtml, type: 'text/html', language: null, base: base ?? '' }] : ext?.contentSource ? [{ src: ext.contentSource }] : undefined,
    author: personName(author),
    author_detail: personDetail(author),
    authors: item.authors.map(personDetail),
    contributors: item.contributors?.map(personDetail),
    tags: tags(item.categories, item.categoryDetails),
    category: item.categories[0],
    enclosures: item.enclosures.map((e) => ({ href: e.url, ...(e.type ? { type: e.type } : {}), ...(e.length !== undefined ? { length: String(e.length) } : {}) })),
    ...dates('published', raw?.published, item.publishedAt),
    ...(item.updatedAt || raw?.updated ? dates('updated', raw?.updated, item.updatedAt) : dates('updated', raw?.published, item.publishedAt)),
    ...dates('created', raw?.created, ext?.createdAt),
    ...dates('expired', raw?.expires, ext?.expiresAt),
    ...itunes(ext?.podcast),
    ...publisher(ext?.publisher),
    subtitle: ext?.podcast?.subtitle,
    license: ext?.license,
    wfw_comment: ext?.commentApi,
    wfw_commentrss: ext?.commentsFeed,
    where: ext?.geo ? { type: ext.geo.type, coordinates: ext.geo.coordinates } : undefined,
    psc_chapters: ext?.chapters ? { chapters: ext.chapters.map((c) => ({ start: c.start, start_parsed: c.startSeconds, title: c.title, ...(c.href ? { href: c.href } : {}), ...(c.image ? { image: c.image } : {}) })) } : undefined,
    copyright: detail(d.copyright, base)?.value ?? item.copyright,
    image: item.image ? { href: item.image.url } : undefined,
    comments: item.links.find((l) => l.rel === 'replies')?.href,
    source: item.source ? source(item.source, base) : undefined,
    rights: detail(d.copyright, base)?.value ?? item.copyright,
    rights_detail: detail(d.copyright, base),
    language: item.language,
    guidislink: ext?.guidIsLink ?? false,
    media_thumbnail: ext?.mediaThumbnails?.map(mediaReference),
    media_player: ext?.mediaPlayer ? mediaReference(ext.mediaPlayer) : undefined,
    'thr_in-reply-to': ext?.inReplyTo?.[0],
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
  const ext = feed.extensions;
  const raw = ext?.rawDates;
  const info = detail(ext?.info, base);
  return {
    bozo: feed.warnings.some((w) => !w.message.startsWith('invalid date') && !w.message.startsWith('JSON Feed')) ? 1 : 0,
    encoding: feed.encoding,
    version: feed.version,
    etag: feed.http?.etag,
    modified: feed.http?.lastModified,
    modified_parsed: structTime(feed.http?.lastModifiedAt),
    feed: {
      'thr_in-reply-to': ext?.inReplyTo?.[0],
      title: titleDetail?.value ?? feed.title,
      title_detail: titleDetail,
      id: feed.id,
      guid: feed.id,
      subtitle: description ?? ext?.podcast?.subtitle,
      tagline: description,
      description,
      info: info?.value,
      subtitle_detail: descriptionDetail,
      tagline_detail: descriptionDetail,
      info_detail: info,
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
      generator: ext?.generator?.name ?? feed.generator,
      generator_detail: generatorDetail(ext?.generator),
      icon: ext?.icon,
      logo: ext?.logo,
      docs: ext?.docs,
      cloud: ext?.cloud ? { domain: ext.cloud.domain, port: ext.cloud.port, path: ext.cloud.path, registerprocedure: ext.cloud.registerProcedure, protocol: ext.cloud.protocol } : undefined,
      textinput: ext?.textInput,
      newlocation: ext?.podcast?.newFeedUrl,
      ...itunes(ext?.podcast),
      ...publisher(ext?.publisher),
      ...dates('created', raw?.created, ext?.createdAt),
      validity_start: raw?.validFrom ?? isoSeconds(ext?.validFrom),
      validity_start_parsed: structTime(ext?.validFrom),
      validity_end: raw?.validUntil ?? isoSeconds(ext?.validUntil),
      validity_end_parsed: structTime(ext?.validUntil),
      category: feed.categories[0],
      ttl: feed.ttlMinutes === undefined ? undefined : String(feed.ttlMinutes),
      ...(feed.updatedAt || raw?.updated ? dates('updated', raw?.updated, feed.updatedAt) : dates('updated', raw?.published, feed.publishedAt)),
      ...dates('published', raw?.published, feed.publishedAt),
      image: feed.image ? { href: feed.image.url, title: feed.image.title, link: feed.image.link, width: feed.image.width, height: feed.image.height, description: feed.image.description } : undefined,
      tags: tags(feed.categories, feed.categoryDetails),
    },
    entries: feed.items.map((item) => entry(item, base)),
  };
}
