import type { MutationResolvers } from '../../src/generated/graphql.js';
import { decodeDefinition, problemErrors } from '../feed-definition.js';

export const createFeed: MutationResolvers['createFeed'] = async (_parent, { name, definition }, { caller, services }) => {
  const result = await services.feeds.create(caller as string, name, decodeDefinition(definition));
  return { feed: result.feed ?? null, errors: problemErrors(result.problems) };
};
