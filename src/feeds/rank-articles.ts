import type { FeedDefinition } from '../domain/feed-definition.js';
import type { ArticleDoc } from '../storage/documents.js';

export interface RankContext {
  now: Date;
  /** Trend score per topic or person id (only rising ones). */
  trends: ReadonlyMap<string, number>;
}

/** Half-life of freshness in TRENDING: a day-old article counts half as much as a new one. */
const HALF_LIFE_HOURS = 24;

/**
 * Orders candidate articles by a feed's ranking. RELEVANCE: the text score; TRENDING: how much its
 * topics and people are rising, decayed by age; MOST_COVERED: number of sources. Weights multiply an
 * article's score for each weighted topic or person it has. Ties fall back to newest first, then id,
 * so pages are stable.
 */
export function rankArticles<T extends ArticleDoc & { textScore?: number }>(docs: readonly T[], definition: Pick<FeedDefinition, 'ranking' | 'weights'>, context: RankContext): T[] {
  const weights = new Map(definition.weights.map((w) => [w.id, w.weight]));
  const weightOf = (doc: ArticleDoc) => {
    let factor = 1;
    for (const id of [...doc.topicIds, ...doc.personIds, ...doc.authorIds]) factor *= weights.get(id) ?? 1;
    return factor;
  };
  const base = (doc: T): number => {
    switch (definition.ranking) {
      case 'RELEVANCE':
        return doc.textScore ?? 0;
      case 'MOST_COVERED':
        return doc.sourceIds.length;
      case 'TRENDING': {
        const rising = [...doc.topicIds, ...doc.personIds].reduce((sum, id) => sum + (context.trends.get(id) ?? 0), 0);
        const ageHours = Math.max(0, (context.now.getTime() - doc.sortDate.getTime()) / 3_600_000);
        return (1 + rising) * 0.5 ** (ageHours / HALF_LIFE_HOURS);
      }
      case 'NEWEST':
        return 0;
    }
  };
  const scored = docs.map((doc) => ({ doc, score: base(doc) * weightOf(doc) }));
  scored.sort((a, b) => b.score - a.score || b.doc.sortDate.getTime() - a.doc.sortDate.getTime() || (a.doc._id < b.doc._id ? 1 : -1));
  return scored.map((s) => s.doc);
}
