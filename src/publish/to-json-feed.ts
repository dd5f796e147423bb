import { xmlSafe } from './xml-text.js';
import { feedUpdatedAt, type PublishedFeed, type PublishedItem, validDate } from './published-feed.js';

/**
 * JSON Feed 1.1 (jsonfeed.org/version/1.1). Every item must carry `content_html` or `content_text`:
 * items without a body get their summary (or nothing but an empty text) as `content_text`. 1.1 moved
 * `author` to `authors[]`; both levels use the array. JSON Feed has no feed-level date, so
 * `updatedAt` only checks that the caller gave one (readers use the newest item).
 */
export function toJsonFeed(feed: PublishedFeed): string {
  feedUpdatedAt(feed);
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.feedUrls.json,
    description: feed.description,
    language: feed.language,
    authors: feed.author ? [{ name: feed.author.name, url: feed.author.url }] : undefined,
    items: feed.items.map(jsonItem),
  };
  // JSON.stringify leaves undefined members out, so optional fields are absent rather than null; control
  // characters and lone surrogates (garbage from broken sources) are dropped as in the XML formats
  return `${JSON.stringify(document, (_key, value: unknown) => (typeof value === 'string' ? xmlSafe(value) : value), 2)}\n`;
}

function jsonItem(item: PublishedItem): Record<string, unknown> {
  return {
    id: item.id,
    url: item.url,
    title: item.title,
    summary: item.summary,
    content_html: item.contentHtml,
    content_text: item.contentHtml === undefined ? (item.summary ?? '') : undefined,
    image: item.image,
    date_published: validDate(item.publishedAt)?.toISOString(),
    date_modified: validDate(item.updatedAt)?.toISOString(),
    authors: item.authors.length > 0 ? item.authors.map((a) => ({ name: a.name })) : undefined,
    tags: item.categories.length > 0 ? item.categories : undefined,
  };
}
