import type { QueryResolvers } from '../../src/generated/graphql.js';
import { pageSize } from '../args.js';

export const searchPeople: QueryResolvers['searchPeople'] = (_parent, { query, first }, { services }) => services.reader.searchPeople(query, pageSize(first));
