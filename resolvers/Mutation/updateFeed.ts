import type { MutationResolvers } from '../../src/generated/graphql.js';
import { decodeId } from '../args.js';
import { decodeDefinition, problemErrors } from '../feed-definition.js';

export const updateFeed: MutationResolvers['updateFeed'] = async (_parent, { id, name, definition }, { caller, services }) => {
  const result = await services.feeds.update(caller as string, decodeId(id, 'Feed', 'id'), {
    ...(name !== null && name !== undefined ? { name } : {}),
    ...(definition ? { definition: decodeDefinition(definition) } : {}),
  });
  return { feed: result.feed ?? null, errors: problemErrors(result.problems) };
};
