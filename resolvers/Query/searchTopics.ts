import type { QueryResolvers } from '../../src/generated/graphql.js';
import { pageSize } from '../args.js';

export const searchTopics: QueryResolvers['searchTopics'] = (_parent, { query, first }, { services }) => services.reader.searchTopics(query, pageSize(first));
