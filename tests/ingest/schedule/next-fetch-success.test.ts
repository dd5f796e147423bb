import { describe, expect, it } from 'vitest';
import { planNextFetch, type PlanNextFetchInput } from '../../../src/ingest/schedule/next-fetch.js';
import { DEFAULT_SCHEDULE_POLICY, resolveSchedulePolicy } from '../../../src/ingest/schedule/schedule-policy.js';
import { DAY, HOUR, MIN, testClock } from './test-clock.js';

const clock = testClock('2025-03-12T12:00:00Z'); // a Wednesday
const policy = DEFAULT_SCHEDULE_POLICY;

function plan(extra: Partial<PlanNextFetchInput> = {}) {
  return planNextFetch({ now: clock.now(), outcome: 'OK', consecutiveFailures: 0, policy, ...extra });
}
/** Items published every `gap`, the newest `newest` ago. */
function everyGap(gap: number, count: number, newest = 0): Date[] {
  return Array.from({ length: count }, (_, i) => clock.ago(newest + i * gap));
}

describe('planNextFetch after a success: publishing rate', () => {
  it('uses the default interval when fewer than adaptiveMinItems distinct dates are known', () => {
    const result = plan({ recentItemDates: everyGap(HOUR, 2) });
    expect(result.delayMs).toBe(policy.defaultIntervalMs);
    expect(result.nextFetchAt.toISOString()).toBe('2025-03-12T13:00:00.000Z');
    expect(result.reason).toMatch(/default interval/);
    expect(result.consecutiveFailures).toBe(0);
    expect(result.failureGrade).toBeUndefined();
    expect(result.paused).toBeUndefined();
  });

  it('polls at half the median gap between recent items', () => {
    const result = plan({ recentItemDates: everyGap(2 * HOUR, 8, 30 * MIN) });
    expect(result.delayMs).toBe(HOUR);
    expect(result.reason).toBe('fetched; next fetch in 1 h: half the median gap (2 h) between 8 recent items');
  });

  it('takes the median, so one long pause among the gaps does not slow polling', () => {
    const dates = [...everyGap(HOUR, 6), clock.ago(5 * HOUR + 3 * DAY)];
    expect(plan({ recentItemDates: dates }).delayMs).toBe(30 * MIN);
  });

  it('clamps a very busy feed to the minimum interval and says so', () => {
    const result = plan({ recentItemDates: everyGap(2 * MIN, 20) });
    expect(result.delayMs).toBe(policy.minIntervalMs);
    expect(result.reason).toMatch(/raised to the minimum interval 10 min/);
  });

  it('clamps a slow feed to the maximum interval', () => {
    const result = plan({ recentItemDates: everyGap(5 * DAY, 6, HOUR) });
    expect(result.delayMs).toBe(policy.maxIntervalMs);
    expect(result.reason).toMatch(/capped at the maximum interval 1 d/);
  });

  it('slows down when the feed has been quiet for more than twice its usual gap', () => {
    const result = plan({ recentItemDates: everyGap(HOUR, 10, 10 * HOUR) });
    expect(result.delayMs).toBe(2.5 * HOUR); // a quarter of the 10 h since the newest item
    expect(result.reason).toMatch(/quiet for more than twice the usual gap \(1 h over 10 items\)/);
  });

  it('ignores duplicate timestamps (feeds stamping every item with the build time)', () => {
    const stamp = clock.ago(5 * MIN);
    expect(plan({ recentItemDates: Array.from({ length: 20 }, () => new Date(stamp)) }).delayMs).toBe(policy.defaultIntervalMs);
  });

  it('ignores items dated in the future and invalid dates', () => {
    const future = [new Date(clock.now().getTime() + DAY), new Date(clock.now().getTime() + 2 * DAY), new Date(Number.NaN)];
    expect(plan({ recentItemDates: [...future, ...everyGap(4 * HOUR, 2)] }).delayMs).toBe(policy.defaultIntervalMs);
    expect(plan({ recentItemDates: [...future, ...everyGap(4 * HOUR, 3)] }).delayMs).toBe(2 * HOUR);
  });

  it('learns only from the newest adaptiveWindowItems dates', () => {
    // 20 recent items an hour apart, then 30 older ones a day apart: the old tail must not matter
    const recent = everyGap(HOUR, 20);
    const old = Array.from({ length: 30 }, (_, i) => clock.ago(20 * HOUR + (i + 1) * DAY));
    expect(plan({ recentItemDates: [...old, ...recent] }).delayMs).toBe(30 * MIN);
  });

  it('treats a 304 like a success and says it was not modified', () => {
    const result = plan({ outcome: 'NOT_MODIFIED', httpStatus: 304, recentItemDates: everyGap(2 * HOUR, 5) });
    expect(result.delayMs).toBe(HOUR);
    expect(result.reason).toMatch(/^not modified; next fetch in 1 h/);
  });

  it('follows a custom policy', () => {
    const custom = resolveSchedulePolicy({ adaptiveGapFraction: 0.25, minIntervalMs: MIN });
    const result = planNextFetch({ now: clock.now(), outcome: 'OK', consecutiveFailures: 0, policy: custom, recentItemDates: everyGap(HOUR, 5) });
    expect(result.delayMs).toBe(15 * MIN);
    expect(result.reason).toMatch(/a quarter of the median gap/);
  });
});

