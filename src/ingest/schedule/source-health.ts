import type { FailureGrade, FetchOutcomeKind } from './fetch-outcome.js';
import { planNextFetch, type FeedScheduleHints } from './next-fetch.js';
import { itemsPerDay } from './publishing-rate.js';
import type { SchedulePolicy } from './schedule-policy.js';

/** What a source says about its own polling: the `Source.health` record. */
export interface SourceHealth {
  lastFetchAt?: Date;
  lastOutcome?: FetchOutcomeKind;
  lastSuccessAt?: Date;
  /** Kept after later successes, so the last problem stays visible; `errorCount` says whether it is current. */
  lastError?: { at: Date; outcome: FetchOutcomeKind; grade: FailureGrade; message: string; httpStatus?: number };
  /** Consecutive failures (0 after a success). */
  errorCount: number;
  nextFetchAt: Date;
  /** Why `nextFetchAt` is when it is (planNextFetch's reason). */
  scheduleReason: string;
  itemsPerDay: number;
  /** Set while the source is paused; a success or a resume clears it. */
  paused?: { at: Date; reason: string };
}

export interface FetchEvent {
  now: Date;
  outcome: FetchOutcomeKind;
  httpStatus?: number;
  /** The error's message for a failure (stored as `lastError.message`). */
  errorMessage?: string;
  /** Response headers, lower-case names. */
  headers?: Record<string, string>;
  feedHints?: FeedScheduleHints;
  /** Publication dates of the source's recent items; when absent, the stored items-per-day is kept. */
  recentItemDates?: Date[];
  /** The source id, for deterministic jitter. */
  jitterSeed?: string;
}

/**
 * Folds one fetch outcome into a source's health record: the error run, the last success and error, items
 * per day, the next fetch and, at the end of a long enough run, the pause with its reason. Pure; the IO
 * layer stores what this returns, so every outcome is recorded the same way.
 */
export function recordFetchOutcome(previous: SourceHealth | undefined, event: FetchEvent, policy: SchedulePolicy): SourceHealth {
  const plan = planNextFetch({
    now: event.now,
    outcome: event.outcome,
    consecutiveFailures: previous?.errorCount ?? 0,
    policy,
    ...(event.httpStatus !== undefined ? { httpStatus: event.httpStatus } : {}),
    ...(event.headers ? { headers: event.headers } : {}),
    ...(event.feedHints ? { feedHints: event.feedHints } : {}),
    ...(event.recentItemDates ? { recentItemDates: event.recentItemDates } : {}),
    ...(event.jitterSeed !== undefined ? { jitterSeed: event.jitterSeed } : {}),
  });
  const health: SourceHealth = {
    lastFetchAt: event.now,
    lastOutcome: event.outcome,
    errorCount: plan.consecutiveFailures,
    nextFetchAt: plan.nextFetchAt,
    scheduleReason: plan.reason,
    itemsPerDay: event.recentItemDates ? itemsPerDay(event.recentItemDates, event.now) : (previous?.itemsPerDay ?? 0),
  };
  const lastSuccessAt = plan.failureGrade ? previous?.lastSuccessAt : event.now;
  if (lastSuccessAt) health.lastSuccessAt = lastSuccessAt;
  if (plan.failureGrade) {
    health.lastError = {
      at: event.now,
      outcome: event.outcome,
      grade: plan.failureGrade,
      message: event.errorMessage?.trim() || plan.reason.split(';')[0] || event.outcome,
      ...(event.httpStatus !== undefined ? { httpStatus: event.httpStatus } : {}),
    };
  } else if (previous?.lastError) health.lastError = previous.lastError;
  if (plan.paused) health.paused = previous?.paused ?? { at: event.now, reason: plan.paused.reason };
  return health;
}

/** A person resumes a paused source: the error run starts over and the source is due now. */
export function resumeSource(health: SourceHealth, now: Date): SourceHealth {
  const { paused: _paused, ...rest } = health;
  return { ...rest, errorCount: 0, nextFetchAt: now, scheduleReason: 'resumed by hand; fetch now' };
}
