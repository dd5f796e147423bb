import { describe, expect, it } from 'vitest';
import type { FetchOutcomeKind } from '../../../src/ingest/schedule/fetch-outcome.js';
import { planNextFetch } from '../../../src/ingest/schedule/next-fetch.js';
import { DEFAULT_SCHEDULE_POLICY } from '../../../src/ingest/schedule/schedule-policy.js';
import { HOUR, MIN, testClock } from './test-clock.js';

/**
 * Drives the planner the way the scheduler will: fetch when due, record the outcome, move the clock to
 * `nextFetchAt`. The outcome script stands in for the network.
 */
function run(start: string, script: (at: Date, fetchNumber: number) => FetchOutcomeKind, fetches: number) {
  const clock = testClock(start);
  let failures = 0;
  const log: { at: string; outcome: FetchOutcomeKind; next: string; paused: boolean }[] = [];
  for (let n = 0; n < fetches; n++) {
    const outcome = script(clock.now(), n);
    // an hourly feed: the stored items are the last 10 hours' worth
    const items = Array.from({ length: 10 }, (_, i) => clock.ago(i * HOUR + 15 * MIN));
    const plan = planNextFetch({ now: clock.now(), outcome, recentItemDates: items, consecutiveFailures: failures, policy: DEFAULT_SCHEDULE_POLICY });
    failures = plan.consecutiveFailures;
    log.push({ at: clock.now().toISOString(), outcome, next: plan.nextFetchAt.toISOString(), paused: plan.paused !== undefined });
    if (plan.paused) break;
    clock.set(plan.nextFetchAt);
  }
  return log;
}

describe('a source over time (injected clock)', () => {
  it('backs off during an outage and returns to its publishing rate afterwards', () => {
    const outageEnds = new Date('2025-03-12T16:00:00Z').getTime();
    const log = run('2025-03-12T12:00:00Z', (at, n) => (n === 0 || at.getTime() >= outageEnds ? 'OK' : 'HTTP_5XX'), 9);
    expect(log.map((e) => `${e.at.slice(11, 16)} ${e.outcome}`)).toEqual([
      '12:00 OK',
      '12:30 HTTP_5XX',
      '12:40 HTTP_5XX',
      '13:00 HTTP_5XX',
      '13:40 HTTP_5XX',
      '15:00 HTTP_5XX',
      '17:40 OK',
      '18:10 OK',
      '18:40 OK',
    ]);
  });

  it('pauses a feed that is gone for good, after about a day and a half of 410s', () => {
    const log = run('2025-03-12T12:00:00Z', (_, n) => (n === 0 ? 'OK' : 'HTTP_404_410'), 20);
    expect(log).toHaveLength(6);
    expect(log.at(-1)?.paused).toBe(true);
    const hours = (new Date(log.at(-1)?.at ?? '').getTime() - new Date(log[1]?.at ?? '').getTime()) / HOUR;
    expect(hours).toBeCloseTo(40 / 60 + 160 / 60 + 640 / 60 + 24, 5);
  });
});
