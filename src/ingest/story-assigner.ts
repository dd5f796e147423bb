import { contentHash, stableId } from '../domain/ids.js';
import type { ArticleDoc, ArticleSignatureDoc, StoryDoc } from '../storage/documents.js';
import type { ArticleWrite } from '../storage/article-repository.js';
import type { Repositories } from '../storage/repositories.js';
import type { PostingAppend, PostingEntry } from '../storage/story-repository.js';
import type { ResolvedCandidate } from './article-candidate.js';
import { assignStory, type StoryCandidate } from './merge/assign-story.js';
import { addToCentroid, mergeCentroids, signatureFeatures } from './merge/story-centroid.js';
import { storySignature, type StorySignature } from './merge/story-signature.js';
import { entitySlug } from './merge/text-tokens.js';
import { RELATED_LIMITS, relateStoredArticles } from './story-relations.js';

/** Stories kept per story key, most recently touched last (the bucket size the clustering was tuned with). */
export const STORIES_PER_KEY = 16;
/** Near-duplicate members kept per LSH band. */
export const MEMBERS_PER_BAND = 8;
/** Only stories active within this window before an article are candidates. */
export const STORY_WINDOW_MS = 3 * 24 * 3600_000;
/** People and topics tallied per story. */
const MAX_TALLY = 64;
/** People of an article that count for its story (most salient first). */
const PEOPLE_PER_ARTICLE = 8;
/** Characters of the lead hashed into the signature. */
const LEAD_CHARS = 400;

interface Prepared {
  doc: ArticleDoc;
  signature: StorySignature;
  stored: ArticleSignatureDoc;
  publishedAt: Date;
  entityNames: Record<string, string>;
}

/**
 * Assigns the articles of one ingest to stories and relates them to other stories, after the articles
 * are written. Rules:
 * - an article is assigned once, when it has no story yet (new articles, and articles stored before
 *   stories existed); re-ingesting changes nothing, because an assigned article is never assigned again
 *   (no new stories, counters or edges);
 * - an UPDATED article keeps its story (a corrected headline is still the same event, and moving it
 *   would rewrite two centroids on every edit); its stored signature follows the new title/lead so later
 *   near-duplicate and related lookups see the current text;
 * - a story lists every source its articles were seen in, including sources that only re-sighted an
 *   already assigned article.
 * Decisions are assignStory's; this function only fetches candidates from capped posting lists (point
 * reads by _id, one command per kind for the whole batch, never a scan), keeps the batch's own changes in
 * memory so two articles of one feed can meet exactly as they would in StoryIndex, and writes the result
 * (story states by compare-and-set, see writeStoryStates; posting lists, counters and assignments).
 */
/** What assignment changed that live subscribers care about (story ids final, after merges). */
export interface StoryChanges {
  /** A new article brought another outlet to an existing story. */
  coverage: { articleId: string; storyId: string }[];
  /** `articleId` joined `into` and made it absorb `from`. */
  merges: { from: string; into: string; articleId: string }[];
}

