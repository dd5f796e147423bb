export type ExtractErrorCode = 'EMPTY' | 'TOO_LARGE' | 'BINARY' | 'NOT_AN_ARTICLE' | 'UNSUPPORTED_CONTENT_TYPE';

/**
 * The one error extraction throws for bad input. Callers record `code` as the source's outcome
 * (data, not a crash), so every message says what was wrong with this input.
 */
export class ExtractError extends Error {
  readonly code: ExtractErrorCode;

  constructor(code: ExtractErrorCode, message: string) {
    super(message);
    this.name = 'ExtractError';
    this.code = code;
  }
}
