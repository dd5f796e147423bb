/** What extraction makes of an article page or a text document, before it is merged into the graph. */

export type TopicKind = 'SUBJECT' | 'PLACE' | 'ORGANIZATION' | 'SECTION' | 'EVENT' | 'OTHER';

export interface DraftImage {
  url?: string;
  caption?: string;
  credit?: string;
}

export interface DraftLink {
  title: string;
  url?: string;
}

export interface DraftTopic {
  name: string;
  kind: TopicKind;
}

export interface DraftPerson {
  name: string;
  /** How many times the person is mentioned. */
  mentions: number;
}

export interface DraftQuote {
  speaker: string;
  text: string;
}

export interface ArticleDraft {
  title: string;
  /** Canonical URL when known (rel=canonical, og:url, the fetched URL or --url). */
  url?: string;
  publishedAt?: Date;
  updatedAt?: Date;
  /** BCP 47 language tag, e.g. `en` or `en-GB`. */
  language?: string;
  siteName?: string;
  section?: string;
  authors: { name: string }[];
  summary?: string;
  bodyText: string;
  /** Sanitized HTML of the body. */
  bodyHtml: string;
  images: DraftImage[];
  /** Links inside the article to other stories ("Read more", "Related"): RelatedStory candidates of kind LINKED. */
  relatedLinks: DraftLink[];
  /** Other headlines of the same site (page furniture), kept apart from the article. */
  siteLinks: DraftLink[];
  /** The site's own tags/keywords for this article. */
  tags: string[];
  topics: DraftTopic[];
  people: DraftPerson[];
  quotes: DraftQuote[];
  warnings: string[];
}
