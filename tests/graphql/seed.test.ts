import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../support/test-db.js';
import { SEED_FILE, testServices } from '../support/app.js';
import { graphqlClient } from '../support/graphql.js';

/**
 * The acceptance test of the whole idea: the seed page (a real news page as text) ingested through the
 * public mutation must become the right graph.
 */
describe('the seed page becomes a clean article in the graph', () => {
  let t: TestDb;
  let client: Awaited<ReturnType<typeof graphqlClient>>;
  let articleId: string;

  const QUERY = `query($id: ID!) { node(id: $id) { ... on Article {
    title publishedAt language summary bodyText
    authors { name }
    people { name }
    mentions { person { name } roles inTitle }
    quotes { text speakerName speaker { __typename ... on Person { name } ... on Topic { name kind } } }
    topics { name kind }
    images { caption credit }
    related(first: 10) { kind title article { id } }
    source { kind headlines(first: 100) { title } }
  } } }`;

  beforeAll(async () => {
    t = await openTestDb('seed');
    const services = testServices(t.repos);
    client = await graphqlClient(t.repos, services);
    const result = await client.run(`mutation($input: IngestInput!) { ingest(input: $input) { newCount errors { code message } articles { id } } }`, {
      input: { content: readFileSync(SEED_FILE, 'utf8'), contentType: 'text/plain' },
    });
    expect(result.errors).toBeUndefined();
    const ingest = (result.data as { ingest: { newCount: number; errors: unknown[]; articles: { id: string }[] } }).ingest;
    expect(ingest.errors).toEqual([]);
    expect(ingest.newCount).toBe(1);
    articleId = ingest.articles[0]!.id;
  });
  afterAll(async () => {
    await client?.stop();
    await t?.cleanup();
  });

  type Seed = {
    title: string; publishedAt: string; language: string; summary: string; bodyText: string;
    authors: { name: string }[]; people: { name: string }[];
    mentions: { person: { name: string }; roles: string[]; inTitle: number }[];
    quotes: { text: string; speakerName: string; speaker: { __typename: string; name: string; kind?: string } }[];
    topics: { name: string; kind: string }[]; images: { caption: string; credit: string }[];
    related: { kind: string; title: string; article: null | { id: string } }[];
    source: { kind: string; headlines: { title: string }[] };
  };
  const seed = async (): Promise<Seed> => {
    const result = await client.run(QUERY, { id: articleId });
    expect(result.errors).toBeUndefined();
    return (result.data as { node: Seed }).node;
  };

  it('has the headline, the London time stamp and the author', async () => {
    const article = await seed();
    expect(article.title).toBe("Putin’s revenge: At least 21 dead in Ukraine air strikes after drone 'attempt on Russian leader's life'");
    expect(article.publishedAt).toBe('2023-05-04T09:24:00.000Z');
    expect(article.language).toBe('en');
    expect(article.authors).toEqual([{ name: 'Asher McShane' }]);
  });

  it('has the story as its body, and nothing else', async () => {
    const { bodyText, summary } = await seed();
    expect(bodyText.startsWith('A series of Russian strikes in retaliation')).toBe(true);
    expect(bodyText.endsWith('with the notorious Wagner mercenary group heavily involved.')).toBe(true);
    expect(summary).toBe('A series of Russian strikes in retaliation for a suspected kamikaze drone bomb assassination attempt on Vladimir Putin have claimed at least 21 lives in Ukraine.');
    for (const furniture of ['Listen to this article', 'Loading audio', 'Read more', 'Picture: Getty', 'By Asher McShane', 'More Latest News', 'See more', 'Royals', 'More Topics', 'Cost of Living Crisis', 'Carrie Fisher']) {
      expect(bodyText, furniture).not.toContain(furniture);
    }
  });

  it('keeps the two picture captions with their credits', async () => {
    expect((await seed()).images).toEqual([
      { caption: 'Russian bombs hit civilian targets in Ukraine after the suspected drone strike on the Kremlin (inset)', credit: 'Getty/Social media' },
      { caption: 'The Kremlin on Wednesday night', credit: 'Getty' },
    ]);
  });

  it('names the people in it, the author apart, and no false people', async () => {
    const article = await seed();
    expect(article.people.map((p) => p.name).sort()).toEqual(['Dmitry Medvedev', 'Mykhailo Podolyak', 'Vladimir Putin', 'Volodymyr Zelenskyy']);
    const roles = Object.fromEntries(article.mentions.map((m) => [m.person.name, m.roles]));
    expect(roles['Volodymyr Zelenskyy']).toContain('Ukrainian President');
    expect(roles['Dmitry Medvedev']).toContain('former Prime Minister');
    expect(article.mentions.find((m) => m.person.name === 'Vladimir Putin')?.inTitle).toBe(1);
  });

  it('attributes the quotes to Zelenskyy, Medvedev, Podolyak and the Kremlin', async () => {
    const { quotes } = await seed();
    expect([...new Set(quotes.map((q) => `${q.speaker.__typename}:${q.speaker.name}`))].sort()).toEqual([
      'Person:Dmitry Medvedev',
      'Person:Mykhailo Podolyak',
      'Person:Volodymyr Zelenskyy',
      'Topic:Kremlin',
    ]);
    expect(quotes.find((q) => q.speakerName === 'Dmitry Medvedev')?.text).toBe(
      "After today's terrorist attack, there are no options left aside the physical elimination of Zelensky and his cabal",
    );
    expect(quotes.find((q) => q.speaker.__typename === 'Topic')?.speaker.kind).toBe('ORGANIZATION');
  });

  it('makes places and organizations topics, never page furniture', async () => {
    const topics = (await seed()).topics;
    expect(topics).toContainEqual({ name: 'Ukraine', kind: 'PLACE' });
    expect(topics).toContainEqual({ name: 'Kremlin', kind: 'ORGANIZATION' });
    const names = topics.map((t) => t.name);
    for (const furniture of ['Getty', 'War in Ukraine', 'Cost of Living Crisis', 'NHS', 'Brexit', 'Royals', 'Serbia School Shooting', 'Netherlands']) {
      expect(names, furniture).not.toContain(furniture);
    }
  });

  it('links the two "Read more" headlines as related stories, and keeps the site\'s other headlines apart', async () => {
    const article = await seed();
    expect(article.related).toEqual([
      { kind: 'LINKED', title: 'Moment RAF planes intercept Russian jet flying close to British airspace', article: null },
      { kind: 'LINKED', title: 'Putin launches new missile blitz on cities in Ukraine killing at least eight people including mother and daughter, 2', article: null },
    ]);
    const headlines = article.source.headlines.map((h) => h.title);
    expect(headlines).toContain('Putin will face war crimes court when Ukraine wins – Zelensky');
    expect(headlines).toContain('Carrie Fisher to receive Hollywood star in May the Fourth tribute');
    for (const headline of headlines) expect(article.bodyText).not.toContain(headline);
  });

  it('changes nothing when the seed is ingested again', async () => {
    const before = await seed();
    const again = await client.run(`mutation($input: IngestInput!) { ingest(input: $input) { newCount updatedCount unchangedCount } }`, {
      input: { content: readFileSync(SEED_FILE, 'utf8'), contentType: 'text/plain' },
    });
    expect(again.data).toEqual({ ingest: { newCount: 0, updatedCount: 0, unchangedCount: 1 } });
    expect(await seed()).toEqual(before);
  });
});