export async function assignStories(repos: Repositories, candidates: readonly ResolvedCandidate[], writes: readonly ArticleWrite[], now: Date): Promise<StoryChanges> {
  const toAssign: Prepared[] = [];
  const refreshed: { articleId: string; storyId: string; signature: ArticleSignatureDoc }[] = [];
  const sightedSources = new Map<string, string[]>();
  for (const { doc, outcome } of writes) {
    if (doc.storyId) {
      sightedSources.set(doc.storyId, [...new Set([...(sightedSources.get(doc.storyId) ?? []), ...doc.sourceIds])]);
      if (outcome !== 'UPDATED') continue;
      const prepared = prepare(doc, candidates);
      if (doc.signature?.inputHash !== prepared.stored.inputHash) refreshed.push({ articleId: doc._id, storyId: doc.storyId, signature: prepared.stored });
      continue;
    }
    toAssign.push(prepare(doc, candidates));
  }
  await Promise.all([
    repos.stories.updateSignatures(refreshed),
    repos.stories.addSources(sightedSources),
    // The new text's bands and entities find the corrected article from now on (old entries age out).
    repos.stories.appendPostings(refreshedPostings(refreshed)),
  ]);
  if (toAssign.length === 0) return { coverage: [], merges: [] };
  toAssign.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || (a.doc._id < b.doc._id ? -1 : 1));

  // Reads: one command per kind for the whole batch (posting lists, counters; then stories, minhashes).
  const [posted, stats] = await Promise.all([
    repos.stories.postings({ story: toAssign.flatMap((a) => a.signature.storyKeys), band: toAssign.flatMap((a) => a.signature.bandKeys) }),
    repos.stories.termStats(toAssign.flatMap((a) => signatureFeatures(a.signature))),
  ]);
  const bandEntries = [...posted.band.values()].flat();
  const [live, hashes] = await Promise.all([
    repos.stories.liveStories([...[...posted.story.values()].flat().map((e) => e.id), ...bandEntries.flatMap((e) => (e.storyId ? [e.storyId] : []))]),
    repos.stories.minhashes(bandEntries.map((e) => e.id)),
  ]);
  const bands = new Map<string, BandMember[]>();
  for (const [key, entries] of posted.band) {
    bands.set(key, entries.flatMap((e) => {
      const minhash = hashes.get(e.id)?.minhash;
      return minhash && e.storyId ? [{ articleId: e.id, storyId: e.storyId, minhash }] : [];
    }));
  }
  const batch = new StoryBatch(live.stories, live.resolved, posted.story, bands, stats.documents, stats.documentFrequency);
  for (const article of toAssign) batch.assign(article, now);

  const finalId = await writeStoryStates(repos, batch, now);
  const assigned = toAssign.map((a) => ({ article: a, assignedTo: batch.storyOf(a.doc._id), storyId: finalId(batch.storyOf(a.doc._id)) }));
  await Promise.all([
    repos.stories.assignArticles(
      assigned.map(({ article, storyId }) => ({ articleId: article.doc._id, storyId, signature: article.stored })),
      batch.merges.map(({ from, into }) => ({ from, into: finalId(into) })),
      batch.increments,
      assigned.length,
    ),
    repos.stories.appendPostings(postingAppends(assigned)),
  ]);
  await relateStoredArticles(
    repos,
    assigned.map(({ article, storyId }) => ({ doc: { ...article.doc, storyId }, signature: article.stored, entityNames: article.entityNames })),
    now,
  );
  return {
    coverage: batch.coverage.map(({ articleId, storyId }) => ({ articleId, storyId: finalId(storyId) })),
    merges: batch.merges.map(({ from, into, articleId }) => ({ from, into: finalId(into), articleId })),
  };
}

/** Band posting lists serve near-duplicate lookups and related-story lookups: the longer need wins. */
export const BAND_CAP = Math.max(MEMBERS_PER_BAND, RELATED_LIMITS.perBand);

/** Attempts at writing one story before giving up on a hot spot (each retry re-reads it). */
const MAX_STORY_WRITE_ATTEMPTS = 16;

/**
 * A story other ingests kept writing while this one tried to: its articles stay without a story and
 * are assigned when they are next seen (assignment skips only articles that already have one).
 */
export class StoryContentionError extends Error {
  constructor(storyId: string, attempts: number) {
    super(`story ${storyId}: still contended after ${attempts} attempts; its new articles are assigned when next seen`);
    this.name = 'StoryContentionError';
  }
}

/**
 * Waits before retrying a contended story: exponential (5 ms, 10 ms … capped at 250 ms) with jitter,
 * so writers that lost to each other do not collide again in lockstep.
 */