describe('planNextFetch after a success: server hints are lower bounds', () => {
  const hourly = () => everyGap(HOUR, 10); // adaptive: 30 min

  it('honours Cache-Control max-age above the adaptive interval', () => {
    const result = plan({ recentItemDates: hourly(), headers: { 'cache-control': 'public, max-age=7200' } });
    expect(result.delayMs).toBe(2 * HOUR);
    expect(result.reason).toMatch(/Cache-Control max-age=7200 keeps the response fresh for 2 h/);
  });

  it('does not let a short max-age speed polling up', () => {
    expect(plan({ recentItemDates: hourly(), headers: { 'cache-control': 'max-age=60' } }).delayMs).toBe(30 * MIN);
  });

  it('subtracts Age from max-age', () => {
    expect(plan({ recentItemDates: hourly(), headers: { 'cache-control': 'max-age=7200', age: '1800' } }).delayMs).toBe(90 * MIN);
  });

  it('ignores max-age under no-cache / no-store', () => {
    expect(plan({ recentItemDates: hourly(), headers: { 'cache-control': 'no-cache, max-age=7200' } }).delayMs).toBe(30 * MIN);
    expect(plan({ recentItemDates: hourly(), headers: { 'cache-control': 'no-store' , expires: 'Wed, 12 Mar 2025 20:00:00 GMT'} }).delayMs).toBe(30 * MIN);
  });

  it('uses Expires measured from the Date header (server clock skew does not matter)', () => {
    const headers = { date: 'Wed, 12 Mar 2025 09:00:00 GMT', expires: 'Wed, 12 Mar 2025 12:00:00 GMT' };
    const result = plan({ recentItemDates: hourly(), headers });
    expect(result.delayMs).toBe(3 * HOUR);
    expect(result.reason).toMatch(/Expires keeps the response fresh for 3 h/);
  });

  it('uses Expires measured from now when there is no Date header', () => {
    expect(plan({ recentItemDates: hourly(), headers: { expires: 'Wed, 12 Mar 2025 14:00:00 GMT' } }).delayMs).toBe(2 * HOUR);
  });

  it('lets max-age win over Expires', () => {
    const headers = { 'cache-control': 'max-age=3600', expires: 'Wed, 12 Mar 2025 18:00:00 GMT' };
    expect(plan({ recentItemDates: hourly(), headers }).delayMs).toBe(HOUR);
  });

  it('treats Expires: 0 and past dates as already stale', () => {
    expect(plan({ recentItemDates: hourly(), headers: { expires: '0' } }).delayMs).toBe(30 * MIN);
    expect(plan({ recentItemDates: hourly(), headers: { expires: 'Tue, 11 Mar 2025 12:00:00 GMT' } }).delayMs).toBe(30 * MIN);
  });

  it('caps a server lifetime at the maximum interval', () => {
    const result = plan({ recentItemDates: hourly(), headers: { 'cache-control': 'max-age=31536000' } });
    expect(result.delayMs).toBe(policy.maxIntervalMs);
    expect(result.reason).toMatch(/capped at the maximum interval/);
  });

  it('honours RSS ttl as a lower bound, capped at the maximum interval', () => {
    const ttl = plan({ recentItemDates: hourly(), feedHints: { ttlMinutes: 180 } });
    expect(ttl.delayMs).toBe(3 * HOUR);
    expect(ttl.reason).toMatch(/RSS ttl 180 min is a lower bound/);
    expect(plan({ recentItemDates: hourly(), feedHints: { ttlMinutes: 5 } }).delayMs).toBe(30 * MIN);
    expect(plan({ recentItemDates: hourly(), feedHints: { ttlMinutes: 60 * 24 * 30 } }).delayMs).toBe(policy.maxIntervalMs);
    const bad = plan({ recentItemDates: hourly(), feedHints: { ttlMinutes: -3 } });
    expect(bad.delayMs).toBe(30 * MIN);
    expect(bad.reason).toMatch(/ignored RSS ttl -3/);
  });

  it('takes the larger of ttl and the HTTP lifetime', () => {
    const result = plan({ recentItemDates: hourly(), feedHints: { ttlMinutes: 120 }, headers: { 'cache-control': 'max-age=14400' } });
    expect(result.delayMs).toBe(4 * HOUR);
  });
});

