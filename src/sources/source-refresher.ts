import type { NormalizedFeed } from '../domain/feed.js';
import { documentKind } from '../ingest/document-kind.js';
import { FetchError } from '../ingest/fetch/fetch-error.js';
import { fetchDocument, type FetchedDocument, type FetchOptions } from '../ingest/fetch/fetch-document.js';
import type { IngestPipeline, IngestReport } from '../ingest/pipeline.js';
import { bodyFingerprint, isUnchangedBody } from '../ingest/schedule/body-fingerprint.js';
import { fetchOutcomeForError, type FetchOutcomeKind } from '../ingest/schedule/fetch-outcome.js';
import { formatDuration } from '../ingest/schedule/format-duration.js';
import type { SchedulePolicy } from '../ingest/schedule/schedule-policy.js';
import { recordFetchOutcome, type SourceHealth } from '../ingest/schedule/source-health.js';
import type { FetchOutcomeDoc, SourceDoc, SourceLeaseDoc } from '../storage/documents.js';
import type { FetchRecord, SourceScheduleRepository } from '../storage/source-schedule-repository.js';
import { hubLinks, type HubLinks } from './websub-links.js';

/** Fetch settings the refresher passes through (validators, method and body are its own). */
export type BaseFetchOptions = Omit<FetchOptions, 'etag' | 'lastModified' | 'method' | 'body' | 'bodyType'>;

export interface SourceRefresherOptions {
  fetch: BaseFetchOptions;
  policy: SchedulePolicy;
  now: () => Date;
  /** How long a claim lasts; renewed once the bytes are in, before the (longer) store. */
  leaseMs: number;
  /** While a WebSub subscription is live, polling is only a fallback, at least this far apart. */
  websubPollIntervalMs: number;
}

/** Subscribes a source to its hub when its feed advertises one (src/sources/websub-subscriber.ts). */
export interface HubSubscriber {
  ensureSubscribed(source: SourceDoc, links: HubLinks): Promise<void>;
}

/** Where each stage's time went, for `npm run bench:ingest`. */
export interface RefreshTimings {
  fetchMs: number;
  /** Parse, extract, enrich and store (the pipeline), 0 when nothing was parsed. */
  ingestMs: number;
}

export interface RefreshResult {
  /** The source as recorded; null when the lease was lost or the source removed meanwhile (nothing recorded). */
  source: SourceDoc | null;
  outcome: FetchOutcomeKind;
  /** Set when the body was parsed and stored. */
  report?: IngestReport;
  errorMessage?: string;
  timings: RefreshTimings;
}

interface Attempt {
  outcome: FetchOutcomeKind;
  httpStatus?: number;
  headers?: Record<string, string>;
  errorMessage?: string;
  report?: IngestReport;
  fetched?: FetchedDocument;
}

/**
 * Fetches one source the way a poller should: conditional GET with the stored ETag/Last-Modified, a 304 or
 * a byte-identical body costs no parse, a URL that now serves a page instead of a feed is an error (not an
 * article filed under the feed), and every outcome, success or not, is folded into `Source.health`
 * (recordFetchOutcome) with the next fetch time. Validators and the body fingerprint are stored only
 * after a successful parse, so a broken document is fetched again rather than answered by a 304.
 */
export class SourceRefresher {
  constructor(
    private readonly pipeline: IngestPipeline,
    private readonly schedule: SourceScheduleRepository,
    private readonly options: SourceRefresherOptions,
    private readonly subscriber?: HubSubscriber,
  ) {}

  /** Fetches `source` now; with a lease, the record is written only if the lease still holds. */
  async refresh(source: SourceDoc, lease?: SourceLeaseDoc): Promise<RefreshResult> {
    const started = performance.now();
    let attempt: Attempt;
    let fetched: FetchedDocument | undefined;
    try {
      fetched = await fetchDocument(source.url, {
        ...this.options.fetch,
        ...(source.etag ? { etag: source.etag } : {}),
        ...(source.lastModified ? { lastModified: source.lastModified } : {}),
      });
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      attempt = {
        outcome: fetchOutcomeForError(error.code, error.status),
        errorMessage: error.message,
        ...(error.status !== undefined ? { httpStatus: error.status } : {}),
        ...(error.headers ? { headers: error.headers } : {}),
      };
    }
    const fetchMs = performance.now() - started;
    if (fetched) {
      if (lease && !(await this.schedule.renew(source._id, lease, this.options.now(), this.options.leaseMs))) {
        return { source: null, outcome: 'OK', timings: { fetchMs, ingestMs: 0 } };
      }
      attempt = await this.judge(source, fetched);
    }
    const ingestMs = performance.now() - started - fetchMs;
    return this.record(source, attempt!, lease, { fetchMs, ingestMs });
  }

  /**
   * Ingests content a hub pushed (WebSub fat ping) as if it had been fetched from the feed's URL, and
   * records it like a fetch: the push is the freshest news about the source.
   */
  async ingestPushed(source: SourceDoc, body: Uint8Array, contentType: string | undefined): Promise<RefreshResult> {
    const started = performance.now();
    const fetched: FetchedDocument = {
      url: source.url,
      status: 200,
      notModified: false,
      headers: contentType ? { 'content-type': contentType } : {},
      body,
      ...(contentType ? { contentType } : {}),
    };
    const attempt = await this.judge(source, fetched, true);
    return this.record(source, attempt, undefined, { fetchMs: 0, ingestMs: performance.now() - started });
  }

