import { describe, expect, it } from 'vitest';
import { bodyFingerprint, isUnchangedBody } from '../../../src/ingest/schedule/body-fingerprint.js';
import { formatDuration } from '../../../src/ingest/schedule/format-duration.js';
import { itemsPerDay, publishingGap } from '../../../src/ingest/schedule/publishing-rate.js';
import { DAY, HOUR, MIN, testClock } from './test-clock.js';

const clock = testClock('2025-03-12T12:00:00Z');

describe('itemsPerDay', () => {
  it('is 0 without items in the window', () => {
    expect(itemsPerDay([], clock.now())).toBe(0);
    expect(itemsPerDay(undefined, clock.now())).toBe(0);
    expect(itemsPerDay([clock.ago(30 * DAY)], clock.now())).toBe(0);
  });

  it('counts items over the whole window when the feed reaches back past it', () => {
    const dates = Array.from({ length: 30 }, (_, i) => clock.ago(i * 12 * HOUR + HOUR)); // two a day, 15 days back
    expect(itemsPerDay(dates, clock.now())).toBe(2);
  });

  it('measures over the span the feed shows when it keeps only its newest items', () => {
    // 20 items, one per hour: a feed truncated at 20 entries, publishing 24 a day
    const dates = Array.from({ length: 20 }, (_, i) => clock.ago((i + 1) * HOUR));
    expect(itemsPerDay(dates, clock.now())).toBe(22.8); // 19 gaps over 20 h
  });

  it('does not read a burst as thousands a day', () => {
    const burst = Array.from({ length: 10 }, (_, i) => clock.ago(i * 1000));
    expect(itemsPerDay(burst, clock.now())).toBe(216); // 9 over the one-hour floor
  });

  it('ignores future-dated and duplicate dates, and honours a custom window', () => {
    const dates = [new Date('2025-04-01T00:00:00Z'), clock.ago(HOUR), clock.ago(HOUR), clock.ago(2 * DAY), clock.ago(5 * DAY)];
    expect(itemsPerDay(dates, clock.now(), 3 * DAY)).toBe(0.67); // 2 in the 3-day window, older ones exist
    expect(itemsPerDay([clock.ago(HOUR)], clock.now())).toBe(0.14); // a single item: 1 per window
  });
});

describe('publishingGap', () => {
  it('returns the median gap, items used and time since the newest item', () => {
    const dates = [clock.ago(HOUR), clock.ago(2 * HOUR), clock.ago(4 * HOUR), clock.ago(7 * HOUR)];
    expect(publishingGap(dates, clock.now(), 3, 20)).toEqual({ medianGapMs: 2 * HOUR, sinceNewestMs: HOUR, items: 4 });
    expect(publishingGap(dates.slice(0, 2), clock.now(), 3, 20)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it('writes the two largest units', () => {
    expect([500, 45_000, 10 * MIN, 90 * MIN, DAY + 6 * HOUR + 5 * MIN, 7 * DAY, HOUR + 30_000].map(formatDuration)).toEqual([
      '500 ms', '45 s', '10 min', '1 h 30 min', '1 d 6 h', '7 d', '1 h',
    ]);
  });
});

describe('bodyFingerprint', () => {
  it('tells an unchanged body from a changed one', () => {
    const body = new TextEncoder().encode('<rss><channel><title>x</title></channel></rss>');
    const print = bodyFingerprint(body);
    expect(isUnchangedBody(new Uint8Array(body), print)).toBe(true);
    expect(isUnchangedBody(new TextEncoder().encode('<rss><channel><title>y</title></channel></rss>'), print)).toBe(false);
    expect(isUnchangedBody(body, undefined)).toBe(false);
  });
});
