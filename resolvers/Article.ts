import type { ArticleResolvers } from '../src/generated/graphql.js';
import { toGlobalId } from '../src/domain/global-id.js';
import { loadExisting, loadVisible } from '../src/loaders.js';
import { pageSize } from './args.js';
import { loadStory } from './Story.js';


export const Article: ArticleResolvers = {
  id: (doc) => toGlobalId('Article', doc._id),
  authors: (doc, _args, { loaders }) => loadVisible(loaders.personById, doc.authorIds),
  people: (doc, _args, { loaders }) => loadVisible(loaders.personById, doc.personIds),
  topics: (doc, _args, { loaders }) => loadVisible(loaders.topicById, doc.topicIds),
  mentions: async (doc, _args, { loaders }) => {
    const people = await loaders.personById.loadMany(doc.mentions.map((m) => m.personId));
    return doc.mentions.filter((_m, i) => {
      const person = people[i];
      return person && !(person instanceof Error) && !person.hidden;
    });
  },
  quotes: (doc, _args, { loaders }) => loaders.quotesByArticleId.load(doc._id),
  sources: (doc, _args, { loaders }) => loadExisting(loaders.sourceById, doc.sourceIds),
  source: (doc, _args, { loaders }) => (doc.sourceIds[0] ? loaders.sourceById.load(doc.sourceIds[0]) : null),
  related: async (doc, { first }, { loaders }) => (await loaders.relatedByArticleId.load(doc._id)).slice(0, pageSize(first)),
  story: (doc, _args, { loaders }) => (doc.storyId ? loadStory(loaders, doc.storyId) : null),
  versions: (doc, { first }) => [...(doc.versions ?? [])].reverse().slice(0, pageSize(first)),
};