  private async judge(source: SourceDoc, fetched: FetchedDocument, pushed = false): Promise<Attempt> {
    const base = { httpStatus: fetched.status, headers: fetched.headers, fetched };
    if (fetched.notModified) return { ...base, outcome: 'NOT_MODIFIED' };
    if (!pushed && isUnchangedBody(fetched.body, source.bodyFingerprint)) return { ...base, outcome: 'NOT_MODIFIED' };
    const head = Buffer.from(fetched.body.subarray(0, 1024)).toString('utf8');
    const kind = documentKind(head, fetched.contentType);
    if (kind !== 'FEED') {
      const what = kind === 'PAGE' ? 'an HTML page' : 'plain text';
      return { ...base, outcome: 'PARSE_ERROR', errorMessage: `${fetched.url} now serves ${what}, not a feed (moved or replaced? check the site for its new feed)` };
    }
    const report = await this.pipeline.ingest({ fetched, sourceUrl: source.url });
    if (!report.feed) {
      const first = report.errors[0];
      return { ...base, outcome: 'PARSE_ERROR', report, errorMessage: first ? `${first.code}: ${first.message}` : 'the document could not be parsed' };
    }
    return { ...base, outcome: 'OK', report };
  }

  private async record(source: SourceDoc, attempt: Attempt, lease: SourceLeaseDoc | undefined, timings: RefreshTimings): Promise<RefreshResult> {
    const now = this.options.now();
    const feed = attempt.report?.feed;
    const recentItemDates = feed ? itemDates(feed) : source.recentItemDates;
    const feedHints = feed ? (feed.schedule ?? (feed.ttlMinutes !== undefined ? { ttlMinutes: feed.ttlMinutes } : {})) : source.feedHints;
    const health = recordFetchOutcome(
      source.health as SourceHealth | undefined,
      {
        now,
        outcome: attempt.outcome,
        jitterSeed: source._id,
        ...(attempt.httpStatus !== undefined ? { httpStatus: attempt.httpStatus } : {}),
        ...(attempt.errorMessage ? { errorMessage: attempt.errorMessage } : {}),
        ...(attempt.headers ? { headers: attempt.headers } : {}),
        ...(feedHints ? { feedHints } : {}),
        ...(recentItemDates ? { recentItemDates } : {}),
      },
      this.options.policy,
    );
    this.applyWebSubFallback(source, health, now);
    const record: FetchRecord = { health, nextFetchAt: health.nextFetchAt };
    if (!attempt.report) record.lastFetch = outcomeDoc(attempt, now);
    if (feed && attempt.fetched) {
      if (attempt.fetched.etag) record.etag = attempt.fetched.etag;
      if (attempt.fetched.lastModified) record.lastModified = attempt.fetched.lastModified;
      record.bodyFingerprint = bodyFingerprint(attempt.fetched.body);
      record.feedHints = feedHints ?? {};
      if (recentItemDates) record.recentItemDates = recentItemDates;
    }
    const updated = await this.schedule.recordFetch(source._id, record, lease);
    if (updated && feed && this.subscriber) await this.subscriber.ensureSubscribed(updated, hubLinks(feed, attempt.headers ?? {}));
    return {
      source: updated,
      outcome: attempt.outcome,
      ...(attempt.report ? { report: attempt.report } : {}),
      ...(attempt.errorMessage ? { errorMessage: attempt.errorMessage } : {}),
      timings,
    };
  }

  /** A live WebSub subscription delivers news by push: polling then only checks the hub did not go quiet. */
  private applyWebSubFallback(source: SourceDoc, health: SourceHealth, now: Date): void {
    const sub = source.websub;
    if (!sub || sub.state !== 'SUBSCRIBED' || !sub.expiresAt || sub.expiresAt <= now || health.paused || health.errorCount > 0) return;
    const fallback = new Date(now.getTime() + this.options.websubPollIntervalMs);
    if (fallback <= health.nextFetchAt) return;
    health.nextFetchAt = fallback;
    health.scheduleReason = `${health.scheduleReason}; WebSub pushes from ${new URL(sub.hub).host} are live, so polling is only a fallback every ${formatDuration(this.options.websubPollIntervalMs)}`;
  }
}

function itemDates(feed: NormalizedFeed): Date[] {
  const dates: Date[] = [];
  for (const item of feed.items) {
    const date = item.publishedAt ?? item.updatedAt;
    if (date) dates.push(date);
  }
  return dates;
}

function outcomeDoc(attempt: Attempt, at: Date): FetchOutcomeDoc {
  const ok = attempt.outcome === 'OK' || attempt.outcome === 'NOT_MODIFIED';
  return {
    at,
    status: attempt.outcome === 'NOT_MODIFIED' ? 'NOT_MODIFIED' : ok ? 'OK' : 'ERROR',
    ...(!ok && attempt.errorMessage ? { error: attempt.errorMessage } : {}),
    itemCount: 0,
    newCount: 0,
    updatedCount: 0,
    unchangedCount: 0,
  };
}
