import type { QueryResolvers } from '../../src/generated/graphql.js';
import { decodeId, exactlyOne } from '../args.js';

export const person: QueryResolvers['person'] = (_parent, args, { loaders, services }) => {
  const which = exactlyOne(args.id, args.name, ['id', 'name']);
  if ('a' in which) return loaders.personById.load(decodeId(which.a, 'Person', 'id'));
  return services.reader.personByName(which.b);
};
