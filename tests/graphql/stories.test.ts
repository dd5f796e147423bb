import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock, testServices } from '../support/app.js';
import { graphqlClient } from '../support/graphql.js';
import { openTestDb, type TestDb } from '../support/test-db.js';
import { ingestAllStoryFeeds, ingestStoryFeed, storyFeed } from '../ingest/stories/story-fixtures.js';

describe('stories through GraphQL over a graph built by the real pipeline', () => {
  let t: TestDb;
  let client: Awaited<ReturnType<typeof graphqlClient>>;

  beforeAll(async () => {
    t = await openTestDb('graphql_stories');
    const clock = manualClock('2023-05-03T16:00:00Z');
    const services = testServices(t.repos, clock.now);
    await ingestAllStoryFeeds(services);
    clock.advance(3_600_000);
    await ingestStoryFeed(services, 'beta', storyFeed('beta').replace('Central bank holds rates', 'Central bank holds interest rates'));
    client = await graphqlClient(t.repos, services);
  });
  afterAll(async () => {
    await client?.stop();
    await t?.cleanup();
  });

  it('lists stories with their articles, sources, people and topics', async () => {
    const result = await client.run(`{
      stories(first: 2, filter: { minArticles: 2 }) {
        totalCount
        nodes {
          title firstSeen lastSeen articleCount
          articles(first: 5) { nodes { title story { title } } }
          sources { title }
          people(first: 5) { name }
          topics(first: 5) { name kind }
        }
      }
    }`);
    expect(result).toEqual({
      data: {
        stories: {
          totalCount: 1,
          nodes: [
            {
              title: "Kremlin says drone attack targeted Vladimir Putin's residence",
              firstSeen: '2023-05-03T12:00:00.000Z',
              lastSeen: '2023-05-03T15:30:00.000Z',
              articleCount: 2,
              articles: {
                nodes: [
                  { title: 'Russia accuses Ukraine of drone attack on Kremlin targeting Vladimir Putin', story: { title: "Kremlin says drone attack targeted Vladimir Putin's residence" } },
                  { title: "Kremlin says drone attack targeted Vladimir Putin's residence", story: { title: "Kremlin says drone attack targeted Vladimir Putin's residence" } },
                ],
              },
              sources: [{ title: 'Alpha Wire: World' }, { title: 'Beta Daily' }, { title: 'Gamma Headlines' }],
              // Most often first: both articles mention Putin and Peskov (ties by id); Russia tags both.
              people: [{ name: 'Vladimir Putin' }, { name: 'Dmitry Peskov' }],
              topics: [
                { name: 'Russia', kind: 'SUBJECT' },
                { name: 'Kremlin', kind: 'ORGANIZATION' },
                { name: 'Moscow', kind: 'PLACE' },
                { name: 'Ukraine', kind: 'PLACE' },
              ],
            },
          ],
        },
      },
    });
  });

  it('gives related stories with kinds, scores and reasons, and the versions of an updated article', async () => {
    const result = await client.run(`{
      drone: article(url: "https://alpha.example/world/kremlin-drone-attack") { related(first: 5) { kind score reason title article { title } } }
      rates: article(url: "https://beta.example/business/rates-hold") { title changeCount versions(first: 5) { version at changedFields source { title } } }
    }`);
    const russia = 'Russia accuses Ukraine of drone attack on Kremlin targeting Vladimir Putin';
    const later = 'Vladimir Putin vows response as Kremlin drone inquiry widens';
    expect(result).toEqual({
      data: {
        drone: {
          related: [
            { kind: 'SAME_STORY', score: 0.8, reason: 'same story: both mention Kremlin, Dmitry Peskov and Vladimir Putin on drone attack residence', title: russia, article: { title: russia } },
            { kind: 'FOLLOW_UP', score: 0.688, reason: 'later by 10 days: both mention Kremlin, Dmitry Peskov and Vladimir Putin on drone attack', title: later, article: { title: later } },
          ],
        },
        rates: {
          title: 'Central bank holds interest rates as inflation cools',
          changeCount: 1,
          versions: [{ version: 1, at: '2023-05-03T17:00:00.000Z', changedFields: ['title'], source: { title: 'Beta Daily' } }],
        },
      },
    });
  });

  it('fetches a story by id and as a node, and rejects an id of another type', async () => {
    const listed = await client.run(`{ stories(first: 1) { nodes { id title } } }`);
    const story = (listed.data as { stories: { nodes: { id: string; title: string }[] } }).stories.nodes[0];
    const result = await client.run(`query($id: ID!) { story(id: $id) { title } node(id: $id) { __typename ... on Story { title } } }`, { id: story?.id });
    expect(result).toEqual({ data: { story: { title: story?.title }, node: { __typename: 'Story', title: story?.title } } });
    const wrong = await client.run(`{ article(url: "https://beta.example/business/rates-hold") { id } }`);
    const articleId = (wrong.data as { article: { id: string } }).article.id;
    const bad = await client.run(`query($id: ID!) { story(id: $id) { title } }`, { id: articleId });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
