import { mkdirSync } from 'node:fs';
import path from 'node:path';

export interface EmbeddedMongo {
  uri: string;
  stop(): Promise<void>;
}

/**
 * Starts a MongoDB for users who have none (no MONGODB_URI): mongodb-memory-server downloads a
 * `mongod` once into its cache and runs it with data kept under `<dataDir>/mongo`, so a restart keeps
 * the graph. Where the download is impossible (no internet), the error says exactly what to do.
 */
export async function startEmbeddedMongo(dataDir: string): Promise<EmbeddedMongo> {
  const dbPath = path.join(dataDir, 'mongo');
  mkdirSync(dbPath, { recursive: true });
  // mongodb-memory-server prints its own stack trace on a failed start; the user gets ours instead.
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    const { MongoMemoryServer } = await import('mongodb-memory-server-core');
    const server = await MongoMemoryServer.create({ instance: { dbPath, storageEngine: 'wiredTiger' } });
    return { uri: server.getUri(), stop: async () => void (await server.stop({ doCleanup: false })) };
  } catch (error) {
    throw new Error(
      [
        `Could not start an embedded MongoDB: ${(error as Error).message.replace(/\s+/g, ' ').replace(/Details: /, '').slice(0, 300)}`,
        'The embedded server needs to download mongod once (internet access to fastdl.mongodb.org).',
        'Instead, point the gateway at a running MongoDB:',
        '  MONGODB_URI=mongodb://127.0.0.1:27017/ npm start',
        'On machines where mongod cannot be installed, ../shared/mongo/up starts a compatible server and prints the URI.',
      ].join('\n'),
    );
  } finally {
    console.warn = warn;
  }
}
