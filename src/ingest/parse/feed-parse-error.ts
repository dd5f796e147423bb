/** Why a byte string could not be turned into a feed. Stable codes: callers store them per source. */
export type FeedParseErrorCode =
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'NOT_A_FEED'
  | 'HTML_PAGE'
  | 'BINARY'
  | 'MALFORMED_XML'
  | 'INVALID_JSON'
  | 'DOCTYPE_ENTITIES_REFUSED'
  | 'UNSUPPORTED_ENCODING';

/**
 * A fatal parse failure. The message starts with the code and says where (line/column, 1-based) when
 * the position is known, so a stored source error is actionable without re-fetching the feed.
 */
export class FeedParseError extends Error {
  readonly code: FeedParseErrorCode;
  readonly line?: number;
  readonly column?: number;

  constructor(code: FeedParseErrorCode, detail: string, position?: { line: number; column: number }) {
    const where = position ? ` at line ${position.line}, column ${position.column}` : '';
    super(`${code}: ${detail}${where}`);
    this.name = 'FeedParseError';
    this.code = code;
    if (position) {
      this.line = position.line;
      this.column = position.column;
    }
  }
}
