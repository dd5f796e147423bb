import { feedUpdatedAt, GENERATOR, type PublishedFeed, type PublishedItem, validDate } from './published-feed.js';
import { attributeList, cdata, emptyElement, escapeHtml, textElement } from './xml-text.js';

const NAMESPACES = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:dcterms': 'http://purl.org/dc/terms/',
  'xmlns:media': 'http://search.yahoo.com/mrss/',
};

/** Text that readers would take for markup: a tag start or an entity reference. */
const LOOKS_LIKE_MARKUP = /<[a-zA-Z!/?]|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/;

/**
 * RSS 2.0 (rssboard.org spec and Best Practices Profile). Choices the spec leaves open or gets wrong:
 * - `description` is HTML by definition, so plain-text summaries are HTML-escaped (then XML-escaped);
 *   titles are plain text, HTML-escaped only when they would otherwise read as markup.
 * - `<author>` must be an email address, which we do not have: authors are `dc:creator`s.
 * - `guid isPermaLink="true"` only when the id is the item's own http(s) URL.
 * - dates are RFC 822 with a 4-digit year (`Thu, 04 May 2023 09:24:00 GMT`), so sub-seconds are lost;
 *   RSS has no "updated" for items, so `dcterms:modified` (W3C-DTF) carries it.
 * - the body goes in `content:encoded` as CDATA; the lead image in `media:content medium="image"`.
 */
export function toRss(feed: PublishedFeed): string {
  const updated = feedUpdatedAt(feed);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss version="2.0"${attributeList(NAMESPACES)}>`,
    '<channel>',
    textElement('title', rssTitle(feed.title)),
    textElement('link', feed.homeUrl),
    // required by RSS 2.0: fall back to the title rather than leave it out
    textElement('description', feed.description ?? feed.title),
    emptyElement('atom:link', { href: feed.feedUrls.rss, rel: 'self', type: 'application/rss+xml' }),
    textElement('language', feed.language),
    textElement('lastBuildDate', rfc822(updated)),
    textElement('generator', GENERATOR),
    textElement('docs', 'https://www.rssboard.org/rss-specification'),
  ];
  for (const item of feed.items) out.push(rssItem(item));
  out.push('</channel>', '</rss>', '');
  return out.filter((line) => line !== '').join('\n') + '\n';
}

function rssItem(item: PublishedItem): string {
  const published = validDate(item.publishedAt);
  const updated = validDate(item.updatedAt);
  const parts: string[] = [
    textElement('title', rssTitle(item.title)),
    textElement('link', item.url),
    textElement('description', item.summary === undefined ? undefined : escapeHtml(item.summary)),
    item.contentHtml === undefined ? '' : `<content:encoded>${cdata(item.contentHtml)}</content:encoded>`,
    ...item.authors.map((a) => textElement('dc:creator', a.name)),
    ...item.categories.map((c) => textElement('category', c)),
    textElement('guid', item.id, { isPermaLink: isPermalink(item) ? 'true' : 'false' }),
    textElement('pubDate', published && rfc822(published)),
    textElement('dcterms:modified', updated?.toISOString()),
    item.image === undefined ? '' : emptyElement('media:content', { url: item.image, medium: 'image' }),
  ];
  return `<item>\n${parts.filter((p) => p !== '').join('\n')}\n</item>`;
}

/** Plain-text titles, escaped as HTML only when readers would otherwise take them for markup. */
function rssTitle(title: string): string {
  return LOOKS_LIKE_MARKUP.test(title) ? escapeHtml(title) : title;
}

/** A guid is a permalink when readers may open it: the item's own http(s) URL. */
function isPermalink(item: PublishedItem): boolean {
  return item.url !== undefined && item.id === item.url && /^https?:\/\//i.test(item.id);
}

/** RFC 822 as RFC 1123 amends it (4-digit year), in GMT: exactly what `toUTCString` writes. */
export function rfc822(date: Date): string {
  return date.toUTCString();
}
