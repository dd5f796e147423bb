import type { ArticleConnectionResolvers, FeedConnectionResolvers, SearchConnectionResolvers, PersonConnectionResolvers, QuoteConnectionResolvers, SourceConnectionResolvers, TopicConnectionResolvers } from '../src/generated/graphql.js';

/** `nodes` and a `totalCount` that runs its count only when selected. */
const shared = {
  nodes: <T>(connection: { edges: { node: T }[] }) => connection.edges.map((edge) => edge.node),
  totalCount: (connection: { totalCount: () => Promise<number> }) => connection.totalCount(),
};

export const ArticleConnection: ArticleConnectionResolvers = shared;
export const PersonConnection: PersonConnectionResolvers = shared;
export const TopicConnection: TopicConnectionResolvers = shared;
export const SourceConnection: SourceConnectionResolvers = shared;
export const QuoteConnection: QuoteConnectionResolvers = shared;
export const FeedConnection: FeedConnectionResolvers = shared;
export const SearchConnection: SearchConnectionResolvers = shared;
