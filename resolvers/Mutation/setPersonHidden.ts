import type { MutationResolvers } from '../../src/generated/graphql.js';
import { decodeId } from '../args.js';
import { userErrors } from '../user-errors.js';

export const setPersonHidden: MutationResolvers['setPersonHidden'] = async (_parent, { personId, hidden }, { services }) => {
  const result = await services.editor.setPersonHidden(decodeId(personId, 'Person', 'personId'), hidden);
  return { person: result.value ?? null, errors: userErrors(result.errors) };
};
