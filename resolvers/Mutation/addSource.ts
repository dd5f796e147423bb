import type { MutationResolvers } from '../../src/generated/graphql.js';
import { userErrors } from '../user-errors.js';

export const addSource: MutationResolvers['addSource'] = async (_parent, { url, kind, fullArticles }, { services }) => {
  const settings = fullArticles === null || fullArticles === undefined ? {} : { fullArticles };
  // Through the source service when there is one, so the new feed goes on the polling schedule.
  const result = services.sources ? await services.sources.add(url, kind ?? 'FEED', settings) : await services.pipeline.addSource(url, kind ?? 'FEED', settings);
  return { source: result.source ?? null, created: result.created, errors: userErrors(result.errors) };
};
