import type { ArticleResolvers } from '../src/generated/graphql.js';
import { toGlobalId } from '../src/domain/global-id.js';
import { loadExisting } from '../src/loaders.js';
import { pageSize } from './args.js';

export const Article: ArticleResolvers = {
  id: (doc) => toGlobalId('Article', doc._id),
  authors: (doc, _args, { loaders }) => loadExisting(loaders.personById, doc.authorIds),
  people: (doc, _args, { loaders }) => loadExisting(loaders.personById, doc.personIds),
  topics: (doc, _args, { loaders }) => loadExisting(loaders.topicById, doc.topicIds),
  sources: (doc, _args, { loaders }) => loadExisting(loaders.sourceById, doc.sourceIds),
  source: (doc, _args, { loaders }) => (doc.sourceIds[0] ? loaders.sourceById.load(doc.sourceIds[0]) : null),
  related: async (doc, { first }, { loaders }) => (await loaders.relatedByArticleId.load(doc._id)).slice(0, pageSize(first)),
};
