import type { DiscoveredFeedFormat, QueryResolvers } from '../../src/generated/graphql.js';
import { sourceService } from '../source-service.js';
import { userErrors } from '../user-errors.js';

export const discoverFeeds: QueryResolvers['discoverFeeds'] = async (_parent, { siteUrl }, { services }) => {
  const result = await sourceService(services).discover(siteUrl);
  return {
    feeds: result.feeds.map((feed) => ({ url: feed.url, title: feed.title ?? null, format: feed.format.toUpperCase() as DiscoveredFeedFormat, via: feed.via })),
    errors: userErrors(result.errors),
  };
};
