import { assignStory, type AssignStoryOptions, type NearDuplicateMember, type StoryCandidate, type StoryDecision } from './assign-story.js';
import { addToCentroid, mergeCentroids, signatureFeatures, type StoryCentroid } from './story-centroid.js';
import type { StorySignature } from './story-signature.js';
import type { TermStats } from './term-stats.js';

export interface StoryIndexOptions {
  /** Stories returned per story key, most recently updated first (the `.limit()` of one indexed query). */
  perKeyLimit: number;
  /** Articles returned per LSH band key. */
  perBandLimit: number;
  /** Only stories updated within this window before the article are looked up. */
  windowMs: number;
  /** Distinct sources remembered per story. */
  maxSources: number;
}

const DEFAULT_INDEX_OPTIONS: StoryIndexOptions = {
  perKeyLimit: 16,
  perBandLimit: 8,
  windowMs: 3 * 24 * 3600_000,
  maxSources: 64,
};

interface StoredStory {
  storyId: string;
  centroid: StoryCentroid;
  firstSeen: Date;
  lastSeen: Date;
  sources: string[];
}

interface BandEntry extends NearDuplicateMember {
  storyId: string;
}

export interface IngestedArticle {
  articleId: string;
  signature: StorySignature;
  publishedAt: Date;
  source: string;
}

/** Bucket of ids ordered by last touch (oldest first), cut to `cap`: a capped, recency-sorted index entry. */
function touch<T>(buckets: Map<string, T[]>, key: string, value: T, same: (a: T) => boolean, cap: number): void {
  let bucket = buckets.get(key);
  if (!bucket) buckets.set(key, (bucket = []));
  const at = bucket.findIndex(same);
  if (at >= 0) bucket.splice(at, 1);
  bucket.push(value);
  if (bucket.length > cap) bucket.splice(0, bucket.length - cap);
}

/**
 * An in-memory stand-in for the story and article collections, keyed exactly as the MongoDB ones will be:
 * stories by `storyKeys` (multikey index with lastSeen), articles by `bandKeys`, feature counters by
 * feature. Every lookup is per key with a limit, so the cost of one ingest does not grow with the number
 * of stored articles. Used by the score script, the bench and tests; the decision itself is assignStory.
 */
export class StoryIndex {
  readonly options: StoryIndexOptions;
  private readonly stories = new Map<string, StoredStory>();
  private readonly storyBuckets = new Map<string, string[]>();
  private readonly bandBuckets = new Map<string, BandEntry[]>();
  private readonly documentFrequency = new Map<string, number>();
  private readonly articleStory = new Map<string, string>();
  /** storyId → the story it was merged into (the `mergedInto` field of a story document). */
  private readonly mergedInto = new Map<string, string>();
  private documents = 0;
  /** Candidates fetched by the last lookup (for tests and the bench: proves lookups are bounded). */
  lastCandidateCount = 0;

  constructor(options: Partial<StoryIndexOptions> = {}) {
    this.options = { ...DEFAULT_INDEX_OPTIONS, ...options };
  }

  get articleCount(): number {
    return this.articleStory.size;
  }

  get storyCount(): number {
    return this.stories.size;
  }

  storyOf(articleId: string): string | undefined {
    const storyId = this.articleStory.get(articleId);
    return storyId === undefined ? undefined : this.resolve(storyId);
  }

  /** Follows merge pointers to the surviving story, shortening the path as it goes. */
  private resolve(storyId: string): string {
    let root = storyId;
    for (let next = this.mergedInto.get(root); next !== undefined; next = this.mergedInto.get(root)) root = next;
    for (let at = storyId; at !== root; ) {
      const next = this.mergedInto.get(at) as string;
      this.mergedInto.set(at, root);
      at = next;
    }
    return root;
  }

  get mergeCount(): number {
    return this.mergedInto.size;
  }

  /** Document frequencies of this signature's features only. */
  termStats(signature: StorySignature): TermStats {
    const documentFrequency: Record<string, number> = {};
    for (const feature of signatureFeatures(signature)) {
      const df = this.documentFrequency.get(feature);
      if (df) documentFrequency[feature] = df;
    }
    return { documents: this.documents, documentFrequency };
  }

