import type { MutationResolvers } from '../../src/generated/graphql.js';
import { decodeId } from '../args.js';
import { userErrors } from '../user-errors.js';

export const mergeTopics: MutationResolvers['mergeTopics'] = async (_parent, { targetId, sourceId }, { services }) => {
  const result = await services.editor.mergeTopics(decodeId(targetId, 'Topic', 'targetId'), decodeId(sourceId, 'Topic', 'sourceId'));
  return { topic: result.value ?? null, errors: userErrors(result.errors) };
};
