import { randomUUID } from 'node:crypto';
import type { TopicKind } from '../domain/article.js';
import { stableId } from '../domain/ids.js';
import { slugify } from '../domain/text-keys.js';
import type { ArticleDoc, EventDoc, FetchOutcomeDoc, MentionDoc, QuoteDoc, RelationDoc, SourceDoc, SourceKind } from '../storage/documents.js';
import type { ArticleWrite } from '../storage/article-repository.js';
import type { Repositories } from '../storage/repositories.js';
import { urlKey, type ArticleCandidate, type MentionZone, type ResolvedCandidate } from './article-candidate.js';
import { enrichCandidate } from './enrich-candidate.js';
import { personKey } from './enrich/person-key.js';
import { mergeArticle } from './article-merge.js';
import { assignStories, StoryContentionError, type StoryChanges } from './story-assigner.js';
import { completeFromPages } from './complete-articles.js';
import { documentKind } from './document-kind.js';
import { draftCandidate } from './draft-candidate.js';
import { extractArticle } from './extract/extract-article.js';
import { feedCandidates } from './feed-candidates.js';
import type { NormalizedFeed } from '../domain/feed.js';
import { fetchDocument, type FetchedDocument, type FetchOptions } from './fetch/fetch-document.js';
import { issueFromError, type IngestIssue } from './ingest-issue.js';
import { canonicalizeUrl } from './merge/canonical-url.js';
import { parseFeed } from './parse/parse-feed.js';

/** What to ingest: a URL to fetch, or a document in hand (with where it came from). */
export interface IngestRequest {
  url?: string;
  content?: Uint8Array | string;
  contentType?: string;
  /** Source the document is filed under; defaults to the URL (feeds), the site (pages), or the inline-documents source. */
  sourceUrl?: string;
  /** A document the caller fetched itself (the source poller, with conditional GET): treated like a fetched `url`, headers included. */
  fetched?: FetchedDocument;
}

export interface IngestReport {
  source?: SourceDoc;
  /** Articles of the document in document order. */
  articleIds: string[];
  itemCount: number;
  newCount: number;
  updatedCount: number;
  unchangedCount: number;
  errors: IngestIssue[];
  /** The parsed feed, when the document was one (the scheduler reads item dates, ttl and hub links from it). */
  feed?: NormalizedFeed;
}

export interface PipelineOptions {
  fetch: Omit<FetchOptions, 'etag' | 'lastModified'>;
  /** Cap on inline documents, same meaning as the fetch cap. */
  maxDocumentBytes: number;
  now: () => Date;
}

/** Rounds of optimistic retries before an ingest gives up on articles others keep writing. */
const MAX_WRITE_ATTEMPTS = 6;

/** Where inline documents without a `sourceUrl` are filed. */
export const INLINE_SOURCE_URL = 'urn:newsgraph:inline-documents';

/**
 * Orchestrates ingestion: fetch (IO) → parse or extract (pure) → resolve people/topics → merge
 * decisions (pure) → idempotent writes (IO). Every failure becomes data: an issue in the report and
 * the source's recorded outcome; nothing here throws for bad input.
 */
export class IngestPipeline {
  constructor(
    private readonly repos: Repositories,
    private readonly options: PipelineOptions,
  ) {}

  /** Registers a source by URL (idempotent); the URL is canonicalized so one feed is one source. */
  async addSource(url: string, kind: SourceKind, settings: { fullArticles?: boolean } = {}): Promise<{ source?: SourceDoc; created: boolean; errors: IngestIssue[] }> {
    const canonical = canonicalizeUrl(url);
    if (!canonical) return { created: false, errors: [{ code: 'BAD_URL', message: `"${url}" is not an absolute http(s) URL`, field: 'url' }] };
    const { source, created } = await this.repos.sources.upsert(canonical, kind, this.options.now(), settings);
    return { source, created, errors: [] };
  }