function backoff(attempt: number): Promise<void> {
  const ms = Math.min(250, 5 * 2 ** attempt) * (0.5 + Math.random());
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Writes the batch's story states by compare-and-set. Stories merged away go first, so the stories that
 * absorbed them fold in their final state. A story that lost a race (another ingest wrote it since it was
 * read) is re-read and the batch's own changes to it (added articles, absorbed stories) are replayed on
 * the fresh state, so neither ingest's update is lost; if it was meanwhile merged into another story, the
 * changes go to that story. Decisions already taken stand: they were made on a state a few milliseconds
 * old, as if the two ingests had run one after the other. Returns where each batch story ended up.
 */
async function writeStoryStates(repos: Repositories, batch: StoryBatch, now: Date): Promise<(storyId: string) => string> {
  const redirect = new Map<string, string>();
  const finalId = (storyId: string): string => {
    let id = batch.resolve(storyId);
    for (let next = redirect.get(id); next !== undefined && next !== id; next = redirect.get(id)) id = next;
    return id;
  };
  /** Final states of merged-away stories (for the stories absorbing them); undefined: absorbed by someone else. */
  const absorbedState = new Map<string, StoryDoc | undefined>();
  const apply = (base: StoryDoc | undefined, events: readonly StoryEvent[]): StoryDoc | undefined =>
    events.reduce<StoryDoc | undefined>((story, event) => {
      if (event.kind === 'add') return withArticle(story, event.article, now);
      const other = absorbedState.has(event.from) ? absorbedState.get(event.from) : batch.stateOf(event.from);
      return story && other ? absorb(story, other) : story;
    }, base);

  const replay = async (storyId: string, events: readonly StoryEvent[], mergeInto?: string): Promise<StoryDoc | undefined> => {
    let id = storyId;
    for (let attempt = 0; attempt < MAX_STORY_WRITE_ATTEMPTS; attempt++) {
      if (attempt > 0) await backoff(attempt);
      const [fresh] = await repos.stories.findByIds([id]);
      if (fresh?.mergedInto) {
        // Someone else merged it: our changes go to the story it lives on in. That story may not be
        // written yet (its writer stores merged-away stories first), so a missing target is waited for.
        const { resolved } = await repos.stories.liveStories([id]);
        const target = resolved.get(id) ?? (batch.stateOf(fresh.mergedInto) ? fresh.mergedInto : undefined);
        // Both ingests merged it into a story this batch writes only later: that story absorbs our state.
        if (target && mergeInto && batch.stateOf(target)) return batch.stateOf(id);
        if (!target || target === id) continue;
        redirect.set(id, target);
        id = target;
        mergeInto = undefined;
        continue;
      }
      const next = apply(fresh ?? undefined, events);
      if (!next) return undefined;
      const doc: StoryDoc = mergeInto ? { ...next, mergedInto: mergeInto } : next;
      const conflicts = await repos.stories.writeStories([{ doc, expectedRevision: fresh?.revision ?? 0 }], now);
      if (!conflicts.has(id)) return mergeInto ? next : undefined;
    }
    throw new StoryContentionError(storyId, MAX_STORY_WRITE_ATTEMPTS);
  };

  // Phase 1: stories merged away by the batch.
  const mergedAway = batch.mergedAwayStored();
  const lost = await repos.stories.writeStories(mergedAway.map(({ doc, expectedRevision }) => ({ doc, expectedRevision })), now);
  for (const { doc } of mergedAway) absorbedState.set(doc._id, lost.has(doc._id) ? undefined : batch.stateOf(doc._id));
  for (const { doc, events, into } of mergedAway) {
    if (lost.has(doc._id)) absorbedState.set(doc._id, await replay(doc._id, events, into));
  }
  // Phase 2: every other story the batch changed (a story absorbing a replayed one is replayed too).
  const changed = batch.changedStories();
  const stale = new Set(changed.filter((c) => c.events.some((e) => e.kind === 'absorb' && lost.has(e.from))).map((c) => c.doc._id));
  const fresh = changed.filter((c) => !stale.has(c.doc._id));
  const conflicts = await repos.stories.writeStories(fresh.map(({ doc, expectedRevision }) => ({ doc, expectedRevision })), now);
  for (const { doc, events } of changed) if (stale.has(doc._id) || conflicts.has(doc._id)) await replay(doc._id, events);
  return finalId;
}

/** Band and entity posting lists of updated articles whose signature changed. */
function refreshedPostings(refreshed: readonly { articleId: string; storyId: string; signature: ArticleSignatureDoc }[]): PostingAppend[] {
  const band = new Map<string, PostingEntry[]>();
  const entity = new Map<string, PostingEntry[]>();
  for (const { articleId, storyId, signature } of refreshed) {
    for (const key of signature.bandKeys) band.set(key, [...(band.get(key) ?? []), { id: articleId, storyId }]);
    for (const key of signature.entityKeys) entity.set(key, [...(entity.get(key) ?? []), { id: articleId }]);
  }
  return [
    { kind: 'band', cap: BAND_CAP, byKey: band },
    { kind: 'entity', cap: RELATED_LIMITS.perEntity, byKey: entity },
  ];
}

/**
 * Posting lists the batch's articles join, in assignment order (a story touched again moves to the end).
 * Story-key and band entries name the story the article joined at the time (`assignedTo`), not where a
 * later merge of the same batch took it: that is what StoryIndex records, and readers follow mergedInto.
 */
function postingAppends(assigned: readonly { article: Prepared; assignedTo: string; storyId: string }[]): PostingAppend[] {
  const story = new Map<string, PostingEntry[]>();
  const band = new Map<string, PostingEntry[]>();
  const entity = new Map<string, PostingEntry[]>();
  const members = new Map<string, PostingEntry[]>();
  const push = (lists: Map<string, PostingEntry[]>, key: string, entry: PostingEntry) => {
    const list = (lists.get(key) ?? []).filter((e) => e.id !== entry.id);
    list.push(entry);
    lists.set(key, list);
  };
  for (const { article, assignedTo, storyId } of assigned) {
    const articleId = article.doc._id;
    for (const key of article.signature.storyKeys) push(story, key, { id: assignedTo });
    for (const key of article.signature.bandKeys) push(band, key, { id: articleId, storyId: assignedTo });
    for (const key of article.signature.entityKeys) push(entity, key, { id: articleId });
    push(members, storyId, { id: articleId });
  }
  return [
    { kind: 'story', cap: STORIES_PER_KEY, byKey: story },
    { kind: 'band', cap: BAND_CAP, byKey: band },
    { kind: 'entity', cap: RELATED_LIMITS.perEntity, byKey: entity },
    { kind: 'members', cap: RELATED_LIMITS.perStory, byKey: members },
  ];
}

/** The signature inputs of a stored article: title, lead, the people it mentions and its places and organizations. */
function prepare(doc: ArticleDoc, candidates: readonly ResolvedCandidate[]): Prepared {
  const keys = new Set(doc.keys);
  const topics = candidates.filter((c) => c.keys.some((k) => keys.has(k))).flatMap((c) => c.topics);
  const people = doc.mentions.slice(0, PEOPLE_PER_ARTICLE).map((m) => m.name);
  const places = [...new Set(topics.filter((t) => t.kind === 'PLACE').map((t) => t.name))].sort();
  const organizations = [...new Set(topics.filter((t) => t.kind === 'ORGANIZATION').map((t) => t.name))].sort();
  const lead = leadOf(doc);
  const signature = storySignature({ title: doc.title, ...(lead ? { lead } : {}), people, places, organizations });
  const entityNames: Record<string, string> = {};
  const name = (kind: string, names: string[]) => {
    for (const n of names) entityNames[`${kind}:${entitySlug(n)}`] ??= n;
  };
  name('person', people);
  name('place', places);
  name('org', organizations);
  const stored: ArticleSignatureDoc = {
    minhash: signature.minhash,
    bandKeys: signature.bandKeys,
    entityKeys: signature.entityKeys,
    tokens: signature.tokens,
    titleTokenCount: signature.titleTokenCount,
    inputHash: contentHash([doc.title, lead, people.join('|'), places.join('|'), organizations.join('|')]),
  };
  return { doc, signature, stored, publishedAt: doc.publishedAt ?? doc.firstSeenAt, entityNames };
}

/** The summary, else the first paragraph of the body: what a reader sees under the headline. */
function leadOf(doc: ArticleDoc): string | undefined {
  const text = doc.summary ?? doc.bodyText?.split(/\n\s*\n/)[0];
  return text ? text.slice(0, LEAD_CHARS) : undefined;
}


/** A near-duplicate candidate: an assigned article found by an LSH band. */
interface BandMember {
  articleId: string;
  storyId: string;
  minhash: number[];
}

/** What the batch did to one story, in order: replayed on a fresh state when a concurrent writer won. */
type StoryEvent = { kind: 'add'; article: Prepared } | { kind: 'absorb'; from: string };

interface StoryChange {
  doc: StoryDoc;
  expectedRevision: number;
  events: StoryEvent[];
}

/**
 * The stories one ingest touches, in memory: those found through the posting lists plus the ones it
 * creates. Candidate selection per article is StoryIndex's (per key the newest STORIES_PER_KEY touched,
 * per band the newest MEMBERS_PER_BAND members, merges followed), over the lists read from storage plus
 * the batch's own additions, so an article decided here gets the candidates the in-memory index gives it.
 */
class StoryBatch {
  private readonly stories = new Map<string, StoryDoc>();
  private readonly revisions = new Map<string, number>();
  private readonly changed = new Set<string>();
  private readonly events = new Map<string, StoryEvent[]>();
  private readonly byKey = new Map<string, string[]>();
  private readonly byBand = new Map<string, BandMember[]>();
  private readonly mergedInto = new Map<string, string>();
  private readonly mergedAway = new Map<string, StoryChange & { into: string }>();
  private readonly snapshots = new Map<string, StoryDoc>();
  private readonly assigned = new Map<string, string>();
  readonly merges: { from: string; into: string; articleId: string }[] = [];
  /** Articles that brought a new source to a story that existed before them (for live updates). */
  readonly coverage: { articleId: string; storyId: string }[] = [];
  readonly increments = new Map<string, number>();

  constructor(
    stored: ReadonlyMap<string, StoryDoc>,
    resolved: ReadonlyMap<string, string>,
    storyPostings: ReadonlyMap<string, readonly PostingEntry[]>,
    bands: ReadonlyMap<string, BandMember[]>,
    private documents: number,
    private readonly documentFrequency: Map<string, number>,
  ) {
    for (const [id, story] of stored) {
      this.stories.set(id, story);
      this.revisions.set(id, story.revision ?? 0);
    }
    for (const [from, into] of resolved) if (from !== into) this.mergedInto.set(from, into);
    for (const [key, entries] of storyPostings) this.byKey.set(key, entries.map((e) => e.id));
    for (const [key, members] of bands) this.byBand.set(key, [...members]);
  }

  storyOf(articleId: string): string {
    return this.assigned.get(articleId) ?? '';
  }

  resolve(storyId: string): string {
    let id = storyId;
    for (let next = this.mergedInto.get(id); next !== undefined; next = this.mergedInto.get(id)) id = next;
    return id;
  }

  /** The batch's state of a story, including one it merged away (as it was when merged). */
  stateOf(storyId: string): StoryDoc | undefined {
    return this.stories.get(storyId) ?? this.snapshots.get(storyId);
  }

  /** Live stories the batch created or changed, with the revision they were read at (0: new). */
  changedStories(): StoryChange[] {
    return [...this.changed].flatMap((id) => {
      const doc = this.stories.get(id);
      return doc ? [{ doc, expectedRevision: this.revisions.get(id) ?? 0, events: this.events.get(id) ?? [] }] : [];
    });
  }

  /** Stories the batch merged away: marked with `mergedInto` (lookups that still name them follow it). */
  mergedAwayStored(): (StoryChange & { into: string })[] {
    return [...this.mergedAway.values()].map((m) => ({ ...m, into: this.resolve(m.into) }));
  }

  assign(article: Prepared, now: Date): void {
    const { signature, publishedAt } = article;
    const since = publishedAt.getTime() - STORY_WINDOW_MS;
    const found = new Map<string, StoryCandidate>();
    const add = (rawId: string): StoryCandidate | undefined => {
      const id = this.resolve(rawId);
      const known = found.get(id);
      if (known) return known;
      const story = this.stories.get(id);
      if (!story || story.lastSeen.getTime() < since) return undefined;
      const candidate: StoryCandidate = { storyId: id, centroid: story.centroid, firstSeen: story.firstSeen, lastSeen: story.lastSeen, sources: story.sourceIds };
      found.set(id, candidate);
      return candidate;
    };
    for (const key of signature.storyKeys) {
      const bucket = this.byKey.get(key) ?? [];
      for (let i = bucket.length - 1, taken = 0; i >= 0 && taken < STORIES_PER_KEY; i--, taken++) add(bucket[i] as string);
    }
    for (const key of signature.bandKeys) {
      for (const member of (this.byBand.get(key) ?? []).slice(-MEMBERS_PER_BAND)) {
        const candidate = add(member.storyId);
        if (!candidate) continue;
        const near = (candidate.nearDuplicates ??= []);
        if (!near.some((m) => m.articleId === member.articleId)) near.push({ articleId: member.articleId, minhash: member.minhash });
      }
    }
    const documentFrequency: Record<string, number> = {};
    for (const feature of signatureFeatures(signature)) {
      const df = this.documentFrequency.get(feature);
      if (df) documentFrequency[feature] = df;
    }
    const source = article.doc.sourceIds[0] ?? '';
    const decision = assignStory({ signature, publishedAt, source, stats: { documents: this.documents, documentFrequency } }, [...found.values()]);

    const storyId = decision.kind === 'JOIN' ? this.resolve(decision.storyId) : stableId(`story:${article.doc._id}`);
    if (decision.kind === 'JOIN') for (const m of decision.merge ?? []) this.merge(this.resolve(m.storyId), storyId, article.doc._id);
    const joined = this.stories.get(storyId);
    if (joined && !article.doc.sourceIds.every((id) => joined.sourceIds.includes(id))) this.coverage.push({ articleId: article.doc._id, storyId });
    this.record(storyId, article, now);
  }

  private event(storyId: string, event: StoryEvent): void {
    const list = this.events.get(storyId);
    if (list) list.push(event);
    else this.events.set(storyId, [event]);
    this.changed.add(storyId);
  }

  private record(storyId: string, article: Prepared, now: Date): void {
    const { doc, signature } = article;
    this.stories.set(storyId, withArticle(this.stories.get(storyId), article, now));
    this.event(storyId, { kind: 'add', article });
    for (const key of signature.storyKeys) {
      const bucket = (this.byKey.get(key) ?? []).filter((id) => id !== storyId);
      bucket.push(storyId);
      this.byKey.set(key, bucket.slice(-STORIES_PER_KEY));
    }
    for (const key of signature.bandKeys) {
      const bucket = (this.byBand.get(key) ?? []).filter((m) => m.articleId !== doc._id);
      bucket.push({ articleId: doc._id, storyId, minhash: signature.minhash });
      this.byBand.set(key, bucket.slice(-MEMBERS_PER_BAND));
    }
    for (const feature of signatureFeatures(signature)) {
      this.documentFrequency.set(feature, (this.documentFrequency.get(feature) ?? 0) + 1);
      this.increments.set(feature, (this.increments.get(feature) ?? 0) + 1);
    }
    this.documents++;
    this.assigned.set(doc._id, storyId);
  }

  /** Folds `from` into `into`: one centroid, summed tallies, and a pointer so references resolve. */
  private merge(from: string, into: string, articleId: string): void {
    if (from === into) return;
    const a = this.stories.get(into);
    const b = this.stories.get(from);
    if (!a || !b) return;
    this.stories.set(into, absorb(a, b));
    this.event(into, { kind: 'absorb', from });
    this.snapshots.set(from, b);
    // Written even when the batch created it: posting lists may name it, and readers follow the pointer.
    this.mergedAway.set(from, { doc: { ...b, mergedInto: into }, expectedRevision: this.revisions.get(from) ?? 0, events: this.events.get(from) ?? [], into });
    this.stories.delete(from);
    this.changed.delete(from);
    this.mergedInto.set(from, into);
    this.merges.push({ from, into, articleId });
  }
}

/** A story's state after one more article (a new story when there is none). */
function withArticle(previous: StoryDoc | undefined, article: Prepared, now: Date): StoryDoc {
  const { doc, signature, publishedAt } = article;
  return {
    _id: previous?._id ?? stableId(`story:${doc._id}`),
    title: previous?.title ?? doc.title,
    centroid: addToCentroid(previous?.centroid, signature),
    firstSeen: previous && previous.firstSeen < publishedAt ? previous.firstSeen : publishedAt,
    lastSeen: previous && previous.lastSeen > publishedAt ? previous.lastSeen : publishedAt,
    sourceIds: [...new Set([...(previous?.sourceIds ?? []), ...doc.sourceIds])],
    size: (previous?.size ?? 0) + 1,
    ...people(tally(previous?.personCounts, doc.personIds.slice(0, PEOPLE_PER_ARTICLE))),
    ...topics(tally(previous?.topicCounts, doc.topicIds)),
    ...(previous?.revision !== undefined ? { revision: previous.revision } : {}),
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
  };
}

/** Story `a` with story `b` folded in. */
function absorb(a: StoryDoc, b: StoryDoc): StoryDoc {
  return {
    ...a,
    centroid: mergeCentroids(a.centroid, b.centroid),
    firstSeen: a.firstSeen < b.firstSeen ? a.firstSeen : b.firstSeen,
    lastSeen: a.lastSeen > b.lastSeen ? a.lastSeen : b.lastSeen,
    sourceIds: [...new Set([...a.sourceIds, ...b.sourceIds])],
    size: a.size + b.size,
    ...people(mergeTallies(a.personCounts, b.personCounts)),
    ...topics(mergeTallies(a.topicCounts, b.topicCounts)),
  };
}

interface Tally {
  ids: string[];
  counts: Record<string, number>;
}

const people = ({ ids, counts }: Tally) => ({ personIds: ids, personCounts: counts });
const topics = ({ ids, counts }: Tally) => ({ topicIds: ids, topicCounts: counts });

function tally(counts: Record<string, number> | undefined, ids: readonly string[]): Tally {
  const next: Record<string, number> = { ...(counts ?? {}) };
  for (const id of new Set(ids)) next[id] = (next[id] ?? 0) + 1;
  return ranked(next);
}

function mergeTallies(a: Record<string, number> | undefined, b: Record<string, number> | undefined): Tally {
  const next: Record<string, number> = { ...(a ?? {}) };
  for (const [id, n] of Object.entries(b ?? {})) next[id] = (next[id] ?? 0) + n;
  return ranked(next);
}

/** Most often first, ties by id, cut to MAX_TALLY. */
function ranked(counts: Record<string, number>): Tally {
  const top = Object.entries(counts)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, MAX_TALLY);
  return { ids: top.map(([id]) => id), counts: Object.fromEntries(top) };
}
