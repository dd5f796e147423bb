import type { FeedItem, NormalizedFeed } from '../domain/feed.js';
import { slugify } from '../domain/text-keys.js';
import { canonicalizeUrl } from './merge/canonical-url.js';
import { htmlToText } from './sanitize.js';
import { guidKey, urlKey, type ArticleCandidate } from './article-candidate.js';

export interface FeedCandidates {
  candidates: ArticleCandidate[];
  /** Items that could not become articles, with the reason. */
  skipped: { index: number; reason: string }[];
}

/**
 * Feed items → article candidates. An item is identified by its canonical link and by its guid
 * within this source; an item with neither, or with nothing to show (no title, summary or content),
 * cannot be an article and is reported as skipped rather than stored under an invented identity.
 */
export function feedCandidates(feed: NormalizedFeed, sourceId: string): FeedCandidates {
  const candidates: ArticleCandidate[] = [];
  const skipped: FeedCandidates['skipped'] = [];
  feed.items.forEach((item, index) => {
    const candidate = itemCandidate(item, feed, sourceId);
    if (typeof candidate === 'string') skipped.push({ index, reason: candidate });
    else candidates.push(candidate);
  });
  return { candidates, skipped };
}

function itemCandidate(item: FeedItem, feed: NormalizedFeed, sourceId: string): ArticleCandidate | string {
  const url = item.url ? canonicalizeUrl(item.url) : undefined;
  const guid = item.id?.trim() || undefined;
  const keys = [...(url ? [urlKey(url)] : []), ...(guid ? [guidKey(sourceId, guid)] : [])];
  const guidUrl = guid ? canonicalizeUrl(guid) : undefined;
  if (!url && guidUrl) keys.unshift(urlKey(guidUrl));
  if (keys.length === 0) return `item ${describe(item)} has neither a link nor an id`;
  const bodyText = item.contentHtml ? htmlToText(item.contentHtml) || undefined : undefined;
  const summary = item.summary?.trim() || (bodyText ? firstParagraph(bodyText) : undefined);
  const title = item.title?.trim() || (summary ? headlineFrom(summary) : undefined);
  if (!title) return `item ${describe(item)} has no title, summary or content`;
  const authors = (item.authors.length > 0 ? item.authors : feed.authors).map((a) => a.name.trim()).filter(Boolean);
  return {
    keys,
    ...(url ?? guidUrl ? { url: url ?? guidUrl } : {}),
    sighting: { ...(item.url ? { url: item.url } : {}), ...(guid ? { guid } : {}) },
    title,
    ...(summary ? { summary } : {}),
    ...(bodyText ? { bodyText, bodyHtml: item.contentHtml } : {}),
    ...(item.publishedAt ? { publishedAt: item.publishedAt } : item.updatedAt ? { publishedAt: item.updatedAt } : {}),
    ...(item.updatedAt ? { updatedAt: item.updatedAt } : {}),
    ...((item.language ?? feed.language) ? { language: item.language ?? feed.language } : {}),
    authors: [...new Set(authors)],
    people: [],
    quotes: [],
    topics: uniqueTopics(item.categories),
    images: [
      ...(item.image ? [{ url: item.image.url, ...(item.image.title ? { caption: item.image.title } : {}) }] : []),
      ...item.enclosures.filter((e) => e.type?.startsWith('image/')).map((e) => ({ url: e.url })),
    ],
    relatedLinks: [],
  };
}

function uniqueTopics(categories: readonly string[]): ArticleCandidate['topics'] {
  const seen = new Set<string>();
  const topics: ArticleCandidate['topics'] = [];
  for (const raw of categories) {
    const name = raw.trim();
    const slug = slugify(name);
    if (!slug || seen.has(slug)) continue;
    seen.add(slug);
    topics.push({ name, kind: 'SUBJECT' });
  }
  return topics;
}

function firstParagraph(text: string): string {
  return (text.split(/\n{2,}/)[0] ?? text).slice(0, 600);
}

/** A title for an untitled item (allowed in RSS 2.0): its summary's first sentence, cut at a word. */
function headlineFrom(summary: string): string {
  const sentence = /^(.{20,}?[.!?])(\s|$)/.exec(summary)?.[1] ?? summary;
  if (sentence.length <= 120) return sentence;
  return `${sentence.slice(0, 117).replace(/\s+\S*$/, '')}…`;
}

function describe(item: FeedItem): string {
  return item.title ? `"${item.title.slice(0, 60)}"` : item.id ? `with id ${item.id}` : '(untitled)';
}
