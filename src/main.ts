import { hostname } from 'node:os';
import { ApiKeyRing } from './api-keys.js';
import type { Config } from './config.js';
import { ingestDemoFeeds } from './demo.js';
import { FeedService } from './feeds/feed-service.js';
import { EventHub } from './live/event-hub.js';
import { LiveFeeds } from './live/feed-updates.js';
import { GraphEditor } from './graph-editor.js';
import { GraphReader } from './graph-reader.js';
import { IngestPipeline } from './ingest/pipeline.js';
import { createLogger, type Logger } from './logger.js';
import { createGatewayServer, type GatewayServer } from './server.js';
import type { Services } from './services.js';
import { startEmbeddedMongo, type EmbeddedMongo } from './storage/embedded-mongo.js';
import { connectMongo, ensureIndexes, type MongoConnection } from './storage/mongo.js';
import { createRepositories, type Repositories } from './storage/repositories.js';
import { SourcePoller, type Sleep } from './sources/source-poller.js';
import { createSourceRuntime, type SourceRuntime } from './sources/source-runtime.js';

/** Everything the gateway and the CLI need, wired once. */
export interface App {
  config: Config;
  log: Logger;
  mongo: MongoConnection;
  repos: Repositories;
  services: Services;
  /** Source polling, WebSub and OPML (src/sources). */
  sources: SourceRuntime;
  /** This process's name in source leases. */
  workerId: string;
  close(): Promise<void>;
}

/** The timer pollers wait on between passes: this module is the only one that creates timers. */
export const sleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });

/**
 * The composition root: config → MongoDB (given or embedded) → indexes → services. The only place
 * that creates clients; `close` releases them in reverse order.
 */
export async function createApp(config: Config, log = createLogger(config.logLevel)): Promise<App> {
  let embedded: EmbeddedMongo | undefined;
  let uri = config.mongodbUri;
  if (!uri) {
    log.info({ dataDir: config.dataDir }, 'MONGODB_URI is not set: starting an embedded MongoDB');
    embedded = await startEmbeddedMongo(config.dataDir);
    uri = embedded.uri;
  }
  let mongo: MongoConnection;
  try {
    mongo = await connectMongo(uri, config.mongodbDb);
    await ensureIndexes(mongo.db);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const repos = createRepositories(mongo.db);
  const now = () => new Date();
  const fetch = { timeoutMs: config.fetchTimeoutMs, maxBytes: config.maxDocumentBytes, allowLoopback: config.allowLoopbackFetch };
  const pipeline = new IngestPipeline(repos, { fetch, maxDocumentBytes: config.maxDocumentBytes, now });
  const workerId = config.workerId ?? `${hostname()}:${process.pid}`;
  if (config.websub && !config.publicUrl) log.info('WebSub is off: set PUBLIC_URL to the address hubs can call back');
  const sources = createSourceRuntime(repos, pipeline, {
    fetch,
    now,
    policy: { maxConsecutiveFailures: config.sourceMaxFailures, maxConsecutiveHardFailures: config.sourceMaxHardFailures },
    leaseMs: config.pollLeaseMs,
    workerId,
    websubPollIntervalMs: config.websubPollIntervalMs,
    ...(config.websub && config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    maxDocumentBytes: config.maxDocumentBytes,
    log,
  });
  const hub = new EventHub(repos.events, log);
  const reader = new GraphReader(repos);
  const services: Services = {
    reader,
    pipeline,
    editor: new GraphEditor(repos, now),
    feeds: new FeedService(repos, reader, now),
    live: new LiveFeeds(repos, hub, now),
    sources: sources.service,
  };
  return {
    config,
    log,
    mongo,
    repos,
    services,
    sources,
    workerId,
    async close() {
      hub.stop();
      await mongo.client.close();
      await embedded?.stop();
    },
  };
}

/** Ingests the bundled demo feeds when the graph is empty, so a first start has something to explore. */
export async function seedDemoData(app: App): Promise<number> {
  if ((await app.repos.articles.count({})) > 0) return 0;
  let articles = 0;
  for (const { file, report } of await ingestDemoFeeds(app.services.pipeline)) {
    for (const error of report.errors) app.log.warn({ file, error }, 'demo feed problem');
    articles += report.newCount;
  }
  app.log.info({ articles }, 'demo data ingested');
  return articles;
}

export interface RunningGateway {
  app: App;
  server: GatewayServer;
  url: string;
  stop(): Promise<void>;
}

export async function startGateway(config: Config): Promise<RunningGateway> {
  const app = await createApp(config);
  try {
    if (config.demoData) await seedDemoData(app);
    const server = await createGatewayServer({
      production: config.nodeEnv === 'production',
      apiKeys: new ApiKeyRing(config.apiKeys),
      limits: config.limits,
      publicUrl: config.publicUrl,
      maxBodyBytes: config.maxDocumentBytes + 64 * 1024,
      services: app.services,
      repos: app.repos,
      log: app.log,
      ping: async () => void (await app.mongo.db.command({ ping: 1 })),
      ...(app.sources.websub ? { websub: app.sources.websub.endpoint } : {}),
    });
    const url = await server.listen(config.port, config.host);
    app.log.info({ url }, 'newsgraph is serving');
    const poller = config.pollSources
      ? new SourcePoller(app.repos.sourceSchedule, app.sources.refresher, {
          workerId: app.workerId,
          now: () => new Date(),
          sleep,
          concurrency: config.pollConcurrency,
          leaseMs: config.pollLeaseMs,
          idleMs: config.pollIntervalMs,
          log: app.log,
        })
      : undefined;
    poller?.start();
    return {
      app,
      server,
      url,
      async stop() {
        await poller?.stop();
        await server.stop();
        await app.close();
      },
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}
