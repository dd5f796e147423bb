import { MongoClient, type Db, type IndexDescription, type MongoClientOptions } from 'mongodb';

export const COLLECTIONS = {
  articles: 'articles',
  people: 'people',
  topics: 'topics',
  sources: 'sources',
  relations: 'relations',
  quotes: 'quotes',
  stories: 'stories',
  termStats: 'termStats',
  storyPostings: 'storyPostings',
  feeds: 'feeds',
  events: 'events',
  counters: 'counters',
} as const;

/**
 * Every index the gateway relies on, in one list, created at start-up (createIndexes is idempotent).
 * Unique indexes are what make upserts safe when two ingests race: the loser gets a duplicate-key
 * error and retries as an update.
 */
export const INDEXES: Record<(typeof COLLECTIONS)[keyof typeof COLLECTIONS], IndexDescription[]> = {
  articles: [
    { key: { keys: 1 }, name: 'keys_unique', unique: true },
    { key: { sortDate: -1, _id: -1 }, name: 'sortDate_id' },
    { key: { firstSeenAt: -1, _id: -1 }, name: 'firstSeenAt_id' },
    { key: { topicIds: 1, sortDate: -1, _id: -1 }, name: 'topic_sortDate' },
    { key: { personIds: 1, sortDate: -1, _id: -1 }, name: 'person_sortDate' },
    { key: { 'mentions.key': 1 }, name: 'mention_key' },
    // Story.articles pages, same-story candidates and re-pointing a merged story's articles.
    { key: { storyId: 1, sortDate: -1, _id: -1 }, name: 'story_sortDate', partialFilterExpression: { storyId: { $exists: true } } },
    { key: { authorIds: 1, sortDate: -1, _id: -1 }, name: 'author_sortDate' },
    { key: { sourceIds: 1, sortDate: -1, _id: -1 }, name: 'source_sortDate' },
    {
      key: { title: 'text', summary: 'text', bodyText: 'text' },
      name: 'fulltext',
      weights: { title: 10, summary: 4, bodyText: 1 },
      default_language: 'none',
      // Our documents have a `language` field (BCP 47, e.g. en-GB), which MongoDB would otherwise read
      // as the text-index language and reject; stemming is not wanted across languages anyway.
      language_override: 'textIndexLanguage',
    },
  ],
  people: [
    { key: { keys: 1 }, name: 'keys_unique', unique: true },
    { key: { lookupKeys: 1 }, name: 'lookupKeys' },
    { key: { name: 1, _id: 1 }, name: 'name_id' },
  ],
  topics: [
    { key: { slug: 1 }, name: 'slug_unique', unique: true },
    { key: { keys: 1 }, name: 'keys_unique', unique: true },
    { key: { kind: 1, slug: 1 }, name: 'kind_slug' },
  ],
  sources: [
    { key: { url: 1 }, name: 'url_unique', unique: true },
    { key: { kind: 1, url: 1 }, name: 'kind_url' },
    // Due sources for the pollers' atomic claims (only scheduled sources carry nextFetchAt).
    { key: { nextFetchAt: 1 }, name: 'nextFetchAt', partialFilterExpression: { nextFetchAt: { $exists: true } } },
  ],
  // Candidate stories are found through storyPostings (capped id lists per key, read by _id): "newest N
  // per key" through a multikey index sorted every match on the DocumentDB engine, so it grew with the graph.
  stories: [
    { key: { lastSeen: -1, _id: -1 }, name: 'lastSeen_id' },
    // Re-pointing the stories merged into a story that is merged in turn (keeps merge chains one hop long).
    { key: { mergedInto: 1 }, name: 'mergedInto', partialFilterExpression: { mergedInto: { $exists: true } } },
    { key: { personIds: 1, lastSeen: -1, _id: -1 }, name: 'person_lastSeen' },
    { key: { topicIds: 1, lastSeen: -1, _id: -1 }, name: 'topic_lastSeen' },
    { key: { sourceIds: 1, lastSeen: -1, _id: -1 }, name: 'source_lastSeen' },
  ],
  // Document frequency per feature: read by _id, updated with $inc.
  termStats: [],
  // Posting lists of story assignment (story key → stories, LSH band / entity → articles, story → members): read by _id only.
  storyPostings: [],
  relations: [{ key: { fromId: 1, score: -1, _id: 1 }, name: 'from_score' }, { key: { toUrl: 1 }, name: 'toUrl' }],
  feeds: [{ key: { owner: 1, createdAt: -1, _id: -1 }, name: 'owner_createdAt' }],
  // A week of history is enough to resume any subscriber; older events expire.
  events: [{ key: { at: 1 }, name: 'at_ttl', expireAfterSeconds: 7 * 24 * 3600 }],
  counters: [],
  quotes: [
    { key: { articleId: 1, position: 1 }, name: 'article_position' },
    { key: { speakerId: 1, sortDate: -1, _id: -1 }, name: 'speaker_sortDate' },
  ],
};

/** Creates every declared index; safe to call on each start. */
export async function ensureIndexes(db: Db): Promise<void> {
  for (const [collection, indexes] of Object.entries(INDEXES)) {
    if (indexes.length > 0) await db.collection(collection).createIndexes(indexes);
  }
}

export interface MongoConnection {
  client: MongoClient;
  db: Db;
}

/** Connects and verifies the server answers, so a wrong URI fails at start-up with a clear message. */
export async function connectMongo(uri: string, dbName: string, options: MongoClientOptions = {}): Promise<MongoConnection> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 10_000, ...options });
  try {
    await client.connect();
    const db = client.db(dbName);
    await db.command({ ping: 1 });
    return { client, db };
  } catch (error) {
    await client.close().catch(() => undefined);
    throw new Error(`cannot reach MongoDB at ${redactUri(uri)}: ${(error as Error).message}`);
  }
}

function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@');
}
