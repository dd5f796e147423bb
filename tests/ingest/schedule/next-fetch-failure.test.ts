import { describe, expect, it } from 'vitest';
import { fetchOutcomeForError, fetchOutcomeForStatus, gradeFailure, type FetchOutcomeKind } from '../../../src/ingest/schedule/fetch-outcome.js';
import { planNextFetch, type PlanNextFetchInput } from '../../../src/ingest/schedule/next-fetch.js';
import { DEFAULT_SCHEDULE_POLICY, resolveSchedulePolicy } from '../../../src/ingest/schedule/schedule-policy.js';
import { DAY, HOUR, MIN, testClock } from './test-clock.js';

const clock = testClock('2025-03-12T12:00:00Z');
const policy = DEFAULT_SCHEDULE_POLICY;

function fail(outcome: FetchOutcomeKind, consecutiveFailures: number, extra: Partial<PlanNextFetchInput> = {}) {
  return planNextFetch({ now: clock.now(), outcome, consecutiveFailures, policy, ...extra });
}

describe('failure grades', () => {
  it('grades timeouts, network errors, 5xx and 429 as temporary; 404/410, parse errors, blocked and other 4xx as hard', () => {
    const table = (['OK', 'NOT_MODIFIED', 'TIMEOUT', 'NETWORK', 'HTTP_5XX', 'HTTP_429', 'HTTP_4XX', 'HTTP_404_410', 'PARSE_ERROR', 'BLOCKED'] as const).map((o) => [o, gradeFailure(o)]);
    expect(Object.fromEntries(table)).toEqual({
      OK: undefined,
      NOT_MODIFIED: undefined,
      TIMEOUT: 'TEMPORARY',
      NETWORK: 'TEMPORARY',
      HTTP_5XX: 'TEMPORARY',
      HTTP_429: 'TEMPORARY',
      HTTP_4XX: 'HARD',
      HTTP_404_410: 'HARD',
      PARSE_ERROR: 'HARD',
      BLOCKED: 'HARD',
    });
  });

  it('treats 408 and 425 as temporary 4xx', () => {
    expect(gradeFailure('HTTP_4XX', 408)).toBe('TEMPORARY');
    expect(gradeFailure('HTTP_4XX', 425)).toBe('TEMPORARY');
    expect(gradeFailure('HTTP_4XX', 403)).toBe('HARD');
  });

  it('maps HTTP statuses and fetch error codes to outcomes', () => {
    expect([200, 204, 304, 404, 410, 429, 500, 503, 401, 418, 302, 100].map(fetchOutcomeForStatus)).toEqual([
      'OK', 'OK', 'NOT_MODIFIED', 'HTTP_404_410', 'HTTP_404_410', 'HTTP_429', 'HTTP_5XX', 'HTTP_5XX', 'HTTP_4XX', 'HTTP_4XX', 'HTTP_4XX', 'HTTP_4XX',
    ]);
    expect(fetchOutcomeForError('TIMEOUT')).toBe('TIMEOUT');
    expect(fetchOutcomeForError('NETWORK')).toBe('NETWORK');
    expect(fetchOutcomeForError('HTTP_STATUS', 503)).toBe('HTTP_5XX');
    expect(fetchOutcomeForError('HTTP_STATUS', 410)).toBe('HTTP_404_410');
    expect(fetchOutcomeForError('BLOCKED_ADDRESS')).toBe('BLOCKED');
    expect(fetchOutcomeForError('BAD_URL')).toBe('BLOCKED');
    expect(fetchOutcomeForError('TOO_LARGE')).toBe('PARSE_ERROR');
    expect(fetchOutcomeForError('TOO_MANY_REDIRECTS')).toBe('HTTP_4XX');
  });
});

describe('planNextFetch after a failure: backoff', () => {
  it('doubles the delay for each temporary failure in a row, up to the cap', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => fail('TIMEOUT', n).delayMs / MIN);
    expect(delays).toEqual([10, 20, 40, 80, 160, 320, 640, 1280, 1440]);
    const first = fail('TIMEOUT', 0);
    expect(first.failureGrade).toBe('TEMPORARY');
    expect(first.consecutiveFailures).toBe(1);
    expect(first.reason).toBe('timed out (temporary failure, 1st in a row); next fetch in 10 min: temporary backoff 10 min × 2^0');
    expect(fail('NETWORK', 8).reason).toMatch(/capped at 1 d/);
  });

  it('grows faster for hard failures', () => {
    const delays = [0, 1, 2, 3].map((n) => fail('HTTP_404_410', n, { httpStatus: 404 }).delayMs / MIN);
    expect(delays).toEqual([40, 160, 640, 1440]);
    for (let n = 0; n < 4; n++) expect(fail('PARSE_ERROR', n).delayMs).toBeGreaterThan(fail('HTTP_5XX', n).delayMs);
    expect(fail('HTTP_404_410', 0, { httpStatus: 410 }).reason).toMatch(/^HTTP 410 \(feed not found or gone\) \(hard failure, 1st in a row\)/);
  });

  it('ignores the publishing rate and server freshness after a failure', () => {
    const busy = Array.from({ length: 10 }, (_, i) => clock.ago(i * 5 * MIN));
    expect(fail('HTTP_5XX', 3, { recentItemDates: busy, headers: { 'cache-control': 'max-age=86400' } }).delayMs).toBe(80 * MIN);
  });
});

