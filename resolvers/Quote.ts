import type { QuoteResolvers } from '../src/generated/graphql.js';
import { toGlobalId } from '../src/domain/global-id.js';

export const Quote: QuoteResolvers = {
  id: (doc) => toGlobalId('Quote', doc._id),
  speaker: async (doc, _args, { loaders }) => {
    if (doc.speakerKind === 'PERSON') {
      const person = await loaders.personById.load(doc.speakerId);
      return person && !person.hidden ? { ...person, __typename: 'Person' as const } : null;
    }
    const topic = await loaders.topicById.load(doc.speakerId);
    return topic && !topic.hidden ? { ...topic, __typename: 'Topic' as const } : null;
  },
  article: async (doc, _args, { loaders }) => {
    const article = await loaders.articleById.load(doc.articleId);
    if (!article) throw new Error(`quote ${doc._id} points at missing article ${doc.articleId}`);
    return article;
  },
};
