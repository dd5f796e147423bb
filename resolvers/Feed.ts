import type { FeedResolvers } from '../src/generated/graphql.js';
import { toGlobalId } from '../src/domain/global-id.js';
import { pageSize } from './args.js';
import { encodeDefinition } from './feed-definition.js';
import { facetsModel } from './facets.js';

export const Feed: FeedResolvers = {
  id: (doc) => toGlobalId('Feed', doc._id),
  definition: (doc) => encodeDefinition(doc.definition),
  articles: (doc, { first, after }, { loaders, services }) => services.feeds.articles(loaders, doc.definition, pageSize(first), after),
  stories: (doc, { first, after }, { loaders, services }) => services.feeds.stories(loaders, doc.definition, pageSize(first), after),
  facets: async (doc, { first }, { services }) => facetsModel(await services.feeds.facets(doc.definition, pageSize(first))),
  publishedUrls: (doc, _args, { baseUrl }) => {
    const id = toGlobalId('Feed', doc._id);
    return { rss: `${baseUrl}/feeds/${id}.rss`, atom: `${baseUrl}/feeds/${id}.atom`, json: `${baseUrl}/feeds/${id}.json` };
  },
};
