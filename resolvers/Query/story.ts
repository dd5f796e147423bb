import type { QueryResolvers } from '../../src/generated/graphql.js';
import { decodeId } from '../args.js';
import { loadStory } from '../Story.js';

export const story: QueryResolvers['story'] = (_parent, args, { loaders }) => loadStory(loaders, decodeId(args.id, 'Story', 'id'));
