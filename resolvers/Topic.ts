import type { TopicResolvers } from '../src/generated/graphql.js';
import { toGlobalId } from '../src/domain/global-id.js';
import { pageSize } from './args.js';

export const Topic: TopicResolvers = {
  id: (doc) => toGlobalId('Topic', doc._id),
  aliases: (doc) => doc.aliases.filter((alias) => alias !== doc.name),
  hidden: (doc) => doc.hidden === true,
  quotes: (doc, { first, after }, { loaders, services }) => services.reader.quotesBySpeaker(loaders, doc._id, pageSize(first), after),
  articles: (doc, { first, after }, { loaders, services }) =>
    services.reader.articles(loaders, { topicIds: [doc._id] }, 'PUBLISHED_AT_DESC', pageSize(first), after),
};
