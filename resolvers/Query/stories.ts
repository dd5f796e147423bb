import type { QueryResolvers } from '../../src/generated/graphql.js';
import { badInput, decodeIds, pageSize } from '../args.js';

export const stories: QueryResolvers['stories'] = (_parent, { filter, first, after }, { loaders, services }) => {
  const minArticles = filter?.minArticles ?? undefined;
  if (minArticles !== undefined && (!Number.isInteger(minArticles) || minArticles < 1)) throw badInput(`\`filter.minArticles\` must be a positive integer, got ${minArticles}`, 'filter.minArticles');
  const personIds = decodeIds(filter?.personIds, 'Person', 'filter.personIds');
  const topicIds = decodeIds(filter?.topicIds, 'Topic', 'filter.topicIds');
  const sourceIds = decodeIds(filter?.sourceIds, 'Source', 'filter.sourceIds');
  return services.reader.stories(
    loaders,
    {
      ...(personIds ? { personIds } : {}),
      ...(topicIds ? { topicIds } : {}),
      ...(sourceIds ? { sourceIds } : {}),
      ...(filter?.seenAfter ? { seenAfter: filter.seenAfter } : {}),
      ...(filter?.seenBefore ? { seenBefore: filter.seenBefore } : {}),
      ...(minArticles ? { minArticles } : {}),
    },
    pageSize(first),
    after,
  );
};
