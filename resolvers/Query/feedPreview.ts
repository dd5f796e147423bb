import type { QueryResolvers } from '../../src/generated/graphql.js';
import { pageSize } from '../args.js';
import { decodeDefinition, throwProblems } from '../feed-definition.js';

export const feedPreview: QueryResolvers['feedPreview'] = async (_parent, args, { loaders, services }) => {
  const definition = decodeDefinition(args.definition);
  throwProblems(await services.feeds.problems(definition));
  return services.feeds.articles(loaders, definition, pageSize(args.first), args.after);
};
