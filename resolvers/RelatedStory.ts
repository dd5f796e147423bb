import type { RelatedStoryResolvers } from '../src/generated/graphql.js';

export const RelatedStory: RelatedStoryResolvers = {
  article: (edge, _args, { loaders }) => (edge.toId ? loaders.articleById.load(edge.toId) : null),
  url: (edge) => edge.toUrl ?? null,
};
