import type { QueryResolvers } from '../../src/generated/graphql.js';
import { articleQuery } from '../article-filter.js';
import { pageSize } from '../args.js';

export const articles: QueryResolvers['articles'] = (_parent, args, { loaders, services }) =>
  services.reader.articles(loaders, articleQuery(args.filter), args.orderBy ?? 'PUBLISHED_AT_DESC', pageSize(args.first), args.after);
