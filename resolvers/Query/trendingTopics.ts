import type { QueryResolvers } from '../../src/generated/graphql.js';
import { trendArgs, withEntities } from '../trend-args.js';

export const trendingTopics: QueryResolvers['trendingTopics'] = async (_parent, args, { loaders, services }) => {
  const { windowHours, baselineHours, first } = trendArgs(args);
  return withEntities(await services.feeds.trending('topicIds', windowHours, baselineHours, first), (ids) => loaders.topicById.loadMany(ids));
};
