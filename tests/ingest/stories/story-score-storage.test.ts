import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHeadlines, scoreStories } from '../../../scripts/score-stories.js';
import { scoreStoriesInStorage } from '../../../scripts/story-score-storage.js';
import { openTestDb, type TestDb } from '../../support/test-db.js';

/** The first headlines in crawl order (gold stories are contiguous runs of it, so a prefix keeps them whole). */
const SUBSET = 400;

describe('story clustering with MongoDB behind it, on the UCI headlines', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb('story_score');
  });
  afterAll(() => t?.cleanup());

  it('scores close to the in-memory index and above the floors', async () => {
    const headlines = readHeadlines()
      .sort((a, b) => a.timestamp - b.timestamp || Number(a.id) - Number(b.id))
      .slice(0, SUBSET);
    const stored = await scoreStoriesInStorage(t.repos, headlines);
    const memory = scoreStories(headlines, 'timestamp').scores;
    const pct = (x: number) => (x * 100).toFixed(1);
    console.log(`UCI first ${SUBSET} headlines | storage: pairwise F1 ${pct(stored.pairwise.f1)} B-cubed F1 ${pct(stored.bcubed.f1)} stories ${stored.predictedClusters} | in-memory: pairwise F1 ${pct(memory.pairwise.f1)} B-cubed F1 ${pct(memory.bcubed.f1)} stories ${memory.predictedClusters} | gold ${stored.goldClusters}`);
    expect(stored.bcubed.f1).toBeGreaterThan(FLOOR_BCUBED);
    expect(stored.pairwise.f1).toBeGreaterThan(FLOOR_PAIRWISE);
    // Storage applies the same decisions as the in-memory index (batching only lets a batch's own stories meet).
    expect(Math.abs(stored.bcubed.f1 - memory.bcubed.f1)).toBeLessThan(0.03);
  }, 300_000);
});

const FLOOR_BCUBED = 0.73;
const FLOOR_PAIRWISE = 0.68;
