import type { ArticleDraft } from '../domain/article.js';
import { slugify } from '../domain/text-keys.js';
import { canonicalizeUrl } from './merge/canonical-url.js';
import { urlKey, type ArticleCandidate } from './article-candidate.js';

/**
 * An extracted page or text document → article candidate. Identified by its canonical URL; a text
 * document without one is identified by its source and headline (re-ingesting the same dump finds
 * the same article, an edited dump of the same story updates it).
 */
export function draftCandidate(draft: ArticleDraft, sourceId: string, documentUrl?: string): ArticleCandidate {
  const url = (draft.url && canonicalizeUrl(draft.url)) ?? (documentUrl ? canonicalizeUrl(documentUrl) : undefined);
  const keys = url ? [urlKey(url)] : [`title:${sourceId}:${slugify(draft.title)}`];
  return {
    keys,
    ...(url ? { url } : {}),
    sighting: documentUrl ? { url: documentUrl } : {},
    title: draft.title,
    ...(draft.summary ? { summary: draft.summary } : {}),
    ...(draft.bodyText ? { bodyText: draft.bodyText, bodyHtml: draft.bodyHtml } : {}),
    ...(draft.publishedAt ? { publishedAt: draft.publishedAt } : {}),
    ...(draft.updatedAt ? { updatedAt: draft.updatedAt } : {}),
    ...(draft.language ? { language: draft.language } : {}),
    authors: draft.authors.map((a) => a.name),
    people: [],
    quotes: [],
    topics: [
      ...draft.topics,
      ...(draft.section ? [{ name: draft.section, kind: 'SECTION' as const }] : []),
      ...draft.tags.map((name) => ({ name, kind: 'SUBJECT' as const })),
    ],
    images: draft.images,
    relatedLinks: draft.relatedLinks,
  };
}
