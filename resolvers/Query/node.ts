import type { QueryResolvers } from '../../src/generated/graphql.js';
import { loadNode } from '../node-loader.js';

export const node: QueryResolvers['node'] = (_parent, { id }, { loaders }) => loadNode(loaders, id);
