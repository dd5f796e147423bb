import { candidateFeedUrls } from '../ingest/discover/candidate-feed-urls.js';
import { discoverFeeds } from '../ingest/discover/discover-feeds.js';
import { checkFeedUrl } from '../ingest/discover/feed-url.js';
import { documentKind } from '../ingest/document-kind.js';
import { FetchError } from '../ingest/fetch/fetch-error.js';
import { fetchDocument, type FetchedDocument } from '../ingest/fetch/fetch-document.js';
import type { IngestIssue } from '../ingest/ingest-issue.js';
import { parseFeed } from '../ingest/parse/parse-feed.js';
import type { BaseFetchOptions } from './source-refresher.js';

export interface FoundFeed {
  url: string;
  title?: string;
  format: 'rss' | 'atom' | 'json';
  /** SELF: the URL given is a feed; LINK: the page advertises it; PROBE: found at a common feed path. */
  via: 'SELF' | 'LINK' | 'PROBE';
}

export interface DiscoveryResult {
  feeds: FoundFeed[];
  errors: IngestIssue[];
}

const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, application/rss+xml;q=0.8, application/atom+xml;q=0.8, application/feed+json;q=0.8, */*;q=0.1';

/**
 * Finds a site's feeds: the URL itself when it already is a feed, else the page's `<link rel=alternate>`
 * feeds (in page order), else the common feed paths (candidateFeedUrls), probed a few at a time through the
 * safe fetcher and kept only when they parse as feeds. Probing stops after the first batch that finds one,
 * so a site costs a handful of requests, not two dozen.
 */
export class DiscoveryService {
  constructor(private readonly options: { fetch: BaseFetchOptions; probeConcurrency?: number }) {}

  async discover(siteUrl: string): Promise<DiscoveryResult> {
    const checked = checkFeedUrl(siteUrl);
    if (!checked.ok) return { feeds: [], errors: [{ code: 'BAD_URL', message: checked.reason, field: 'siteUrl' }] };
    let page: FetchedDocument | undefined;
    const errors: IngestIssue[] = [];
    try {
      page = await fetchDocument(checked.url, { ...this.options.fetch, accept: PAGE_ACCEPT });
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      if (error.code !== 'HTTP_STATUS') return { feeds: [], errors: [{ code: error.code === 'BAD_URL' || error.code === 'BLOCKED_ADDRESS' ? 'BAD_URL' : 'FETCH_FAILED', message: error.message, field: 'siteUrl' }] };
      errors.push({ code: 'FETCH_FAILED', message: `${error.message}; probing common feed paths instead`, field: 'siteUrl' });
    }
    const pageUrl = page?.url ?? checked.url;
    if (page) {
      const self = asFeed(page);
      if (self) return { feeds: [{ ...self, via: 'SELF' }], errors };
      const linked = discoverFeeds(Buffer.from(page.body).toString('utf8'), pageUrl);
      if (linked.length > 0) return { feeds: linked.map((feed) => ({ url: feed.url, ...(feed.title ? { title: feed.title } : {}), format: feed.type, via: 'LINK' })), errors };
    }
    const feeds = await this.probe(candidateFeedUrls(pageUrl));
    if (feeds.length === 0) errors.push({ code: 'UNSUPPORTED_CONTENT', message: `${pageUrl} advertises no feed and none was found at the common feed paths`, field: 'siteUrl' });
    return { feeds, errors };
  }

  private async probe(urls: readonly string[]): Promise<FoundFeed[]> {
    const size = this.options.probeConcurrency ?? 4;
    const found: FoundFeed[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < urls.length && found.length === 0; i += size) {
      const batch = await Promise.all(urls.slice(i, i + size).map((url) => fetchDocument(url, this.options.fetch).then(asFeed, () => undefined)));
      for (const feed of batch) {
        if (!feed || seen.has(feed.url)) continue;
        seen.add(feed.url);
        found.push({ ...feed, via: 'PROBE' });
      }
    }
    return found;
  }
}

/** The document as a feed, when it parses as one. */
function asFeed(doc: FetchedDocument): Omit<FoundFeed, 'via'> | undefined {
  if (doc.notModified || doc.body.byteLength === 0) return undefined;
  if (documentKind(Buffer.from(doc.body.subarray(0, 1024)).toString('utf8'), doc.contentType) !== 'FEED') return undefined;
  try {
    const feed = parseFeed(doc.body, { url: doc.url, headers: doc.headers, ...(doc.contentType ? { contentType: doc.contentType } : {}) });
    return { url: doc.url, ...(feed.title ? { title: feed.title } : {}), format: feed.format };
  } catch {
    return undefined;
  }
}
