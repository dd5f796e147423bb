import type { MutationResolvers } from '../../src/generated/graphql.js';
import { decodeId } from '../args.js';
import { userErrors } from '../user-errors.js';

export const mergePeople: MutationResolvers['mergePeople'] = async (_parent, { targetId, sourceId }, { services }) => {
  const result = await services.editor.mergePeople(decodeId(targetId, 'Person', 'targetId'), decodeId(sourceId, 'Person', 'sourceId'));
  return { person: result.value ?? null, errors: userErrors(result.errors) };
};
