const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Knobs of the polling schedule. All durations in milliseconds. */
export interface SchedulePolicy {
  /** Interval when nothing better is known (too few dated items, no hints). */
  defaultIntervalMs: number;
  /** Floor for every successful-fetch interval: no feed is polled more often than this. */
  minIntervalMs: number;
  /** Ceiling for successful-fetch intervals, and for server hints (ttl, Cache-Control, Expires): a publisher cannot make us wait longer. */
  maxIntervalMs: number;
  /** Failure run (counting this one) after which a source is paused. */
  maxConsecutiveFailures: number;
  /** Smaller run that pauses a source when the latest failure is HARD (404/410, parse error, blocked, other 4xx). */
  maxConsecutiveHardFailures: number;
  /** First retry delay after a TEMPORARY failure. */
  failureBaseDelayMs: number;
  /** Growth per consecutive TEMPORARY failure. */
  temporaryBackoffFactor: number;
  /** Growth per consecutive HARD failure (hard failures also start one step further along). */
  hardBackoffFactor: number;
  /** Ceiling on failure backoff and on an honoured Retry-After. */
  maxBackoffMs: number;
  /** When a paused source may be probed once more (the IO layer may require a manual resume instead). */
  pausedProbeMs: number;
  /** Publishing-rate adaptation needs at least this many distinct item dates. */
  adaptiveMinItems: number;
  /** Only the newest N distinct item dates are used (a feed's old tail says little about today). */
  adaptiveWindowItems: number;
  /** Interval = this fraction of the typical gap between items (0.5: poll twice per expected item). */
  adaptiveGapFraction: number;
  /**
   * Up to this fraction is added to each delay when the caller passes a `jitterSeed` (the source id), so
   * sources imported together do not stay in lock-step; deterministic per seed and time, and only ever
   * lengthens, so lower bounds (Retry-After, ttl) still hold. 0 turns it off.
   */
  jitterFraction: number;
}

export const DEFAULT_SCHEDULE_POLICY: Readonly<SchedulePolicy> = Object.freeze({
  defaultIntervalMs: HOUR,
  minIntervalMs: 10 * MINUTE,
  maxIntervalMs: DAY,
  maxConsecutiveFailures: 10,
  maxConsecutiveHardFailures: 5,
  failureBaseDelayMs: 10 * MINUTE,
  temporaryBackoffFactor: 2,
  hardBackoffFactor: 4,
  maxBackoffMs: DAY,
  pausedProbeMs: 7 * DAY,
  adaptiveMinItems: 3,
  adaptiveWindowItems: 20,
  adaptiveGapFraction: 0.5,
  jitterFraction: 0.1,
});

/**
 * Fills a partial policy from the defaults and rejects nonsense (negative or inverted bounds), so a bad
 * configuration fails loudly at start-up instead of polling a feed in a tight loop.
 */
export function resolveSchedulePolicy(overrides: Partial<SchedulePolicy> = {}): SchedulePolicy {
  const policy: SchedulePolicy = { ...DEFAULT_SCHEDULE_POLICY, ...overrides };
  const problems: string[] = [];
  for (const [key, value] of Object.entries(policy)) {
    if (key === 'jitterFraction') continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) problems.push(`${key} must be a positive number (got ${String(value)})`);
  }
  if (!(policy.jitterFraction >= 0 && policy.jitterFraction < 1)) problems.push(`jitterFraction must be at least 0 and below 1 (got ${String(policy.jitterFraction)})`);
  if (policy.minIntervalMs > policy.maxIntervalMs) problems.push(`minIntervalMs (${policy.minIntervalMs}) is above maxIntervalMs (${policy.maxIntervalMs})`);
  if (policy.temporaryBackoffFactor < 1 || policy.hardBackoffFactor < 1) problems.push('backoff factors must be at least 1');
  if (policy.adaptiveMinItems < 2) problems.push('adaptiveMinItems must be at least 2 (one gap needs two items)');
  if (policy.adaptiveWindowItems < policy.adaptiveMinItems) problems.push('adaptiveWindowItems must be at least adaptiveMinItems');
  if (!Number.isInteger(policy.maxConsecutiveFailures) || !Number.isInteger(policy.maxConsecutiveHardFailures)) problems.push('failure run limits must be whole numbers');
  if (problems.length > 0) throw new RangeError(`invalid schedule policy: ${problems.join('; ')}`);
  return policy;
}
