import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableId } from '../../../src/domain/ids.js';
import { assignStories } from '../../../src/ingest/story-assigner.js';
import type { ArticleWrite } from '../../../src/storage/article-repository.js';
import type { ArticleDoc, StoryDoc } from '../../../src/storage/documents.js';
import type { Repositories } from '../../../src/storage/repositories.js';
import { StoryRepository } from '../../../src/storage/story-repository.js';
import { openTestDb, type TestDb } from '../../support/test-db.js';
import { headlineArticleDoc } from '../../../scripts/story-score-storage.js';

function articleDoc(key: string, title: string, source: string, at: Date): ArticleDoc {
  return headlineArticleDoc(key, title, stableId(`source:${source}`), at);
}

/**
 * Repositories whose story reads wait until `parties` callers have read: every writer then works from
 * the same revision, the interleaving that loses an update without compare-and-set.
 */
function racingRepos(repos: Repositories, parties: number): Repositories {
  let waiting: (() => void)[] = [];
  let released = false;
  const stories = Object.create(repos.stories) as StoryRepository;
  stories.liveStories = async (ids) => {
    const result = await repos.stories.liveStories(ids);
    if (!released) {
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (waiting.length >= parties) {
          released = true;
          for (const go of waiting) go();
          waiting = [];
        }
      });
    }
    return result;
  };
  return { ...repos, stories };
}

describe('two ingests assigning to one story at once (real MongoDB)', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb('story_concurrency');
  });
  afterAll(() => t?.cleanup());

  const write = async (doc: ArticleDoc): Promise<ArticleWrite[]> => {
    const writes: ArticleWrite[] = [{ doc, expectedRevision: undefined, outcome: 'NEW', touchOnly: false }];
    await t.repos.articles.applyWrites(writes, 'test', new Date());
    return writes;
  };

  it('loses neither update: the loser re-reads the story and replays its article on top', async () => {
    const t0 = new Date('2024-03-01T10:00:00Z');
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    const first = articleDoc('k:1', 'Volcano erupts near Reykjavik, flights to Iceland cancelled', 'alpha', at(0));
    await assignStories(t.repos, [], await write(first), at(0));
    const storyId = (await t.db.collection<ArticleDoc>('articles').findOne({ _id: first._id }))?.storyId;
    expect(storyId).toBeDefined();

    const second = await write(articleDoc('k:2', 'Iceland volcano erupts near Reykjavik as flights are cancelled', 'beta', at(5)));
    const third = await write(articleDoc('k:3', 'Flights cancelled after volcano erupts near Reykjavik in Iceland', 'gamma', at(6)));
    const racing = racingRepos(t.repos, 2);
    await Promise.all([assignStories(racing, [], second, at(5)), assignStories(racing, [], third, at(6))]);

    const articles = await t.db.collection<ArticleDoc>('articles').find({}).toArray();
    expect(articles.map((a) => a.storyId)).toEqual([storyId, storyId, storyId]);
    const story = await t.db.collection<StoryDoc>('stories').findOne({ _id: storyId });
    expect(story?.size).toBe(3);
    expect(story?.centroid.size).toBe(3);
    expect(story?.centroid.features['volcano']).toBe(3);
    expect([...(story?.sourceIds ?? [])].sort()).toEqual(['alpha', 'beta', 'gamma'].map((s) => stableId(`source:${s}`)).sort());
    expect(story?.lastSeen).toEqual(at(6));
    // One write per article: created, then two compare-and-set writes (one of them replayed).
    expect(story?.revision).toBe(3);
  });

  it('a source added by a re-sighting is not erased by a concurrent compare-and-set writer', async () => {
    const stories = t.db.collection<StoryDoc>('stories');
    const [story] = await stories.find({}).toArray();
    if (!story) throw new Error('no story from the previous test');
    const stale = story.revision ?? 0;
    await t.repos.stories.addSources(new Map([[story._id, ['delta']]]));
    const conflicts = await t.repos.stories.writeStories([{ doc: { ...story, size: 99 }, expectedRevision: stale }], new Date());
    expect([...conflicts]).toEqual([story._id]);
    const after = await stories.findOne({ _id: story._id });
    expect(after?.sourceIds).toContain('delta');
    expect(after?.size).toBe(3);
    // Re-adding a source already listed changes nothing (re-ingesting stays a no-op).
    await t.repos.stories.addSources(new Map([[story._id, ['delta']]]));
    expect((await stories.findOne({ _id: story._id }))?.revision).toBe(after?.revision);
  });
});
