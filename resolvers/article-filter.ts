import type { ArticleFilter } from '../src/generated/graphql.js';
import type { ArticleQuery } from '../src/storage/article-repository.js';
import { badInput, decodeIds } from './args.js';

/** GraphQL filter → storage query, with every argument checked and every id decoded. */
export function articleQuery(filter: ArticleFilter | null | undefined): ArticleQuery {
  if (!filter) return {};
  const query: ArticleQuery = {};
  const topicIds = decodeIds(filter.topicIds, 'Topic', 'filter.topicIds');
  const personIds = decodeIds(filter.personIds, 'Person', 'filter.personIds');
  const authorIds = decodeIds(filter.authorIds, 'Person', 'filter.authorIds');
  const sourceIds = decodeIds(filter.sourceIds, 'Source', 'filter.sourceIds');
  if (topicIds) query.topicIds = topicIds;
  if (personIds) query.personIds = personIds;
  if (authorIds) query.authorIds = authorIds;
  if (sourceIds) query.sourceIds = sourceIds;
  if (filter.publishedAfter) query.publishedAfter = filter.publishedAfter;
  if (filter.publishedBefore) query.publishedBefore = filter.publishedBefore;
  if (query.publishedAfter && query.publishedBefore && query.publishedAfter >= query.publishedBefore) {
    throw badInput('`filter.publishedAfter` must be earlier than `filter.publishedBefore`', 'filter.publishedAfter');
  }
  if (filter.text !== null && filter.text !== undefined) {
    const text = filter.text.trim();
    if (!text) throw badInput('`filter.text` must contain at least one word', 'filter.text');
    if (text.length > 500) throw badInput('`filter.text` is longer than 500 characters', 'filter.text');
    query.text = text;
  }
  if (filter.languages) {
    const bad = filter.languages.find((lang) => !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang));
    if (bad !== undefined) throw badInput(`\`filter.languages\`: "${bad}" is not a language tag like "en" or "en-GB"`, 'filter.languages');
    query.languages = filter.languages;
  }
  return query;
}
