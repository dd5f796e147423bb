import type { IngestPipeline } from '../ingest/pipeline.js';
import { resolveSchedulePolicy, type SchedulePolicy } from '../ingest/schedule/schedule-policy.js';
import type { Repositories } from '../storage/repositories.js';
import { DiscoveryService } from './discovery-service.js';
import { OpmlService } from './opml-service.js';
import { SourceRefresher, type BaseFetchOptions } from './source-refresher.js';
import { SourceService } from './source-service.js';
import { WebSubEndpoint } from './websub-endpoint.js';
import { WebSubSubscriber } from './websub-subscriber.js';

export interface SourceRuntimeOptions {
  fetch: BaseFetchOptions;
  now: () => Date;
  /** Overrides of DEFAULT_SCHEDULE_POLICY (e.g. the failure runs that pause a source). */
  policy?: Partial<SchedulePolicy>;
  leaseMs: number;
  workerId: string;
  websubPollIntervalMs: number;
  /** WebSub is on when set: hubs call back under this base URL. */
  publicUrl?: string;
  /** hub.lease_seconds asked for (default 10 days). */
  websubLeaseSeconds?: number;
  /** Largest pushed document accepted. */
  maxDocumentBytes: number;
  log?: { warn(details: object, message: string): void };
}

export interface SourceRuntime {
  service: SourceService;
  refresher: SourceRefresher;
  /** Present when WebSub is on. */
  websub?: { subscriber: WebSubSubscriber; endpoint: WebSubEndpoint };
}

/** Wires the source services (no timers: the composition root creates pollers). */
export function createSourceRuntime(repos: Repositories, pipeline: IngestPipeline, options: SourceRuntimeOptions): SourceRuntime {
  const policy = resolveSchedulePolicy(options.policy);
  const leaseSeconds = options.websubLeaseSeconds ?? 10 * 24 * 3600;
  const subscriber = options.publicUrl
    ? new WebSubSubscriber(repos.sourceSchedule, { publicUrl: options.publicUrl, fetch: options.fetch, now: options.now, leaseSeconds, ...(options.log ? { log: options.log } : {}) })
    : undefined;
  const refresher = new SourceRefresher(
    pipeline,
    repos.sourceSchedule,
    { fetch: options.fetch, policy, now: options.now, leaseMs: options.leaseMs, websubPollIntervalMs: options.websubPollIntervalMs },
    subscriber,
  );
  const service = new SourceService(
    repos,
    pipeline,
    refresher,
    new DiscoveryService({ fetch: options.fetch }),
    new OpmlService(repos, pipeline, options.now),
    { now: options.now, workerId: options.workerId, leaseMs: options.leaseMs },
    subscriber,
  );
  const endpoint = subscriber
    ? new WebSubEndpoint(repos.sourceSchedule, refresher, { now: options.now, maxBodyBytes: options.maxDocumentBytes, defaultLeaseSeconds: leaseSeconds, ...(options.log ? { log: options.log } : {}) })
    : undefined;
  return { service, refresher, ...(subscriber && endpoint ? { websub: { subscriber, endpoint } } : {}) };
}
