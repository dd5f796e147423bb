import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../support/test-db.js';
import { testServices } from '../support/app.js';
import { graphqlClient } from '../support/graphql.js';

const feed = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Override desk</title><link>https://ov.example/</link>${items}</channel></rss>`;
const item = (n: number, title: string, body: string, category = 'Politics') =>
  `<item><title>${title}</title><link>https://ov.example/${n}</link><category>${category}</category><description>${body}</description></item>`;

const FIRST = feed(
  item(1, 'Minister Anna Kowalska opens new bridge', 'Transport Minister Anna Kowalska opened the bridge on Monday. Kowalska said: "It joins two cities." Officials from the Vistula Authority attended.') +
    item(2, 'Council backs Kowalska plan', 'The council backed the plan of Ania Kowalska, who was absent. Piotr Nowak, the mayor, said he was pleased.', 'Cities') +
    item(3, 'Mayor Piotr Nowak re-elected', 'Piotr Nowak won a second term. Nowak said: "Thank you."'),
);

describe('user overrides of people and topics', () => {
  let t: TestDb;
  let client: Awaited<ReturnType<typeof graphqlClient>>;
  const ingest = async (content: string) => {
    const result = await client.run(`mutation($input: IngestInput!) { ingest(input: $input) { newCount updatedCount unchangedCount errors { message } } }`, {
      input: { content, contentType: 'application/rss+xml', sourceUrl: 'https://ov.example/feed' },
    });
    return (result.data as { ingest: { newCount: number; updatedCount: number; unchangedCount: number; errors: unknown[] } }).ingest;
  };
  const personId = async (name: string) => ((await client.run(`query($n: String!) { person(name: $n) { id } }`, { n: name })).data as { person: { id: string } | null }).person?.id;
  const peopleOf = async (url: string) =>
    ((await client.run(`query($u: String!) { article(url: $u) { people { name } } }`, { u: url })).data as { article: { people: { name: string }[] } }).article.people.map((p) => p.name);

  beforeAll(async () => {
    t = await openTestDb('overrides');
    client = await graphqlClient(t.repos, testServices(t.repos));
    expect((await ingest(FIRST)).newCount).toBe(3);
  });
  afterAll(async () => {
    await client?.stop();
    await t?.cleanup();
  });

  it('merges two people: names, articles and quotes move, and re-ingestion keeps it', async () => {
    const anna = await personId('Anna Kowalska');
    const ania = await personId('Ania Kowalska');
    expect(anna).toBeDefined();
    expect(ania).toBeDefined();
    const merged = await client.run(`mutation($t: ID!, $s: ID!) { mergePeople(targetId: $t, sourceId: $s) { person { name aliases articles(first: 10) { totalCount } } errors { code message } } }`, { t: anna, s: ania });
    expect(merged.data).toEqual({ mergePeople: { person: { name: 'Anna Kowalska', aliases: expect.arrayContaining(['Ania Kowalska']), articles: { totalCount: 2 } }, errors: [] } });
    expect(await personId('Ania Kowalska')).toBe(anna);
    expect(await client.run(`query($id: ID!) { node(id: $id) { id } }`, { id: ania })).toEqual({ data: { node: null } });
    expect(await ingest(FIRST)).toMatchObject({ newCount: 0, updatedCount: 0, unchangedCount: 3 });
    expect(await peopleOf('https://ov.example/2')).toContain('Anna Kowalska');
    // A new article naming the merged-away spelling resolves to the merged person.
    await ingest(feed(item(4, 'Ania Kowalska visits port', 'Ania Kowalska toured the port.')));
    expect(await peopleOf('https://ov.example/4')).toEqual(['Anna Kowalska']);
  });

  it('adds an alias that later articles resolve by, and refuses one that names someone else', async () => {
    const nowak = await personId('Piotr Nowak');
    const added = await client.run(`mutation($p: ID!) { addPersonAlias(personId: $p, alias: "Peter Novak") { person { name aliases } errors { code } } }`, { p: nowak });
    expect(added.data).toEqual({ addPersonAlias: { person: { name: 'Piotr Nowak', aliases: expect.arrayContaining(['Peter Novak']), }, errors: [] } });
    await ingest(feed(item(5, 'Peter Novak opens festival', 'Peter Novak opened the festival on Friday.')));
    expect(await peopleOf('https://ov.example/5')).toEqual(['Piotr Nowak']);
    const conflict = await client.run(`mutation($p: ID!) { addPersonAlias(personId: $p, alias: "Anna Kowalska") { person { name } errors { code message field } } }`, { p: nowak });
    expect(conflict.data).toEqual({ addPersonAlias: { person: null, errors: [{ code: 'CONFLICT', message: '"Anna Kowalska" already names Anna Kowalska; merge the two people instead', field: 'alias' }] } });
  });

  it('splits a wrong merge back out, and re-ingestion keeps the split', async () => {
    const anna = await personId('Anna Kowalska');
    const split = await client.run(`mutation($p: ID!) { splitPerson(personId: $p, names: ["Ania Kowalska"]) { person { name } splitOff { name articles(first: 10) { nodes { url } } } errors { code message } } }`, { p: anna });
    expect(split.data).toEqual({
      splitPerson: { person: { name: 'Anna Kowalska' }, splitOff: { name: 'Ania Kowalska', articles: { nodes: expect.arrayContaining([{ url: 'https://ov.example/2' }, { url: 'https://ov.example/4' }]) } }, errors: [] },
    });
    expect(await ingest(FIRST)).toMatchObject({ newCount: 0, updatedCount: 0 });
    expect(await peopleOf('https://ov.example/2')).toContain('Ania Kowalska');
    expect(await peopleOf('https://ov.example/1')).toContain('Anna Kowalska');
    const refused = await client.run(`mutation($p: ID!) { splitPerson(personId: $p, names: ["Somebody Else"]) { errors { code message } } }`, { p: anna });
    expect(refused.data).toEqual({ splitPerson: { errors: [{ code: 'BAD_INPUT', message: '"Somebody Else" is not a name of Anna Kowalska' }] } });
  });

  it('hides a false person from lists and articles, and keeps it hidden after re-ingestion', async () => {
    const nowak = await personId('Piotr Nowak');
    const hidden = await client.run(`mutation($p: ID!) { setPersonHidden(personId: $p, hidden: true) { person { name hidden } errors { code } } }`, { p: nowak });
    expect(hidden.data).toEqual({ setPersonHidden: { person: { name: 'Piotr Nowak', hidden: true }, errors: [] } });
    await ingest(FIRST);
    expect(await peopleOf('https://ov.example/3')).toEqual([]);
    const names = ((await client.run(`{ people(first: 50) { nodes { name } } }`)).data as { people: { nodes: { name: string }[] } }).people.nodes.map((p) => p.name);
    expect(names).not.toContain('Piotr Nowak');
    await client.run(`mutation($p: ID!) { setPersonHidden(personId: $p, hidden: false) { errors { code } } }`, { p: nowak });
    expect(await peopleOf('https://ov.example/3')).toEqual(['Piotr Nowak']);
  });

  it('merges topics so later articles tagged with the old slug land on the kept topic', async () => {
    const ids = (await client.run(`{ politics: topic(slug: "politics") { id } cities: topic(slug: "cities") { id } }`)).data as { politics: { id: string }; cities: { id: string } };
    const merged = await client.run(`mutation($t: ID!, $s: ID!) { mergeTopics(targetId: $t, sourceId: $s) { topic { slug aliases articles(first: 20) { totalCount } } errors { code } } }`, { t: ids.politics.id, s: ids.cities.id });
    expect(merged.data).toMatchObject({ mergeTopics: { topic: { slug: 'politics', aliases: ['Cities'] }, errors: [] } });
    await ingest(feed(item(6, 'Cities pact signed', 'Mayors signed a pact.', 'Cities')));
    expect((await client.run(`{ topic(slug: "cities") { slug } }`)).data).toEqual({ topic: { slug: 'politics' } });
    const topicsOf6 = ((await client.run(`{ article(url: "https://ov.example/6") { topics { slug } } }`)).data as { article: { topics: { slug: string }[] } }).article.topics;
    expect(topicsOf6).toEqual([{ slug: 'politics' }]);
  });

  it('refuses overrides of unknown or malformed ids with specific errors', async () => {
    const unknown = Buffer.from('Person:nobody').toString('base64url');
    const result = await client.run(`mutation($p: ID!) { setPersonHidden(personId: $p, hidden: true) { person { name } errors { code message field } } }`, { p: unknown });
    expect(result.data).toEqual({ setPersonHidden: { person: null, errors: [{ code: 'NOT_FOUND', message: 'no person has this id', field: 'personId' }] } });
    const malformed = await client.run(`mutation { mergePeople(targetId: "!!", sourceId: "!!") { errors { code } } }`);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
