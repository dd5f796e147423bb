import type { MutationResolvers, UserErrorCode } from '../../src/generated/graphql.js';
import type { SourceDoc } from '../../src/storage/documents.js';
import { sourceService } from '../source-service.js';

const OPML_ERROR_CODES: Record<string, UserErrorCode> = { TOO_LARGE: 'TOO_LARGE', EMPTY: 'UNSUPPORTED_CONTENT', BINARY: 'UNSUPPORTED_CONTENT', NOT_OPML: 'UNSUPPORTED_CONTENT' };

export const importOpml: MutationResolvers['importOpml'] = async (_parent, { content }, { services }) => {
  const report = await sourceService(services).importOpml(content);
  return {
    sources: report.entries.map((entry) => entry.source).filter((source): source is SourceDoc => source !== undefined),
    createdCount: report.createdCount,
    existingCount: report.existingCount,
    skipped: report.skipped.map((s) => ({ line: s.line ?? null, reason: s.reason })),
    failed: report.entries.filter((e) => e.status === 'FAILED').map((e) => ({ url: e.url, reason: e.reason ?? 'failed' })),
    errors: report.error ? [{ code: OPML_ERROR_CODES[report.error.code] ?? 'PARSE_FAILED', message: report.error.message, field: 'content' }] : [],
  };
};
