import type { QueryResolvers } from '../../src/generated/graphql.js';
import { pageSize } from '../args.js';

export const topics: QueryResolvers['topics'] = (_parent, args, { loaders, services }) =>
  services.reader.topics(loaders, args.kind ?? undefined, pageSize(args.first), args.after);
