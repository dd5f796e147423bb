import type { MutationResolvers } from '../../src/generated/graphql.js';
import { decodeId } from '../args.js';
import { userErrors } from '../user-errors.js';

export const addPersonAlias: MutationResolvers['addPersonAlias'] = async (_parent, { personId, alias }, { services }) => {
  const result = await services.editor.addPersonAlias(decodeId(personId, 'Person', 'personId'), alias);
  return { person: result.value ?? null, errors: userErrors(result.errors) };
};
