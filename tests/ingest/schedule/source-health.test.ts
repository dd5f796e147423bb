import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE_POLICY } from '../../../src/ingest/schedule/schedule-policy.js';
import { recordFetchOutcome, resumeSource, type SourceHealth } from '../../../src/ingest/schedule/source-health.js';
import { HOUR, MIN, testClock } from './test-clock.js';

const policy = DEFAULT_SCHEDULE_POLICY;

describe('recordFetchOutcome (injected clock)', () => {
  it('records a success, then failures with their messages, then recovery', () => {
    const clock = testClock('2025-03-12T12:00:00Z');
    const items = () => [1, 2, 3, 4, 5].map((h) => clock.ago(h * HOUR));
    let health = recordFetchOutcome(undefined, { now: clock.now(), outcome: 'OK', recentItemDates: items() }, policy);
    expect(health).toEqual({
      lastFetchAt: new Date('2025-03-12T12:00:00Z'),
      lastOutcome: 'OK',
      lastSuccessAt: new Date('2025-03-12T12:00:00Z'),
      errorCount: 0,
      nextFetchAt: new Date('2025-03-12T12:30:00Z'),
      scheduleReason: 'fetched; next fetch in 30 min: half the median gap (1 h) between 5 recent items',
      itemsPerDay: 19.2, // 4 gaps over the 5 h from the oldest item to now
    });

    clock.set(health.nextFetchAt);
    health = recordFetchOutcome(health, { now: clock.now(), outcome: 'HTTP_5XX', httpStatus: 502, errorMessage: 'https://x.example/rss answered HTTP 502' }, policy);
    expect(health.errorCount).toBe(1);
    expect(health.lastSuccessAt).toEqual(new Date('2025-03-12T12:00:00Z'));
    expect(health.lastError).toEqual({ at: clock.now(), outcome: 'HTTP_5XX', grade: 'TEMPORARY', message: 'https://x.example/rss answered HTTP 502', httpStatus: 502 });
    expect(health.itemsPerDay).toBe(19.2); // kept: no items this time
    expect(health.nextFetchAt).toEqual(new Date(clock.now().getTime() + 10 * MIN));

    clock.set(health.nextFetchAt);
    health = recordFetchOutcome(health, { now: clock.now(), outcome: 'TIMEOUT' }, policy);
    expect(health.errorCount).toBe(2);
    expect(health.lastError?.message).toBe('timed out (temporary failure, 2nd in a row)');

    clock.set(health.nextFetchAt);
    health = recordFetchOutcome(health, { now: clock.now(), outcome: 'NOT_MODIFIED', httpStatus: 304, recentItemDates: items() }, policy);
    expect(health.errorCount).toBe(0);
    expect(health.lastSuccessAt).toEqual(clock.now());
    expect(health.lastError?.outcome).toBe('TIMEOUT'); // the last problem stays visible
    expect(health.paused).toBeUndefined();
  });

  it('pauses with a reason, keeps the pause through failed probes, and clears it on success or resume', () => {
    const clock = testClock('2025-03-12T12:00:00Z');
    let health: SourceHealth | undefined;
    for (let i = 0; i < 5; i++) {
      health = recordFetchOutcome(health, { now: clock.now(), outcome: 'HTTP_404_410', httpStatus: 410 }, policy);
      clock.set(health.nextFetchAt);
    }
    const pausedAt = new Date(clock.now().getTime() - policy.pausedProbeMs);
    expect(health?.paused).toEqual({ at: pausedAt, reason: '5 consecutive failures (the limit is 5 when the latest is hard); last: HTTP 410 (feed not found or gone)' });

    const probe = recordFetchOutcome(health, { now: clock.now(), outcome: 'HTTP_404_410', httpStatus: 410 }, policy);
    expect(probe.paused?.at).toEqual(pausedAt);
    expect(probe.errorCount).toBe(6);

    const back = recordFetchOutcome(probe, { now: clock.now(), outcome: 'OK' }, policy);
    expect(back.paused).toBeUndefined();

    const resumed = resumeSource(probe, clock.now());
    expect(resumed.paused).toBeUndefined();
    expect(resumed.errorCount).toBe(0);
    expect(resumed.nextFetchAt).toEqual(clock.now());
    expect(resumed.lastError?.httpStatus).toBe(410);
  });
});