  /** Stories sharing a story key or an LSH band with the signature, updated within the window. */
  candidatesFor(signature: StorySignature, publishedAt: Date): StoryCandidate[] {
    const since = publishedAt.getTime() - this.options.windowMs;
    const found = new Map<string, StoryCandidate>();
    const add = (storyId: string): StoryCandidate | undefined => {
      storyId = this.resolve(storyId);
      const existing = found.get(storyId);
      if (existing) return existing;
      const story = this.stories.get(storyId);
      if (!story || story.lastSeen.getTime() < since) return undefined;
      const candidate: StoryCandidate = { ...story };
      found.set(storyId, candidate);
      return candidate;
    };
    for (const key of signature.storyKeys) {
      const bucket = this.storyBuckets.get(key) ?? [];
      for (let i = bucket.length - 1, taken = 0; i >= 0 && taken < this.options.perKeyLimit; i--, taken++) {
        add(bucket[i] as string);
      }
    }
    for (const key of signature.bandKeys) {
      const bucket = this.bandBuckets.get(key) ?? [];
      for (const entry of bucket.slice(-this.options.perBandLimit)) {
        const candidate = add(entry.storyId);
        if (!candidate) continue;
        const near = (candidate.nearDuplicates ??= []);
        if (!near.some((m) => m.articleId === entry.articleId)) near.push({ articleId: entry.articleId, minhash: entry.minhash });
      }
    }
    this.lastCandidateCount = found.size;
    return [...found.values()];
  }

  /** Records the article under the decided story (a new story is named after its first article). */
  apply(article: IngestedArticle, decision: StoryDecision): string {
    const storyId = decision.kind === 'JOIN' ? this.resolve(decision.storyId) : `story:${article.articleId}`;
    if (decision.kind === 'JOIN') for (const m of decision.merge ?? []) this.mergeStory(this.resolve(m.storyId), storyId);
    const previous = this.stories.get(storyId);
    const t = article.publishedAt;
    const story: StoredStory = {
      storyId,
      centroid: addToCentroid(previous?.centroid, article.signature),
      firstSeen: previous && previous.firstSeen < t ? previous.firstSeen : t,
      lastSeen: previous && previous.lastSeen > t ? previous.lastSeen : t,
      sources: this.withSources(previous?.sources ?? [], [article.source]),
    };
    this.stories.set(storyId, story);
    for (const key of article.signature.storyKeys) {
      touch(this.storyBuckets, key, storyId, (id) => id === storyId, this.options.perKeyLimit);
    }
    // One entry shared by all of the article's bands: 16 objects per article would dominate the heap.
    const entry: BandEntry = { articleId: article.articleId, storyId, minhash: article.signature.minhash };
    for (const key of article.signature.bandKeys) {
      touch(this.bandBuckets, key, entry, (e) => e.articleId === article.articleId, this.options.perBandLimit);
    }
    for (const feature of signatureFeatures(article.signature)) {
      this.documentFrequency.set(feature, (this.documentFrequency.get(feature) ?? 0) + 1);
    }
    this.documents++;
    this.articleStory.set(article.articleId, storyId);
    return storyId;
  }

  private withSources(sources: string[], more: string[]): string[] {
    const out = [...sources];
    for (const source of more) if (out.length < this.options.maxSources && !out.includes(source)) out.push(source);
    return out;
  }

  /** Folds story `from` into `into`: one merged centroid, and a pointer so old references resolve. */
  private mergeStory(from: string, into: string): void {
    if (from === into) return;
    const a = this.stories.get(into);
    const b = this.stories.get(from);
    if (!a || !b) return;
    this.stories.set(into, {
      storyId: into,
      centroid: mergeCentroids(a.centroid, b.centroid),
      firstSeen: a.firstSeen < b.firstSeen ? a.firstSeen : b.firstSeen,
      lastSeen: a.lastSeen > b.lastSeen ? a.lastSeen : b.lastSeen,
      sources: this.withSources(a.sources, b.sources),
    });
    this.stories.delete(from);
    this.mergedInto.set(from, into);
  }

  /** Lookup, decide, record: what the pipeline does per article, with this index standing in for storage. */
  ingest(article: IngestedArticle, options: Partial<AssignStoryOptions> = {}): { storyId: string; decision: StoryDecision } {
    const existing = this.articleStory.get(article.articleId);
    if (existing) return { storyId: existing, decision: { kind: 'JOIN', storyId: existing, score: 1, reason: 'article already assigned' } };
    const candidates = this.candidatesFor(article.signature, article.publishedAt);
    const decision = assignStory(
      { signature: article.signature, publishedAt: article.publishedAt, source: article.source, stats: this.termStats(article.signature) },
      candidates,
      options,
    );
    return { storyId: this.apply(article, decision), decision };
  }
}
