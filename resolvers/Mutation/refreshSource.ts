import type { MutationResolvers } from '../../src/generated/graphql.js';
import { decodeId } from '../args.js';
import { sourceService } from '../source-service.js';
import { userErrors } from '../user-errors.js';

export const refreshSource: MutationResolvers['refreshSource'] = async (_parent, { id }, { services }) => {
  const sourceId = decodeId(id, 'Source', 'id');
  const { result, errors } = await sourceService(services).refresh(sourceId);
  return {
    source: result?.source ?? (await sourceService(services).find(sourceId)),
    outcome: result?.outcome ?? null,
    newCount: result?.report?.newCount ?? 0,
    updatedCount: result?.report?.updatedCount ?? 0,
    errors: userErrors(errors),
  };
};
