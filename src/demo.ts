import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IngestPipeline, IngestReport } from './ingest/pipeline.js';

export const DEMO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../demo');

const TYPES: Record<string, string> = { '.xml': 'application/xml', '.json': 'application/feed+json' };

/** Ingests the bundled demo feeds, each filed under its own demo source URL. */
export async function ingestDemoFeeds(pipeline: IngestPipeline, dir = DEMO_DIR): Promise<{ file: string; report: IngestReport }[]> {
  const results: { file: string; report: IngestReport }[] = [];
  for (const file of readdirSync(dir).filter((f) => path.extname(f) in TYPES).sort()) {
    const report = await pipeline.ingest({
      content: readFileSync(path.join(dir, file)),
      contentType: TYPES[path.extname(file)] ?? 'application/xml',
      sourceUrl: `https://demo.newsgraph.example/feeds/${file}`,
    });
    results.push({ file, report });
  }
  return results;
}
