import type { QueryResolvers } from '../../src/generated/graphql.js';
import { badInput, MAX_PAGE_SIZE } from '../args.js';
import { loadNode } from '../node-loader.js';

export const nodes: QueryResolvers['nodes'] = (_parent, { ids }, { loaders }) => {
  if (ids.length > MAX_PAGE_SIZE) throw badInput(`\`ids\` accepts at most ${MAX_PAGE_SIZE} ids, got ${ids.length}`, 'ids');
  return Promise.all(ids.map((id) => loadNode(loaders, id)));
};
