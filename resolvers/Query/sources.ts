import type { QueryResolvers } from '../../src/generated/graphql.js';
import { pageSize } from '../args.js';

export const sources: QueryResolvers['sources'] = (_parent, args, { loaders, services }) =>
  services.reader.sources(loaders, args.kind ?? undefined, pageSize(args.first), args.after);
