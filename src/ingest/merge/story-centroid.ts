import type { StorySignature } from './story-signature.js';

/**
 * What a story remembers of its articles: for each feature (a content token or an entity key), how many
 * member articles carry it. Only the CENTROID_FEATURES most common features are kept, so a story with
 * ten thousand articles costs the same to store and to score as one with ten.
 */
export interface StoryCentroid {
  /** feature → number of member articles carrying it. Keys are `[a-z0-9]` tokens or `kind:slug` entity keys. */
  features: Record<string, number>;
  /** Number of articles folded into `features` (the story's size). */
  size: number;
}

/** How many features a centroid keeps. */
export const CENTROID_FEATURES = 96;

/** The features an article contributes to a centroid: its unique tokens and its entity keys. */
export function signatureFeatures(signature: StorySignature): string[] {
  return [...signature.tokens, ...signature.entityKeys];
}

/** Most common first, ties by name, so truncation is deterministic. */
function byCountThenName(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/**
 * Cut back to CENTROID_FEATURES only once SLACK more have piled up: sorting on every article was the
 * main cost of an ingest. A centroid therefore holds between CENTROID_FEATURES and +SLACK features.
 */
const SLACK = 32;

function truncated(features: Record<string, number>): Record<string, number> {
  const entries = Object.entries(features);
  if (entries.length <= CENTROID_FEATURES + SLACK) return features;
  return Object.fromEntries(entries.sort(byCountThenName).slice(0, CENTROID_FEATURES));
}

/** A story's centroid after one more article. Pure: returns a new object; ties are cut by name so it is deterministic. */
export function addToCentroid(centroid: StoryCentroid | undefined, signature: StorySignature): StoryCentroid {
  const features: Record<string, number> = { ...(centroid?.features ?? {}) };
  for (const feature of signatureFeatures(signature)) features[feature] = (features[feature] ?? 0) + 1;
  return { features: truncated(features), size: (centroid?.size ?? 0) + 1 };
}

/** The centroid's most common features, most common first: the words a story is "about". */
export function topCentroidFeatures(centroid: StoryCentroid, n: number): string[] {
  return Object.entries(centroid.features)
    .sort(byCountThenName)
    .slice(0, n)
    .map(([feature]) => feature);
}

/** Two stories' centroids as one, e.g. when an article shows that two stories are the same event. */
export function mergeCentroids(a: StoryCentroid, b: StoryCentroid): StoryCentroid {
  const features: Record<string, number> = { ...a.features };
  for (const [feature, count] of Object.entries(b.features)) features[feature] = (features[feature] ?? 0) + count;
  return { features: truncated(features), size: a.size + b.size };
}

/**
 * Cosine similarity of two centroids as vectors of "share of members carrying the feature": two stories
 * about one event share their dominant words (names, the verb of the event) in similar proportions.
 * `weight` scales features (e.g. by IDF); unweighted by default because it needs no extra lookups and
 * scored as well on the UCI sample.
 */
export function centroidSimilarity(a: StoryCentroid, b: StoryCentroid, weight: (feature: string) => number = () => 1): number {
  const sa = Math.max(1, a.size);
  const sb = Math.max(1, b.size);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [feature, count] of Object.entries(a.features)) {
    const w = weight(feature);
    const x = (count / sa) * w;
    na += x * x;
    const other = b.features[feature];
    if (other) dot += x * (other / sb) * w;
  }
  for (const [feature, count] of Object.entries(b.features)) nb += ((count / sb) * weight(feature)) ** 2;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
