import type { QueryResolvers } from '../../src/generated/graphql.js';
import { decodeId } from '../args.js';

export const feed: QueryResolvers['feed'] = (_parent, { id }, { loaders }) => loaders.feedById.load(decodeId(id, 'Feed', 'id'));
