import type { MentionDoc } from '../storage/documents.js';
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
  /** People mentioned, most salient first. */
  people: CandidatePerson[];
  /** Direct speech with its speaker (a person's key, or an organization's topic key). */
  quotes: CandidateQuote[];
  topics: { name: string; kind: TopicKind }[];
  images: { url?: string; caption?: string; credit?: string }[];
  /** Links to other stories ("Read more"). */
  relatedLinks: { title: string; url?: string }[];
}

export type MentionZone = 'TITLE' | 'LEAD' | 'BODY' | 'CAPTION';

export interface CandidatePerson {
  name: string;
  /** Identity key (transliteration- and case-insensitive). */
  key: string;
  /** Other forms of the name met in the text. */
  aliases: string[];
  /** Roles and descriptions the text gives ("Ukrainian President"). */
  roles: string[];
  /** Where the person is mentioned, one entry per mention. */
  zones: MentionZone[];
  /** 0–1, relative to the article's most salient person. */
  salience: number;
}

export interface CandidateQuote {
  text: string;
  speaker: string;
  speakerKind: 'PERSON' | 'ORGANIZATION';
  speakerKey: string;
}

/** Candidate with its people, topics and source resolved to graph ids. */
export interface ResolvedCandidate extends ArticleCandidate {
  authorIds: string[];
  /** People mentioned, resolved, most salient first. */
  mentions: MentionDoc[];
  topicIds: string[];
}

export function urlKey(canonicalUrl: string): string {
  return `url:${canonicalUrl}`;
}

/** GUIDs are only unique within one feed, so the key carries the source. */
export function guidKey(sourceId: string, guid: string): string {
  return `guid:${sourceId}:${guid}`;
}
