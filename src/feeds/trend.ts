/** Mentions of one topic or person in the recent window and in the baseline period before it. */
export interface MentionCount {
  id: string;
  recent: number;
  baseline: number;
}

export interface TrendScore extends MentionCount {
  /** Mentions per hour in the recent window. */
  recentRate: number;
  /** Mentions per hour in the baseline period. */
  baselineRate: number;
  /** Mentions the baseline rate predicts for the recent window. */
  expected: number;
  /** How far above expectation, smoothed: (recent + 1) / (expected + 1). Above 1 = rising. */
  score: number;
}

/**
 * Rising topics or people: the recent rate against the rate before it. Add-one smoothing keeps a
 * single mention of something new from outranking a surge in something established, and entities
 * that are not above their baseline are left out.
 */
export function trendScores(counts: readonly MentionCount[], windowHours: number, baselineHours: number, limit: number): TrendScore[] {
  const baselineSpan = Math.max(baselineHours - windowHours, 1);
  return counts
    .map((count) => {
      const recentRate = count.recent / windowHours;
      const baselineRate = count.baseline / baselineSpan;
      const expected = baselineRate * windowHours;
      return { ...count, recentRate, baselineRate, expected, score: (count.recent + 1) / (expected + 1) };
    })
    .filter((trend) => trend.score > 1)
    .sort((a, b) => b.score - a.score || b.recent - a.recent || a.id.localeCompare(b.id))
    .slice(0, limit);
}
