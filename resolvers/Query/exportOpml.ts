import type { QueryResolvers } from '../../src/generated/graphql.js';
import { sourceService } from '../source-service.js';

export const exportOpml: QueryResolvers['exportOpml'] = (_parent, _args, { services }) => sourceService(services).exportOpml();
