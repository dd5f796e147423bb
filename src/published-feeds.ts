import type http from 'node:http';
import { fromGlobalId, toGlobalId } from './domain/global-id.js';
import type { FeedService } from './feeds/feed-service.js';
import { createLoaders, loadVisible } from './loaders.js';
import { feedEtag, httpDate, isNotModified, toAtom, toJsonFeed, toRss, type PublishedFeed } from './publish/index.js';
import type { Repositories } from './storage/repositories.js';

/** Items per published feed: what feed readers poll, not an archive. */
export const PUBLISHED_ITEMS = 50;

const FORMATS = {
  rss: { type: 'application/rss+xml; charset=utf-8', write: toRss },
  atom: { type: 'application/atom+xml; charset=utf-8', write: toAtom },
  json: { type: 'application/feed+json; charset=utf-8', write: toJsonFeed },
} as const;

export interface PublishedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * `/feeds/<id>.rss|.atom|.json`: a custom feed for feed readers, with a strong ETag and
 * Last-Modified so polling readers get 304s. Readable without an API key: the feed id is random.
 */
export async function publishedFeed(
  path: string,
  requestHeaders: http.IncomingHttpHeaders,
  baseUrl: string,
  deps: { repos: Repositories; feeds: FeedService },
): Promise<PublishedResponse | undefined> {
  const match = /^\/feeds\/([A-Za-z0-9_-]{1,200})\.(rss|atom|json)$/.exec(path);
  if (!match) return undefined;
  const [, globalId = '', extension = 'rss'] = match;
  const format = FORMATS[extension as keyof typeof FORMATS];
  const decoded = fromGlobalId(globalId);
  const [feed] = decoded?.type === 'Feed' ? await deps.repos.feeds.findByIds([decoded.id]) : [null];
  if (!feed) return { status: 404, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ error: `no feed has the id ${globalId}` }) };

  const loaders = createLoaders(deps.repos);
  const connection = await deps.feeds.articles(loaders, feed.definition, PUBLISHED_ITEMS, null);
  const articles = connection.edges.map((edge) => edge.node);
  const [authorLists, topicLists] = await Promise.all([
    Promise.all(articles.map((a) => loadVisible(loaders.personById, a.authorIds))),
    Promise.all(articles.map((a) => loadVisible(loaders.topicById, a.topicIds))),
  ]);
  const lastChange = Math.max(feed.updatedAt.getTime(), ...articles.map((a) => a.lastChangedAt.getTime()));
  const urls = { rss: `${baseUrl}/feeds/${globalId}.rss`, atom: `${baseUrl}/feeds/${globalId}.atom`, json: `${baseUrl}/feeds/${globalId}.json` };
  const published: PublishedFeed = {
    id: urls.atom,
    title: feed.name,
    description: `Custom feed "${feed.name}" from Newsgraph`,
    homeUrl: `${baseUrl}/graphql`,
    feedUrls: urls,
    updatedAt: new Date(lastChange),
    items: articles.map((article, i) => ({
      id: article.url ?? `urn:newsgraph:article:${toGlobalId('Article', article._id)}`,
      ...(article.url ? { url: article.url } : {}),
      title: article.title,
      ...(article.summary ? { summary: article.summary } : {}),
      ...(article.bodyHtml ? { contentHtml: article.bodyHtml } : {}),
      ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
      updatedAt: article.lastChangedAt,
      authors: (authorLists[i] ?? []).map((p) => ({ name: p.name })),
      categories: (topicLists[i] ?? []).map((t) => t.name),
      ...(article.images[0]?.url ? { image: article.images[0].url } : {}),
    })),
  };
  const body = format.write(published);
  const etag = feedEtag(body);
  const lastModified = new Date(lastChange);
  const headers = { etag, 'last-modified': httpDate(lastModified), 'cache-control': 'public, max-age=300' };
  const conditional = { 'if-none-match': single(requestHeaders['if-none-match']), 'if-modified-since': single(requestHeaders['if-modified-since']) };
  if (isNotModified(stripUndefined(conditional), etag, lastModified)) return { status: 304, headers, body: '' };
  return { status: 200, headers: { ...headers, 'content-type': format.type }, body };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

function stripUndefined<T extends Record<string, string | undefined>>(record: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: string };
}
