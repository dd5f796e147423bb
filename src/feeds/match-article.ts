import { windowBounds, type EntitySet, type FeedDefinition } from '../domain/feed-definition.js';
import type { ArticleDoc } from '../storage/documents.js';
import { queryTerms } from './highlight.js';

function matchesSet(ids: readonly string[], set: EntitySet): boolean {
  const have = new Set(ids);
  if (set.any.length > 0 && !set.any.some((id) => have.has(id))) return false;
  if (!set.all.every((id) => have.has(id))) return false;
  return !set.none.some((id) => have.has(id));
}

/**
 * Whether one article belongs to a feed, decided in memory (for live updates, where a query per event
 * per subscriber would not scale). Text matching requires every query word as a word prefix in the
 * title, summary or body: close to the full-text index's behaviour, without its stemming.
 */
export function matchesDefinition(article: ArticleDoc, definition: FeedDefinition, now: Date): boolean {
  if (!matchesSet(article.topicIds, definition.topics)) return false;
  if (!matchesSet([...article.personIds, ...article.authorIds], definition.people)) return false;
  if (!matchesSet(article.sourceIds, definition.sources)) return false;
  if (!matchesSet(article.storyId ? [article.storyId] : [], definition.stories)) return false;
  const { after, before } = windowBounds(definition.window, now);
  if (after && article.sortDate < after) return false;
  if (before && article.sortDate >= before) return false;
  if (definition.minSources && article.sourceIds.length < definition.minSources) return false;
  if (definition.languages.length > 0) {
    const language = article.language?.toLowerCase() ?? '';
    if (!definition.languages.some((lang) => language === lang.toLowerCase() || language.startsWith(`${lang.toLowerCase()}-`))) return false;
  }
  if (definition.text) {
    const haystack = ` ${[article.title, article.summary ?? '', article.bodyText ?? ''].join(' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')}`;
    if (!queryTerms(definition.text).every((term) => haystack.includes(` ${term}`))) return false;
  }
  return true;
}
