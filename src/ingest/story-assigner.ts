import { contentHash, stableId } from '../domain/ids.js';
import type { ArticleDoc, ArticleSignatureDoc, StoryDoc } from '../storage/documents.js';
import type { ArticleWrite } from '../storage/article-repository.js';
import type { Repositories } from '../storage/repositories.js';
import type { BandMemberDoc, StoryCandidateDoc, StoryWrites } from '../storage/story-repository.js';
import type { ResolvedCandidate } from './article-candidate.js';
import { assignStory, type StoryCandidate } from './merge/assign-story.js';
import { addToCentroid, mergeCentroids, signatureFeatures } from './merge/story-centroid.js';
import { storySignature, type StorySignature } from './merge/story-signature.js';
import { entitySlug } from './merge/text-tokens.js';
import { relateStoredArticles } from './story-relations.js';

/** Stories read per story key, most recently active first (the bucket size the clustering was tuned with). */
export const STORIES_PER_KEY = 16;
/** Near-duplicate members read per LSH band. */
export const MEMBERS_PER_BAND = 8;
/** Only stories active within this window before an article are candidates. */
export const STORY_WINDOW_MS = 3 * 24 * 3600_000;
/** Story keys remembered per story (newest first): enough for the words of a developing event. */
const MAX_STORY_KEYS = 200;
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
 * Decisions are assignStory's; this function only fetches candidates by indexed keys (never a scan),
 * keeps the batch's own new stories in memory so two articles of one feed can meet, and writes the result.
 */
export async function assignStories(repos: Repositories, candidates: readonly ResolvedCandidate[], writes: readonly ArticleWrite[], now: Date): Promise<void> {
  const toAssign: Prepared[] = [];
  const refreshed: { articleId: string; signature: ArticleSignatureDoc }[] = [];
  const sightedSources = new Map<string, string[]>();
  for (const { doc, outcome } of writes) {
    if (doc.storyId) {
      sightedSources.set(doc.storyId, [...new Set([...(sightedSources.get(doc.storyId) ?? []), ...doc.sourceIds])]);
      if (outcome !== 'UPDATED') continue;
      const prepared = prepare(doc, candidates);
      if (doc.signature?.inputHash !== prepared.stored.inputHash) refreshed.push({ articleId: doc._id, signature: prepared.stored });
      continue;
    }
    toAssign.push(prepare(doc, candidates));
  }
  await repos.stories.updateSignatures(refreshed);
  await repos.stories.addSources(sightedSources);
  if (toAssign.length === 0) return;
  toAssign.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || (a.doc._id < b.doc._id ? -1 : 1));

  const since = new Date((toAssign[0] as Prepared).publishedAt.getTime() - STORY_WINDOW_MS);
  const [stored, members, stats] = await Promise.all([
    repos.stories.candidatesByKeys(toAssign.flatMap((a) => a.signature.storyKeys), since, STORIES_PER_KEY),
    repos.stories.membersByBandKeys(toAssign.flatMap((a) => a.signature.bandKeys), MEMBERS_PER_BAND),
    repos.stories.termStats(toAssign.flatMap((a) => signatureFeatures(a.signature))),
  ]);
  const batch = new StoryBatch(stored, members, stats.documents, stats.documentFrequency);
  for (const article of toAssign) batch.assign(article, now);
  await repos.stories.applyWrites(batch.writes(), now);
  await relateStoredArticles(
    repos,
    toAssign.map((a) => ({ doc: { ...a.doc, storyId: batch.resolve(batch.storyOf(a.doc._id)) }, signature: a.stored, entityNames: a.entityNames })),
    now,
  );
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


/**
 * The stories one ingest touches, in memory: those found by the batch's keys plus the ones it creates.
 * Candidate selection per article mirrors the storage lookup (per key, newest first, STORIES_PER_KEY),
 * so an article decided here gets the same candidates it would get from the database alone.
 */
class StoryBatch {
  private readonly stories = new Map<string, StoryDoc>();
  private readonly changed = new Set<string>();
  private readonly byKey = new Map<string, string[]>();
  private readonly byBand = new Map<string, { articleId: string; storyId: string; minhash: number[] }[]>();
  private readonly mergedInto = new Map<string, string>();
  private readonly merges: { from: string; into: string }[] = [];
  private readonly assigned = new Map<string, { storyId: string; signature: ArticleSignatureDoc }>();
  private readonly increments = new Map<string, number>();

