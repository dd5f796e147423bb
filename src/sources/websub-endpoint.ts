import type http from 'node:http';
import type { SourceScheduleRepository } from '../storage/source-schedule-repository.js';
import type { SourceRefresher } from './source-refresher.js';
import { verifyHubSignature } from './websub-links.js';
import { readBody } from '../read-body.js';

export interface WebSubEndpointOptions {
  now: () => Date;
  /** Largest pushed document accepted. */
  maxBodyBytes: number;
  /** Used when a hub confirms without hub.lease_seconds. */
  defaultLeaseSeconds: number;
  log?: { warn(details: object, message: string): void };
}

export interface EndpointAnswer {
  status: number;
  body: string;
}

const SOURCE_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * The subscriber side of WebSub at `/websub/<sourceId>`: GET answers a hub's verification of intent (echo
 * hub.challenge only for the subscription we asked for: same topic, still wanted), POST receives pushed
 * content, authenticated with the per-source secret (X-Hub-Signature HMAC) before it is ingested. Content
 * that fails the check is acknowledged with 202 and dropped, as WebSub §8 allows, so a forger learns nothing.
 */
export class WebSubEndpoint {
  constructor(
    private readonly schedule: SourceScheduleRepository,
    private readonly refresher: Pick<SourceRefresher, 'ingestPushed'>,
    private readonly options: WebSubEndpointOptions,
  ) {}

  /** Serves one request under /websub/; `pathname` is the request path. */
  async handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const id = decodeURIComponent(url.pathname.slice('/websub/'.length));
    let answer: EndpointAnswer;
    if (!SOURCE_ID.test(id)) answer = { status: 404, body: 'no such subscription' };
    else if (req.method === 'GET') answer = await this.verify(id, url.searchParams);
    else if (req.method === 'POST') {
      const body = await readBody(req, this.options.maxBodyBytes);
      answer = body ? await this.push(id, body, headerOf(req, 'content-type'), headerOf(req, 'x-hub-signature')) : { status: 413, body: `pushed content is larger than ${this.options.maxBodyBytes} bytes` };
    } else {
      res.setHeader('allow', 'GET, POST');
      answer = { status: 405, body: `method ${req.method ?? ''} is not allowed here` };
    }
    res.writeHead(answer.status, { 'content-type': 'text/plain; charset=utf-8' }).end(answer.body);
  }

  /** Verification of intent (WebSub §5.3) and denial notices (§5.2). */
  async verify(sourceId: string, params: URLSearchParams): Promise<EndpointAnswer> {
    const mode = params.get('hub.mode');
    const topic = params.get('hub.topic') ?? '';
    const source = await this.schedule.findById(sourceId);
    const sub = source?.websub;
    if (mode === 'denied') {
      if (sub && sub.topic === topic) await this.schedule.updateWebSub(sourceId, topic, { state: 'DENIED', error: `the hub denied the subscription${params.get('hub.reason') ? `: ${params.get('hub.reason')}` : ''}` });
      return { status: 200, body: '' };
    }
    const challenge = params.get('hub.challenge');
    if (!challenge) return { status: 400, body: 'hub.challenge is missing' };
    if (mode === 'unsubscribe') {
      // We only ever ask to unsubscribe sources we removed or moved; confirming stops deliveries, never starts them.
      return !sub || sub.topic !== topic ? { status: 200, body: challenge } : { status: 404, body: 'this subscription is still wanted' };
    }
    if (mode !== 'subscribe') return { status: 400, body: `unknown hub.mode "${mode ?? ''}"` };
    if (!sub || sub.topic !== topic || (sub.state !== 'PENDING' && sub.state !== 'SUBSCRIBED')) return { status: 404, body: 'no such subscription request' };
    const seconds = Number(params.get('hub.lease_seconds'));
    const leaseSeconds = Number.isInteger(seconds) && seconds > 0 ? seconds : this.options.defaultLeaseSeconds;
    const now = this.options.now();
    await this.schedule.updateWebSub(sourceId, topic, { state: 'SUBSCRIBED', verifiedAt: now, expiresAt: new Date(now.getTime() + leaseSeconds * 1000) });
    return { status: 200, body: challenge };
  }

  /** Content distribution (WebSub §7–8). */
  async push(sourceId: string, body: Uint8Array, contentType: string | undefined, signature: string | undefined): Promise<EndpointAnswer> {
    const source = await this.schedule.findById(sourceId);
    const sub = source?.websub;
    if (!source || !sub || sub.state === 'DENIED') return { status: 410, body: 'no such subscription' };
    if (!verifyHubSignature(signature, body, sub.secret)) {
      this.options.log?.warn({ source: source.url, hub: sub.hub }, 'WebSub push with a missing or wrong signature ignored');
      return { status: 202, body: '' };
    }
    await this.schedule.updateWebSub(sourceId, sub.topic, { lastPushAt: this.options.now() });
    await this.refresher.ingestPushed(source, body, contentType);
    return { status: 200, body: '' };
  }
}

function headerOf(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

