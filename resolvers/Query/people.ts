import type { QueryResolvers } from '../../src/generated/graphql.js';
import { pageSize } from '../args.js';

export const people: QueryResolvers['people'] = (_parent, args, { loaders, services }) =>
  services.reader.people(loaders, args.nameStartsWith ?? undefined, pageSize(args.first), args.after);
