import type { ArticleCandidate } from './article-candidate.js';
import { enrichArticle } from './enrich/enrich-article.js';

/**
 * Adds the people, places, organizations and quotes found in a candidate's own text. The outlet's
 * categories and tags stay first among the topics: they are the outlet's own judgement of the subject.
 */
export function enrichCandidate(candidate: ArticleCandidate, captions: readonly string[] = []): ArticleCandidate {
  const enrichment = enrichArticle({
    title: candidate.title,
    ...(candidate.summary ? { summary: candidate.summary } : {}),
    bodyText: candidate.bodyText ?? '',
    captions: [...captions],
    authors: candidate.authors,
  });
  return {
    ...candidate,
    people: enrichment.people.map((p) => ({
      name: p.name,
      key: p.key,
      aliases: p.aliases,
      roles: p.roles,
      zones: p.mentions.map((m) => m.zone),
      salience: p.salience,
    })),
    topics: [...candidate.topics, ...enrichment.topics.map((t) => ({ name: t.name, kind: t.kind }))],
    quotes: enrichment.quotes.map((q) => ({ text: q.text, speaker: q.speaker, speakerKind: q.speakerKind, speakerKey: q.speakerKey })),
  };
}