  async ingest(request: IngestRequest): Promise<IngestReport> {
    const empty: IngestReport = { articleIds: [], itemCount: 0, newCount: 0, updatedCount: 0, unchangedCount: 0, errors: [] };
    const inputIssue = validateRequest(request);
    if (inputIssue) return { ...empty, errors: [inputIssue] };

    let content = request.content;
    let contentType = request.contentType;
    let documentUrl = request.url ?? request.sourceUrl;
    let headers: Record<string, string> = {};
    if (request.fetched) {
      content = request.fetched.body;
      contentType = request.fetched.contentType;
      documentUrl = request.fetched.url;
      headers = request.fetched.headers;
    }
    if (content === undefined && request.url) {
      try {
        const fetched = await fetchDocument(request.url, this.options.fetch);
        content = fetched.body;
        contentType = fetched.contentType;
        documentUrl = fetched.url;
        headers = fetched.headers;
      } catch (error) {
        const issue = issueFromError(error, 'url');
        if (!issue) throw error;
        const source = issue.code === 'BAD_URL' ? undefined : await this.recordFailure(request.sourceUrl ?? request.url, 'FEED', issue);
        return { ...empty, ...(source ? { source } : {}), errors: [issue] };
      }
    }
    if (content === undefined) return { ...empty, errors: [{ code: 'BAD_INPUT', message: 'give `url`, or `content` with `contentType`' }] };
    const size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    if (size > this.options.maxDocumentBytes) {
      return { ...empty, errors: [{ code: 'TOO_LARGE', message: `the document is ${size} bytes; the limit is ${this.options.maxDocumentBytes}`, field: 'content' }] };
    }
    const head = typeof content === 'string' ? content.slice(0, 1024) : Buffer.from(content.subarray(0, 1024)).toString('utf8');
    const kind = documentKind(head, contentType);
    return kind === 'FEED'
      ? this.ingestFeed(content, contentType, headers, documentUrl, request.sourceUrl ?? documentUrl ?? INLINE_SOURCE_URL, request.content === undefined)
      : this.ingestArticle(content, contentType, documentUrl, request);
  }

