import type { QueryResolvers } from '../../src/generated/graphql.js';
import { articleQuery } from '../article-filter.js';
import { badInput, pageSize } from '../args.js';

export const search: QueryResolvers['search'] = (_parent, { query, filter, first, after }, { loaders, services }) => {
  const text = query.trim();
  if (!text) throw badInput('`query` must contain at least one word', 'query');
  if (text.length > 500) throw badInput('`query` is longer than 500 characters', 'query');
  return services.feeds.search(loaders, { ...articleQuery(filter), text }, pageSize(first), after);
};