  constructor(
    stored: StoryCandidateDoc[],
    members: BandMemberDoc[],
    private documents: number,
    private readonly documentFrequency: Map<string, number>,
  ) {
    for (const story of stored) {
      const { foundBy, ...doc } = story;
      this.stories.set(story._id, doc);
      for (const key of foundBy) this.byKey.set(key, [...(this.byKey.get(key) ?? []), story._id]);
    }
    for (const m of members) this.byBand.set(m.bandKey, [...(this.byBand.get(m.bandKey) ?? []), { articleId: m.articleId, storyId: m.storyId, minhash: m.minhash }]);
  }

  storyOf(articleId: string): string {
    return this.assigned.get(articleId)?.storyId ?? '';
  }

  resolve(storyId: string): string {
    let id = storyId;
    for (let next = this.mergedInto.get(id); next !== undefined; next = this.mergedInto.get(id)) id = next;
    return id;
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
      const ids = [...(this.byKey.get(key) ?? [])]
        .map((id) => this.stories.get(this.resolve(id)))
        .filter((s): s is StoryDoc => s !== undefined)
        .sort((a, b) => b.lastSeen.getTime() - a.lastSeen.getTime() || (a._id < b._id ? -1 : 1))
        .slice(0, STORIES_PER_KEY);
      for (const story of ids) add(story._id);
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
    if (decision.kind === 'JOIN') for (const m of decision.merge ?? []) this.merge(this.resolve(m.storyId), storyId);
    this.record(storyId, article, now);
  }

  private record(storyId: string, article: Prepared, now: Date): void {
    const { doc, signature, publishedAt } = article;
    const previous = this.stories.get(storyId);
    const story: StoryDoc = {
      _id: storyId,
      title: previous?.title ?? doc.title,
      centroid: addToCentroid(previous?.centroid, signature),
      storyKeys: [...new Set([...signature.storyKeys, ...(previous?.storyKeys ?? [])])].slice(0, MAX_STORY_KEYS),
      firstSeen: previous && previous.firstSeen < publishedAt ? previous.firstSeen : publishedAt,
      lastSeen: previous && previous.lastSeen > publishedAt ? previous.lastSeen : publishedAt,
      sourceIds: [...new Set([...(previous?.sourceIds ?? []), ...doc.sourceIds])],
      size: (previous?.size ?? 0) + 1,
      ...people(tally(previous?.personCounts, doc.personIds.slice(0, PEOPLE_PER_ARTICLE))),
      ...topics(tally(previous?.topicCounts, doc.topicIds)),
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
    this.stories.set(storyId, story);
    this.changed.add(storyId);
    for (const key of signature.storyKeys) this.byKey.set(key, [...new Set([...(this.byKey.get(key) ?? []), storyId])]);
    for (const key of signature.bandKeys) this.byBand.set(key, [...(this.byBand.get(key) ?? []), { articleId: doc._id, storyId, minhash: signature.minhash }]);
    for (const feature of signatureFeatures(signature)) {
      this.documentFrequency.set(feature, (this.documentFrequency.get(feature) ?? 0) + 1);
      this.increments.set(feature, (this.increments.get(feature) ?? 0) + 1);
    }
    this.documents++;
    this.assigned.set(doc._id, { storyId, signature: article.stored });
  }

  /** Folds `from` into `into`: one centroid, summed tallies, and a pointer so references resolve. */
  private merge(from: string, into: string): void {
    if (from === into) return;
    const a = this.stories.get(into);
    const b = this.stories.get(from);
    if (!a || !b) return;
    this.stories.set(into, {
      ...a,
      centroid: mergeCentroids(a.centroid, b.centroid),
      storyKeys: [...new Set([...a.storyKeys, ...b.storyKeys])].slice(0, MAX_STORY_KEYS),
      firstSeen: a.firstSeen < b.firstSeen ? a.firstSeen : b.firstSeen,
      lastSeen: a.lastSeen > b.lastSeen ? a.lastSeen : b.lastSeen,
      sourceIds: [...new Set([...a.sourceIds, ...b.sourceIds])],
      size: a.size + b.size,
      ...people(mergeTallies(a.personCounts, b.personCounts)),
      ...topics(mergeTallies(a.topicCounts, b.topicCounts)),
    });
    this.changed.add(into);
    this.stories.delete(from);
    this.changed.delete(from);
    this.mergedInto.set(from, into);
    this.merges.push({ from, into });
  }

  writes(): StoryWrites {
    return {
      stories: [...this.changed].flatMap((id) => this.stories.get(id) ?? []),
      merges: this.merges.map(({ from, into }) => ({ from, into: this.resolve(into) })),
      articles: [...this.assigned].map(([articleId, { storyId, signature }]) => ({ articleId, storyId: this.resolve(storyId), signature })),
      termIncrements: this.increments,
      documents: this.assigned.size,
    };
  }
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
