import type { ArticleVersionResolvers, StoryConnectionResolvers, StoryResolvers } from '../src/generated/graphql.js';
import { toGlobalId } from '../src/domain/global-id.js';
import { loadExisting, loadVisible } from '../src/loaders.js';
import { pageSize } from './args.js';

export { loadStory } from '../src/loaders.js';


export const Story: StoryResolvers = {
  id: (doc) => toGlobalId('Story', doc._id),
  articleCount: (doc) => doc.size,
  articles: (doc, { first, after }, { loaders, services }) => services.reader.articles(loaders, { storyId: doc._id }, 'PUBLISHED_AT_DESC', pageSize(first), after),
  sources: (doc, _args, { loaders }) => loadExisting(loaders.sourceById, doc.sourceIds),
  people: async (doc, { first }, { loaders }) => (await loadVisible(loaders.personById, doc.personIds)).slice(0, pageSize(first)),
  topics: async (doc, { first }, { loaders }) => (await loadVisible(loaders.topicById, doc.topicIds)).slice(0, pageSize(first)),
};

export const StoryConnection: StoryConnectionResolvers = {
  nodes: (connection) => connection.edges.map((edge) => edge.node),
  totalCount: (connection) => connection.totalCount(),
};

export const ArticleVersion: ArticleVersionResolvers = {
  source: (version, _args, { loaders }) => loaders.sourceById.load(version.sourceId),
};
