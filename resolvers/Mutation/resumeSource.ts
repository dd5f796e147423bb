import type { MutationResolvers } from '../../src/generated/graphql.js';
import { decodeId } from '../args.js';
import { sourceService } from '../source-service.js';
import { userErrors } from '../user-errors.js';

export const resumeSource: MutationResolvers['resumeSource'] = async (_parent, { id }, { services }) => {
  const result = await sourceService(services).resume(decodeId(id, 'Source', 'id'));
  return { source: result.source ?? null, errors: userErrors(result.errors) };
};
