import { describe, expect, it } from 'vitest';
import { formatScoreTable, scoreReadabilityCorpus } from '../../../scripts/score-articles.js';

describe('extraction on the Readability corpus (../shared/corpus/readability)', () => {
  it('keeps body F1, title, byline and published time above their floors', () => {
    const score = scoreReadabilityCorpus();
    console.log(formatScoreTable(score));
    expect(score.pages.length).toBe(130);
    expect(score.bodyF1).toBeGreaterThanOrEqual(0.98);
    expect(score.titleExact).toBeGreaterThanOrEqual(0.98);
    expect(score.byline).toBeGreaterThanOrEqual(0.96);
    expect(score.published).toBeGreaterThanOrEqual(0.97);
  });
});
