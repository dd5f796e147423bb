import type { SpeakerResolvers } from '../src/generated/graphql.js';

/** Quote.speaker tags what it loads, as node() does. */
export const Speaker: SpeakerResolvers = {
  __resolveType: (model) => (model as unknown as { __typename: 'Person' | 'Topic' }).__typename,
};
