import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../support/test-db.js';
import { ingestDemo, testServices } from '../support/app.js';
import { graphqlClient } from '../support/graphql.js';

/** A second outlet carrying one demo story, so coverage ranking has something to rank. */
const SECOND_OUTLET = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire Desk</title><link>https://wire.example/</link>
  <item><title>Sea levels rose faster this decade, satellite data show</title><link>https://science.example/articles/sea-level-decade?utm_medium=wire</link>
  <pubDate>Tue, 14 Oct 2025 07:00:00 GMT</pubDate><category>Climate</category></item>
  <item><title>Insurers raise premiums in flood-prone districts</title><link>https://wire.example/2025/10/13/insurers</link>
  <pubDate>Mon, 13 Oct 2025 10:00:00 GMT</pubDate></item></channel></rss>`;

describe('custom feeds, search, facets and trends', () => {
  let t: TestDb;
  let client: Awaited<ReturnType<typeof graphqlClient>>;
  const ids: Record<string, string> = {};

  const titles = (data: unknown, path: string[]): string[] => {
    let node = data as Record<string, unknown>;
    for (const key of path) node = node[key] as Record<string, unknown>;
    return (node.nodes as { title: string }[]).map((n) => n.title);
  };

  beforeAll(async () => {
    t = await openTestDb('feeds');
    const services = testServices(t.repos, () => new Date('2025-10-15T12:00:00Z'));
    await ingestDemo(services);
    await services.pipeline.ingest({ content: SECOND_OUTLET, contentType: 'application/rss+xml', sourceUrl: 'https://wire.example/rss' });
    client = await graphqlClient(t.repos, services);
    const lookup = await client.run(`{ climate: topic(slug: "climate") { id } energy: topic(slug: "energy") { id } markets: topic(slug: "markets") { id }
      amara: person(name: "Amara Okafor") { id } tomas: person(name: "Tomás Ribeiro") { id } }`);
    for (const [key, value] of Object.entries(lookup.data as Record<string, { id: string }>)) ids[key] = value.id;
  });
  afterAll(async () => {
    await client?.stop();
    await t?.cleanup();
  });

  it('saves a feed for its API key and reads its articles', async () => {
    const created = await client.run(
      `mutation($d: FeedDefinitionInput!) { createFeed(name: "Climate desk", definition: $d) { errors { code message field } feed { id name definition { topics { any } ranking window { lastHours } } articles(first: 10) { totalCount nodes { title } } publishedUrls { rss } } } }`,
      { d: { topics: { any: [ids.climate] }, people: { none: [ids.tomas] } } },
      'alice',
    );
    const payload = (created.data as { createFeed: { errors: unknown[]; feed: { id: string; name: string; definition: unknown; articles: { totalCount: number; nodes: { title: string }[] }; publishedUrls: { rss: string } } } }).createFeed;
    expect(payload.errors).toEqual([]);
    ids.feed = payload.feed.id;
    expect(payload.feed.definition).toEqual({ topics: { any: [ids.climate] }, ranking: 'NEWEST', window: null });
    expect(created.errors).toBeUndefined();
    expect(payload.feed.articles).toEqual({
      totalCount: 4,
      nodes: [
        { title: 'Coastal cities agree shared flood barrier plan' },
        { title: 'Sea levels rose faster this decade, satellite data show' },
        { title: 'Insurers raise premiums in flood-prone districts' },
        { title: 'Bird migrations shift weeks earlier across Europe' },
      ],
    });
    expect(payload.feed.publishedUrls.rss).toBe(`http://gateway.test/feeds/${ids.feed}.rss`);
    const stories = await client.run(`query($id: ID!) { feed(id: $id) { stories(first: 2) { totalCount pageInfo { hasNextPage } nodes { title articleCount } } } }`, { id: ids.feed });
    expect(stories.data).toEqual({
      feed: {
        stories: {
          totalCount: 4,
          pageInfo: { hasNextPage: true },
          nodes: [
            { title: 'Coastal cities agree shared flood barrier plan', articleCount: 1 },
            { title: 'Sea levels rose faster this decade, satellite data show', articleCount: 1 },
          ],
        },
      },
    });
    const mine = await client.run(`{ myFeeds(first: 10) { totalCount nodes { name } } }`, {}, 'alice');
    expect(mine.data).toEqual({ myFeeds: { totalCount: 1, nodes: [{ name: 'Climate desk' }] } });
    const theirs = await client.run(`{ myFeeds(first: 10) { totalCount } }`, {}, 'bob');
    expect(theirs.data).toEqual({ myFeeds: { totalCount: 0 } });
  });

  it('refuses invalid definitions with specific errors', async () => {
    const unknownTopic = Buffer.from('Topic:nope').toString('base64url');
    const result = await client.run(
      `mutation($d: FeedDefinitionInput!) { createFeed(name: "Bad", definition: $d) { feed { id } errors { code message field } } }`,
      { d: { topics: { any: [unknownTopic], none: [ids.climate] }, people: { all: [ids.amara], none: [ids.amara] }, window: { after: '2025-10-14T00:00:00Z', before: '2025-10-13T00:00:00Z' }, ranking: 'RELEVANCE' } },
      'alice',
    );
    expect(result.data).toEqual({
      createFeed: {
        feed: null,
        errors: [
          { code: 'BAD_INPUT', message: 'people: the same id is both required and excluded, so nothing can match', field: 'definition.people.none' },
          { code: 'BAD_INPUT', message: 'window: `after` must be earlier than `before`; this window is empty', field: 'definition.window' },
          { code: 'BAD_INPUT', message: 'ranking RELEVANCE needs a `text` query to rank by', field: 'definition.ranking' },
          { code: 'BAD_INPUT', message: 'topics: no topic has the id "nope"', field: 'definition.topics' },
        ],
      },
    });
    const anonymous = await client.run(`mutation { createFeed(name: "x", definition: {}) { feed { id } } }`, {}, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const twoStories = await client.run(`mutation($d: FeedDefinitionInput!) { createFeed(name: "Bad", definition: $d) { errors { message field } } }`, { d: { stories: { all: [Buffer.from('Story:a').toString('base64url'), Buffer.from('Story:b').toString('base64url')] } } }, 'alice');
    expect((twoStories.data as { createFeed: { errors: { message: string; field: string }[] } }).createFeed.errors[0]).toEqual({ message: 'stories.all: an article belongs to one story, so requiring several selects nothing', field: 'definition.stories.all' });
    const preview = await client.run(`{ feedPreview(definition: { window: { lastHours: 0 } }, first: 5) { totalCount } }`);
    expect(preview.errors?.[0]).toMatchObject({ message: 'invalid feed definition: window.lastHours must be a whole number from 1 to 8760', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('previews definitions: all/none, rolling windows, languages, minimum sources', async () => {
    const preview = async (definition: Record<string, unknown>) => {
      const result = await client.run(`query($d: FeedDefinitionInput!) { feedPreview(definition: $d, first: 20) { nodes { title } } }`, { d: definition });
      expect(result.errors).toBeUndefined();
      return titles(result.data, ['feedPreview']);
    };
    expect(await preview({ topics: { all: [ids.energy, ids.markets] } })).toEqual(['Energy stocks climb as solar orders surge']);
    expect(await preview({ window: { lastHours: 30 } })).toEqual([
      'Energy stocks climb as solar orders surge',
      'Coastal cities agree shared flood barrier plan',
      'Sea levels rose faster this decade, satellite data show',
    ]);
    expect(await preview({ languages: ['en-GB'], people: { any: [ids.tomas] } })).toEqual(['Rail strike talks resume after two-week pause', 'Heatwave drives record demand for solar panels']);
    // The sea-level article was seen in two sources; the insurers story is covered by two outlets' articles.
    expect(await preview({ minSources: 2 })).toEqual([
      'Sea levels rose faster this decade, satellite data show',
      'Insurers raise premiums in flood-prone districts',
      'Insurers raise premiums in flood-prone districts',
    ]);
    expect(await preview({ minSources: 3 })).toEqual([]);
    const story = ((await client.run(`{ article(url: "https://herald.example/world/2025/10/14/flood-barrier-plan") { story { id } } }`)).data as { article: { story: { id: string } } }).article.story.id;
    expect(await preview({ stories: { any: [story] } })).toEqual(['Coastal cities agree shared flood barrier plan']);
    expect(await preview({ stories: { none: [story] }, topics: { any: [ids.climate] } })).not.toContain('Coastal cities agree shared flood barrier plan');
  });

  it('ranks by coverage, by relevance and by weights, paging through the ranking', async () => {
    const ranked = async (definition: Record<string, unknown>, first = 3, after?: string) => {
      const result = await client.run(`query($d: FeedDefinitionInput!, $a: String) { feedPreview(definition: $d, first: ${first}, after: $a) { pageInfo { hasNextPage endCursor } nodes { title } } }`, { d: definition, a: after ?? null });
      expect(result.errors).toBeUndefined();
      return (result.data as { feedPreview: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { title: string }[] } }).feedPreview;
    };
    expect((await ranked({ ranking: 'MOST_COVERED' }, 1)).nodes).toEqual([{ title: 'Sea levels rose faster this decade, satellite data show' }]);
    expect((await ranked({ ranking: 'RELEVANCE', text: 'solar' })).nodes.map((n) => n.title)).toEqual(['Energy stocks climb as solar orders surge', 'Heatwave drives record demand for solar panels']);
    const weighted = await ranked({ ranking: 'MOST_COVERED', weights: [{ id: ids.tomas, weight: 3 }] }, 2);
    // Tomás Ribeiro's four articles score 1 source × 3; the two-source sea-level story scores 2.
    expect(weighted.nodes.map((n) => n.title)).toEqual(['Energy stocks climb as solar orders surge', 'Rail strike talks resume after two-week pause']);
    const next = await ranked({ ranking: 'MOST_COVERED', weights: [{ id: ids.tomas, weight: 3 }] }, 3, weighted.pageInfo.endCursor);
    expect(next.nodes.map((n) => n.title)).toEqual([
      'Heatwave drives record demand for solar panels',
      'Freight operators count the cost of rail strikes',
      'Sea levels rose faster this decade, satellite data show',
    ]);
  });

  it('updates and deletes feeds for their owner only', async () => {
    const rename = `mutation($id: ID!) { updateFeed(id: $id, name: "Climate & energy") { feed { name } errors { code message field } } }`;
    expect((await client.run(rename, { id: ids.feed }, 'bob')).data).toEqual({ updateFeed: { feed: null, errors: [{ code: 'BAD_INPUT', message: 'no feed of yours has this id', field: 'id' }] } });
    expect((await client.run(rename, { id: ids.feed }, 'alice')).data).toEqual({ updateFeed: { feed: { name: 'Climate & energy' }, errors: [] } });
    const remove = `mutation($id: ID!) { deleteFeed(id: $id) { errors { code } } }`;
    expect((await client.run(remove, { id: ids.feed }, 'bob')).data).toEqual({ deleteFeed: { errors: [{ code: 'NOT_FOUND' }] } });
    const created = await client.run(`mutation { createFeed(name: "Temp", definition: {}) { feed { id } } }`, {}, 'alice');
    const tempId = (created.data as { createFeed: { feed: { id: string } } }).createFeed.feed.id;
    expect((await client.run(remove, { id: tempId }, 'alice')).data).toEqual({ deleteFeed: { errors: [] } });
    expect((await client.run(`query($id: ID!) { feed(id: $id) { id } }`, { id: tempId })).data).toEqual({ feed: null });
  });

  it('counts facets by topic, person, source, language and day', async () => {
    const result = await client.run(`{ articleFacets(filter: { topicIds: ["${ids.climate}"] }, first: 3) {
      total topics { label count } people { label count } sources { label count } languages { value count } days { value count } } }`);
    expect(result.data).toEqual({
      articleFacets: {
        total: 5,
        topics: [{ label: 'Climate', count: 5 }, expect.objectContaining({ count: 1 }), expect.objectContaining({ count: 1 })],
        people: [{ label: 'Lena Varga', count: 1 }],
        sources: [
          { label: 'Example Science Weekly', count: 2 },
          { label: 'The Example Herald: World', count: 2 },
          expect.objectContaining({ count: 1 }),
        ],
        languages: [{ value: 'en', count: 3 }, { value: 'en-GB', count: 2 }],
        days: [
          { value: '2025-10-08', count: 1 },
          { value: '2025-10-11', count: 1 },
          { value: '2025-10-13', count: 1 },
          { value: '2025-10-14', count: 2 },
        ],
      },
    });
  });

  it('searches text with highlights, and people and topics by name', async () => {
    const result = await client.run(`{ search(query: "flood", first: 5) { totalCount nodes { article { title } titleHighlight snippet } } }`);
    const hits = (result.data as { search: { totalCount: number; nodes: { article: { title: string }; titleHighlight: string; snippet: string }[] } }).search;
    // Three demo articles and the wire copy of the insurers story.
    expect(hits.totalCount).toBe(4);
    expect(hits.nodes.map((h) => h.titleHighlight)).toContain('Coastal cities agree shared <mark>flood</mark> barrier plan');
    expect(hits.nodes.find((h) => h.article.title.startsWith('Sea levels'))?.snippet).toBe(
      'Thirty years of satellite measurements show the rate of sea-level rise has doubled since the 1990s. The findings add urgency to <mark>flood</mark>-defence plans in coastal cities.',
    );
    const people = await client.run(`{ searchPeople(query: "ribe") { name } searchTopics(query: "clim") { slug } }`);
    expect(people.data).toEqual({ searchPeople: [{ name: 'Tomás Ribeiro' }], searchTopics: [{ slug: 'climate' }] });
    const empty = await client.run(`{ search(query: "  ", first: 5) { totalCount } }`);
    expect(empty.errors?.[0]).toMatchObject({ message: '`query` must contain at least one word', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('reports rising topics with the numbers behind the score', async () => {
    const result = await client.run(`{ trendingTopics(windowHours: 48, baselineDays: 7, first: 3) { topic { slug } score recentCount baselineCount expectedCount } }`);
    const trends = (result.data as { trendingTopics: { topic: { slug: string }; score: number; recentCount: number; baselineCount: number; expectedCount: number }[] }).trendingTopics;
    // Window: from 13 Oct 12:00 (flood barrier, sea levels); baseline: the 7 days before (insurers, solar, birds).
    expect(trends[0]).toMatchObject({ topic: { slug: 'climate' }, recentCount: 2, baselineCount: 3 });
    expect(trends[0]?.expectedCount).toBeCloseTo((3 / (7 * 24)) * 48, 6);
    expect(trends[0]?.score).toBeCloseTo(3 / (1 + (3 / (7 * 24)) * 48), 6);
    const bad = await client.run(`{ trendingPeople(windowHours: 0) { score } }`);
    expect(bad.errors?.[0]?.message).toBe('`windowHours` must be 1–168, got 0');
  });
});
