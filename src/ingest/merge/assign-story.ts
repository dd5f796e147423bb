import type { StorySignature } from './story-signature.js';
import { centroidSimilarity, type StoryCentroid } from './story-centroid.js';
import { minhashSimilarity } from './minhash.js';
import { inverseDocumentFrequency, type TermStats } from './term-stats.js';

/** A member article of a candidate story that shares an LSH band with the incoming article. */
export interface NearDuplicateMember {
  articleId: string;
  minhash: number[];
}

/** A story found by the incoming article's keys (storyKeys on the story collection, bandKeys on the article collection). */
export interface StoryCandidate {
  storyId: string;
  centroid: StoryCentroid;
  firstSeen: Date;
  lastSeen: Date;
  /** Distinct sources (publishers / hosts) seen in the story, at most a few dozen. */
  sources: string[];
  /** Members found by bandKeys (near-duplicate candidates). */
  nearDuplicates?: NearDuplicateMember[];
}

export interface IncomingArticle {
  signature: StorySignature;
  publishedAt: Date;
  source: string;
  /** Document frequencies of the signature's features (see TermStats). */
  stats?: TermStats;
}

/** Another candidate story found to be the same event as the chosen one: fold it into the chosen story. */
export interface StoryMerge {
  storyId: string;
  score: number;
  reason: string;
}

export type StoryDecision =
  | { kind: 'JOIN'; storyId: string; score: number; reason: string; merge?: StoryMerge[] }
  | { kind: 'NEW'; reason: string };

export interface AssignStoryOptions {
  /** Minimum score to join a story. */
  threshold: number;
  /** An article further than this from a story's [firstSeen, lastSeen] never joins it. */
  maxGapMs: number;
  /** MinHash similarity from which a member counts as a near-duplicate (the same copy, lightly edited). */
  nearDuplicate: number;
  /** A feature carried by at least 1/saturation of a story's members counts as fully present. */
  saturation: number;
  /** Weight of never-seen features in the denominator, relative to known ones. */
  novelWeight: number;
  /** A second candidate scoring at least this for the article may be merged into the chosen story... */
  mergeThreshold: number;
  /** ...when the two centroids have at least this cosine similarity. */
  mergeSimilarity: number;
}

/**
 * Tuned on the UCI News Aggregator sample (headlines only) and checked in shuffled order as well, so the
 * values do not lean on that sample's crawl order.
 */
export const DEFAULT_ASSIGN_OPTIONS: AssignStoryOptions = {
  threshold: 0.3,
  maxGapMs: 3 * 24 * 3600_000,
  nearDuplicate: 0.6,
  saturation: 2,
  novelWeight: 0.5,
  mergeThreshold: 0.2,
  mergeSimilarity: 0.25,
};

/** Upper bound on candidates considered; storage lookups are limited per key, this guards the sum. */
export const MAX_CANDIDATES = 512;

const DAY_MS = 24 * 3600_000;
/** Titles shorter than this (in content tokens) are too generic to be called near-duplicates ("Top 10 things"). */
const MIN_NEAR_DUPLICATE_TOKENS = 3;

interface WeightedFeature {
  feature: string;
  weight: number;
  /** Articles already carrying the feature, or undefined without stats. */
  documentFrequency: number | undefined;
  label: string;
}

/** Title words weigh 1, lead words ½ (leads ramble), entity keys 1½ (enrichment already judged them salient). */
function weightedFeatures(incoming: IncomingArticle): WeightedFeature[] {
  const { signature, stats } = incoming;
  const df = (feature: string): number | undefined => (stats ? (stats.documentFrequency[feature] ?? 0) : undefined);
  const out: WeightedFeature[] = [];
  signature.tokens.forEach((token, i) => {
    const base = i < signature.titleTokenCount ? 1 : 0.5;
    out.push({ feature: token, weight: base * inverseDocumentFrequency(stats, token), documentFrequency: df(token), label: token });
  });
  for (const key of signature.entityKeys) {
    const label = key.slice(key.indexOf(':') + 1).replace(/-/g, ' ');
    out.push({ feature: key, weight: 1.5 * inverseDocumentFrequency(stats, key), documentFrequency: df(key), label });
  }
  return out;
}

function gapToStory(publishedAt: Date, candidate: StoryCandidate): number {
  const t = publishedAt.getTime();
  if (t > candidate.lastSeen.getTime()) return t - candidate.lastSeen.getTime();
  if (t < candidate.firstSeen.getTime()) return candidate.firstSeen.getTime() - t;
  return 0;
}

interface Scored {
  candidate: StoryCandidate;
  score: number;
  reason: string;
}

