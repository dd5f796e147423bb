import { formatDuration } from './format-duration.js';
import { gradeFailure, type FailureGrade, type FetchOutcomeKind } from './fetch-outcome.js';
import { freshnessLifetime, retryAfter } from './http-freshness.js';
import { publishingGap } from './publishing-rate.js';
import type { SchedulePolicy } from './schedule-policy.js';
import { firstAllowedTime, readSkipSlots } from './skip-slots.js';

/** Scheduling hints a feed carries about itself (RSS 2.0 `ttl`, `skipHours`, `skipDays`). */
export interface FeedScheduleHints {
  ttlMinutes?: number;
  /** UTC hours, 0–23. */
  skipHours?: number[];
  /** Day names (`Monday` ... `Sunday`), UTC. */
  skipDays?: string[];
  /** sy:updatePeriod ÷ sy:updateFrequency: how often the publisher says the feed changes; used when the items' dates say nothing. */
  updatePeriodMinutes?: number;
}

export interface PlanNextFetchInput {
  now: Date;
  outcome: FetchOutcomeKind;
  httpStatus?: number;
  /** Response headers, lower-case names. */
  headers?: Record<string, string>;
  /** From the last successful parse; still honoured after a failure. */
  feedHints?: FeedScheduleHints;
  /** Publication dates of the source's recent items (any order, duplicates allowed). */
  recentItemDates?: Date[];
  /** Consecutive failures before this fetch (the stored error count; 0 after a success). */
  consecutiveFailures: number;
  policy: SchedulePolicy;
  /** A stable id of the source (its _id): turns on the policy's deterministic jitter. */
  jitterSeed?: string;
}

export interface FetchPlan {
  nextFetchAt: Date;
  /** One sentence a person can read in `Source.health`: what happened and why the next fetch is when it is. */
  reason: string;
  /** Set when the failure run reached the policy's limit; `nextFetchAt` is then only a rare probe. */
  paused?: { reason: string };
  failureGrade?: FailureGrade;
  /** The failure run after this outcome (0 after a success): store it as the source's error count. */
  consecutiveFailures: number;
  /** nextFetchAt − now. */
  delayMs: number;
}

/**
 * Decides when to fetch a source next, from how the last fetch ended. Pure: `now` comes in, nothing is read
 * from the clock, so each rule is testable with a fixed time.
 *
 * After a success (or 304) the interval follows the publishing rate (a fraction of the median gap between
 * recent items, or of the time since the newest item when the feed has gone quiet for longer than twice
 * its usual gap), clamped to [min, max]; without enough dated items, the feed's declared sy:updatePeriod,
 * else the default interval. The server's own hints are lower bounds, since polling sooner
 * just fetches the same bytes: RSS `ttl` and the HTTP freshness lifetime (Cache-Control max-age, else
 * Expires), each capped at the maximum interval so a publisher cannot silence a source for weeks.
 *
 * After a failure the delay grows exponentially with the run of failures; HARD failures (404/410, parse
 * errors, other 4xx, refused addresses) grow faster and pause the source after a shorter run than
 * TEMPORARY ones (timeouts, network, 5xx, 429). `Retry-After` on 429/5xx is a lower bound, capped at the
 * maximum backoff.
 *
 * With a `jitterSeed`, up to `jitterFraction` of the delay is added (deterministic per source and time).
 * Last, RSS `skipHours`/`skipDays` (UTC) push the time to the next allowed hour, unless they skip the whole
 * week, in which case they are ignored.
 */
