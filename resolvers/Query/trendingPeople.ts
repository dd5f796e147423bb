import type { QueryResolvers } from '../../src/generated/graphql.js';
import { trendArgs, withEntities } from '../trend-args.js';

export const trendingPeople: QueryResolvers['trendingPeople'] = async (_parent, args, { loaders, services }) => {
  const { windowHours, baselineHours, first } = trendArgs(args);
  return withEntities(await services.feeds.trending('personIds', windowHours, baselineHours, first), (ids) => loaders.personById.loadMany(ids));
};
