import type { MutationResolvers } from '../../src/generated/graphql.js';
import { userErrors } from '../user-errors.js';

export const addSource: MutationResolvers['addSource'] = async (_parent, { url, kind, fullArticles }, { services }) => {
  const result = await services.pipeline.addSource(url, kind ?? 'FEED', fullArticles === null || fullArticles === undefined ? {} : { fullArticles });
  return { source: result.source ?? null, created: result.created, errors: userErrors(result.errors) };
};