export function planNextFetch(input: PlanNextFetchInput): FetchPlan {
  const { now, policy } = input;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new RangeError('planNextFetch: now must be a valid Date');
  if (!Number.isInteger(input.consecutiveFailures) || input.consecutiveFailures < 0) {
    throw new RangeError(`planNextFetch: consecutiveFailures must be a whole number ≥ 0 (got ${String(input.consecutiveFailures)})`);
  }
  const grade = gradeFailure(input.outcome, input.httpStatus);
  const step = grade ? failureDelay(input, grade) : successDelay(input);
  const notes = [...step.notes];
  let delay = step.delayMs;
  if (input.jitterSeed !== undefined && policy.jitterFraction > 0 && !step.paused) {
    const extra = Math.round(delay * policy.jitterFraction * unitHash(`${input.jitterSeed}@${now.getTime()}`));
    if (extra >= 1000) {
      delay += extra;
      notes.push(`+${formatDuration(extra)} jitter`);
    }
  }
  let at = new Date(now.getTime() + delay);

  const slots = readSkipSlots(input.feedHints?.skipHours, input.feedHints?.skipDays);
  if (slots.ignored.length > 0) notes.push(`ignored ${slots.ignored.join(', ')}`);
  if (slots.hours.size > 0 || slots.days.size > 0) {
    const allowed = firstAllowedTime(at, slots);
    if (!allowed) notes.push('skipHours/skipDays cover the whole week, ignored');
    else if (allowed.getTime() > at.getTime()) {
      notes.push(`moved out of the feed's skipHours/skipDays (UTC) to ${allowed.toISOString()}`);
      at = allowed;
    }
  }

  const delayMs = at.getTime() - now.getTime();
  const reason = `${step.summary}; next fetch in ${formatDuration(delayMs)}: ${step.basis}${notes.length > 0 ? `; ${notes.join('; ')}` : ''}`;
  return {
    nextFetchAt: at,
    reason,
    ...(step.paused ? { paused: { reason: step.paused } } : {}),
    ...(grade ? { failureGrade: grade } : {}),
    consecutiveFailures: grade ? input.consecutiveFailures + 1 : 0,
    delayMs,
  };
}

interface DelayStep {
  delayMs: number;
  /** What happened. */
  summary: string;
  /** Why this delay. */
  basis: string;
  notes: string[];
  paused?: string;
}

function successDelay(input: PlanNextFetchInput): DelayStep {
  const { now, policy } = input;
  const notes: string[] = [];
  let delayMs: number;
  let basis: string;
  const gap = publishingGap(input.recentItemDates, now, policy.adaptiveMinItems, policy.adaptiveWindowItems);
  const declared = input.feedHints?.updatePeriodMinutes;
  if (!gap && declared !== undefined && Number.isFinite(declared) && declared > 0) {
    delayMs = declared * 60_000;
    basis = `the feed's declared update period (sy:updatePeriod, every ${formatDuration(delayMs)}); too few dated items to learn the publishing rate`;
  } else if (!gap) {
    delayMs = policy.defaultIntervalMs;
    basis = `default interval (fewer than ${policy.adaptiveMinItems} distinct item dates to learn the publishing rate from)`;
  } else if (gap.sinceNewestMs > 2 * gap.medianGapMs) {
    delayMs = (gap.sinceNewestMs / 2) * policy.adaptiveGapFraction;
    basis = `${share(policy.adaptiveGapFraction / 2)} the time since the newest item (${formatDuration(gap.sinceNewestMs)}), quiet for more than twice the usual gap (${formatDuration(gap.medianGapMs)} over ${gap.items} items)`;
  } else {
    delayMs = gap.medianGapMs * policy.adaptiveGapFraction;
    basis = `${share(policy.adaptiveGapFraction)} the median gap (${formatDuration(gap.medianGapMs)}) between ${gap.items} recent items`;
  }
  if (delayMs < policy.minIntervalMs) {
    delayMs = policy.minIntervalMs;
    notes.push(`raised to the minimum interval ${formatDuration(policy.minIntervalMs)}`);
  } else if (delayMs > policy.maxIntervalMs) {
    delayMs = policy.maxIntervalMs;
    notes.push(`capped at the maximum interval ${formatDuration(policy.maxIntervalMs)}`);
  }

  const ttl = input.feedHints?.ttlMinutes;
  if (ttl !== undefined) {
    if (!Number.isFinite(ttl) || ttl <= 0) notes.push(`ignored RSS ttl ${String(ttl)}`);
    else {
      const ttlMs = Math.min(ttl * 60_000, policy.maxIntervalMs);
      if (ttlMs > delayMs) {
        delayMs = ttlMs;
        notes.push(`RSS ttl ${ttl} min${ttlMs < ttl * 60_000 ? ' (capped at the maximum interval)' : ''} is a lower bound`);
      }
    }
  }

  const fresh = freshnessLifetime(input.headers, now);
  if (fresh) {
    const freshMs = Math.min(fresh.ms, policy.maxIntervalMs);
    if (freshMs > delayMs) {
      delayMs = freshMs;
      notes.push(`${fresh.source} keeps the response fresh for ${formatDuration(fresh.ms)}${freshMs < fresh.ms ? ' (capped at the maximum interval)' : ''}`);
    }
  }
  return { delayMs, summary: input.outcome === 'NOT_MODIFIED' ? 'not modified' : 'fetched', basis, notes };
}

