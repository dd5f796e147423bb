import type { QueryResolvers } from '../../src/generated/graphql.js';
import { articleQuery } from '../article-filter.js';
import { pageSize } from '../args.js';
import { facetsModel } from '../facets.js';

export const articleFacets: QueryResolvers['articleFacets'] = async (_parent, { filter, first }, { services }) =>
  facetsModel(await services.feeds.facetsOf(articleQuery(filter), pageSize(first)));
