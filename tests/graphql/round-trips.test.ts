import type { CommandStartedEvent } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../support/test-db.js';
import { testServices } from '../support/app.js';
import { graphqlClient } from '../support/graphql.js';

/** 60 items, each with its own two authors and three categories, so nothing is shared between articles. */
function bigFeed(): string {
  const items = Array.from({ length: 60 }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    return `<item><title>Story number ${i}</title><link>https://rt.example/s/${i}</link>
      <pubDate>${day} Sep 2025 ${String(i % 24).padStart(2, '0')}:00:00 GMT</pubDate>
      <dc:creator>Writer ${i}a</dc:creator><dc:creator>Writer ${i}b</dc:creator>
      <category>Topic ${i}x</category><category>Topic ${i}y</category><category>Topic ${i}z</category></item>`;
  }).join('');
  return `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Round trips</title><link>https://rt.example/</link>${items}</channel></rss>`;
}

const QUERY = `query($first: Int!) {
  articles(first: $first) {
    edges { cursor node { id title authors { name } people { name } topics { name } source { title } sources { url } related(first: 3) { title } story { id } } }
  }
}`;

describe('DataLoader batching: MongoDB commands per GraphQL query', () => {
  let t: TestDb;
  let client: Awaited<ReturnType<typeof graphqlClient>>;
  const commands: string[] = [];
  let recording = false;

  beforeAll(async () => {
    t = await openTestDb('round_trips', { monitorCommands: true });
    t.client.on('commandStarted', (event: CommandStartedEvent) => {
      if (recording) commands.push(`${event.commandName} ${String(event.command[event.commandName])}`);
    });
    const services = testServices(t.repos);
    const report = await services.pipeline.ingest({ content: bigFeed(), contentType: 'application/rss+xml', sourceUrl: 'https://rt.example/feed' });
    expect(report.newCount).toBe(60);
    client = await graphqlClient(t.repos, services);
  });
  afterAll(async () => {
    await client?.stop();
    await t?.cleanup();
  });

  async function commandsFor(first: number): Promise<string[]> {
    commands.length = 0;
    recording = true;
    const result = await client.run(QUERY, { first });
    recording = false;
    expect(result.errors).toBeUndefined();
    const edges = (result.data as { articles: { edges: { node: { authors: unknown[]; topics: unknown[]; source: unknown } }[] } }).articles.edges;
    expect(edges).toHaveLength(first);
    for (const { node } of edges) {
      expect(node.authors).toHaveLength(2);
      expect(node.topics).toHaveLength(3);
      expect(node.source).not.toBeNull();
    }
    return [...commands].sort();
  }

  it('sends the same commands for 5 and for 50 articles: one per collection and level', async () => {
    const five = await commandsFor(5);
    const fifty = await commandsFor(50);
    console.log(`MongoDB commands for 5 articles: ${five.length}; for 50 articles: ${fifty.length}\n  ${fifty.join('\n  ')}`);
    expect(fifty).toEqual(five);
    // articles page; people (authors + mentioned share one loader); topics; sources (source + sources share one); related edges; stories.
    expect(fifty).toEqual(['find articles', 'find people', 'find relations', 'find sources', 'find stories', 'find topics']);
  });
});
