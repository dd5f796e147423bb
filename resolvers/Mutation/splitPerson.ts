import type { MutationResolvers } from '../../src/generated/graphql.js';
import { decodeId } from '../args.js';
import { userErrors } from '../user-errors.js';

export const splitPerson: MutationResolvers['splitPerson'] = async (_parent, { personId, names }, { services }) => {
  const result = await services.editor.splitPerson(decodeId(personId, 'Person', 'personId'), names);
  return { person: result.value?.person ?? null, splitOff: result.value?.splitOff ?? null, errors: userErrors(result.errors) };
};
