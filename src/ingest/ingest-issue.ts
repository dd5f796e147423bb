import { FeedParseError } from './parse/feed-parse-error.js';
import { ExtractError } from './extract/extract-error.js';
import { FetchError } from './fetch/fetch-error.js';

export type IngestIssueCode =
  | 'BAD_INPUT'
  | 'BAD_URL'
  | 'FETCH_FAILED'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_CONTENT'
  | 'PARSE_FAILED'
  | 'NOT_AN_ARTICLE'
  | 'CONTENDED';

/** A problem reported to the caller of an ingest (and stored as the source's last error). */
export interface IngestIssue {
  code: IngestIssueCode;
  message: string;
  field?: string;
}

/** Maps a stage's error to what the caller is told; undefined for errors that are bugs, not input. */
export function issueFromError(error: unknown, field?: string): IngestIssue | undefined {
  const at = field ? { field } : {};
  if (error instanceof FetchError) {
    const code: IngestIssueCode =
      error.code === 'BAD_URL' || error.code === 'BLOCKED_ADDRESS' ? 'BAD_URL' : error.code === 'TOO_LARGE' ? 'TOO_LARGE' : 'FETCH_FAILED';
    return { code, message: error.message, ...at };
  }
  if (error instanceof FeedParseError) {
    const code: IngestIssueCode =
      error.code === 'TOO_LARGE'
        ? 'TOO_LARGE'
        : error.code === 'NOT_A_FEED' || error.code === 'HTML_PAGE' || error.code === 'BINARY' || error.code === 'EMPTY'
          ? 'UNSUPPORTED_CONTENT'
          : 'PARSE_FAILED';
    return { code, message: error.message, ...at };
  }
  if (error instanceof ExtractError) {
    const code: IngestIssueCode =
      error.code === 'TOO_LARGE' ? 'TOO_LARGE' : error.code === 'NOT_AN_ARTICLE' || error.code === 'EMPTY' ? 'NOT_AN_ARTICLE' : 'UNSUPPORTED_CONTENT';
    return { code, message: `${error.code}: ${error.message}`, ...at };
  }
  return undefined;
}
