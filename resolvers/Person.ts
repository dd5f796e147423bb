import type { PersonResolvers } from '../src/generated/graphql.js';
import { toGlobalId } from '../src/domain/global-id.js';
import { pageSize } from './args.js';

export const Person: PersonResolvers = {
  id: (doc) => toGlobalId('Person', doc._id),
  aliases: (doc) => doc.aliases.filter((alias) => alias !== doc.name),
  hidden: (doc) => doc.hidden === true,
  quotes: (doc, { first, after }, { loaders, services }) => services.reader.quotesBySpeaker(loaders, doc._id, pageSize(first), after),
  roles: async (doc, { first }, { loaders }) => (await loaders.rolesByPersonId.load(doc._id)).slice(0, pageSize(first)),
  articles: (doc, { role, first, after }, { loaders, services }) => {
    const query = role === 'AUTHOR' ? { authorIds: [doc._id] } : role === 'MENTIONED' ? { mentionedIds: [doc._id] } : { personIds: [doc._id] };
    return services.reader.articles(loaders, query, 'PUBLISHED_AT_DESC', pageSize(first), after);
  },
};
