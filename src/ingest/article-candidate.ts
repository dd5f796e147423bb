import type { TopicKind } from '../domain/article.js';

/** One article as read from one document, before it meets the graph. */
export interface ArticleCandidate {
  /** Identity keys, strongest first: `url:<canonical URL>`, then `guid:<source id>:<guid>`. Never empty. */
  keys: string[];
  /** Canonical URL. */
  url?: string;
  /** How this source named the article. */
  sighting: { url?: string; guid?: string };
  title: string;
  summary?: string;
  bodyText?: string;
  bodyHtml?: string;
  publishedAt?: Date;
  updatedAt?: Date;
  language?: string;
  /** Author names in byline order. */
  authors: string[];
  /** People mentioned, most salient first, with the other forms of their name met in the text. */
  people: { name: string; key?: string; aliases: string[] }[];
  topics: { name: string; kind: TopicKind }[];
  images: { url?: string; caption?: string; credit?: string }[];
  /** Links to other stories ("Read more"). */
  relatedLinks: { title: string; url?: string }[];
}

/** Candidate with its people, topics and source resolved to graph ids. */
export interface ResolvedCandidate extends ArticleCandidate {
  authorIds: string[];
  personIds: string[];
  topicIds: string[];
}

export function urlKey(canonicalUrl: string): string {
  return `url:${canonicalUrl}`;
}

/** GUIDs are only unique within one feed, so the key carries the source. */
export function guidKey(sourceId: string, guid: string): string {
  return `guid:${sourceId}:${guid}`;
}
