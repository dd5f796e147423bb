import type { QueryResolvers } from '../../src/generated/graphql.js';
import { decodeId, exactlyOne } from '../args.js';

export const topic: QueryResolvers['topic'] = (_parent, args, { loaders, services }) => {
  const which = exactlyOne(args.id, args.slug, ['id', 'slug']);
  if ('a' in which) return loaders.topicById.load(decodeId(which.a, 'Topic', 'id'));
  return services.reader.topicBySlug(which.b);
};
