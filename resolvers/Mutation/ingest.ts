import type { MutationResolvers } from '../../src/generated/graphql.js';
import { loadExisting } from '../../src/loaders.js';
import { userErrors } from '../user-errors.js';

export const ingest: MutationResolvers['ingest'] = async (_parent, { input }, { services, loaders }) => {
  const hasContent = input.content !== null && input.content !== undefined;
  if (hasContent && !input.contentType) {
    return { source: null, articles: [], newCount: 0, updatedCount: 0, unchangedCount: 0, errors: [{ code: 'BAD_INPUT', message: '`contentType` is required with `content`', field: 'contentType' }] };
  }
  const report = await services.pipeline.ingest({
    ...(input.url !== null && input.url !== undefined ? { url: input.url } : {}),
    ...(hasContent ? { content: input.content as string } : {}),
    ...(input.contentType ? { contentType: input.contentType } : {}),
    ...(input.sourceUrl ? { sourceUrl: input.sourceUrl } : {}),
  });
  return {
    source: report.source ?? null,
    articles: await loadExisting(loaders.articleById, report.articleIds),
    newCount: report.newCount,
    updatedCount: report.updatedCount,
    unchangedCount: report.unchangedCount,
    errors: userErrors(report.errors),
  };
};
