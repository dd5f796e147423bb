/** How one fetch of a source ended, as far as scheduling cares. */
export type FetchOutcomeKind =
  | 'OK'
  | 'NOT_MODIFIED'
  | 'TIMEOUT'
  | 'NETWORK'
  | 'HTTP_4XX'
  | 'HTTP_404_410'
  | 'HTTP_429'
  | 'HTTP_5XX'
  | 'PARSE_ERROR'
  | 'BLOCKED';

/** TEMPORARY failures are expected to heal by themselves; HARD ones usually need a person (moved feed, broken XML, refused address). */
export type FailureGrade = 'TEMPORARY' | 'HARD';

/**
 * Grades a failed fetch; undefined for a success. 408 (request timeout) and 425 (too early) are 4xx codes
 * that heal on retry, so they are TEMPORARY like timeouts, 429 and 5xx; every other 4xx, 404/410, parse
 * errors and refused addresses are HARD.
 */
export function gradeFailure(outcome: FetchOutcomeKind, httpStatus?: number): FailureGrade | undefined {
  switch (outcome) {
    case 'OK':
    case 'NOT_MODIFIED':
      return undefined;
    case 'TIMEOUT':
    case 'NETWORK':
    case 'HTTP_429':
    case 'HTTP_5XX':
      return 'TEMPORARY';
    case 'HTTP_4XX':
      return httpStatus === 408 || httpStatus === 425 ? 'TEMPORARY' : 'HARD';
    case 'HTTP_404_410':
    case 'PARSE_ERROR':
    case 'BLOCKED':
      return 'HARD';
  }
}

/** Outcome for a final HTTP status (after redirects). */
export function fetchOutcomeForStatus(status: number): FetchOutcomeKind {
  if (status === 304) return 'NOT_MODIFIED';
  if (status >= 200 && status < 300) return 'OK';
  if (status === 404 || status === 410) return 'HTTP_404_410';
  if (status === 429) return 'HTTP_429';
  if (status >= 500 && status < 600) return 'HTTP_5XX';
  // 4xx, and anything a feed should never end on (1xx, a 3xx without Location, made-up codes)
  return 'HTTP_4XX';
}

/**
 * Outcome for a fetch-layer error code (src/ingest/fetch FetchErrorCode), taken as a string so this pure
 * module does not depend on the IO layer. A body over the size cap cannot be used, like one that does not
 * parse; a bad URL or a redirect loop is refused before or instead of a useful answer.
 */
export function fetchOutcomeForError(code: string, httpStatus?: number): FetchOutcomeKind {
  switch (code) {
    case 'TIMEOUT':
      return 'TIMEOUT';
    case 'NETWORK':
      return 'NETWORK';
    case 'HTTP_STATUS':
      return httpStatus === undefined ? 'HTTP_4XX' : fetchOutcomeForStatus(httpStatus);
    case 'TOO_LARGE':
      return 'PARSE_ERROR';
    case 'BAD_URL':
    case 'BLOCKED_ADDRESS':
      return 'BLOCKED';
    case 'TOO_MANY_REDIRECTS':
      return 'HTTP_4XX';
    default:
      return 'NETWORK';
  }
}
