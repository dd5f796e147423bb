import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestDemoFeeds } from '../../src/demo.js';
import { pino } from 'pino';
import { FeedService } from '../../src/feeds/feed-service.js';
import { EventHub } from '../../src/live/event-hub.js';
import { LiveFeeds } from '../../src/live/feed-updates.js';
import { GraphEditor } from '../../src/graph-editor.js';
import { GraphReader } from '../../src/graph-reader.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import type { Services } from '../../src/services.js';
import { createSourceRuntime } from '../../src/sources/source-runtime.js';
import type { Repositories } from '../../src/storage/repositories.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIR = path.resolve(REPO_ROOT, '../shared/corpus');
export const SEED_FILE = path.resolve(REPO_ROOT, '../shared/seed/000_a7f3cea9f3bf73fb.txt');

/** A clock the test moves by hand. */
export function manualClock(start = '2025-10-15T12:00:00Z') {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}

export function testServices(repos: Repositories, now: () => Date = () => new Date('2025-10-15T12:00:00Z')): Services {
  const pipeline = new IngestPipeline(repos, {
    fetch: { timeoutMs: 5_000, maxBytes: 5 * 1024 * 1024, allowLoopback: true },
    maxDocumentBytes: 5 * 1024 * 1024,
    now,
  });
  const hub = new EventHub(repos.events, pino({ level: 'silent' }), 50);
  const sources = createSourceRuntime(repos, pipeline, {
    fetch: { timeoutMs: 5_000, maxBytes: 5 * 1024 * 1024, allowLoopback: true },
    now,
    leaseMs: 60_000,
    workerId: 'test-worker',
    websubPollIntervalMs: 6 * 3_600_000,
    maxDocumentBytes: 5 * 1024 * 1024,
  });
  const reader = new GraphReader(repos);
  return { reader, pipeline, editor: new GraphEditor(repos, now), feeds: new FeedService(repos, reader, now), live: new LiveFeeds(repos, hub, now), sources: sources.service };
}

/** Ingests the demo feeds the way `npm start` does; fails on any reported problem. */
export async function ingestDemo(services: Services): Promise<void> {
  for (const { file, report } of await ingestDemoFeeds(services.pipeline)) {
    if (report.errors.length > 0) throw new Error(`${file}: ${JSON.stringify(report.errors)}`);
  }
}
