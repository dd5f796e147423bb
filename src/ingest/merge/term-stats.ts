/**
 * Document frequencies of the features of ONE incoming article (not of the whole vocabulary): the
 * storage layer keeps a counter per feature (`$inc` upserts) and reads just these keys by index.
 */
export interface TermStats {
  /** Articles counted so far. */
  documents: number;
  /** feature → number of articles carrying it; a missing feature has never been seen. */
  documentFrequency: Record<string, number>;
}

/**
 * Smoothed inverse document frequency. A feature seen in every article weighs about 1; a first sighting
 * weighs the most. Without stats every feature weighs the same, which still works but lets common words
 * ("stocks", "market") count as much as names.
 */
export function inverseDocumentFrequency(stats: TermStats | undefined, feature: string): number {
  if (!stats || stats.documents <= 0) return 1;
  const df = stats.documentFrequency[feature] ?? 0;
  return Math.log((stats.documents + 1) / (df + 1)) + 1;
}
