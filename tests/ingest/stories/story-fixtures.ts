import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IngestReport } from '../../../src/ingest/pipeline.js';
import type { Services } from '../../../src/services.js';
import { REPO_ROOT } from '../../support/app.js';

/** Two outlets covering one event, an aggregator re-carrying one of the articles, and a follow-up ten days later. */
export const STORY_FEEDS = {
  alpha: ['alpha.rss.xml', 'https://alpha.example/feed'],
  beta: ['beta.rss.xml', 'https://beta.example/rss'],
  aggregator: ['aggregator.rss.xml', 'https://gamma.example/rss'],
  later: ['alpha-later.rss.xml', 'https://alpha.example/feed'],
} as const;

export function storyFeed(name: keyof typeof STORY_FEEDS): string {
  return readFileSync(path.join(REPO_ROOT, 'tests/fixtures/stories', STORY_FEEDS[name][0]), 'utf8');
}

export async function ingestStoryFeed(services: Services, name: keyof typeof STORY_FEEDS, content = storyFeed(name)): Promise<IngestReport> {
  const report = await services.pipeline.ingest({ content, contentType: 'application/rss+xml', sourceUrl: STORY_FEEDS[name][1] });
  if (report.errors.length) throw new Error(`${name}: ${JSON.stringify(report.errors)}`);
  return report;
}

export async function ingestAllStoryFeeds(services: Services): Promise<void> {
  for (const name of Object.keys(STORY_FEEDS) as (keyof typeof STORY_FEEDS)[]) await ingestStoryFeed(services, name);
}
