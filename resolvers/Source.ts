import type { SourceResolvers } from '../src/generated/graphql.js';
import { toGlobalId } from '../src/domain/global-id.js';
import type { TopicDoc } from '../src/storage/documents.js';
import { pageSize } from './args.js';

export const Source: SourceResolvers = {
  id: (doc) => toGlobalId('Source', doc._id),
  lastFetch: (doc) => doc.lastFetch ?? null,
  fullArticles: (doc) => doc.fullArticles === true,
  headlines: (doc, { first }) => (doc.headlines ?? []).slice(0, pageSize(first)),
  health: (doc) => doc,
  categories: (doc) => doc.categories ?? [],
  topics: async (doc, _args, { loaders }) =>
    (await loaders.topicById.loadMany(doc.topicIds ?? [])).filter((t): t is TopicDoc => t !== null && !(t instanceof Error) && t.hidden !== true),
  articles: (doc, { first, after }, { loaders, services }) =>
    services.reader.articles(loaders, { sourceIds: [doc._id] }, 'PUBLISHED_AT_DESC', pageSize(first), after),
};
