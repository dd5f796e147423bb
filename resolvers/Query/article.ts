import type { QueryResolvers } from '../../src/generated/graphql.js';
import { decodeId, exactlyOne } from '../args.js';

export const article: QueryResolvers['article'] = async (_parent, args, { loaders, services }) => {
  const which = exactlyOne(args.id, args.url, ['id', 'url']);
  if ('a' in which) return loaders.articleById.load(decodeId(which.a, 'Article', 'id'));
  return services.reader.articleByUrl(which.b);
};