describe('planNextFetch: skipHours and skipDays (UTC)', () => {
  it('moves a time inside a skipped hour to the start of the next allowed hour', () => {
    // default interval: 13:00 falls in the skipped 13 and 14 hours
    const result = plan({ feedHints: { skipHours: [13, 14] } });
    expect(result.nextFetchAt.toISOString()).toBe('2025-03-12T15:00:00.000Z');
    expect(result.delayMs).toBe(3 * HOUR);
    expect(result.reason).toMatch(/moved out of the feed's skipHours\/skipDays \(UTC\) to 2025-03-12T15:00:00.000Z/);
  });

  it('leaves an allowed time alone', () => {
    expect(plan({ feedHints: { skipHours: [0, 1, 2] } }).nextFetchAt.toISOString()).toBe('2025-03-12T13:00:00.000Z');
  });

  it('skips whole days and crosses midnight', () => {
    clock.set('2025-03-11T23:30:00Z'); // Tuesday 23:30, default interval lands Wednesday 00:30
    try {
      const result = plan({ feedHints: { skipDays: ['Wednesday', 'thu'] } });
      expect(result.nextFetchAt.toISOString()).toBe('2025-03-14T00:00:00.000Z'); // Friday 00:00
    } finally {
      clock.set('2025-03-12T12:00:00Z');
    }
  });

  it('combines skipped hours and days', () => {
    const result = plan({ feedHints: { skipHours: [0, 1, 2, 3, 4, 5], skipDays: ['Wednesday'] } });
    expect(result.nextFetchAt.toISOString()).toBe('2025-03-13T06:00:00.000Z');
  });

  it('reads hour 24 as midnight and reports values it does not understand', () => {
    clock.set('2025-03-12T23:00:00Z');
    try {
      const result = plan({ feedHints: { skipHours: [24, 25], skipDays: ['Caturday'] } });
      expect(result.nextFetchAt.toISOString()).toBe('2025-03-13T01:00:00.000Z');
      expect(result.reason).toMatch(/ignored skipHours 25, skipDays "Caturday"/);
    } finally {
      clock.set('2025-03-12T12:00:00Z');
    }
  });

  it('ignores hints that skip the whole week', () => {
    const result = plan({ feedHints: { skipDays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] } });
    expect(result.delayMs).toBe(policy.defaultIntervalMs);
    expect(result.reason).toMatch(/cover the whole week, ignored/);
  });

  it('still applies after a failure', () => {
    const result = plan({ outcome: 'TIMEOUT', feedHints: { skipHours: [12] } });
    expect(result.nextFetchAt.toISOString()).toBe('2025-03-12T13:00:00.000Z');
  });
});

describe('planNextFetch input checks', () => {
  it('refuses an invalid now and a bad failure count with clear errors', () => {
    expect(() => planNextFetch({ now: new Date('nope'), outcome: 'OK', consecutiveFailures: 0, policy })).toThrow(/now must be a valid Date/);
    expect(() => plan({ consecutiveFailures: -1 })).toThrow(/consecutiveFailures must be a whole number/);
    expect(() => plan({ consecutiveFailures: 1.5 })).toThrow(/consecutiveFailures/);
  });

  it('validates a policy once, reporting every problem', () => {
    expect(() => resolveSchedulePolicy({ minIntervalMs: 2 * DAY, temporaryBackoffFactor: 0.5 })).toThrow(
      /minIntervalMs \(172800000\) is above maxIntervalMs.*backoff factors must be at least 1/,
    );
    expect(() => resolveSchedulePolicy({ defaultIntervalMs: Number.NaN })).toThrow(/defaultIntervalMs must be a positive number/);
    expect(resolveSchedulePolicy()).toEqual(DEFAULT_SCHEDULE_POLICY);
  });
});
