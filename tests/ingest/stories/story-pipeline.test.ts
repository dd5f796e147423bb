import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../src/services.js';
import { manualClock, testServices } from '../../support/app.js';
import { openTestDb, type TestDb } from '../../support/test-db.js';
import { ingestAllStoryFeeds, ingestStoryFeed, storyFeed } from './story-fixtures.js';

describe('stories, sightings, versions and related edges in the pipeline (real MongoDB)', () => {
  let t: TestDb;
  let services: Services;
  const clock = manualClock('2023-05-03T16:00:00Z');
  const article = (title: string) => t.db.collection('articles').findOne({ title });
  const KREMLIN = "Kremlin says drone attack targeted Vladimir Putin's residence";
  const RUSSIA = 'Russia accuses Ukraine of drone attack on Kremlin targeting Vladimir Putin';
  const LATER = 'Vladimir Putin vows response as Kremlin drone inquiry widens';

  beforeAll(async () => {
    t = await openTestDb('story_pipeline');
    services = testServices(t.repos, clock.now);
    await ingestAllStoryFeeds(services);
  });
  afterAll(() => t?.cleanup());

  it('puts two outlets covering one event in one story with both sources (and the aggregator that re-carried one)', async () => {
    const [kremlin, russia, later] = await Promise.all([article(KREMLIN), article(RUSSIA), article(LATER)]);
    expect(kremlin?.storyId).toBeDefined();
    expect(russia?.storyId).toBe(kremlin?.storyId);
    expect(later?.storyId).not.toBe(kremlin?.storyId);
    const story = await t.db.collection('stories').findOne({ _id: kremlin?.storyId });
    const sources = await t.db.collection('sources').find({}, { sort: { url: 1 } }).toArray();
    const idOf = (host: string) => sources.find((s) => String(s.url).includes(host))?._id;
    expect(story).toMatchObject({ title: KREMLIN, size: 2, firstSeen: new Date('2023-05-03T12:00:00Z'), lastSeen: new Date('2023-05-03T15:30:00Z') });
    expect([...(story?.sourceIds ?? [])].sort()).toEqual([idOf('alpha'), idOf('beta'), idOf('gamma')].sort());
    const people = await t.db.collection('people').find({ _id: { $in: story?.personIds ?? [] } }).toArray();
    expect(people.map((p) => p.name).sort()).toEqual(['Dmitry Peskov', 'Vladimir Putin']);
    // Unrelated items of the same feeds are stories of their own.
    expect(await t.db.collection('stories').countDocuments()).toBe(4);
  });

  it('keeps one article per canonical URL with every sighting', async () => {
    const kremlin = await article(KREMLIN);
    expect(kremlin?.sightings.map((s: { url?: string; guid?: string }) => [s.url, s.guid])).toEqual([
      ['https://alpha.example/world/kremlin-drone-attack', 'alpha-1001'],
      ['https://alpha.example/world/kremlin-drone-attack?utm_source=gamma', 'gamma-77'],
    ]);
    expect(await t.db.collection('articles').countDocuments({ title: KREMLIN })).toBe(1);
  });

  it('relates articles both ways with reasons a reader understands', async () => {
    const [kremlin, russia, later] = await Promise.all([article(KREMLIN), article(RUSSIA), article(LATER)]);
    const edges = await t.db.collection('relations').find({}, { projection: { _id: 0, fromId: 1, toId: 1, kind: 1, score: 1, reason: 1 }, sort: { fromId: 1, score: -1 } }).toArray();
    const name = new Map([[kremlin?._id, 'kremlin'], [russia?._id, 'russia'], [later?._id, 'later']]);
    const readable = edges.map((e) => `${name.get(e.fromId)} → ${name.get(e.toId)} ${e.kind} ${e.score}: ${e.reason}`).sort();
    expect(readable).toEqual([
      'kremlin → later FOLLOW_UP 0.688: later by 10 days: both mention Kremlin, Dmitry Peskov and Vladimir Putin on drone attack',
      'kremlin → russia SAME_STORY 0.8: same story: both mention Kremlin, Dmitry Peskov and Vladimir Putin on drone attack residence',
      'later → kremlin SHARED_ENTITIES 0.675: both mention Kremlin, Dmitry Peskov and Vladimir Putin on drone',
      'later → russia SHARED_ENTITIES 0.6: both mention Kremlin, Dmitry Peskov and Vladimir Putin on drone',
      'russia → kremlin SAME_STORY 0.8: same story: both mention Kremlin, Dmitry Peskov and Vladimir Putin on drone attack',
      'russia → later FOLLOW_UP 0.65: later by 10 days: both mention Kremlin, Dmitry Peskov and Vladimir Putin on drone attack',
    ]);
  });

  it('changes nothing when everything is ingested again: no new articles, stories, counters or edges', async () => {
    const snapshot = () =>
      Promise.all(['articles', 'stories', 'relations', 'termStats', 'people', 'topics'].map((c) => t.db.collection(c).find({}, { sort: { _id: 1 }, projection: { sightings: 0 } }).toArray()));
    const before = await snapshot();
    clock.advance(3_600_000);
    await ingestAllStoryFeeds(services);
    expect(await snapshot()).toEqual(before);
  });

  it('keeps versions of an updated article (which fields, when, from which source) and leaves it in its story', async () => {
    const before = await article(RUSSIA);
    clock.advance(3_600_000);
    const corrected = storyFeed('beta').replace(RUSSIA, `${RUSSIA} (corrected)`);
    const report = await ingestStoryFeed(services, 'beta', corrected);
    expect([report.newCount, report.updatedCount, report.unchangedCount]).toEqual([0, 1, 1]);
    const after = await t.db.collection('articles').findOne({ _id: before?._id });
    expect(after?.versions).toEqual([{ version: 1, at: clock.now(), sourceId: before?.sourceIds[0], changedFields: ['title'] }]);
    expect(after?.storyId).toBe(before?.storyId);
    expect(after?.signature.tokens).toContain('corrected');
    expect(await t.db.collection('stories').countDocuments()).toBe(4);
  });
});
