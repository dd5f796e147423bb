import type { MutationResolvers } from '../../src/generated/graphql.js';
import { decodeId } from '../args.js';
import { userErrors } from '../user-errors.js';

export const setTopicHidden: MutationResolvers['setTopicHidden'] = async (_parent, { topicId, hidden }, { services }) => {
  const result = await services.editor.setTopicHidden(decodeId(topicId, 'Topic', 'topicId'), hidden);
  return { topic: result.value ?? null, errors: userErrors(result.errors) };
};