  private async ingestFeed(
    content: Uint8Array | string,
    contentType: string | undefined,
    headers: Record<string, string>,
    documentUrl: string | undefined,
    sourceUrl: string,
    fetched: boolean,
  ): Promise<IngestReport> {
    const now = this.options.now();
    const { source } = await this.repos.sources.upsert(sourceUrl, sourceUrl === INLINE_SOURCE_URL ? 'DOCUMENT' : 'FEED', now);
    let feed;
    try {
      feed = parseFeed(content, {
        ...(documentUrl && !documentUrl.startsWith('urn:') ? { url: documentUrl } : {}),
        ...(contentType ? { contentType } : {}),
        headers,
        maxBytes: this.options.maxDocumentBytes,
      });
    } catch (error) {
      const issue = issueFromError(error, fetched ? 'url' : 'content');
      if (!issue) throw error;
      const failed = await this.repos.sources.recordFetch(source._id, this.outcome('ERROR', now, issue.message));
      return { source: failed ?? source, articleIds: [], itemCount: 0, newCount: 0, updatedCount: 0, unchangedCount: 0, errors: [issue] };
    }
    const { candidates: fromFeed, skipped } = feedCandidates(feed, source._id);
    const completed = source.fullArticles
      ? await completeFromPages(fromFeed, source._id, (url) => fetchDocument(url, { ...this.options.fetch, accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1' }))
      : { candidates: fromFeed, issues: [] };
    const report = await this.store(completed.candidates.map((candidate) => enrichCandidate(candidate)), source._id, now);
    const errors: IngestIssue[] = [
      ...skipped.map(({ index, reason }): IngestIssue => ({ code: 'BAD_INPUT', message: `skipped item ${index + 1}: ${reason}` })),
      ...completed.issues,
      ...report.issues,
    ];
    const outcome: FetchOutcomeDoc = { ...report.counts, at: now, status: 'OK', itemCount: feed.items.length };
    const updated = await this.repos.sources.recordFetch(source._id, outcome, {
      ...(feed.title ? { title: feed.title } : {}),
      ...(feed.link ? { siteUrl: feed.link } : {}),
    });
    return { source: updated ?? source, articleIds: report.articleIds, itemCount: feed.items.length, ...report.counts, errors, feed };
  }

  private async ingestArticle(content: Uint8Array | string, contentType: string | undefined, documentUrl: string | undefined, request: IngestRequest): Promise<IngestReport> {
    const now = this.options.now();
    const pageUrl = documentUrl && !documentUrl.startsWith('urn:') ? documentUrl : undefined;
    const sourceUrl = request.sourceUrl ?? (pageUrl ? siteOf(pageUrl) : INLINE_SOURCE_URL);
    const sourceKind: SourceKind = request.sourceUrl || pageUrl ? 'SITE' : 'DOCUMENT';
    const { source } = await this.repos.sources.upsert(sourceUrl, sourceKind, now);
    let draft;
    try {
      draft = extractArticle(content, { ...(pageUrl ? { url: pageUrl } : {}), ...(contentType ? { contentType } : {}), maxBytes: this.options.maxDocumentBytes });
    } catch (error) {
      const issue = issueFromError(error, request.content === undefined ? 'url' : 'content');
      if (!issue) throw error;
      const failed = await this.repos.sources.recordFetch(source._id, this.outcome('ERROR', now, issue.message));
      return { source: failed ?? source, articleIds: [], itemCount: 0, newCount: 0, updatedCount: 0, unchangedCount: 0, errors: [issue] };
    }
    const captions = draft.images.map((image) => image.caption).filter(isString);
    const candidate = enrichCandidate(draftCandidate(draft, source._id, pageUrl), captions);
    const report = await this.store([candidate], source._id, now);
    const updated = await this.repos.sources.recordFetch(
      source._id,
      { ...report.counts, at: now, status: 'OK', itemCount: 1 },
      { ...(draft.siteName ? { title: draft.siteName } : {}), headlines: draft.siteLinks },
    );
    return { source: updated ?? source, articleIds: report.articleIds, itemCount: 1, ...report.counts, errors: report.issues };
  }

  /** Resolves, merges and writes candidates: a fixed number of commands per document, whatever its size. */
  private async store(candidates: ArticleCandidate[], sourceId: string, now: Date) {
    const { resolved, personIdByKey, topicIdBySlug } = await this.resolveEntities(candidates, now);
    const token = randomUUID();
    const writes = new Map<string, ArticleWrite>();
    const written = new Map<ResolvedCandidate, ArticleDoc>();
    // Optimistic concurrency: articles another ingest wrote since we read them are decided again.
    let pending = resolved;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt === MAX_WRITE_ATTEMPTS) throw new Error(`${pending.length} articles kept changing under concurrent ingests; giving up after ${attempt} attempts`);
      const existing = await this.repos.articles.findByKeys([...new Set(pending.flatMap((c) => c.keys))]);
      const decided = decideWrites(pending, existing, sourceId, now);
      const lost = await this.repos.articles.applyWrites([...decided.writes.values()], token, now);
      for (const [id, write] of decided.writes) if (!lost.has(id)) writes.set(id, write);
      for (const [candidate, doc] of decided.docs) if (!lost.has(doc._id)) written.set(candidate, doc);
      pending = pending.filter((candidate) => lost.has(decided.docs.get(candidate)?._id ?? ''));
    }
    const articleIds = [...new Set(resolved.map((candidate) => written.get(candidate)?._id).filter(isString))];
    // Quotes belong to a text: they are replaced only when the article keeps this candidate's body.
    const quotes = new Map<string, QuoteDoc[]>();
    for (const [candidate, doc] of written) {
      if (doc.bodyText === candidate.bodyText && writes.get(doc._id)?.outcome !== 'UNCHANGED') quotes.set(doc._id, quoteDocs(doc, candidate, personIdByKey, topicIdBySlug));
    }
    const counts = { newCount: 0, updatedCount: 0, unchangedCount: 0 };
    for (const write of writes.values()) {
      if (write.outcome === 'NEW') counts.newCount++;
      else if (write.outcome === 'UPDATED') counts.updatedCount++;
      else counts.unchangedCount++;
    }
    await this.repos.quotes.replaceForArticles([...quotes.keys()], [...quotes.values()].flat());
    await this.storeLinks([...writes.values()].map((w) => w.doc), now);
    const issues: IngestIssue[] = [];
    let stories: StoryChanges = { coverage: [], merges: [] };
    try {
      stories = await assignStories(this.repos, resolved, [...writes.values()], now);
    } catch (error) {
      // The articles are stored; only their story waits for the next sighting.
      if (!(error instanceof StoryContentionError)) throw error;
      issues.push({ code: 'CONTENDED', message: error.message });
    }
    // Last, so a subscriber reading the article sees its story.
    await this.repos.events.append(liveEvents([...writes.values()], stories, now));
    return { articleIds, counts, issues };
  }

  /** Resolves every person and topic the candidates name (authors, mentions, quote speakers, tags): two reads, two bulk writes. */
  private async resolveEntities(candidates: ArticleCandidate[], now: Date) {
    const people = new Map<string, { key: string; name: string; aliases: Set<string> }>();
    const addPerson = (name: string, key: string, aliases: readonly string[] = []) => {
      if (!key) return;
      const entry = people.get(key) ?? { key, name, aliases: new Set<string>() };
      for (const alias of aliases) entry.aliases.add(alias);
      people.set(key, entry);
    };
    const topics = new Map<string, { slug: string; name: string; kind: TopicKind }>();
    const addTopic = (name: string, kind: TopicKind) => {
      const slug = slugify(name);
      if (slug && !topics.has(slug)) topics.set(slug, { slug, name, kind });
    };
    for (const candidate of candidates) {
      for (const name of candidate.authors) addPerson(name, personKey(name));
      for (const person of candidate.people) addPerson(person.name, person.key, person.aliases);
      for (const topic of candidate.topics) addTopic(topic.name, topic.kind);
      for (const quote of candidate.quotes) {
        if (quote.speakerKind === 'PERSON') addPerson(quote.speaker, quote.speakerKey);
        else addTopic(quote.speaker, 'ORGANIZATION');
      }
    }
    const personList = [...people.values()].map(({ key, name, aliases }) => ({ key, name, aliases: [...aliases] }));
    const topicList = [...topics.values()];
    const [pIds, tIds] = await Promise.all([this.repos.people.resolveMany(personList, now), this.repos.topics.resolveMany(topicList, now)]);
    const personIdByKey = new Map(personList.map((p, i) => [p.key, pIds[i] as string]));
    const topicIdBySlug = new Map(topicList.map((t, i) => [t.slug, tIds[i] as string]));
    const resolved: ResolvedCandidate[] = candidates.map((candidate) => ({
      ...candidate,
      authorIds: unique(candidate.authors.map((name) => personIdByKey.get(personKey(name))).filter(isString)),
      mentions: candidate.people.flatMap((person) => {
        const personId = personIdByKey.get(person.key);
        return personId ? [{ personId, key: person.key, name: person.name, roles: person.roles, zones: countZones(person.zones), salience: person.salience }] : [];
      }),
      topicIds: unique(candidate.topics.map((t) => topicIdBySlug.get(slugify(t.name))).filter(isString)),
    }));
    return { resolved, personIdByKey, topicIdBySlug };
  }

  /** LINKED edges from "Read more" links, pointing at the article when the graph has it; and links made earlier to these articles now resolve. */
  private async storeLinks(docs: ArticleDoc[], now: Date): Promise<void> {
    const linkKeys = docs.flatMap((doc) => doc.relatedLinks.map((link) => (link.url ? canonicalizeUrl(link.url) : undefined)).filter(isString).map(urlKey));
    const known = await this.repos.articles.idsByKeys(linkKeys);
    const edges: RelationDoc[] = [];
    for (const doc of docs) {
      doc.relatedLinks.forEach((link, index) => {
        const canonical = link.url ? canonicalizeUrl(link.url) : undefined;
        const toId = canonical ? known.get(urlKey(canonical)) : undefined;
        if (toId === doc._id) return;
        const target = canonical ?? `title:${slugify(link.title)}`;
        edges.push({
          _id: stableId(`${doc._id}:LINKED:${target}`),
          fromId: doc._id,
          ...(toId ? { toId } : {}),
          ...(canonical ? { toUrl: canonical } : {}),
          title: link.title,
          kind: 'LINKED',
          // Earlier links in the text are usually the more relevant "Read more".
          score: Math.round((0.9 - Math.min(index, 8) * 0.05) * 100) / 100,
          reason: `"${truncate(doc.title, 80)}" links to it${link.url ? '' : ' by headline'} as further reading`,
          createdAt: now,
        });
      });
    }
    await this.repos.relations.upsertMany(edges);
    const newUrls = new Map<string, string>();
    for (const doc of docs) if (doc.url) newUrls.set(doc.url, doc._id);
    await this.repos.relations.resolveTargets(newUrls);
  }

  private outcome(status: FetchOutcomeDoc['status'], at: Date, error?: string): FetchOutcomeDoc {
    return { at, status, ...(error ? { error } : {}), itemCount: 0, newCount: 0, updatedCount: 0, unchangedCount: 0 };
  }

  private async recordFailure(url: string, kind: SourceKind, issue: IngestIssue): Promise<SourceDoc | undefined> {
    const canonical = canonicalizeUrl(url);
    if (!canonical) return undefined;
    const now = this.options.now();
    const { source } = await this.repos.sources.upsert(canonical, kind, now);
    return (await this.repos.sources.recordFetch(source._id, this.outcome('ERROR', now, issue.message))) ?? source;
  }
}

function validateRequest(request: IngestRequest): IngestIssue | undefined {
  if (request.url !== undefined && request.content !== undefined) return { code: 'BAD_INPUT', message: 'give either `url` or `content`, not both' };
  if (request.url === undefined && request.content === undefined && request.fetched === undefined) return { code: 'BAD_INPUT', message: 'give `url`, or `content` with `contentType`' };
  if (request.url !== undefined && !canonicalizeUrl(request.url)) return { code: 'BAD_URL', message: `"${request.url}" is not an absolute http(s) URL`, field: 'url' };
  if (request.sourceUrl !== undefined && !canonicalizeUrl(request.sourceUrl)) {
    return { code: 'BAD_URL', message: `"${request.sourceUrl}" is not an absolute http(s) URL`, field: 'sourceUrl' };
  }
  return undefined;
}

function siteOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}/`;
}

/** What live subscribers are told about one document's writes. */
function liveEvents(writes: readonly ArticleWrite[], stories: StoryChanges, at: Date): Omit<EventDoc, '_id'>[] {
  return [
    ...writes
      .filter((w) => w.outcome !== 'UNCHANGED')
      .map((w) => ({ at, kind: w.outcome === 'NEW' ? ('ARTICLE_NEW' as const) : ('ARTICLE_UPDATED' as const), articleId: w.doc._id })),
    ...stories.coverage.map(({ articleId, storyId }) => ({ at, kind: 'STORY_NEW_SOURCE' as const, articleId, storyId })),
    ...stories.merges.map(({ articleId, into }) => ({ at, kind: 'STORIES_MERGED' as const, articleId, storyId: into })),
  ];
}

/**
 * Merge decisions for a batch against what is stored. A document listing one article twice merges both
 * into one write, judged against the stored state (its outcome is the first's unless a later one
 * changed content).
 */
function decideWrites(candidates: readonly ResolvedCandidate[], existing: readonly ArticleDoc[], sourceId: string, now: Date) {
  const byKey = new Map<string, ArticleDoc>();
  for (const doc of existing) for (const key of doc.keys) byKey.set(key, doc);
  const writes = new Map<string, ArticleWrite>();
  const docs = new Map<ResolvedCandidate, ArticleDoc>();
  for (const candidate of candidates) {
    const match = candidate.keys.map((key) => byKey.get(key)).find((doc) => doc !== undefined);
    const write = mergeArticle(match, candidate, sourceId, now);
    const prior = writes.get(write.doc._id);
    if (prior) {
      const outcome = prior.outcome === 'NEW' ? 'NEW' : prior.outcome === 'UPDATED' || write.outcome === 'UPDATED' ? 'UPDATED' : 'UNCHANGED';
      // The second merge started from the first's document: one write, at the revision the first saw.
      const touchOnly = prior.touchOnly && write.touchOnly;
      const revision = prior.outcome === 'NEW' ? 1 : (prior.expectedRevision ?? 0) + (touchOnly ? 0 : 1);
      writes.set(write.doc._id, { doc: { ...write.doc, revision }, outcome, expectedRevision: prior.expectedRevision, touchOnly });
    } else {
      writes.set(write.doc._id, write);
    }
    for (const key of write.doc.keys) byKey.set(key, write.doc);
    docs.set(candidate, write.doc);
  }
  // Later candidates of the same article see its final merged document.
  for (const [candidate, doc] of docs) docs.set(candidate, writes.get(doc._id)?.doc ?? doc);
  return { writes, docs };
}

function quoteDocs(doc: ArticleDoc, candidate: ArticleCandidate, personIdByKey: Map<string, string>, topicIdBySlug: Map<string, string>): QuoteDoc[] {
  return candidate.quotes.flatMap((quote, position) => {
    const speakerId = quote.speakerKind === 'PERSON' ? personIdByKey.get(quote.speakerKey) : topicIdBySlug.get(slugify(quote.speaker));
    if (!speakerId) return [];
    return [{
      _id: stableId(`quote:${doc._id}:${quote.text}`),
      articleId: doc._id,
      position,
      text: quote.text,
      speakerName: quote.speaker,
      speakerKind: quote.speakerKind,
      speakerId,
      sortDate: doc.sortDate,
    }];
  });
}

function countZones(zones: readonly MentionZone[]): MentionDoc['zones'] {
  const counts = { TITLE: 0, LEAD: 0, BODY: 0, CAPTION: 0 };
  for (const zone of zones) counts[zone]++;
  return counts;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function isString(value: string | undefined): value is string {
  return typeof value === 'string';
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
