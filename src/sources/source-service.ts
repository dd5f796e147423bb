import type { IngestIssue } from '../ingest/ingest-issue.js';
import type { IngestPipeline } from '../ingest/pipeline.js';
import { resumeSource, type SourceHealth } from '../ingest/schedule/source-health.js';
import type { SourceDoc, SourceKind } from '../storage/documents.js';
import type { Repositories } from '../storage/repositories.js';
import type { DiscoveryResult, DiscoveryService } from './discovery-service.js';
import type { ImportProgress, OpmlImportReport, OpmlService } from './opml-service.js';
import type { RefreshResult, SourceRefresher } from './source-refresher.js';
import type { WebSubSubscriber } from './websub-subscriber.js';

export type SourceIssueCode = IngestIssue['code'] | 'NOT_FOUND' | 'CONFLICT';

export interface SourceIssue {
  code: SourceIssueCode;
  message: string;
  field?: string;
}

export interface SourceServiceOptions {
  now: () => Date;
  /** Lease owner for manual refreshes (they take a lease like a poller, so they never race one). */
  workerId: string;
  leaseMs: number;
}

/**
 * What people do with sources (GraphQL mutations and `npx newsgraph sources ...`): add (directly, or by
 * discovering a site's feed), refresh now, resume a paused source, remove, import and export OPML.
 * Added feeds go on the polling schedule, due now.
 */
export class SourceService {
  constructor(
    private readonly repos: Repositories,
    private readonly pipeline: IngestPipeline,
    private readonly refresher: SourceRefresher,
    private readonly discovery: DiscoveryService,
    private readonly opml: OpmlService,
    private readonly options: SourceServiceOptions,
    private readonly websub?: WebSubSubscriber,
  ) {}

  /** Registers a source and, for feeds, schedules it. */
  async add(url: string, kind: SourceKind = 'FEED', settings: { fullArticles?: boolean } = {}): Promise<{ source?: SourceDoc; created: boolean; errors: SourceIssue[] }> {
    const result = await this.pipeline.addSource(url, kind, settings);
    if (!result.source || kind !== 'FEED') return result;
    await this.repos.sourceSchedule.schedule([result.source._id], this.options.now());
    return { ...result, source: (await this.repos.sourceSchedule.findById(result.source._id)) ?? result.source };
  }

  /**
   * `sources add <url>`: a feed URL is added as it is; a site or page URL is searched for feeds
   * (discoverFeeds) and the first one found, the site's main feed by convention, is added.
   */
  async addDiscovering(url: string): Promise<{ source?: SourceDoc; created: boolean; discovery: DiscoveryResult; errors: SourceIssue[] }> {
    const discovery = await this.discovery.discover(url);
    const first = discovery.feeds[0];
    if (!first) return { created: false, discovery, errors: discovery.errors };
    const added = await this.add(first.url, 'FEED');
    return { ...added, discovery };
  }

  discover(siteUrl: string): Promise<DiscoveryResult> {
    return this.discovery.discover(siteUrl);
  }

  /** Fetches a source now, under a lease (refused while a poller holds it). */
  async refresh(id: string): Promise<{ result?: RefreshResult; errors: SourceIssue[] }> {
    const claimed = await this.repos.sourceSchedule.claimById(id, this.options.workerId, this.options.now(), this.options.leaseMs);
    if (!claimed) {
      const source = await this.repos.sourceSchedule.findById(id);
      if (!source) return { errors: [notFound(id)] };
      return { errors: [{ code: 'CONFLICT', message: `the source is being fetched by ${source.lease?.owner ?? 'another worker'} (lease until ${source.lease?.expiresAt.toISOString() ?? '?'}); try again shortly`, field: 'id' }] };
    }
    const result = await this.refresher.refresh(claimed.source, claimed.lease);
    const errors: SourceIssue[] = [];
    if (result.errorMessage) errors.push({ code: result.outcome === 'PARSE_ERROR' ? 'PARSE_FAILED' : result.outcome === 'BLOCKED' ? 'BAD_URL' : 'FETCH_FAILED', message: result.errorMessage });
    return { result, errors };
  }

  /** Clears a pause: the error run starts over and the source is due now. */
  async resume(id: string): Promise<{ source?: SourceDoc; errors: SourceIssue[] }> {
    const source = await this.repos.sourceSchedule.findById(id);
    if (!source) return { errors: [notFound(id)] };
    const now = this.options.now();
    const health: SourceHealth = source.health
      ? resumeSource(source.health as SourceHealth, now)
      : { errorCount: 0, nextFetchAt: now, scheduleReason: 'resumed by hand; fetch now', itemsPerDay: 0 };
    const updated = await this.repos.sourceSchedule.setHealth(id, health);
    return updated ? { source: updated, errors: [] } : { errors: [notFound(id)] };
  }

  /** Removes a source (its articles stay) and tells its WebSub hub to stop pushing. */
  async remove(id: string): Promise<{ source?: SourceDoc; errors: SourceIssue[] }> {
    const removed = await this.repos.sourceSchedule.remove(id);
    if (!removed) return { errors: [notFound(id)] };
    await this.websub?.unsubscribe(removed);
    return { source: removed, errors: [] };
  }

  importOpml(content: string | Uint8Array, onProgress?: ImportProgress): Promise<OpmlImportReport> {
    return this.opml.importOpml(content, onProgress);
  }

  exportOpml(): Promise<string> {
    return this.opml.exportOpml();
  }

  /** A source by id or URL (the CLI accepts either). */
  async find(idOrUrl: string): Promise<SourceDoc | null> {
    return (await this.repos.sourceSchedule.findById(idOrUrl)) ?? (await this.repos.sources.findByUrl(idOrUrl));
  }
}

function notFound(id: string): SourceIssue {
  return { code: 'NOT_FOUND', message: `no source with id ${id}`, field: 'id' };
}
