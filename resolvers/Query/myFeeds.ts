import { GraphQLError } from 'graphql';
import type { QueryResolvers } from '../../src/generated/graphql.js';
import { pageSize } from '../args.js';

export const myFeeds: QueryResolvers['myFeeds'] = (_parent, { first, after }, { caller, loaders, services }) => {
  if (!caller) throw new GraphQLError('`myFeeds` lists the feeds of the calling API key: send it as `Authorization: Bearer <key>`', { extensions: { code: 'UNAUTHENTICATED' } });
  return services.reader.feeds(loaders, caller, pageSize(first), after);
};
