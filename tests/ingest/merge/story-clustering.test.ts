import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clusterScores, formatRun, HEADLINES_CSV, parseCsv, readHeadlines, scoreStories } from '../../../scripts/score-stories.js';

describe('cluster metrics', () => {
  it('computes pairwise and B-cubed scores on a hand-checked example', () => {
    // gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}
    const s = clusterScores(['A', 'A', 'A', 'B', 'B'], ['x', 'x', 'y', 'y', 'y']);
    expect(s.pairwise.precision).toBeCloseTo(2 / 4); // TP pairs (1,2),(4,5) of predicted pairs 1+3
    expect(s.pairwise.recall).toBeCloseTo(2 / 4); // of gold pairs 3+1
    expect(s.bcubed.precision).toBeCloseTo((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5);
    expect(s.bcubed.recall).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5);
  });

  it('parses RFC 4180 quoting', () => {
    expect(parseCsv('a,b\n"x, ""y""",2\r\n')).toEqual([['a', 'b'], ['x, "y"', '2']]);
  });
});

describe.skipIf(!fs.existsSync(HEADLINES_CSV))('story clustering on the UCI News Aggregator sample', () => {
  const headlines = readHeadlines();

  it('reaches the floors in TIMESTAMP order and in the shuffled control', () => {
    expect(headlines).toHaveLength(6366);
    const byTime = scoreStories(headlines, 'timestamp');
    const shuffled = scoreStories(headlines, 'shuffled');
    console.log(['UCI sample, 6,366 headlines (title + publisher + time):', formatRun(byTime), formatRun(shuffled)].join('\n'));
    // Floors just below the level achieved (B-cubed F1 80.3 / 76.1, pairwise F1 74.1 / 71.3).
    expect(byTime.scores.bcubed.f1).toBeGreaterThanOrEqual(0.8);
    expect(byTime.scores.pairwise.f1).toBeGreaterThanOrEqual(0.73);
    expect(byTime.scores.bcubed.precision).toBeGreaterThanOrEqual(0.77);
    expect(byTime.scores.bcubed.recall).toBeGreaterThanOrEqual(0.8);
    expect(shuffled.scores.bcubed.f1).toBeGreaterThanOrEqual(0.75);
    expect(shuffled.scores.pairwise.f1).toBeGreaterThanOrEqual(0.7);
    // Bounded lookups: candidates per article never approach the number of stories.
    expect(byTime.maxCandidates).toBeLessThanOrEqual(80);
    expect(shuffled.maxCandidates).toBeLessThanOrEqual(80);
  });
});
