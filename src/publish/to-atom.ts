import { createHash } from 'node:crypto';
import { feedUpdatedAt, GENERATOR, isAbsoluteIri, type PublishedFeed, type PublishedItem, validDate } from './published-feed.js';
import { attributeList, emptyElement, textElement } from './xml-text.js';

/**
 * Atom 1.0 (RFC 4287). The spec's MUSTs this takes care of:
 * - ids are absolute IRIs: an item id that is not one (a global id) becomes a name-based `urn:uuid`
 *   (stable: same id, same URN; see `atomEntryId`); the feed's id is its own `.atom` URL unless `feed.id` is an IRI;
 * - every entry has `updated` (its update, else publication, else the feed's date);
 * - the feed has an `author` whenever an entry has none (§4.1.1), by default the feed's title;
 * - an entry without `content` has an alternate link; one without either gets its summary as text content.
 */
export function toAtom(feed: PublishedFeed): string {
  const updated = feedUpdatedAt(feed);
  const needsFeedAuthor = feed.items.length === 0 || feed.items.some((item) => item.authors.length === 0);
  const author = feed.author ?? { name: feed.title };
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"${attributeList({ 'xml:lang': languageTag(feed.language) })}>`,
    textElement('id', isAbsoluteIri(feed.id) ? feed.id : feed.feedUrls.atom),
    textElement('title', feed.title, { type: 'text' }),
    textElement('subtitle', feed.description, { type: 'text' }),
    textElement('updated', updated.toISOString()),
    emptyElement('link', { rel: 'self', type: 'application/atom+xml', href: feed.feedUrls.atom }),
    emptyElement('link', { rel: 'alternate', type: 'text/html', href: feed.homeUrl }),
    emptyElement('link', { rel: 'alternate', type: 'application/rss+xml', href: feed.feedUrls.rss }),
    emptyElement('link', { rel: 'alternate', type: 'application/feed+json', href: feed.feedUrls.json }),
    needsFeedAuthor ? person(author) : '',
    textElement('generator', GENERATOR),
  ];
  for (const item of feed.items) out.push(atomEntry(item, updated));
  out.push('</feed>', '');
  return out.filter((line) => line !== '').join('\n') + '\n';
}

function atomEntry(item: PublishedItem, feedUpdated: Date): string {
  const published = validDate(item.publishedAt);
  const updated = validDate(item.updatedAt) ?? published ?? feedUpdated;
  const content = item.contentHtml !== undefined
    ? textElement('content', item.contentHtml, { type: 'html' })
    : item.url === undefined ? textElement('content', item.summary ?? item.title, { type: 'text' }) : '';
  const parts: string[] = [
    textElement('id', atomEntryId(item.id)),
    textElement('title', item.title, { type: 'text' }),
    textElement('updated', updated.toISOString()),
    textElement('published', published?.toISOString()),
    item.url === undefined ? '' : emptyElement('link', { rel: 'alternate', type: 'text/html', href: item.url }),
    ...item.authors.map((a) => person(a)),
    ...item.categories.map((c) => emptyElement('category', { term: c })),
    textElement('summary', item.summary, { type: 'text' }),
    content,
    item.image === undefined ? '' : emptyElement('media:content', { url: item.image, medium: 'image' }),
  ];
  return `<entry>\n${parts.filter((p) => p !== '').join('\n')}\n</entry>`;
}

function person(p: { name: string; url?: string }): string {
  return `<author>${textElement('name', p.name)}${textElement('uri', p.url)}</author>`;
}

/**
 * The Atom id of an item: the id itself when it is an absolute IRI (a URL, a `urn:`/`tag:` URI),
 * else an RFC 4122 name-based (SHA-1, version 5) `urn:uuid` of it, so opaque ids stay stable and unique.
 */
export function atomEntryId(id: string): string {
  if (isAbsoluteIri(id)) return id;
  // version 5 UUIDs hash a namespace UUID with the name; ours is the URL namespace applied to a fixed prefix
  const hash = createHash('sha1').update(URL_NAMESPACE).update(`newsgraph:item:${id}`, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** RFC 4122 Appendix C: the URL namespace UUID 6ba7b811-9dad-11d1-80b4-00c04fd430c8, as bytes. */
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/** xml:lang takes a BCP 47 tag: `en_GB` (a POSIX locale) is written `en-GB`, anything else is dropped. */
function languageTag(language: string | undefined): string | undefined {
  const tag = language?.trim().replace(/_/g, '-');
  return tag && /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : undefined;
}
