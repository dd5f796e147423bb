import { randomBytes } from 'node:crypto';
import { MongoClient, type Db, type MongoClientOptions } from 'mongodb';
import { ensureIndexes } from '../../src/storage/mongo.js';
import { createRepositories, type Repositories } from '../../src/storage/repositories.js';

export interface TestDb {
  uri: string;
  client: MongoClient;
  db: Db;
  repos: Repositories;
  /** Drops this file's database and closes the client. */
  cleanup(): Promise<void>;
}

/** The real server every storage test runs against. */
export function testMongoUri(): string {
  const uri = process.env.MONGODB_URI;
  if (!uri) {
    throw new Error('MONGODB_URI is not set: tests need a real MongoDB. Run `eval "$(../shared/mongo/up | tail -1)"` (or point it at a mongod) and retry.');
  }
  return uri;
}

/** A database of its own for one test file (name + random suffix), with every index created. */
export async function openTestDb(name: string, options: MongoClientOptions = {}): Promise<TestDb> {
  const uri = testMongoUri();
  const client = new MongoClient(uri, options);
  await client.connect();
  const dbName = `ngtest_${name.replace(/[^A-Za-z0-9]/g, '_').slice(0, 30)}_${randomBytes(3).toString('hex')}`;
  const db = client.db(dbName);
  await ensureIndexes(db);
  return {
    uri,
    client,
    db,
    repos: createRepositories(db),
    async cleanup() {
      await db.dropDatabase().catch(() => undefined);
      await client.close();
    },
  };
}
