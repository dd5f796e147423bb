import type { ArticleDraft } from '../domain/article.js';
import { enrichArticle } from './enrich/enrich-article.js';

/** Fills a draft's people, places/organizations and quotes from its own text (for `extract`, no graph needed). */
export function enrichDraft(draft: ArticleDraft): ArticleDraft {
  const enrichment = enrichArticle({
    title: draft.title,
    ...(draft.summary ? { summary: draft.summary } : {}),
    bodyText: draft.bodyText,
    captions: draft.images.map((image) => image.caption).filter((caption): caption is string => Boolean(caption)),
    authors: draft.authors.map((author) => author.name),
  });
  return {
    ...draft,
    people: enrichment.people.map((person) => ({ name: person.name, mentions: person.mentions.length })),
    topics: [...draft.topics, ...enrichment.topics.map((topic) => ({ name: topic.name, kind: topic.kind }))],
    quotes: enrichment.quotes.map((quote) => ({ speaker: quote.speaker, text: quote.text })),
  };
}
