import type { SubscriptionResolvers } from '../src/generated/graphql.js';
import { decodeId } from './args.js';

export const Subscription: SubscriptionResolvers = {
  feedUpdated: {
    subscribe: (_parent, { feedId }, { services }) => services.live.feedUpdates(decodeId(feedId, 'Feed', 'feedId')),
    resolve: (update: unknown) => update as never,
  },
};
