const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Items dated further ahead than this are publisher mistakes (or time-zone slips) and say nothing about the rate. */
const FUTURE_TOLERANCE_MS = 10 * 60_000;

/** Distinct, valid, not-in-the-future item dates, newest first. */
export function usableItemTimes(dates: readonly Date[] | undefined, now: Date): number[] {
  if (!dates) return [];
  const limit = now.getTime() + FUTURE_TOLERANCE_MS;
  const times = new Set<number>();
  for (const date of dates) {
    const t = date instanceof Date ? date.getTime() : NaN;
    if (Number.isFinite(t) && t <= limit) times.add(t);
  }
  return [...times].sort((a, b) => b - a);
}

export interface PublishingGap {
  /** Median gap between consecutive items. */
  medianGapMs: number;
  /** Time from the newest item to now. */
  sinceNewestMs: number;
  /** Items the estimate rests on. */
  items: number;
}

/**
 * The typical gap between items, from the newest `windowItems` distinct dates. Duplicate dates are dropped
 * first: feeds that stamp every item with the build time would otherwise look infinitely fast. The median
 * (not the mean) so one overnight pause or one burst does not swing the schedule.
 */
export function publishingGap(dates: readonly Date[] | undefined, now: Date, minItems: number, windowItems: number): PublishingGap | undefined {
  const times = usableItemTimes(dates, now).slice(0, windowItems);
  if (times.length < Math.max(2, minItems)) return undefined;
  const gaps: number[] = [];
  for (let i = 1; i < times.length; i++) gaps.push((times[i - 1] as number) - (times[i] as number));
  gaps.sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  const medianGapMs = gaps.length % 2 === 1 ? (gaps[mid] as number) : ((gaps[mid - 1] as number) + (gaps[mid] as number)) / 2;
  return { medianGapMs, sinceNewestMs: Math.max(0, now.getTime() - (times[0] as number)), items: times.length };
}

/**
 * Items per day over the last `windowMs` (default a week), for `Source.health`. Feeds keep only their
 * newest N items, so when the oldest usable item is inside the window the rate is measured over the span
 * the feed actually shows ((n − 1) gaps over oldest → now), not over the whole window, which would
 * under-count busy feeds. The span is at least an hour so a burst of items does not read as thousands a day.
 * Rounded to two decimals.
 */
export function itemsPerDay(recentItemDates: readonly Date[] | undefined, now: Date, windowMs = 7 * DAY): number {
  const start = now.getTime() - windowMs;
  const all = usableItemTimes(recentItemDates, now);
  const inWindow = all.filter((t) => t >= start);
  if (inWindow.length === 0) return 0;
  const olderExists = all.length > inWindow.length;
  let rate: number;
  if (olderExists) {
    rate = inWindow.length / (windowMs / DAY);
  } else {
    if (inWindow.length === 1) return round2(1 / (windowMs / DAY));
    const oldest = inWindow[inWindow.length - 1] as number;
    const span = Math.max(now.getTime() - oldest, HOUR);
    rate = (inWindow.length - 1) / (span / DAY);
  }
  return round2(rate);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
