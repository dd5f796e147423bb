import type { MutationResolvers } from '../../src/generated/graphql.js';
import { decodeId } from '../args.js';

export const deleteFeed: MutationResolvers['deleteFeed'] = async (_parent, { id }, { caller, services }) => {
  const deleted = await services.feeds.delete(caller as string, decodeId(id, 'Feed', 'id'));
  return { feed: null, errors: deleted ? [] : [{ code: 'NOT_FOUND', message: 'no feed of yours has this id', field: 'id' }] };
};
