import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../support/test-db.js';
import { ingestDemo, testServices } from '../support/app.js';
import { graphqlClient } from '../support/graphql.js';

describe('GraphQL API over a graph built by the real pipeline', () => {
  let t: TestDb;
  let client: Awaited<ReturnType<typeof graphqlClient>>;

  beforeAll(async () => {
    t = await openTestDb('graphql_api');
    const services = testServices(t.repos);
    await ingestDemo(services);
    client = await graphqlClient(t.repos, services);
  });
  afterAll(async () => {
    await client?.stop();
    await t?.cleanup();
  });

  it('lists the newest articles with authors, topics and sources', async () => {
    const result = await client.run(`{
      articles(first: 3) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage }
        nodes { title url publishedAt language authors { name } topics { name slug kind } sources { title kind } }
      }
    }`);
    expect(result).toEqual({
      data: {
        articles: {
          totalCount: 10,
          pageInfo: { hasNextPage: true, hasPreviousPage: false },
          nodes: [
            {
              title: 'Energy stocks climb as solar orders surge',
              url: 'https://markets.example/2025/10/14/energy-stocks',
              publishedAt: '2025-10-14T13:20:00.000Z',
              language: 'en',
              authors: [{ name: 'Tomás Ribeiro' }],
              topics: [
                { name: 'Energy', slug: 'energy', kind: 'SUBJECT' },
                { name: 'Markets', slug: 'markets', kind: 'SUBJECT' },
              ],
              sources: [{ title: 'Example Markets Daily', kind: 'FEED' }],
            },
            {
              title: 'Coastal cities agree shared flood barrier plan',
              url: 'https://herald.example/world/2025/10/14/flood-barrier-plan',
              publishedAt: '2025-10-14T08:30:00.000Z',
              language: 'en-GB',
              authors: [{ name: 'Amara Okafor' }],
              topics: [
                { name: 'Climate', slug: 'climate', kind: 'SUBJECT' },
                { name: 'Cities', slug: 'cities', kind: 'SUBJECT' },
              ],
              sources: [{ title: 'The Example Herald: World', kind: 'FEED' }],
            },
            {
              title: 'Sea levels rose faster this decade, satellite data show',
              url: 'https://science.example/articles/sea-level-decade',
              publishedAt: '2025-10-14T07:00:00.000Z',
              language: 'en',
              authors: [{ name: 'Amara Okafor' }, { name: 'Jin Park' }],
              topics: [
                { name: 'Climate', slug: 'climate', kind: 'SUBJECT' },
                { name: 'Oceans', slug: 'oceans', kind: 'SUBJECT' },
              ],
              sources: [{ title: 'Example Science Weekly', kind: 'FEED' }],
            },
          ],
        },
      },
    });
  });

  it('pages through all articles with cursors, in a stable order', async () => {
    const titles: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result = await client.run(
        `query($after: String) { articles(first: 4, after: $after) { edges { cursor node { title } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const connection = (result.data as { articles: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }).articles;
      titles.push(...connection.edges.map((e) => e.node.title));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(titles).toHaveLength(10);
    expect(new Set(titles).size).toBe(10);
    expect(titles.at(-1)).toBe('Bird migrations shift weeks earlier across Europe');
  });

  it('walks from an article to its author, to their other articles and to a topic', async () => {
    const result = await client.run(`{
      article(url: "https://herald.example/world/2025/10/14/flood-barrier-plan?utm_source=rss") {
        title
        authors {
          name
          articles(first: 10) { totalCount nodes { title } }
        }
        topics { slug articles(first: 2) { totalCount nodes { title } } }
      }
    }`);
    expect(result).toEqual({
      data: {
        article: {
          title: 'Coastal cities agree shared flood barrier plan',
          authors: [
            {
              name: 'Amara Okafor',
              articles: {
                totalCount: 3,
                nodes: [
                  { title: 'Coastal cities agree shared flood barrier plan' },
                  { title: 'Sea levels rose faster this decade, satellite data show' },
                  { title: 'Record turnout expected in regional elections' },
                ],
              },
            },
          ],
          topics: [
            { slug: 'climate', articles: { totalCount: 5, nodes: [{ title: 'Coastal cities agree shared flood barrier plan' }, { title: 'Sea levels rose faster this decade, satellite data show' }] } },
            { slug: 'cities', articles: { totalCount: 1, nodes: [{ title: 'Coastal cities agree shared flood barrier plan' }] } },
          ],
        },
      },
    });
  });

  it('resolves every node type by global id, and null for unknown ids', async () => {
    const ids = await client.run(`{
      articles(first: 1) { nodes { id authors { id } topics { id } source { id } } }
    }`);
    const article = (ids.data as { articles: { nodes: { id: string; authors: { id: string }[]; topics: { id: string }[]; source: { id: string } }[] } }).articles.nodes[0]!;
    const unknown = Buffer.from('Article:nope').toString('base64url');
    const result = await client.run(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Article { title } ... on Person { name } ... on Topic { slug } ... on Source { url } } }`,
      { ids: [article.id, article.authors[0]!.id, article.topics[0]!.id, article.source.id, unknown] },
    );
    expect(result).toEqual({
      data: {
        nodes: [
          { __typename: 'Article', id: article.id, title: 'Energy stocks climb as solar orders surge' },
          { __typename: 'Person', id: article.authors[0]!.id, name: 'Tomás Ribeiro' },
          { __typename: 'Topic', id: article.topics[0]!.id, slug: 'energy' },
          { __typename: 'Source', id: article.source.id, url: 'https://demo.newsgraph.example/feeds/markets.feed.json' },
          null,
        ],
      },
    });
    const single = await client.run(`query($id: ID!) { node(id: $id) { id } }`, { id: article.id });
    expect(single).toEqual({ data: { node: { id: article.id } } });
  });

  it('filters by topic, person, source, time window, text and language', async () => {
    const lookup = await client.run(`{
      topic(slug: "Climate") { id }
      person(name: "tomas ribeiro") { id name }
      sources(first: 10) { nodes { id title } }
    }`);
    const data = lookup.data as { topic: { id: string }; person: { id: string; name: string }; sources: { nodes: { id: string; title: string }[] } };
    expect(data.person.name).toBe('Tomás Ribeiro');
    const science = data.sources.nodes.find((s) => s.title === 'Example Science Weekly')!;
    const titles = async (filter: Record<string, unknown>) => {
      const result = await client.run(`query($filter: ArticleFilter) { articles(filter: $filter, first: 20, orderBy: PUBLISHED_AT_ASC) { nodes { title } } }`, { filter });
      expect(result.errors).toBeUndefined();
      return (result.data as { articles: { nodes: { title: string }[] } }).articles.nodes.map((n) => n.title);
    };
    expect(await titles({ topicIds: [data.topic.id], personIds: [data.person.id] })).toEqual(['Heatwave drives record demand for solar panels']);
    expect(await titles({ sourceIds: [science.id] })).toEqual([
      'Bird migrations shift weeks earlier across Europe',
      'New battery chemistry survives 10,000 charge cycles',
      'Sea levels rose faster this decade, satellite data show',
    ]);
    expect(await titles({ publishedAfter: '2025-10-13T00:00:00Z', publishedBefore: '2025-10-13T23:59:59Z' })).toEqual([
      'Insurers raise premiums in flood-prone districts',
      'Rail strike talks resume after two-week pause',
    ]);
    expect(await titles({ text: 'flood' })).toEqual(['Insurers raise premiums in flood-prone districts', 'Sea levels rose faster this decade, satellite data show', 'Coastal cities agree shared flood barrier plan']);
    expect(await titles({ languages: ['en-GB'] })).toHaveLength(4);
  });

  it('rejects bad arguments with specific BAD_USER_INPUT errors', async () => {
    const cases: [string, RegExp][] = [
      ['{ articles(first: 0) { totalCount } }', /`first` must be between 1 and 100, got 0/],
      ['{ articles(first: 101) { totalCount } }', /`first` must be between 1 and 100, got 101/],
      ['{ articles(first: 5, after: "garbage") { totalCount } }', /invalid cursor "garbage"/],
      ['{ node(id: "%%%") { id } }', /"%%%" is not a valid id/],
      [`{ articles(first: 5, filter: { topicIds: ["${Buffer.from('Person:x').toString('base64url')}"] }) { totalCount } }`, /is the id of a Person, expected a Topic/],
      ['{ article(id: "x", url: "https://a.example/") { id } }', /give exactly one of `id` and `url`/],
      ['{ article { id } }', /give exactly one of `id` and `url`/],
      ['{ articles(first: 5, filter: { publishedAfter: "2025-10-14T00:00:00Z", publishedBefore: "2025-10-13T00:00:00Z" }) { totalCount } }', /must be earlier than/],
      ['{ articles(first: 5, filter: { text: "   " }) { totalCount } }', /at least one word/],
      ['{ articles(first: 5, filter: { languages: ["english!"] }) { totalCount } }', /is not a language tag/],
    ];
    for (const [query, message] of cases) {
      const result = await client.run(query);
      expect(result.data?.articles ?? result.data?.node ?? result.data?.article ?? null, query).toBeNull();
      expect(result.errors?.[0]?.message, query).toMatch(message);
      expect(result.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
    const badDate = await client.run('query($f: ArticleFilter) { articles(first: 5, filter: $f) { totalCount } }', { f: { publishedAfter: 'yesterday' } });
    expect(badDate.errors?.[0]?.message).toMatch(/DateTime must be an ISO 8601 string like 2023-05-04T09:24:00Z, got "yesterday"/);
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // A literal in the document is caught by validation, before execution, with the same explanation.
    const literal = await client.run('{ articles(first: 5, filter: { publishedAfter: "yesterday" }) { totalCount } }');
    expect(literal.errors?.[0]?.message).toMatch(/DateTime must be an ISO 8601 string/);
    expect(literal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('ingests a document through the mutation and reports counts and typed errors', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Mutation Feed</title><link>https://mutation.example/</link>
      <item><title>Mutation story</title><link>https://mutation.example/story</link><author>desk@mutation.example (Rita Moreno)</author><category>Climate</category></item></channel></rss>`;
    const mutation = `mutation($input: IngestInput!) { ingest(input: $input) { newCount updatedCount unchangedCount errors { code message field } source { url kind title lastFetch { status newCount itemCount } } articles { title authors { name } topics { slug } } } }`;
    const input = { content: feed, contentType: 'application/rss+xml', sourceUrl: 'https://mutation.example/feed.xml' };
    const first = await client.run(mutation, { input });
    expect(first).toEqual({
      data: {
        ingest: {
          newCount: 1,
          updatedCount: 0,
          unchangedCount: 0,
          errors: [],
          source: { url: 'https://mutation.example/feed.xml', kind: 'FEED', title: 'Mutation Feed', lastFetch: { status: 'OK', newCount: 1, itemCount: 1 } },
          articles: [{ title: 'Mutation story', authors: [{ name: 'Rita Moreno' }], topics: [{ slug: 'climate' }] }],
        },
      },
    });
    const again = await client.run(mutation, { input });
    expect((again.data as { ingest: { newCount: number; unchangedCount: number } }).ingest).toMatchObject({ newCount: 0, unchangedCount: 1 });
    const broken = await client.run(mutation, { input: { ...input, content: '<rss version="2.0"><channel><item><title>x' } });
    expect((broken.data as { ingest: { errors: unknown[]; newCount: number } }).ingest).toMatchObject({ newCount: 0, errors: [{ code: 'PARSE_FAILED', field: 'content' }] });
    const noType = await client.run(mutation, { input: { content: feed } });
    expect((noType.data as { ingest: { errors: unknown[] } }).ingest.errors).toEqual([{ code: 'BAD_INPUT', message: '`contentType` is required with `content`', field: 'contentType' }]);
  });

  it('adds sources idempotently and refuses bad URLs', async () => {
    const add = `mutation($url: String!) { addSource(url: $url, kind: FEED) { created source { url kind errorCount lastFetch { status } } errors { code message field } } }`;
    expect(await client.run(add, { url: 'https://new.example/rss' })).toEqual({
      data: { addSource: { created: true, source: { url: 'https://new.example/rss', kind: 'FEED', errorCount: 0, lastFetch: null }, errors: [] } },
    });
    expect((await client.run(add, { url: 'https://new.example/rss' })).data).toMatchObject({ addSource: { created: false } });
    expect(await client.run(add, { url: 'javascript:alert(1)' })).toEqual({
      data: { addSource: { created: false, source: null, errors: [{ code: 'BAD_URL', message: '"javascript:alert(1)" is not an absolute http(s) URL', field: 'url' }] } },
    });
  });
});
