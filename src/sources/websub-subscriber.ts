import { randomBytes } from 'node:crypto';
import { FetchError } from '../ingest/fetch/fetch-error.js';
import { fetchDocument } from '../ingest/fetch/fetch-document.js';
import type { SourceDoc } from '../storage/documents.js';
import type { SourceScheduleRepository } from '../storage/source-schedule-repository.js';
import type { BaseFetchOptions, HubSubscriber } from './source-refresher.js';
import type { HubLinks } from './websub-links.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface WebSubSubscriberOptions {
  /** The gateway's public base URL: hubs call back at `<publicUrl>/websub/<sourceId>`. */
  publicUrl: string;
  fetch: BaseFetchOptions;
  now: () => Date;
  /** Subscription length asked of hubs (hub.lease_seconds); hubs may grant less. */
  leaseSeconds: number;
  log?: { warn(details: object, message: string): void };
}

/** The callback path of a source (the server routes /websub/* to WebSubEndpoint). */
export function webSubCallbackPath(sourceId: string): string {
  return `/websub/${encodeURIComponent(sourceId)}`;
}

/**
 * Subscribes sources to the WebSub hubs their feeds advertise (W3C WebSub §5.1): a form POST with
 * hub.mode=subscribe, the topic (the feed's rel=self URL), our callback and a fresh per-source secret,
 * so pushed content can be authenticated (X-Hub-Signature). The hub then verifies intent with a GET to the
 * callback, which WebSubEndpoint answers. Requests go through the safe fetcher (a hub is an untrusted URL
 * from a feed). A subscription is renewed when it has under a day left; a refused one is retried after a
 * day; polling carries on meanwhile.
 */
export class WebSubSubscriber implements HubSubscriber {
  constructor(
    private readonly schedule: SourceScheduleRepository,
    private readonly options: WebSubSubscriberOptions,
  ) {}

  callbackUrl(sourceId: string): string {
    return `${this.options.publicUrl.replace(/\/+$/, '')}${webSubCallbackPath(sourceId)}`;
  }

  async ensureSubscribed(source: SourceDoc, links: HubLinks): Promise<void> {
    if (!links.hub || !links.self) return;
    const now = this.options.now().getTime();
    const sub = source.websub;
    if (sub && sub.hub === links.hub && sub.topic === links.self) {
      if (sub.state === 'PENDING' && now - sub.requestedAt.getTime() < HOUR) return;
      if (sub.state === 'SUBSCRIBED' && sub.expiresAt && sub.expiresAt.getTime() - now > DAY) return;
      if ((sub.state === 'DENIED' || sub.state === 'FAILED') && now - sub.requestedAt.getTime() < DAY) return;
    }
    await this.subscribe(source, links.hub, links.self);
  }

  /** Asks the hub for a subscription; the outcome lands in `source.websub` (PENDING until the hub verifies). */
  async subscribe(source: SourceDoc, hub: string, topic: string): Promise<void> {
    const secret = randomBytes(24).toString('hex');
    await this.schedule.setWebSub(source._id, { hub, topic, secret, state: 'PENDING', requestedAt: this.options.now() });
    const error = await this.post(hub, { 'hub.mode': 'subscribe', 'hub.topic': topic, 'hub.callback': this.callbackUrl(source._id), 'hub.secret': secret, 'hub.lease_seconds': String(this.options.leaseSeconds) });
    if (error) {
      this.options.log?.warn({ source: source.url, hub, error }, 'WebSub subscription request failed');
      await this.schedule.updateWebSub(source._id, topic, { state: 'FAILED', error });
    }
  }

  /** Asks the hub to stop pushing (a removed source); failures only mean the hub keeps calling a 404. */
  async unsubscribe(source: SourceDoc): Promise<void> {
    const sub = source.websub;
    if (!sub || sub.state === 'DENIED' || sub.state === 'FAILED') return;
    const error = await this.post(sub.hub, { 'hub.mode': 'unsubscribe', 'hub.topic': sub.topic, 'hub.callback': this.callbackUrl(source._id) });
    if (error) this.options.log?.warn({ source: source.url, hub: sub.hub, error }, 'WebSub unsubscribe request failed');
  }

  /** Form POST to a hub; the error message, or undefined when the hub accepted (2xx, normally 202). */
  private async post(hub: string, form: Record<string, string>): Promise<string | undefined> {
    try {
      await fetchDocument(hub, { ...this.options.fetch, method: 'POST', body: new URLSearchParams(form).toString(), maxRedirects: 0, accept: '*/*' });
      return undefined;
    } catch (error) {
      if (error instanceof FetchError) return error.code === 'TOO_MANY_REDIRECTS' ? `the hub ${hub} redirected the subscription request` : error.message;
      throw error;
    }
  }
}
