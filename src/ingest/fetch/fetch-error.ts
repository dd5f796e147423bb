export type FetchErrorCode =
  | 'BAD_URL'
  | 'BLOCKED_ADDRESS'
  | 'TIMEOUT'
  | 'TOO_LARGE'
  | 'HTTP_STATUS'
  | 'NETWORK'
  | 'TOO_MANY_REDIRECTS';

/** Why a document could not be fetched; `status` is set for HTTP errors. */
export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly status?: number,
    /** Response headers of an HTTP error (lower-case names): Retry-After matters to the scheduler. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}