describe('planNextFetch after a failure: Retry-After', () => {
  it('honours Retry-After in seconds on 429', () => {
    const result = fail('HTTP_429', 0, { httpStatus: 429, headers: { 'retry-after': '3600' } });
    expect(result.delayMs).toBe(HOUR);
    expect(result.reason).toMatch(/server asked Retry-After: 3600/);
  });

  it('honours Retry-After as an HTTP date on 503', () => {
    const result = fail('HTTP_5XX', 0, { httpStatus: 503, headers: { 'retry-after': 'Wed, 12 Mar 2025 15:00:00 GMT' } });
    expect(result.nextFetchAt.toISOString()).toBe('2025-03-12T15:00:00.000Z');
  });

  it('keeps the longer backoff when Retry-After is shorter or in the past', () => {
    expect(fail('HTTP_429', 3, { headers: { 'retry-after': '30' } }).delayMs).toBe(80 * MIN);
    expect(fail('HTTP_5XX', 0, { httpStatus: 503, headers: { 'retry-after': 'Wed, 12 Mar 2025 11:00:00 GMT' } }).delayMs).toBe(10 * MIN);
  });

  it('caps Retry-After at the maximum backoff and ignores garbage', () => {
    const capped = fail('HTTP_429', 0, { headers: { 'retry-after': String(30 * 86400) } });
    expect(capped.delayMs).toBe(DAY);
    expect(capped.reason).toMatch(/capped at 1 d/);
    expect(fail('HTTP_429', 0, { headers: { 'retry-after': 'soon' } }).delayMs).toBe(10 * MIN);
  });

  it('does not apply Retry-After to other failures', () => {
    expect(fail('HTTP_404_410', 0, { httpStatus: 404, headers: { 'retry-after': '7200' } }).delayMs).toBe(40 * MIN);
  });
});

describe('planNextFetch: pausing', () => {
  it('pauses after the configured run of temporary failures and says why', () => {
    expect(fail('TIMEOUT', 8).paused).toBeUndefined();
    const result = fail('TIMEOUT', 9);
    expect(result.consecutiveFailures).toBe(10);
    expect(result.paused).toEqual({ reason: '10 consecutive failures (the limit is 10 when the latest is temporary); last: timed out' });
    expect(result.delayMs).toBe(policy.pausedProbeMs);
    expect(result.reason).toMatch(/paused after 10 consecutive failures/);
  });

  it('pauses sooner when the latest failure is hard', () => {
    expect(fail('HTTP_404_410', 3, { httpStatus: 404 }).paused).toBeUndefined();
    expect(fail('HTTP_404_410', 4, { httpStatus: 404 }).paused?.reason).toBe(
      '5 consecutive failures (the limit is 5 when the latest is hard); last: HTTP 404 (feed not found or gone)',
    );
    expect(fail('PARSE_ERROR', 4).paused).toBeDefined();
    // a run of temporary failures ending in a hard one
    expect(fail('PARSE_ERROR', 7).paused).toBeDefined();
    expect(fail('TIMEOUT', 7).paused).toBeUndefined();
  });

  it('reads the limits from the policy', () => {
    const strict = resolveSchedulePolicy({ maxConsecutiveFailures: 2, maxConsecutiveHardFailures: 1 });
    expect(planNextFetch({ now: clock.now(), outcome: 'BLOCKED', consecutiveFailures: 0, policy: strict }).paused).toBeDefined();
    expect(planNextFetch({ now: clock.now(), outcome: 'NETWORK', consecutiveFailures: 0, policy: strict }).paused).toBeUndefined();
    expect(planNextFetch({ now: clock.now(), outcome: 'NETWORK', consecutiveFailures: 1, policy: strict }).paused).toBeDefined();
  });

  it('resets the failure run after a success', () => {
    const result = planNextFetch({ now: clock.now(), outcome: 'OK', consecutiveFailures: 7, policy });
    expect(result.consecutiveFailures).toBe(0);
    expect(result.delayMs).toBe(policy.defaultIntervalMs);
  });
});

describe('planNextFetch: jitter', () => {
  it('adds a deterministic share of the delay per source when given a seed, never shortening it', () => {
    const seeded = (seed: string) => planNextFetch({ now: clock.now(), outcome: 'HTTP_429', consecutiveFailures: 2, policy, headers: { 'retry-after': '3600' }, jitterSeed: seed });
    const extras = ['source-a', 'source-b', 'source-c', 'source-d'].map((s) => seeded(s).delayMs - HOUR);
    for (const extra of extras) {
      expect(extra).toBeGreaterThanOrEqual(0);
      expect(extra).toBeLessThanOrEqual(0.1 * HOUR);
    }
    expect(new Set(extras).size).toBeGreaterThan(1);
    expect(seeded('source-a').delayMs).toBe(seeded('source-a').delayMs);
    expect(seeded('source-a').reason).toMatch(/jitter/);
  });

  it('is off without a seed, with jitterFraction 0, and for paused sources', () => {
    expect(fail('TIMEOUT', 0).delayMs).toBe(10 * MIN);
    const off = resolveSchedulePolicy({ jitterFraction: 0 });
    expect(planNextFetch({ now: clock.now(), outcome: 'TIMEOUT', consecutiveFailures: 0, policy: off, jitterSeed: 'x' }).delayMs).toBe(10 * MIN);
    expect(planNextFetch({ now: clock.now(), outcome: 'TIMEOUT', consecutiveFailures: 9, policy, jitterSeed: 'x' }).delayMs).toBe(policy.pausedProbeMs);
    expect(() => resolveSchedulePolicy({ jitterFraction: 1 })).toThrow(/jitterFraction must be at least 0 and below 1/);
  });
});
