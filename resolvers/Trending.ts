import type { TrendingPersonResolvers, TrendingTopicResolvers } from '../src/generated/graphql.js';
import { trendFields } from './trend-args.js';

export const TrendingTopic: TrendingTopicResolvers = { ...trendFields, topic: (t) => t.entity };
export const TrendingPerson: TrendingPersonResolvers = { ...trendFields, person: (t) => t.entity };
