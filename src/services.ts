import type { FeedService } from './feeds/feed-service.js';
import type { GraphEditor } from './graph-editor.js';
import type { GraphReader } from './graph-reader.js';
import type { IngestPipeline } from './ingest/pipeline.js';
import type { LiveFeeds } from './live/feed-updates.js';
import type { SourceService } from './sources/source-service.js';

/** Long-lived services shared by all requests; built once by the composition root. */
export interface Services {
  reader: GraphReader;
  pipeline: IngestPipeline;
  editor: GraphEditor;
  feeds: FeedService;
  live: LiveFeeds;
  /** Adding, refreshing, resuming and removing sources; OPML; feed discovery (absent in setups that do not manage sources). */
  sources?: SourceService;
}