function failureDelay(input: PlanNextFetchInput, grade: FailureGrade): DelayStep {
  const { now, policy } = input;
  const run = input.consecutiveFailures + 1;
  const hard = grade === 'HARD';
  const factor = hard ? policy.hardBackoffFactor : policy.temporaryBackoffFactor;
  const exponent = hard ? run : run - 1;
  const backoff = policy.failureBaseDelayMs * Math.pow(factor, exponent);
  let delayMs = Math.min(backoff, policy.maxBackoffMs);
  const summary = `${describeFailure(input.outcome, input.httpStatus)} (${grade.toLowerCase()} failure, ${ordinal(run)} in a row)`;
  const basis = `${grade.toLowerCase()} backoff ${formatDuration(policy.failureBaseDelayMs)} × ${factor}^${exponent}${backoff > policy.maxBackoffMs ? `, capped at ${formatDuration(policy.maxBackoffMs)}` : ''}`;
  const notes: string[] = [];

  if (input.outcome === 'HTTP_429' || input.outcome === 'HTTP_5XX') {
    const asked = retryAfter(input.headers, now);
    if (asked) {
      const askedMs = Math.min(asked.ms, policy.maxBackoffMs);
      if (askedMs > delayMs) {
        delayMs = askedMs;
        notes.push(`server asked ${asked.source}${askedMs < asked.ms ? ` (capped at ${formatDuration(policy.maxBackoffMs)})` : ''}`);
      }
    }
  }

  const limit = hard ? Math.min(policy.maxConsecutiveHardFailures, policy.maxConsecutiveFailures) : policy.maxConsecutiveFailures;
  if (run >= limit) {
    const described = `${run} consecutive failures (the limit is ${limit} when the latest is ${grade.toLowerCase()})`;
    const paused = `${described}; last: ${describeFailure(input.outcome, input.httpStatus)}`;
    return { delayMs: policy.pausedProbeMs, summary, basis: `paused after ${described}, probed once more after ${formatDuration(policy.pausedProbeMs)}`, notes: [], paused };
  }
  return { delayMs, summary, basis, notes };
}

function describeFailure(outcome: FetchOutcomeKind, status: number | undefined): string {
  switch (outcome) {
    case 'TIMEOUT':
      return 'timed out';
    case 'NETWORK':
      return 'network error';
    case 'HTTP_404_410':
      return `HTTP ${status ?? '404/410'} (feed not found or gone)`;
    case 'HTTP_429':
      return 'HTTP 429 (rate limited)';
    case 'HTTP_5XX':
      return `HTTP ${status ?? '5xx'} (server error)`;
    case 'HTTP_4XX':
      return `HTTP ${status ?? '4xx'} (request refused)`;
    case 'PARSE_ERROR':
      return 'the document could not be parsed';
    case 'BLOCKED':
      return 'the address is refused by the fetch policy';
    default:
      return outcome;
  }
}

/** FNV-1a of the string, mapped to [0, 1): the same source at the same time always gets the same jitter. */
function unitHash(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 0x1_0000_0000;
}

function share(fraction: number): string {
  if (fraction === 0.5) return 'half';
  if (fraction === 0.25) return 'a quarter of';
  return `${fraction} ×`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
