import type { NodeResolvers } from '../src/generated/graphql.js';
import type { NodeModel } from './node-loader.js';

/** `node(id:)` tags what it loads (documents do not carry their type), so the type is read back here. */
export const Node: NodeResolvers = {
  __resolveType: (model) => (model as unknown as NodeModel).__typename,
};