function scoreCandidate(
  incoming: IncomingArticle,
  features: WeightedFeature[],
  candidate: StoryCandidate,
  options: AssignStoryOptions,
): Scored | undefined {
  const gap = gapToStory(incoming.publishedAt, candidate);
  if (gap > options.maxGapMs) return undefined;
  const size = Math.max(1, candidate.centroid.size);
  let covered = 0;
  let total = 0;
  const shared: { label: string; contribution: number }[] = [];
  for (const f of features) {
    const df = f.documentFrequency;
    // A word never seen before is evidence of nothing yet; it only dilutes the score a little.
    total += df === 0 ? f.weight * options.novelWeight : f.weight;
    const count = candidate.centroid.features[f.feature];
    if (!count) continue;
    const share = Math.min(1, (count / size) * options.saturation);
    const contribution = f.weight * share;
    covered += contribution;
    shared.push({ label: f.label, contribution });
  }
  // Stories fade over days, not hours: a follow-up a week later is a new story linked by FOLLOW_UP.
  const recency = Math.exp(-gap / (7 * DAY_MS));
  let score = total > 0 ? (covered / total) * recency : 0;
  shared.sort((a, b) => b.contribution - a.contribution || (a.label < b.label ? -1 : 1));
  const words = shared.slice(0, 4).map((s) => s.label);
  let reason = `shares ${words.map((w) => `"${w}"`).join(', ')} with ${candidate.centroid.size} article(s) from ${candidate.sources.length} source(s)`;
  if (incoming.signature.tokens.length >= MIN_NEAR_DUPLICATE_TOKENS) {
    for (const member of candidate.nearDuplicates ?? []) {
      const similarity = minhashSimilarity(incoming.signature.minhash, member.minhash);
      if (similarity >= options.nearDuplicate && similarity > score) {
        score = similarity;
        reason = `near-duplicate of article ${member.articleId} (${Math.round(similarity * 100)}% of shingles shared)`;
      }
    }
  }
  return { candidate, score, reason };
}

function better(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    b.candidate.centroid.size - a.candidate.centroid.size ||
    (a.candidate.storyId < b.candidate.storyId ? -1 : a.candidate.storyId > b.candidate.storyId ? 1 : 0)
  );
}

/**
 * Decides whether an incoming article joins one of the candidate stories or starts a new one. Incremental
 * and bounded: it reads only the candidates fetched by the article's keys (never the whole collection), and
 * is deterministic: ties are broken by story size, then id, never by arrival order.
 * The score is the share of the article's informative weight (IDF-weighted title words, lead words and
 * entities) that the story's centroid already carries, damped over days; a near-duplicate of a member
 * scores its MinHash similarity.
 * Single-pass clustering splits an event whose first headlines had little in common; when the article
 * matches such a second story about as well and the two centroids agree, the decision also says to merge
 * it into the chosen one (storage re-points its articles once; later lookups follow `mergedInto`).
 */
export function assignStory(
  incoming: IncomingArticle,
  candidates: readonly StoryCandidate[],
  options: Partial<AssignStoryOptions> = {},
): StoryDecision {
  const opts = { ...DEFAULT_ASSIGN_OPTIONS, ...options };
  if (!(incoming.publishedAt instanceof Date) || Number.isNaN(incoming.publishedAt.getTime())) {
    throw new TypeError('assignStory: publishedAt must be a valid Date');
  }
  const features = weightedFeatures(incoming);
  const scored: Scored[] = [];
  for (const candidate of candidates.slice(0, MAX_CANDIDATES)) {
    const s = scoreCandidate(incoming, features, candidate, opts);
    if (s) scored.push(s);
  }
  scored.sort(better);
  const best = scored[0];
  if (!best) return { kind: 'NEW', reason: candidates.length ? 'no candidate story within the time window' : 'no candidate story' };
  if (best.score < opts.threshold) {
    return { kind: 'NEW', reason: `best candidate ${best.candidate.storyId} scored ${best.score.toFixed(2)} < ${opts.threshold}` };
  }
  const merge: StoryMerge[] = [];
  for (const other of scored.slice(1)) {
    if (other.score < opts.mergeThreshold) break;
    const similarity = centroidSimilarity(best.candidate.centroid, other.candidate.centroid);
    if (similarity < opts.mergeSimilarity) continue;
    merge.push({
      storyId: other.candidate.storyId,
      score: round4(Math.min(other.score, similarity)),
      reason: `same event: the article matches both (${other.score.toFixed(2)}) and their word profiles agree (${similarity.toFixed(2)})`,
    });
  }
  const decision: StoryDecision = { kind: 'JOIN', storyId: best.candidate.storyId, score: round4(best.score), reason: best.reason };
  if (merge.length) decision.merge = merge;
  return decision;
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
